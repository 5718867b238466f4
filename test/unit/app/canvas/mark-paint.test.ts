import { describe, expect, it } from 'vitest';
import { paintMarks, type MarkColours } from '../../../../src/app/canvas/mark-paint.ts';
import { markGroups, type MarkGroup } from '../../../../src/app/canvas/mark-shapes.ts';
import { markCard } from './mark-card.ts';

const COLOURS = new Proxy({}, { get: () => new Proxy({}, { get: () => '#000' }) }) as MarkColours;

/** A 2D context that records the calls paintMarks makes and what lineWidth was at each stroke. */
function recorder() {
  const calls: string[] = [];
  const strokes: number[] = [];
  const context = new Proxy({ lineWidth: 1 } as Record<string, unknown>, {
    get(target, name: string) {
      if (name in target) return target[name];
      return () => {
        calls.push(name);
        if (name === 'stroke') strokes.push(target.lineWidth as number);
      };
    },
    set(target, name: string, value) {
      target[name] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { context, calls, strokes };
}

const VIEW = { x: 0, y: 0, width: 1000, height: 800 };

describe('paintMarks', () => {
  const cards = [markCard('a', 0, { emotion: -2 }), markCard('b', 300, { emotion: 1 })];

  it('draws emotion dots as circles where they are big enough to look round', () => {
    const { context, calls } = recorder();
    paintMarks(context, markGroups(cards), { ...VIEW, zoom: 0.5 }, COLOURS, 1);
    expect(calls.filter((c) => c === 'arc')).toHaveLength(2);
  });

  it('draws them as squares (cheaper to rasterise) where a dot is a few pixels', () => {
    const { context, calls } = recorder();
    // A dot's radius is 24 units: 1.2 px on screen at 5 %.
    paintMarks(context, markGroups(cards), { ...VIEW, zoom: 0.05 }, COLOURS, 1);
    expect(calls.filter((c) => c === 'arc')).toHaveLength(0);
    const card = calls.filter((c) => c === 'rect').length;
    // Two card shapes, two bands, two dots.
    expect(card).toBe(6);
  });

  it('strokes routed connections one device pixel wide, the selected one wider', () => {
    const route = (look: 'normal' | 'selected'): MarkGroup => ({
      part: 'route',
      look,
      shapes: [2, 10, 10, 200, 10],
    });
    for (const ratio of [1, 2]) {
      const { context, strokes } = recorder();
      paintMarks(
        context,
        [route('normal'), route('selected')],
        { ...VIEW, zoom: 0.25 },
        COLOURS,
        ratio,
      );
      // Widths in canvas units: ×zoom×ratio gives device pixels.
      expect(strokes.map((w) => w * 0.25 * ratio)).toEqual([1, 2.5 * ratio]);
    }
  });
});
