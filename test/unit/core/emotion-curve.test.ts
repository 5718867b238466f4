import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  curvePathData,
  curveSegments,
  twoDecimals,
  type XY,
} from '../../../src/core/emotion-curve.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import { validMap } from './arbitraries.ts';

/** The point of a cubic Bézier at t. */
function bezier(a: XY, c1: XY, c2: XY, b: XY, t: number): XY {
  const u = 1 - t;
  const at = (p: number, q: number, r: number, s: number): number =>
    u * u * u * p + 3 * u * u * t * q + 3 * u * t * t * r + t * t * t * s;
  return { x: at(a.x, c1.x, c2.x, b.x), y: at(a.y, c1.y, c2.y, b.y) };
}

/** Points with strictly increasing x and any heights. */
const increasing = fc
  .array(
    fc.record({
      dx: fc.double({ min: 1, max: 400, noNaN: true }),
      level: fc.integer({ min: -2, max: 2 }),
    }),
    {
      minLength: 0,
      maxLength: 20,
    },
  )
  .map((steps) => {
    let x = 0;
    return steps.map(({ dx, level }) => ({ x: (x += dx), y: 100 - level * 20 }));
  });

describe('the emotion curve of a map', () => {
  it('has strictly increasing x in journey order, each point inside its stage column', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const layout = computeLayout(map);
        const { points } = layout.curve;
        for (let i = 1; i < points.length; i++)
          expect(points[i]!.x).toBeGreaterThan(points[i - 1]!.x);
        const stageOf = new Map(map.touchpoints.map((tp) => [tp.id, tp.stageId]));
        for (const point of points) {
          const column = layout.columns.find((c) => c.id === stageOf.get(point.touchpointId))!;
          expect(point.x).toBeGreaterThan(column.x);
          expect(point.x).toBeLessThan(column.x + column.width);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the smooth line', () => {
  it('passes through every point, one cubic per gap, and the SVG path is those cubics', () => {
    fc.assert(
      fc.property(increasing, (points) => {
        const segments = curveSegments(points);
        expect(segments).toHaveLength(Math.max(0, points.length - 1));
        segments.forEach((s, i) => expect(s.to).toEqual(points[i + 1]));
        const d = curvePathData(points);
        if (points.length === 0) {
          expect(d).toBe('');
          return;
        }
        const r = (n: number): string => String(Number(n.toFixed(2)));
        const expected = [`M${r(points[0]!.x)},${r(points[0]!.y)}`]
          .concat(
            segments.map(
              (s) =>
                `C${r(s.c1.x)},${r(s.c1.y)} ${r(s.c2.x)},${r(s.c2.y)} ${r(s.to.x)},${r(s.to.y)}`,
            ),
          )
          .join(' ');
        expect(d).toBe(expected);
      }),
    );
  });

  it('never overshoots its two ends and never turns back in x', () => {
    fc.assert(
      fc.property(increasing, (points) => {
        curveSegments(points).forEach((s, i) => {
          const a = points[i]!;
          const low = Math.min(a.y, s.to.y) - 1e-9;
          const high = Math.max(a.y, s.to.y) + 1e-9;
          let lastX = a.x;
          for (let t = 0; t <= 1; t += 1 / 32) {
            const p = bezier(a, s.c1, s.c2, s.to, t);
            expect(p.y).toBeGreaterThanOrEqual(low);
            expect(p.y).toBeLessThanOrEqual(high);
            expect(p.x).toBeGreaterThanOrEqual(lastX - 1e-9);
            lastX = p.x;
          }
        });
      }),
    );
  });

  it('is flat at a peak or a trough, and bends (is no polyline) on a slope', () => {
    const points = [
      { x: 0, y: 50 },
      { x: 100, y: 10 },
      { x: 200, y: 90 },
      { x: 300, y: 95 },
    ];
    const [first, second, third] = curveSegments(points);
    // The peak at x 100: both its handles level with it.
    expect(first!.c2.y).toBe(10);
    expect(second!.c1.y).toBe(10);
    // On the way down to 90 and on to 95 the line leaves 90 still falling (no kink).
    expect(second!.c2.y).toBeLessThan(90);
    expect(third!.c1.y).toBeGreaterThan(90);
    expect(third!.c1.y).toBeLessThanOrEqual(95);
  });

  it('draws a straight piece over a gap with no width rather than dividing by zero', () => {
    const [s] = curveSegments([
      { x: 5, y: 0 },
      { x: 5, y: 40 },
    ]);
    expect(s).toEqual({ c1: { x: 5, y: 0 }, c2: { x: 5, y: 40 }, to: { x: 5, y: 40 } });
  });
});

describe('twoDecimals', () => {
  it('writes a number to two decimals as String(Number(n.toFixed(2))) does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: -100_000, max: 100_000 }).map((i) => i / 100),
          fc.integer({ min: -100_000, max: 100_000 }).map((i) => i / 1000),
        ),
        (n) => {
          expect(twoDecimals(n)).toBe(String(Number(n.toFixed(2))));
        },
      ),
      { numRuns: 5000 },
    );
    for (const n of [0, -0, -0.001, 1.5, 2, 10, 10.1, -0.5, 0.05, 1.005, 1e21, 123.456]) {
      expect(twoDecimals(n)).toBe(String(Number(n.toFixed(2))));
    }
  });
});
