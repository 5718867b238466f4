import { describe, expect, it } from 'vitest';
import { MarkScene } from '../../../../src/app/canvas/mark-scene.ts';
import type { MarkColours } from '../../../../src/app/canvas/mark-paint.ts';
import type { MarkGroup } from '../../../../src/app/canvas/mark-shapes.ts';

const COLOURS = new Proxy({}, { get: () => new Proxy({}, { get: () => '#000' }) }) as MarkColours;

/** A canvas whose context records the rectangles it is given. */
function fakeCanvas() {
  const rects: number[][] = [];
  const context = new Proxy({} as Record<string, unknown>, {
    get: (target, name: string) =>
      name in target
        ? target[name]
        : (...args: number[]) => {
            if (name === 'rect') rects.push(args);
          },
    set: (target, name: string, value) => ((target[name] = value), true),
  });
  return { canvas: { width: 0, height: 0, getContext: () => context }, rects };
}

const card = (x: number): MarkGroup => ({
  part: 'card',
  look: 'service',
  dimmed: false,
  shapes: [x, 0, 10, 10],
});
const VIEW = { view: { x: 0, y: 0, zoom: 1, width: 300, height: 200 }, pixelRatio: 2 };

describe('MarkScene', () => {
  it('paints nothing until it has colours and a view', () => {
    const scene = new MarkScene();
    const { canvas, rects } = fakeCanvas();
    scene.take({ type: 'layer', index: 0, groups: [card(1)] });
    scene.paint(canvas as unknown as OffscreenCanvas);
    scene.take({ type: 'colours', colours: COLOURS });
    scene.paint(canvas as unknown as OffscreenCanvas);
    expect(rects).toEqual([]);
  });

  it('paints its layers in order, each replaced on its own, on a canvas sized to the view', () => {
    const scene = new MarkScene();
    const { canvas, rects } = fakeCanvas();
    scene.take({ type: 'colours', colours: COLOURS });
    scene.take({ type: 'view', ...VIEW });
    scene.take({ type: 'layer', index: 0, groups: [card(1)] });
    scene.take({ type: 'layer', index: 1, groups: [card(2)] });
    scene.take({ type: 'layer', index: 1, groups: [card(3)] });
    scene.paint(canvas as unknown as OffscreenCanvas);
    expect(rects.map(([x]) => x)).toEqual([1, 3]);
    expect([canvas.width, canvas.height]).toEqual([600, 400]);
  });
});
