/**
 * The dialog's live preview: a short while after the options last changed, the real export
 * runs in a worker of its own (without the embedded map, which the pages do not show); the
 * viewer (PreviewViewer.tsx) then draws its pages with pdf.js. A newer set of options
 * cancels the export still under way; the preview's page count is the export's, exactly.
 */
import { useEffect, useRef, useState } from 'react';
import type { JourneyMap } from '../../core/model.ts';
import type { RenderPage } from './PreviewViewer.tsx';
import type { WorkerExportOptions } from './protocol.ts';
import { runExport, type ExportJob, type RunExportOptions } from './run-export.ts';

export type PreviewState =
  | { status: 'waiting' }
  | { status: 'drawing' }
  | { status: 'ready'; bytes: Uint8Array; pageCount: number }
  | { status: 'failed'; message: string }
  /** No web workers here (the component tests' jsdom). */
  | { status: 'unavailable' };

export interface PreviewDeps {
  run?: (map: JourneyMap, options: WorkerExportOptions, run: RunExportOptions) => ExportJob;
  render?: RenderPage;
  delayMs?: number;
}

export function usePreview(
  map: JourneyMap,
  /** Null while the options have problems (or an export runs): the preview waits. */
  options: WorkerExportOptions | null,
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
    const { run = runExport, delayMs = 300 } = depsRef.current;
    let cancelled = false;
    let job: ExportJob | null = null;
    const timer = setTimeout(() => {
      setState((s) => (s.status === 'ready' ? s : { status: 'drawing' }));
      const previewOptions = { ...(JSON.parse(key) as WorkerExportOptions), embedMap: false };
      // Never on the page's thread: a preview is not worth a frozen dialog.
      job = run(map, previewOptions, { loadInThread: null });
      void job.promise.then((outcome) => {
        if (cancelled || outcome.status === 'cancelled') return;
        setShownKey(key);
        setState(
          outcome.status === 'failed'
            ? { status: 'failed', message: outcome.message }
            : { status: 'ready', bytes: outcome.bytes, pageCount: outcome.pageCount },
        );
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      job?.cancel();
    };
  }, [available, key, map]);

  // Out of date while the options differ from those of the PDF shown.
  return { ...state, busy: key !== null && key !== shownKey };
}
