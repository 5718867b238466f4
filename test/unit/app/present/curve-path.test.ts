import { describe, expect, it } from 'vitest';
import { curvePathData } from '../../../../src/core/emotion-curve.ts';
import { levelY, plotPoints } from '../../../../src/app/present/curve-path.ts';

/** Every number of a path, as [x, y] pairs. */
const pairs = (d: string): number[][] => {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return Array.from({ length: numbers.length / 2 }, (_, i) => numbers.slice(2 * i, 2 * i + 2));
};

describe('the presentation emotion curve', () => {
  it('spreads the points evenly in journey order, +2 above -2', () => {
    const points = plotPoints([-2, 0, 2]);
    expect(points.map((p) => Math.round(p.x))).toEqual([17, 50, 83]);
    expect(levelY(2)).toBeLessThan(levelY(0));
    expect(levelY(0)).toBeLessThan(levelY(-2));
    expect(plotPoints([1])).toEqual([{ x: 50, y: levelY(1) }]);
  });

  it('draws a smooth line through every point that never passes +2 or -2', () => {
    const points = plotPoints([-2, -2, 2, 2, -1]);
    const d = curvePathData(points);
    expect(d.startsWith('M')).toBe(true);
    expect(d.match(/C/g)).toHaveLength(points.length - 1);
    const all = pairs(d);
    for (const point of points)
      expect(
        all.some(([x, y]) => Math.abs(x! - point.x) < 0.01 && Math.abs(y! - point.y) < 0.01),
      ).toBe(true);
    for (const [, y] of all) {
      expect(y).toBeGreaterThanOrEqual(levelY(2) - 0.01);
      expect(y).toBeLessThanOrEqual(levelY(-2) + 0.01);
    }
    expect(curvePathData([])).toBe('');
  });
});
