/**
 * A web worker that exports a map to PDF, as the app's export worker will: built by
 * worker.test.ts for the browser and run in headless Chromium. Not a test by itself.
 */
import { parse } from '../../../src/core/parse.ts';
import { exportPdf } from '../../../src/pdf/index.ts';

export interface WorkerRequest {
  text: string;
  regular: ArrayBuffer;
  bold: ArrayBuffer;
  fallback: ArrayBuffer | null;
  options: Record<string, unknown>;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { text, regular, bold, fallback, options } = event.data;
  const parsed = parse(text);
  if (!parsed.ok) {
    scope.postMessage({ type: 'error', message: parsed.error.message });
    return;
  }
  exportPdf(
    parsed.map,
    {
      ...options,
      onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
    },
    {
      regular: new Uint8Array(regular),
      bold: new Uint8Array(bold),
      fallback: fallback ? new Uint8Array(fallback) : null,
    },
  ).then(
    (result) =>
      scope.postMessage(
        {
          type: 'done',
          bytes: result.bytes,
          pageCount: result.pageCount,
          missingCharacters: result.missingCharacters,
        },
        [result.bytes.buffer],
      ),
    (error: unknown) => scope.postMessage({ type: 'error', message: String(error) }),
  );
};
