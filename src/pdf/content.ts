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

/** ".5", ".25", ".125" for 500, 250, 125 thousandths; "" for 0. */
const THOUSANDTHS = Array.from({ length: 1000 }, (_, i) => {
  const digits = String(i).padStart(3, '0').replace(/0+$/, '');
  return digits === '' ? '' : `.${digits}`;
});

/**
 * A number to a thousandth of a point, shortest form ("12", "0.5", "-3.25"). Built from
 * integers: a page holds hundreds of thousands of numbers, and turning a double into text
 * was the slowest step of writing them.
 */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Cannot draw at ${n}: not a finite number`);
  const r = Math.round(n * 1000);
  if (r === 0) return '0';
  const a = r < 0 ? -r : r;
  const whole = Math.floor(a / 1000);
  return `${r < 0 ? '-' : ''}${whole}${THOUSANDTHS[a - whole * 1000]}`;
}

type Channels = readonly [number, number, number];

/** A colour channel (0–255) to a hundredth, as jsPDF writes colours. */
const channel = (v: number): string => {
  const r = Math.round((v / 255) * 100);
  return r >= 100 ? '1' : r <= 0 ? '0' : THOUSANDTHS[r * 10]!.replace(/^\./, '0.');
};

/** A fill or stroke colour from 0–255 channels: a grey as `g`/`G`, else `rg`/`RG`. */
function colorOp(c: Channels, stroke: boolean): string {
  if (c[0] === c[1] && c[1] === c[2]) return `${channel(c[0])} ${stroke ? 'G' : 'g'}`;
  return `${channel(c[0])} ${channel(c[1])} ${channel(c[2])} ${stroke ? 'RG' : 'rg'}`;
}

/** The non-stroking (fill and text) colour, from 0–255 channels. */
export const fillOp = (c: Channels): string => colorOp(c, false);

/** The stroking colour, from 0–255 channels. */
export const strokeOp = (c: Channels): string => colorOp(c, true);

/** The line width, points. */
export const lineWidthOp = (w: number): string => `${num(w)} w`;

/** A dash pattern, points; empty for a solid line. */
export const dashOp = (pattern: readonly number[]): string => `[${pattern.map(num).join(' ')}] 0 d`;

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

const originCircles = new Map<number, string>();

/**
 * `circlePath` round the origin, kept by radius: the emotion row's dots and the faces' eyes
 * repeat a few radii thousands of times (Painter.circle draws each in a group of its own).
 */
export function circleAtOrigin(r: number): string {
  let path = originCircles.get(r);
  if (path === undefined) {
    // A few radii per export; a long-lived worker's exports at other scales add their own.
    if (originCircles.size >= 256) originCircles.clear();
    path = circlePath(0, 0, r);
    originCircles.set(r, path);
  }
  return path;
}
