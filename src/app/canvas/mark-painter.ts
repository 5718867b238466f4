/**
 * Who paints MarkLayer's canvas. Where the browser can hand a canvas to a worker, the
 * mark-paint worker does (rasterising 1,500 cards and their connections is then off the
 * page's thread); elsewhere (jsdom, an old engine) this thread does, in an animation frame.
 * Either way at most one paint per frame, however many messages come in, and a layer is
 * passed on only when it is a new one.
 */
import type { MarkColours, View } from './mark-paint.ts';
import type { MarkGroup } from './mark-shapes.ts';
import type { MarkPaintMessage } from './mark-paint-messages.ts';
import { MarkScene } from './mark-scene.ts';

export interface MarkPainter {
  /** Where the painting happens (the canvas shows it as data-painter, for tests). */
  readonly where: 'worker' | 'page';
  layers(layers: readonly (readonly MarkGroup[])[]): void;
  colours(colours: MarkColours): void;
  view(view: View, pixelRatio: number): void;
  dispose(): void;
}

type Send = (message: Exclude<MarkPaintMessage, { type: 'canvas' }>) => void;

function painter(where: MarkPainter['where'], send: Send, dispose: () => void): MarkPainter {
  let sent: readonly (readonly MarkGroup[])[] = [];
  return {
    where,
    layers: (layers) => {
      layers.forEach((groups, index) => {
        if (sent[index] !== groups) send({ type: 'layer', index, groups });
      });
      sent = layers;
    },
    colours: (colours) => send({ type: 'colours', colours }),
    view: (view, pixelRatio) => send({ type: 'view', view, pixelRatio }),
    dispose,
  };
}

function inWorker(canvas: HTMLCanvasElement): MarkPainter {
  const worker = new Worker(new URL('./mark-paint-worker.ts', import.meta.url), {
    type: 'module',
  });
  const offscreen = canvas.transferControlToOffscreen();
  const message: MarkPaintMessage = { type: 'canvas', canvas: offscreen };
  worker.postMessage(message, [offscreen]);
  return painter(
    'worker',
    (m) => worker.postMessage(m),
    () => worker.terminate(),
  );
}

function onThisThread(canvas: HTMLCanvasElement): MarkPainter {
  const scene = new MarkScene();
  let frame = 0;
  const send: Send = (message) => {
    scene.take(message);
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      scene.paint(canvas);
    });
  };
  return painter('page', send, () => cancelAnimationFrame(frame));
}

export function createMarkPainter(canvas: HTMLCanvasElement): MarkPainter {
  const canHandOver =
    typeof Worker !== 'undefined' && typeof canvas.transferControlToOffscreen === 'function';
  return canHandOver ? inWorker(canvas) : onThisThread(canvas);
}
