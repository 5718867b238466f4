/**
 * Where the emotion curve puts ink: its dots and its line, for the canvas's lowest-moment
 * labels to stay off them (a label drawn over the dots and the zigzag of a dense curve can't
 * be read, and hides the dots). A label may cross the line a time or two, as a smooth curve
 * passes under it (its halo keeps the words readable), but not the many pieces of a dense
 * curve's zigzag. The line is the smooth curve (emotion-curve.ts curveSegments) followed by a few
 * chords per segment; both lists run with increasing x, so a box only looks at the stretch
 * of curve under it, found by bisection: this is asked for every candidate place of every
 * label on every frame of a pan or zoom, and a big map's curve has 1,500 points.
 */
import { curveSegments } from './emotion-curve.ts';
import type { LabelBox } from './curve-labels.ts';

interface XY {
  x: number;
  y: number;
}

export interface CurveInk {
  /** The points' centres, x increasing. */
  dots: readonly XY[];
  /** The line as a polyline through the curve, x increasing. */
  line: readonly XY[];
}

/** Chords per curve segment: close enough to a monotone cubic for a few pixels' margin. */
const CHORDS = 4;

const bezier = (a: number, b: number, c: number, d: number, t: number): number => {
  const u = 1 - t;
  return u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
};

/** The ink of the curve through `points` (x increasing, as the layout gives them). */
export function curveInk(points: readonly XY[]): CurveInk {
  const line: XY[] = points.length > 0 ? [{ x: points[0]!.x, y: points[0]!.y }] : [];
  let from = points[0];
  for (const s of curveSegments(points)) {
    for (let k = 1; k <= CHORDS; k++) {
      const t = k / CHORDS;
      line.push({
        x: bezier(from!.x, s.c1.x, s.c2.x, s.to.x, t),
        y: bezier(from!.y, s.c1.y, s.c2.y, s.to.y, t),
      });
    }
    from = s.to;
  }
  return { dots: points, line };
}

/** The first index whose x is at least `x`, in a list by increasing x. */
function firstAtOrAfter(list: readonly XY[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.x < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One edge's clip of the segment's parameter range [t0, t1] (Liang-Barsky), or false. */
function clip(p: number, q: number, range: { t0: number; t1: number }): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) range.t0 = Math.max(range.t0, t);
  else range.t1 = Math.min(range.t1, t);
  return range.t0 <= range.t1;
}

/**
 * Whether the segment a-b meets the box (Liang-Barsky clipping). Asked for every chord under
 * every candidate place of every label on every frame of a pan: a segment wholly to one side
 * of the box is turned away first, and nothing is allocated but one small range.
 */
function segmentMeetsBox(a: XY, b: XY, box: LabelBox): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  if ((a.y < box.y && b.y < box.y) || (a.y > bottom && b.y > bottom)) return false;
  if ((a.x < box.x && b.x < box.x) || (a.x > right && b.x > right)) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const range = { t0: 0, t1: 1 };
  return (
    clip(-dx, a.x - box.x, range) &&
    clip(dx, right - a.x, range) &&
    clip(-dy, a.y - box.y, range) &&
    clip(dy, bottom - a.y, range)
  );
}

/** What a label may not hide of the curve. */
export interface InkRule {
  /** How far from a dot's centre the box stays. */
  dot: number;
  /** How far from the line a box stays to be clear of it. */
  line: number;
  /** How many of the line's segments (from one point to the next) the box may cross. */
  crossings: number;
}

/** Whether a box comes within reach of one of the curve's dots or crosses too much line. */
export function hidesInk(ink: CurveInk, box: LabelBox, rule: InkRule): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  for (let i = firstAtOrAfter(ink.dots, box.x - rule.dot); i < ink.dots.length; i++) {
    const d = ink.dots[i]!;
    if (d.x > right + rule.dot) break;
    const nx = Math.max(box.x, Math.min(d.x, right));
    const ny = Math.max(box.y, Math.min(d.y, bottom));
    if ((d.x - nx) ** 2 + (d.y - ny) ** 2 <= rule.dot ** 2) return true;
  }
  // The line thickened by its reach: the box grown by it, against the bare polyline (its
  // corners grow square, a pixel or two more careful than needed).
  const grown = {
    x: box.x - rule.line,
    y: box.y - rule.line,
    width: box.width + 2 * rule.line,
    height: box.height + 2 * rule.line,
  };
  const { line } = ink;
  let crossed = 0;
  let lastSegment = -1;
  for (let i = Math.max(1, firstAtOrAfter(line, grown.x)); i < line.length; i++) {
    if (line[i - 1]!.x > grown.x + grown.width) break;
    // Chord i belongs to the curve segment (i - 1) / CHORDS: count each segment once.
    const segment = Math.floor((i - 1) / CHORDS);
    if (segment === lastSegment || !segmentMeetsBox(line[i - 1]!, line[i]!, grown)) continue;
    lastSegment = segment;
    crossed++;
    if (crossed > rule.crossings) return true;
  }
  return false;
}
