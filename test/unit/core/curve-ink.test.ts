import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveInk, hidesInk, type InkRule } from '../../../src/core/curve-ink.ts';

const RULE: InkRule = { dot: 6, line: 1, crossings: 2 };

/** A zigzag like a dense map's curve far out: a point every 10 px, high and low by turns. */
const zigzag = Array.from({ length: 40 }, (_, i) => ({ x: i * 10, y: i % 2 === 0 ? 0 : 60 }));

describe('the ink of the emotion curve', () => {
  it('follows the curve through every point, x increasing', () => {
    const points = [
      { x: 0, y: 50 },
      { x: 100, y: 10 },
      { x: 200, y: 90 },
    ];
    const ink = curveInk(points);
    expect(ink.dots).toBe(points);
    for (const p of points) expect(ink.line).toContainEqual(p);
    for (let i = 1; i < ink.line.length; i++) {
      expect(ink.line[i]!.x).toBeGreaterThan(ink.line[i - 1]!.x);
      // A monotone piece stays between its ends' heights.
      expect(ink.line[i]!.y).toBeGreaterThanOrEqual(10);
      expect(ink.line[i]!.y).toBeLessThanOrEqual(90);
    }
    expect(curveInk([])).toEqual({ dots: [], line: [] });
  });

  it('finds a dot under a box, or within reach of its edge', () => {
    const ink = curveInk([
      { x: 0, y: 100 },
      { x: 100, y: 100 },
      { x: 200, y: 100 },
    ]);
    expect(hidesInk(ink, { x: 90, y: 80, width: 20, height: 10 }, RULE)).toBe(false);
    expect(hidesInk(ink, { x: 90, y: 80, width: 20, height: 15 }, RULE)).toBe(true);
    expect(hidesInk(ink, { x: 104, y: 96, width: 30, height: 8 }, RULE)).toBe(true);
  });

  it('lets a label cross a smooth curve once or twice, not a zigzag', () => {
    const smooth = curveInk([
      { x: 0, y: 0 },
      { x: 100, y: 100 },
      { x: 200, y: 0 },
    ]);
    // Between the dots, across both pieces of the V.
    const across = { x: 20, y: 40, width: 160, height: 16 };
    expect(hidesInk(smooth, across, RULE)).toBe(false);
    expect(hidesInk(smooth, across, { ...RULE, crossings: 1 })).toBe(true);
    // Over the zigzag's middle, clear of its dots: ten pieces of line.
    expect(hidesInk(curveInk(zigzag), { x: 100, y: 20, width: 100, height: 16 }, RULE)).toBe(true);
    // Under it, clear.
    expect(hidesInk(curveInk(zigzag), { x: 100, y: 70, width: 100, height: 16 }, RULE)).toBe(false);
  });

  it('counts a piece of line as crossing a box exactly when some point of it lies in the box', () => {
    /** A reference: 400 points along a straight piece, any of them in the box. */
    const sampled = (a: XY, b: XY, box: Box) => {
      for (let k = 0; k <= 400; k++) {
        const x = a.x + ((b.x - a.x) * k) / 400;
        const y = a.y + ((b.y - a.y) * k) / 400;
        if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) {
          return true;
        }
      }
      return false;
    };
    const grownBy = (box: Box, d: number): Box => ({
      x: box.x - d,
      y: box.y - d,
      width: box.width + 2 * d,
      height: box.height + 2 * d,
    });
    const coord = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(coord, coord, coord, coord, coord, coord, (ay, by, cy, dy, x, y) => {
        // One piece of line, three chords, its dots far out of reach of the box.
        const line = [
          { x: -1000, y: ay },
          { x: 0, y: by },
          { x: 100, y: cy },
          { x: 1100, y: dy },
        ];
        const ink = { dots: [line[0]!, line[3]!], line };
        const box = { x, y, width: 12, height: 8 };
        const found = hidesInk(ink, box, { dot: 1, line: 0, crossings: 0 });
        const crosses = (b: Box) => line.slice(1).some((p, i) => sampled(line[i]!, p, b));
        // Sampling may miss a graze of a corner that the exact test sees, never more.
        if (crosses(box)) expect(found).toBe(true);
        if (found) expect(crosses(grownBy(box, 0.5))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

type XY = { x: number; y: number };
type Box = { x: number; y: number; width: number; height: number };
