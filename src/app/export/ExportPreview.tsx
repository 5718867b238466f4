/**
 * The Export PDF dialog's preview: the real PDF's pages in a viewer that takes most of the
 * dialog (PreviewViewer), what stands in for them meanwhile, the page count and the
 * fallback font note.
 */
import { useState } from 'react';
import type { Orientation, PageSizeName } from '../../core/paper.ts';
import { FallbackFontNote } from './FallbackFontNote.tsx';
import { PreviewViewer, type RenderPage } from './PreviewViewer.tsx';
import type { PreviewState } from './usePreview.ts';

export function ExportPreview({
  shown,
  render,
  pageSize,
  orientation,
  pageCount,
  busy,
  valid,
}: {
  shown: PreviewState & { busy: boolean };
  render?: RenderPage;
  pageSize: PageSizeName;
  orientation: Orientation;
  pageCount: string;
  /** An export runs. */
  busy: boolean;
  /** The options have no problem. */
  valid: boolean;
}) {
  /** The PDF whose page is on the canvas, and a drawing that failed. */
  const [drawnBytes, setDrawnBytes] = useState<Uint8Array | null>(null);
  const [drawFailure, setDrawFailure] = useState<string | null>(null);
  const bytes = shown.status === 'ready' ? shown.bytes : null;
  // A page drawn stays shown (dimmed) while the next PDF is made and drawn.
  const status =
    shown.status !== 'ready'
      ? shown.status
      : drawFailure !== null
        ? 'failed'
        : drawnBytes !== null
          ? 'shown'
          : 'drawing';
  const failure = shown.status === 'failed' ? shown.message : drawFailure;

  return (
    <section className="tm-export-preview" aria-label="Preview">
      <div
        className="tm-export-page"
        data-preview={status}
        aria-busy={shown.busy || status === 'drawing' || (bytes !== null && drawnBytes !== bytes)}
      >
        {shown.status !== 'unavailable' ? (
          <PreviewViewer
            bytes={bytes}
            pageCount={shown.status === 'ready' ? shown.pageCount : 1}
            render={render}
            label={`Preview of the PDF, ${pageSize} ${orientation}`}
            onRendered={() => {
              setDrawFailure(null);
              setDrawnBytes(bytes);
            }}
            onFailed={setDrawFailure}
          />
        ) : null}
        {status === 'drawing' || status === 'waiting' ? (
          <span className="tm-export-placeholder">
            {busy
              ? 'The preview waits for the export.'
              : valid
                ? 'Drawing the preview…'
                : 'No preview while an option has a problem.'}
          </span>
        ) : null}
        {status === 'unavailable' ? (
          <span className="tm-export-placeholder">No preview here</span>
        ) : null}
        {status === 'failed' ? (
          <span className="tm-export-placeholder">No preview: {failure}</span>
        ) : null}
      </div>
      <p className="tm-export-pages" aria-live="polite">
        <span className="tm-export-label">Pages: </span>
        <span data-testid="page-count">{pageCount}</span>
        {shown.busy ? <span className="tm-export-hint"> (updating the preview…)</span> : null}
      </p>
      <FallbackFontNote />
    </section>
  );
}
