import { describe, expect, it, vi } from 'vitest';
import type { CurvePoint } from '../../../../src/core/emotion-curve.ts';
import type * as CurveModule from '../../../../src/core/emotion-curve.ts';
import { createCurvePathKeeper, pointsInCardOrder } from '../../../../src/app/canvas/curve-path.ts';

const formatted = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../src/core/emotion-curve.ts', async (importActual) => {
  const actual = await importActual<typeof CurveModule>();
  return {
    ...actual,
    curvePathData: (...args: Parameters<typeof actual.curvePathData>) => {
      formatted.count++;
      return actual.curvePathData(...args);
    },
  };
});

const points = (ys: number[]): CurvePoint[] =>
  ys.map((y, i) => ({ touchpointId: `t${i}`, x: 10 + i * 40, y, emotion: 0 }));

describe('the curve path keeper', () => {
  it('formats the path again only when a point moved', () => {
    const keep = createCurvePathKeeper();
    formatted.count = 0;
    const first = keep(points([50, 20, 80]));
    expect(first).toMatch(/^M10,50 C/);
    // A new layout, the same places: the same path, not formatted again.
    expect(keep(points([50, 20, 80]))).toBe(first);
    expect(formatted.count).toBe(1);
    const moved = keep(points([50, 30, 80]));
    expect(moved).not.toBe(first);
    expect(moved).toContain('50,30');
    expect(formatted.count).toBe(2);
  });

  it('draws no path under two points, and follows a point added or removed', () => {
    const keep = createCurvePathKeeper();
    expect(keep(points([40]))).toBe('');
    expect(keep(points([40, 60]))).toMatch(/^M10,40 C.* 50,60$/);
    expect(keep(points([40]))).toBe('');
  });
});

describe('the curve points in the cards’ order', () => {
  it('follows the cards, skips a card without a point, and keeps a point without a card', () => {
    const [a, b, c, d] = points([1, 2, 3, 4]);
    const cards = [{ id: 't2' }, { id: 'no-point' }, { id: 't0' }, { id: 't1' }];
    expect(pointsInCardOrder([a!, b!, c!, d!], cards)).toEqual([c, a, b, d]);
    expect(pointsInCardOrder([], cards)).toEqual([]);
  });

  it('draws the same order whatever the journey order', () => {
    const [a, b, c] = points([1, 2, 3]);
    const cards = [{ id: 't0' }, { id: 't1' }, { id: 't2' }];
    expect(pointsInCardOrder([c!, a!, b!], cards)).toEqual(pointsInCardOrder([a!, b!, c!], cards));
  });
});
