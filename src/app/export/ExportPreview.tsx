/**
 * The Export PDF dialog's preview: the real first page drawn in a frame of the page's
 * proportions, what stands in for it meanwhile, the page count and the fallback font note.
 */
import type { RefObject } from 'react';
import type { Orientation, PageSizeName } from '../../core/paper.ts';
import { FallbackFontNote } from './FallbackFontNote.tsx';
import { previewFrame } from './export-dialog-state.ts';
import { PREVIEW_BOX, type PreviewState } from './usePreview.ts';

export function ExportPreview({
  canvas,
  shown,
  pageSize,
  orientation,
  pageCount,
  busy,
  valid,
}: {
  canvas: RefObject<HTMLCanvasElement | null>;
  shown: PreviewState & { busy: boolean };
  pageSize: PageSizeName;
  orientation: Orientation;
  pageCount: string;
  /** An export runs. */
  busy: boolean;
  /** The options have no problem. */
  valid: boolean;
}) {
  return (
    <section className="tm-export-preview" aria-label="Preview of the first page">
      <div
        className="tm-export-page"
        style={previewFrame(pageSize, orientation, PREVIEW_BOX)}
        data-preview={shown.status}
        aria-busy={shown.busy || shown.status === 'drawing'}
      >
        <canvas
          ref={canvas}
          className="tm-export-canvas"
          role="img"
          aria-label={`Page 1 of the PDF, ${pageSize} ${orientation}`}
          hidden={shown.status !== 'shown'}
        />
        {shown.status === 'drawing' || shown.status === 'waiting' ? (
          <span className="tm-export-placeholder">
            {busy
              ? 'The preview waits for the export.'
              : valid
                ? 'Drawing the preview…'
                : 'No preview while an option has a problem.'}
          </span>
        ) : null}
        {shown.status === 'unavailable' ? (
          <span className="tm-export-placeholder">No preview here</span>
        ) : null}
        {shown.status === 'failed' ? (
          <span className="tm-export-placeholder">No preview: {shown.message}</span>
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
