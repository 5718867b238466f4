/**
 * Paints the 'marks' level on a canvas handed over by mark-painter.ts, off the page's
 * thread. Far out a zoom or pan repaints every card and connection, and without a GPU the
 * rasterising of those shapes is most of a frame's work: here it no longer delays the
 * page's own frame (headers, labels, input). At most one paint per animation frame.
 */
import { paintMarks, type MarkColours, type View } from './mark-paint.ts';
import type { MarkGroup } from './mark-shapes.ts';
import type { MarkPaintMessage } from './mark-paint-messages.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<MarkPaintMessage>) => void) | null;
  requestAnimationFrame?: (callback: () => void) => number;
}

const scope = self as unknown as WorkerScope;
const nextFrame = (paint: () => void) =>
  scope.requestAnimationFrame ? scope.requestAnimationFrame(paint) : setTimeout(paint, 0);

let canvas: OffscreenCanvas | null = null;
let scene: { groups: readonly MarkGroup[]; colours: MarkColours } | null = null;
let view: { view: View; pixelRatio: number } | null = null;
let pending = false;

function paint(): void {
  pending = false;
  const context = canvas?.getContext('2d');
  if (!canvas || !context || !scene || !view) return;
  const { width, height } = view.view;
  const [w, h] = [Math.round(width * view.pixelRatio), Math.round(height * view.pixelRatio)];
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  paintMarks(context, scene.groups, view.view, scene.colours, view.pixelRatio);
}

scope.onmessage = ({ data }) => {
  if (data.type === 'canvas') canvas = data.canvas;
  else if (data.type === 'scene') scene = { groups: data.groups, colours: data.colours };
  else view = { view: data.view, pixelRatio: data.pixelRatio };
  if (!pending) {
    pending = true;
    nextFrame(paint);
  }
};
