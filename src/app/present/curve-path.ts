/**
 * The emotion curve of a slide as geometry: the shown touchpoints spread evenly across the
 * width in journey order, each at its emotion's height, joined by a smooth line. Pure, in
 * a 0..100 box both ways, so the view can stretch it to any screen.
 */
import type { Emotion } from '../../core/model.ts';

export interface PlotPoint {
  x: number;
  y: number;
}

/** A little room above +2 and below -2 (the view insets the box by half a face as well). */
const MARGIN = 4;

/** The height of an emotion level: +2 near the top, -2 near the bottom. */
export function levelY(emotion: Emotion): number {
  return MARGIN + ((2 - emotion) / 4) * (100 - 2 * MARGIN);
}

/** Where each point goes: evenly spaced with half a step at either end; one point sits in the middle. */
export function plotPoints(emotions: readonly Emotion[]): PlotPoint[] {
  const step = 100 / Math.max(1, emotions.length);
  return emotions.map((emotion, i) => ({ x: step * (i + 0.5), y: levelY(emotion) }));
}

/**
 * An SVG path through every point: a Catmull-Rom spline as cubic Béziers. The control
 * points are kept inside the two ends' heights of each segment, so the line never swings
 * above +2 or below -2 between two equal neighbours (no invented highs or lows).
 */
export function smoothPath(points: readonly PlotPoint[]): string {
  if (points.length === 0) return '';
  const f = (n: number) => Number(n.toFixed(2));
  const first = points[0]!;
  let d = `M${f(first.x)},${f(first.y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const low = Math.min(p1.y, p2.y);
    const high = Math.max(p1.y, p2.y);
    const clamp = (y: number) => Math.min(high, Math.max(low, y));
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: clamp(p1.y + (p2.y - p0.y) / 6) };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: clamp(p2.y - (p3.y - p1.y) / 6) };
    d += ` C${f(c1.x)},${f(c1.y)} ${f(c2.x)},${f(c2.y)} ${f(p2.x)},${f(p2.y)}`;
  }
  return d;
}
