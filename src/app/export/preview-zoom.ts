/**
 * The preview's zoom as plain arithmetic: fit to the viewer, or a share of the page's actual
 * size (1 = 100 %: a point is 1/72 inch, 96/72 CSS pixels), the steps of the zoom buttons,
 * Ctrl+wheel, and how many canvas pixels a zoomed page may take (a browser refuses a canvas
 * larger than some limit, and an A0 page at 400 % would pass it).
 */

/** Fit the page into the viewer, or a share of its actual size. */
export type Zoom = 'fit' | number;

export const CSS_PX_PER_PT = 96 / 72;
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;
const STEPS = [0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4];

const clamp = (z: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

/**
 * The share of actual size at which a page fills the viewer's box, less its 16 px padding and
 * a pixel of slack (`pad` each side).
 */
export function fitZoom(
  page: { width: number; height: number },
  box: { width: number; height: number },
  pad = 17,
): number {
  const w = Math.max(1, box.width - 2 * pad);
  const h = Math.max(1, box.height - 2 * pad);
  return clamp(Math.min(w / (page.width * CSS_PX_PER_PT), h / (page.height * CSS_PX_PER_PT)));
}

/** The zoom in effect: the fit's when fitting. */
export function effectiveZoom(
  zoom: Zoom,
  page: { width: number; height: number },
  box: { width: number; height: number },
): number {
  return zoom === 'fit' ? fitZoom(page, box) : clamp(zoom);
}

/**
 * The next step of the + (1) or − (-1) button from `current`: one the label tells apart
 * (from a fit of 49.5 %, + goes to 67 %, not to a 50 % that reads as no change).
 */
export function stepZoom(current: number, direction: 1 | -1): number {
  const shown = zoomLabel(current);
  const next =
    direction > 0
      ? STEPS.find((s) => s > current * 1.001 && zoomLabel(s) !== shown)
      : [...STEPS].reverse().find((s) => s < current * 0.999 && zoomLabel(s) !== shown);
  return next ?? (direction > 0 ? MAX_ZOOM : MIN_ZOOM);
}

/** The zoom after a Ctrl+wheel of `deltaY` pixels: about 10 % a notch, up to zoom in. */
export function wheelZoom(current: number, deltaY: number): number {
  const notches = Math.max(-5, Math.min(5, deltaY / 100));
  return clamp(current * 1.1 ** -notches);
}

/** "125 %". */
export function zoomLabel(zoom: number): string {
  return `${Math.round(zoom * 100)} %`;
}

/**
 * The canvas's pixels per CSS pixel for a page of `cssWidth` x `cssHeight` CSS pixels: the
 * screen's ratio (at most 2), less when the canvas would pass `maxSide` pixels a side or
 * `maxArea` pixels in all (then it is drawn coarser and shown at its full size).
 */
export function canvasRatio(
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number,
  maxSide = 8192,
  maxArea = 24_000_000,
): number {
  const wanted = Math.min(2, Math.max(1, devicePixelRatio || 1));
  const bySide = maxSide / Math.max(1, cssWidth, cssHeight);
  const byArea = Math.sqrt(maxArea / Math.max(1, cssWidth * cssHeight));
  return Math.min(wanted, bySide, byArea);
}
