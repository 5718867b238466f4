/**
 * The emotion curve, once for every renderer: its points and the one smooth line through
 * them. The canvas and the slides draw `curvePathData` as an SVG path, the PDF draws the
 * same `curveSegments` as curveTo operators, so the line is the same curve everywhere.
 *
 * Points run in journey order with strictly increasing x: the rated touchpoints of a stage
 * share its column evenly, in their order, so two touchpoints stacked in different lanes
 * never make a vertical jump. The line is a monotone cubic (Steffen's slopes): between two
 * points it moves only from one's level towards the other's, so it never invents a high or a
 * low, never passes +2 or -2, and never turns back in x.
 */
import type { Emotion, JourneyMap } from './model.ts';
import { EMOTIONS } from './model.ts';
import { journeyOrderIndices } from './journey-order.ts';

export interface CurvePoint {
  touchpointId: string;
  /** Inside the touchpoint's stage column, in journey order (strictly increasing). */
  x: number;
  /** Inside the emotion row: +2 near its top, -2 near its bottom. */
  y: number;
  emotion: Emotion;
}

export interface EmotionLevel {
  emotion: Emotion;
  y: number;
}

export interface EmotionCurve {
  /** Rated touchpoints only, in journey order. */
  points: CurvePoint[];
  /** Ids of the points at the minimum emotion when it is below 0 ("the moments that matter"), else empty. */
  lowest: string[];
  /** The y of each level, -2 .. 2, for guide lines. */
  levels: EmotionLevel[];
}

/** The emotion row: where it starts, how tall it is, and how far +2 and -2 sit inside it. */
export interface CurveRow {
  y: number;
  height: number;
  margin: number;
}

interface Span {
  x: number;
  width: number;
}

export interface XY {
  x: number;
  y: number;
}

/** One cubic Bézier piece of the line, from the previous piece's end (or the first point). */
export interface CurveSegment {
  c1: XY;
  c2: XY;
  to: XY;
}

const EMOTION_MAX = 2;
const EMOTION_SPAN = 4;

function levelY(row: CurveRow, emotion: number): number {
  const inner = row.height - 2 * row.margin;
  return row.y + row.margin + ((EMOTION_MAX - emotion) / EMOTION_SPAN) * inner;
}

/**
 * The curve of a laid-out map. `stageOf[i]` is the column of `map.touchpoints[i]`, or -1
 * when it has no card (its stage or department is unknown); such touchpoints are left out.
 */
export function buildEmotionCurve(
  map: JourneyMap,
  columns: readonly Span[],
  stageOf: ArrayLike<number>,
  row: CurveRow,
): EmotionCurve {
  const order = journeyOrderIndices(map).filter((i) => {
    const emotion = map.touchpoints[i]!.emotion;
    return emotion !== null && emotion !== undefined && stageOf[i]! >= 0;
  });
  const perStage = new Map<number, number>();
  for (const i of order) perStage.set(stageOf[i]!, (perStage.get(stageOf[i]!) ?? 0) + 1);
  // Journey order is stage by stage, so the k-th point of a stage is its k-th in this loop.
  const seen = new Map<number, number>();
  let min = Infinity;
  const points = order.map((i): CurvePoint => {
    const tp = map.touchpoints[i]!;
    const emotion = tp.emotion!;
    const s = stageOf[i]!;
    const k = seen.get(s) ?? 0;
    seen.set(s, k + 1);
    const column = columns[s]!;
    if (emotion < min) min = emotion;
    return {
      touchpointId: tp.id,
      x: column.x + (column.width * (k + 0.5)) / perStage.get(s)!,
      y: levelY(row, emotion),
      emotion,
    };
  });
  const lowest = min < 0 ? points.filter((p) => p.emotion === min).map((p) => p.touchpointId) : [];
  const levels = [...EMOTIONS]
    .sort((a, b) => a - b)
    .map((emotion): EmotionLevel => ({ emotion, y: levelY(row, emotion) }));
  return { points, lowest, levels };
}

const sign = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

/**
 * The smooth line through `points` (x increasing), one segment per gap. Each point's slope
 * is Steffen's: zero at a peak or a trough, never more than twice the gentler neighbouring
 * secant, which keeps both control points of a segment between its two ends' heights (so,
 * by the convex hull, the whole segment). A gap with no width gets a straight piece.
 */
export function curveSegments(points: readonly XY[]): CurveSegment[] {
  const n = points.length;
  if (n < 2) return [];
  const h: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const dx = points[i + 1]!.x - points[i]!.x;
    h.push(dx);
    d.push(dx > 0 ? (points[i + 1]!.y - points[i]!.y) / dx : 0);
  }
  const slope = (i: number): number => {
    if (i === 0) return d[0]!;
    if (i === n - 1) return d[n - 2]!;
    const a = d[i - 1]!;
    const b = d[i]!;
    const width = h[i - 1]! + h[i]!;
    const p = width > 0 ? (a * h[i]! + b * h[i - 1]!) / width : 0;
    return (sign(a) + sign(b)) * Math.min(Math.abs(a), Math.abs(b), Math.abs(p) / 2);
  };
  const slopes = points.map((_, i) => slope(i));
  const segments: CurveSegment[] = [];
  for (let i = 0; i < n - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const third = h[i]! / 3;
    segments.push(
      third > 0
        ? {
            c1: { x: from.x + third, y: from.y + slopes[i]! * third },
            c2: { x: to.x - third, y: to.y - slopes[i + 1]! * third },
            to: { x: to.x, y: to.y },
          }
        : { c1: { x: from.x, y: from.y }, c2: { x: to.x, y: to.y }, to: { x: to.x, y: to.y } },
    );
  }
  return segments;
}

/**
 * `n` to two decimals, written as `String(Number(n.toFixed(2)))` writes it ("1.5", "2",
 * "0" for -0.001) but without the round trip through a number: a 1,500-card curve is
 * 9,000 of these per edit, and the round trip was most of the path's cost.
 */
export function twoDecimals(n: number): string {
  const fixed = n.toFixed(2);
  let end = fixed.length;
  // Trailing zeros of the decimals, then the point they leave bare.
  if (fixed.charCodeAt(end - 1) === ZERO && fixed.charCodeAt(end - 3) === POINT) {
    end = fixed.charCodeAt(end - 2) === ZERO ? end - 3 : end - 1;
  }
  const out = end === fixed.length ? fixed : fixed.slice(0, end);
  return out === '-0' ? '0' : out;
}
const ZERO = 48;
const POINT = 46;
const pair = (p: XY): string => `${twoDecimals(p.x)},${twoDecimals(p.y)}`;

/** The same line as an SVG path: M, then one C per segment; '' without points. */
export function curvePathData(points: readonly XY[]): string {
  if (points.length === 0) return '';
  let d = `M${pair(points[0]!)}`;
  for (const s of curveSegments(points)) d += ` C${pair(s.c1)} ${pair(s.c2)} ${pair(s.to)}`;
  return d;
}
