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
});
