/**
 * Paints the 'marks' level on a canvas handed over by mark-painter.ts, off the page's
 * thread. Far out a zoom or pan repaints every card and connection, and without a GPU the
 * rasterising of those shapes is most of a frame's work: here it no longer delays the
 * page's own frame (headers, labels, input). At most one paint per animation frame.
 */
import { MarkScene } from './mark-scene.ts';
import type { MarkPaintMessage } from './mark-paint-messages.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<MarkPaintMessage>) => void) | null;
  requestAnimationFrame?: (callback: () => void) => number;
}

const scope = self as unknown as WorkerScope;
const nextFrame = (paint: () => void) =>
  scope.requestAnimationFrame ? scope.requestAnimationFrame(paint) : setTimeout(paint, 0);

const scene = new MarkScene();
let canvas: OffscreenCanvas | null = null;
let pending = false;

scope.onmessage = ({ data }) => {
  if (data.type === 'canvas') canvas = data.canvas;
  else scene.take(data);
  if (pending) return;
  pending = true;
  nextFrame(() => {
    pending = false;
    if (canvas) scene.paint(canvas);
  });
};
