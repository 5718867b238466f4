/**
 * Path operators for a PDF content stream, as text, in page points with y up. The Painter
 * writes them straight into jsPDF's page (doc.internal.write) instead of calling jsPDF's
 * drawing methods: those check every argument, build arrays and format each number through
 * several functions, and on a 1,500-touchpoint map they were a third of the export. The
 * shapes are jsPDF's own (the same Bézier arcs for corners and circles), so pages look the
 * same. Text is written the same way once jsPDF has drawn a font's first text (see
 * glyph-encoder.ts).
 */

export type PaintStyle = 'F' | 'S' | 'FD';

/** The painting operator: fill (non-zero), stroke, or fill then stroke. */
export const PAINT_OPERATOR: Readonly<Record<PaintStyle, string>> = { F: 'f', S: 'S', FD: 'B' };

/** Four-thirds of (√2 − 1): the control-point distance of a quarter circle, per radius. */
const ARC = (4 / 3) * (Math.SQRT2 - 1);

/** A number to a thousandth of a point, shortest form ("12", "0.5", "-3.25"). */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Cannot draw at ${n}: not a finite number`);
  const r = Math.round(n * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}

/** The non-stroking (fill and text) colour, from 0–255 channels. */
export const fillOp = (c: readonly [number, number, number]): string =>
  `${num(c[0] / 255)} ${num(c[1] / 255)} ${num(c[2] / 255)} rg`;

export const moveOp = (x: number, y: number): string => `${num(x)} ${num(y)} m`;

export const lineOp = (x: number, y: number): string => `${num(x)} ${num(y)} l`;

export function curveOp(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x3: number,
  y3: number,
): string {
  return `${num(x1)} ${num(y1)} ${num(x2)} ${num(y2)} ${num(x3)} ${num(y3)} c`;
}

/** A rectangle from its lower-left corner (y up), width and height. */
export const rectOp = (x: number, y: number, w: number, h: number): string =>
  `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`;

/**
 * A closed rectangle with corners rounded by r, from its top-left corner (x, top) going down
 * by h (y up: the bottom is top − h); r is at most half of either side.
 */
export function roundedRectPath(x: number, top: number, w: number, h: number, r: number): string {
  const k = r * ARC;
  const right = x + w;
  const bottom = top - h;
  return [
    moveOp(x + r, top),
    lineOp(right - r, top),
    curveOp(right - r + k, top, right, top - r + k, right, top - r),
    lineOp(right, bottom + r),
    curveOp(right, bottom + r - k, right - r + k, bottom, right - r, bottom),
    lineOp(x + r, bottom),
    curveOp(x + r - k, bottom, x, bottom + r - k, x, bottom + r),
    lineOp(x, top - r),
    curveOp(x, top - r + k, x + r - k, top, x + r, top),
    'h',
  ].join('\n');
}

/** A circle of radius r round (cx, cy), four arcs from its rightmost point, not closed. */
export function circlePath(cx: number, cy: number, r: number): string {
  const k = r * ARC;
  return [
    moveOp(cx + r, cy),
    curveOp(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
    curveOp(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
    curveOp(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
    curveOp(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
  ].join('\n');
}
