/**
 * Draws page 1 of an exported PDF into a canvas with pdf.js (pdfjs-dist, Apache-2.0), so the
 * dialog previews the real file rather than an imitation of it. Loaded on demand (it is
 * large); its worker is bundled with the app by Vite (`?worker`), so it works offline, from
 * file:// and under the page's Content Security Policy (`isEvalSupported: false`: pdf.js
 * then never compiles code from strings).
 */
import { GlobalWorkerOptions, getDocument, VerbosityLevel } from 'pdfjs-dist';
import PdfJsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

let port: Worker | null = null;

function ensureWorker(): void {
  if (port !== null) return;
  port = new PdfJsWorker({ name: 'touchmap-pdf-preview' });
  GlobalWorkerOptions.workerPort = port;
}

export interface PreviewSize {
  /** The page, points. */
  pageWidth: number;
  pageHeight: number;
}

/**
 * Renders page 1 of `bytes` into `canvas`, at most `maxWidth` x `maxHeight` CSS pixels.
 * Resolves with the page's size; `isCancelled` is checked between steps so a newer preview
 * can take over.
 */
export async function renderFirstPage(
  bytes: Uint8Array,
  canvas: HTMLCanvasElement,
  box: { maxWidth: number; maxHeight: number },
  isCancelled: () => boolean = () => false,
): Promise<PreviewSize | null> {
  ensureWorker();
  // pdf.js takes the buffer over: give it a copy, the caller keeps the PDF.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
    stopAtErrors: false,
  });
  try {
    const pdf = await task.promise;
    if (isCancelled()) return null;
    const page = await pdf.getPage(1);
    if (isCancelled()) return null;
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(box.maxWidth / base.width, box.maxHeight / base.height);
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const viewport = page.getViewport({ scale: scale * ratio });
    const scratch = document.createElement('canvas');
    scratch.width = Math.max(1, Math.floor(viewport.width));
    scratch.height = Math.max(1, Math.floor(viewport.height));
    await page.render({ canvas: scratch, viewport }).promise;
    if (isCancelled()) return null;
    // Drawn off screen first, then shown at once: the old preview stays until the new is ready.
    // The canvas fills the dialog's page frame (same proportions), whatever its pixels.
    canvas.width = scratch.width;
    canvas.height = scratch.height;
    canvas.getContext('2d')?.drawImage(scratch, 0, 0);
    return { pageWidth: base.width, pageHeight: base.height };
  } finally {
    void task.destroy();
  }
}
