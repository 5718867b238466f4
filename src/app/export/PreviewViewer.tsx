/**
 * The preview's pages, large enough to judge: any page of the PDF (◀ ▶, Page Up/Down), fit
 * to the viewer or zoomed (− and + buttons, Ctrl+wheel, the + − 0 keys, Fit and 100 %), a
 * zoomed page scrolled in the viewer. Pages are drawn by pdf.js (pdf-preview.ts, loaded on
 * demand) a moment after the last change, the old drawing kept until the new one is ready.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RenderRequest, RenderedPage } from './pdf-preview.ts';
import { stepZoom, wheelZoom, zoomLabel, type Zoom } from './preview-zoom.ts';

export type RenderPage = (
  bytes: Uint8Array,
  canvas: HTMLCanvasElement,
  request: RenderRequest,
  isCancelled: () => boolean,
) => Promise<RenderedPage | null>;

const renderWithPdfJs: RenderPage = async (bytes, canvas, request, isCancelled) => {
  const { renderPage } = await import('./pdf-preview.ts');
  return renderPage(bytes, canvas, request, isCancelled);
};

/** The viewer's size where it cannot be measured (jsdom). */
const FALLBACK_BOX = { width: 640, height: 480 };

/** The viewer's inner size, followed as the dialog resizes. */
function useBoxSize(element: HTMLElement | null) {
  const [box, setBox] = useState(FALLBACK_BOX);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const { clientWidth: width, clientHeight: height } = element;
      // A scroll bar coming and going (about 15 px) must not refit the page, or the two
      // could chase each other for ever.
      const near = (a: number, b: number) => Math.abs(a - b) < 24;
      if (width > 0 && height > 0)
        setBox((b) => (near(b.width, width) && near(b.height, height) ? b : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return box;
}

export function PreviewViewer({
  bytes,
  pageCount,
  render = renderWithPdfJs,
  label,
  onRendered,
  onFailed,
}: {
  /** The PDF to show; null while there is none yet. */
  bytes: Uint8Array | null;
  pageCount: number;
  render?: RenderPage;
  /** What the viewer shows, for assistive technology. */
  label: string;
  onRendered: () => void;
  onFailed: (message: string) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);
  const box = useBoxSize(viewport);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [drawn, setDrawn] = useState<RenderedPage | null>(null);
  const shownPage = Math.min(page, Math.max(1, pageCount));
  const current = drawn?.zoom ?? 1;
  // The buttons and keys step from the zoom asked for last, not the one drawn: a second
  // click before the first zoom is drawn goes one step further, not to the same step again.
  const stepFrom = zoom === 'fit' ? current : zoom;
  const callbacks = useRef({ onRendered, onFailed, render });
  useEffect(() => {
    callbacks.current = { onRendered, onFailed, render };
  });

  useEffect(() => {
    const target = canvas.current;
    if (!bytes || !target) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      const request = { page: shownPage, zoom, box };
      callbacks.current
        .render(bytes, target, request, () => cancelled)
        .then(
          (result) => {
            if (cancelled || !result) return;
            setDrawn(result);
            callbacks.current.onRendered();
          },
          (error: unknown) => {
            if (!cancelled)
              callbacks.current.onFailed(error instanceof Error ? error.message : String(error));
          },
        );
    }, 40);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [bytes, shownPage, zoom, box]);

  // Ctrl+wheel zooms the page, not the app: a listener that may prevent the default.
  const zoomRef = useRef(current);
  useEffect(() => {
    zoomRef.current = current;
  }, [current]);
  useEffect(() => {
    if (!viewport) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const next = wheelZoom(zoomRef.current, event.deltaY);
      zoomRef.current = next;
      setZoom(next);
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    return () => viewport.removeEventListener('wheel', onWheel);
  }, [viewport]);

  const turn = (to: number) => setPage(Math.min(Math.max(1, to), Math.max(1, pageCount)));
  function onKeyDown(event: KeyboardEvent) {
    const keys: Record<string, () => void> = {
      PageDown: () => turn(shownPage + 1),
      PageUp: () => turn(shownPage - 1),
      '+': () => setZoom(stepZoom(stepFrom, 1)),
      '=': () => setZoom(stepZoom(stepFrom, 1)),
      '-': () => setZoom(stepZoom(stepFrom, -1)),
      '0': () => setZoom('fit'),
    };
    const action = keys[event.key];
    if (!action || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  return (
    <div className="tm-export-viewer">
      <div className="tm-export-viewer-bar" role="toolbar" aria-label="Preview">
        <button
          type="button"
          className="tm-button tm-export-small"
          aria-label="Previous page"
          disabled={shownPage <= 1}
          onClick={() => turn(shownPage - 1)}
        >
          ◀
        </button>
        <span className="tm-export-viewer-page" aria-live="polite" data-testid="preview-page">
          Page {shownPage} of {Math.max(1, pageCount)}
        </span>
        <button
          type="button"
          className="tm-button tm-export-small"
          aria-label="Next page"
          disabled={shownPage >= pageCount}
          onClick={() => turn(shownPage + 1)}
        >
          ▶
        </button>
        <span className="tm-export-viewer-gap" />
        <button
          type="button"
          className="tm-button tm-export-small"
          aria-label="Zoom out"
          onClick={() => setZoom(stepZoom(stepFrom, -1))}
        >
          −
        </button>
        <span className="tm-export-viewer-zoom" data-testid="preview-zoom">
          {zoomLabel(current)}
        </span>
        <button
          type="button"
          className="tm-button tm-export-small"
          aria-label="Zoom in"
          onClick={() => setZoom(stepZoom(stepFrom, 1))}
        >
          +
        </button>
        <button
          type="button"
          className="tm-button tm-export-small"
          aria-pressed={zoom === 'fit'}
          onClick={() => setZoom('fit')}
        >
          Fit
        </button>
        <button
          type="button"
          className="tm-button tm-export-small"
          aria-pressed={zoom === 1}
          onClick={() => setZoom(1)}
        >
          100 %
        </button>
      </div>
      <div
        ref={setViewport}
        className="tm-export-viewport"
        data-zoom={zoom === 'fit' ? 'fit' : 'manual'}
        tabIndex={0}
        role="group"
        aria-label={`${label}. Page Up and Page Down turn pages; plus, minus and 0 zoom.`}
        onKeyDown={onKeyDown}
      >
        <canvas
          ref={canvas}
          className="tm-export-canvas"
          role="img"
          aria-label={`Page ${shownPage} of the PDF`}
          hidden={drawn === null}
        />
      </div>
    </div>
  );
}
