/**
 * Draws a page of an exported PDF into a canvas with pdf.js (pdfjs-dist, Apache-2.0), so the
 * dialog previews the real file rather than an imitation of it. Loaded on demand (it is
 * large); its worker is bundled with the app by Vite (`?worker`), so it works offline, from
 * file:// and under the page's Content Security Policy (`isEvalSupported: false`: pdf.js
 * then never compiles code from strings).
 */
import { PDFWorker, getDocument, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist';
import PdfJsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import { CSS_PX_PER_PT, canvasRatio, effectiveZoom, type Zoom } from './preview-zoom.ts';

/**
 * One pdf.js worker for every document, owned here rather than by a document: passed to
 * `getDocument` as `worker`, destroying a document leaves it alone. (Given as
 * `GlobalWorkerOptions.workerPort`, it belonged to the document that opened it: destroying
 * that document when the next PDF came marked the worker as being destroyed until the
 * destroy had finished, and a `getDocument` meanwhile threw "PDFWorker.create - the worker
 * is being destroyed", so the new PDF was never drawn.)
 */
let worker: PDFWorker | null = null;

function sharedWorker(): PDFWorker {
  worker ??= PDFWorker.create({
    name: 'touchmap-pdf-preview',
    port: new PdfJsWorker({ name: 'touchmap-pdf-preview' }),
  });
  return worker;
}

/** The document of the PDF shown: turning pages and zooming reuse it; a new PDF replaces it. */
let open: { bytes: Uint8Array; pdf: Promise<PDFDocumentProxy>; destroy: () => void } | null = null;

function documentOf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (open?.bytes === bytes) return open.pdf;
  open?.destroy();
  // pdf.js takes the buffer over: give it a copy, the caller keeps the PDF.
  const task = getDocument({
    worker: sharedWorker(),
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
    stopAtErrors: false,
  });
  open = { bytes, pdf: task.promise, destroy: () => void task.destroy() };
  return task.promise;
}

export interface RenderRequest {
  /** 1-based. */
  page: number;
  zoom: Zoom;
  /** The viewer's inner size, CSS pixels (for `fit`). */
  box: { width: number; height: number };
}

export interface RenderedPage {
  /** The page, points. */
  pageWidth: number;
  pageHeight: number;
  /** The zoom drawn: a share of actual size. */
  zoom: number;
}

/**
 * Renders one page of `bytes` into `canvas` at the zoom asked for, sized in CSS pixels by
 * its style. Resolves with the page's size and the zoom; `isCancelled` is checked between
 * steps so a newer request can take over.
 */
export async function renderPage(
  bytes: Uint8Array,
  canvas: HTMLCanvasElement,
  request: RenderRequest,
  isCancelled: () => boolean = () => false,
): Promise<RenderedPage | null> {
  const pdf = await documentOf(bytes);
  if (isCancelled()) return null;
  const page = await pdf.getPage(Math.min(Math.max(1, request.page), pdf.numPages));
  if (isCancelled()) return null;
  const base = page.getViewport({ scale: 1 });
  const size = { width: base.width, height: base.height };
  const zoom = effectiveZoom(request.zoom, size, request.box);
  const cssWidth = base.width * CSS_PX_PER_PT * zoom;
  const cssHeight = base.height * CSS_PX_PER_PT * zoom;
  const ratio = canvasRatio(cssWidth, cssHeight, window.devicePixelRatio);
  const viewport = page.getViewport({ scale: CSS_PX_PER_PT * zoom * ratio });
  const scratch = document.createElement('canvas');
  scratch.width = Math.max(1, Math.floor(viewport.width));
  scratch.height = Math.max(1, Math.floor(viewport.height));
  await page.render({ canvas: scratch, viewport }).promise;
  if (isCancelled()) return null;
  // Drawn off screen first, then shown at once: the old page stays until the new is ready.
  canvas.width = scratch.width;
  canvas.height = scratch.height;
  // Rounded down: half a pixel more than the viewer holds would bring a scroll bar, which
  // narrows the viewer, which refits the page...
  canvas.style.width = `${Math.floor(cssWidth)}px`;
  canvas.style.height = `${Math.floor(cssHeight)}px`;
  canvas.getContext('2d')?.drawImage(scratch, 0, 0);
  return { pageWidth: base.width, pageHeight: base.height, zoom };
}
