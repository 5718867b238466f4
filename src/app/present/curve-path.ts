/**
 * The emotion curve of a slide as geometry: the shown touchpoints spread evenly across the
 * width in journey order, each at its emotion's height. Pure, in a 0..100 box both ways, so
 * the view can stretch it to any screen; the line through them is core's (emotion-curve.ts),
 * the same curve as on the canvas and in the PDF.
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
