/**
 * The dialog's live preview: a short while after the options last changed, the real export
 * runs in a worker of its own (without the embedded map, which page 1 does not show) and
 * pdf.js draws its first page into the canvas. A newer set of options cancels the export
 * and the drawing still under way; the preview's page count is the export's, exactly.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { JourneyMap } from '../../core/model.ts';
import type { WorkerExportOptions } from './protocol.ts';
import { runExport, type ExportJob, type RunExportOptions } from './run-export.ts';

export type PreviewState =
  | { status: 'waiting' }
  | { status: 'drawing' }
  | { status: 'shown'; pageCount: number; pageWidth: number; pageHeight: number }
  | { status: 'failed'; message: string }
  /** No web workers here (the component tests' jsdom). */
  | { status: 'unavailable' };

export type RenderPage = (
  bytes: Uint8Array,
  canvas: HTMLCanvasElement,
  box: { maxWidth: number; maxHeight: number },
  isCancelled: () => boolean,
) => Promise<{ pageWidth: number; pageHeight: number } | null>;

export interface PreviewDeps {
  run?: (map: JourneyMap, options: WorkerExportOptions, run: RunExportOptions) => ExportJob;
  render?: RenderPage;
  delayMs?: number;
}

const renderWithPdfJs: RenderPage = async (bytes, canvas, box, isCancelled) => {
  const { renderFirstPage } = await import('./pdf-preview.ts');
  return renderFirstPage(bytes, canvas, box, isCancelled);
};

export const PREVIEW_BOX = { maxWidth: 320, maxHeight: 400 };

export function usePreview(
  map: JourneyMap,
  /** Null while the options have problems (or an export runs): the preview waits. */
  options: WorkerExportOptions | null,
  canvas: RefObject<HTMLCanvasElement | null>,
  deps: PreviewDeps = {},
): PreviewState & { busy: boolean } {
  const available = deps.run !== undefined || typeof Worker !== 'undefined';
  const [state, setState] = useState<PreviewState>(
    available ? { status: 'waiting' } : { status: 'unavailable' },
  );
  /** The options the preview on screen (or its failure) is of. */
  const [shownKey, setShownKey] = useState<string | null>(null);
  const key = options === null ? null : JSON.stringify(options);
  const depsRef = useRef(deps);
  useEffect(() => {
    depsRef.current = deps;
  });

  useEffect(() => {
    if (!available || key === null) return;
    const { run = runExport, render = renderWithPdfJs, delayMs = 300 } = depsRef.current;
    let cancelled = false;
    let job: ExportJob | null = null;
    const timer = setTimeout(() => {
      setState((s) => (s.status === 'shown' ? s : { status: 'drawing' }));
      const previewOptions = { ...(JSON.parse(key) as WorkerExportOptions), embedMap: false };
      // Never on the page's thread: a preview is not worth a frozen dialog.
      job = run(map, previewOptions, { loadInThread: null });
      void job.promise.then(async (outcome) => {
        if (cancelled || outcome.status === 'cancelled') return;
        if (outcome.status === 'failed') {
          setShownKey(key);
          setState({ status: 'failed', message: outcome.message });
          return;
        }
        const target = canvas.current;
        if (!target) return;
        try {
          const size = await render(outcome.bytes, target, PREVIEW_BOX, () => cancelled);
          if (cancelled || !size) return;
          setShownKey(key);
          setState({ status: 'shown', pageCount: outcome.pageCount, ...size });
        } catch (error) {
          if (cancelled) return;
          setShownKey(key);
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      job?.cancel();
    };
  }, [available, key, map, canvas]);

  // Out of date while the options differ from those of the page shown.
  return { ...state, busy: key !== null && key !== shownKey };
}
