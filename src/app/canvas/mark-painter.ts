/**
 * Who paints MarkLayer's canvas. Where the browser can hand a canvas to a worker, the
 * mark-paint worker does (rasterising 1,500 cards and their connections is then off the
 * page's thread); elsewhere (jsdom, an old engine) this thread does, in an animation frame.
 * Either way at most one paint per frame, however many views and scenes come in.
 */
import { paintMarks, type MarkColours, type View } from './mark-paint.ts';
import type { MarkGroup } from './mark-shapes.ts';
import type { MarkPaintMessage } from './mark-paint-messages.ts';

export interface MarkPainter {
  /** Where the painting happens (the canvas shows it as data-painter, for tests). */
  readonly where: 'worker' | 'page';
  scene(groups: readonly MarkGroup[], colours: MarkColours): void;
  view(view: View, pixelRatio: number): void;
  dispose(): void;
}

function inWorker(canvas: HTMLCanvasElement): MarkPainter {
  const worker = new Worker(new URL('./mark-paint-worker.ts', import.meta.url), {
    type: 'module',
  });
  const offscreen = canvas.transferControlToOffscreen();
  const send = (message: MarkPaintMessage, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  send({ type: 'canvas', canvas: offscreen }, [offscreen]);
  return {
    where: 'worker',
    scene: (groups, colours) => send({ type: 'scene', groups, colours }),
    view: (view, pixelRatio) => send({ type: 'view', view, pixelRatio }),
    dispose: () => worker.terminate(),
  };
}

function onThisThread(canvas: HTMLCanvasElement): MarkPainter {
  let scene: { groups: readonly MarkGroup[]; colours: MarkColours } | null = null;
  let at: { view: View; pixelRatio: number } | null = null;
  let frame = 0;
  const paint = () => {
    frame = 0;
    const context = canvas.getContext('2d');
    if (!context || !scene || !at) return;
    const { width, height } = at.view;
    const [w, h] = [Math.round(width * at.pixelRatio), Math.round(height * at.pixelRatio)];
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    paintMarks(context, scene.groups, at.view, scene.colours, at.pixelRatio);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(paint);
  };
  return {
    where: 'page',
    scene: (groups, colours) => {
      scene = { groups, colours };
      schedule();
    },
    view: (view, pixelRatio) => {
      at = { view, pixelRatio };
      schedule();
    },
    dispose: () => cancelAnimationFrame(frame),
  };
}

export function createMarkPainter(canvas: HTMLCanvasElement): MarkPainter {
  const canHandOver =
    typeof Worker !== 'undefined' && typeof canvas.transferControlToOffscreen === 'function';
  return canHandOver ? inWorker(canvas) : onThisThread(canvas);
}
