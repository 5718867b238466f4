/**
 * The export worker: runs the PDF exporter off the page's thread, so a long export never
 * freezes the editor. Started by run-export.ts with
 * `new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' })`; one
 * request per worker (see protocol.ts).
 */
import { exportPdf } from '../../pdf/export.ts';
import { ExportError } from '../../pdf/pages.ts';
import type { ExportReply, ExportRequest } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

function failure(error: unknown): ExportReply {
  if (error instanceof ExportError) {
    return { type: 'error', message: error.message, problems: [...error.problems] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'error', message, problems: [message] };
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'export') return;
  const { map, options, fonts } = request;
  exportPdf(
    map,
    {
      ...options,
      onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
    },
    fonts,
  ).then(
    (result) =>
      scope.postMessage(
        {
          type: 'done',
          bytes: result.bytes,
          pageCount: result.pageCount,
          missingCharacters: result.missingCharacters,
          warnings: result.warnings,
        },
        [result.bytes.buffer],
      ),
    (error: unknown) => scope.postMessage(failure(error)),
  );
};
