import { describe, expect, it } from 'vitest';
import {
  circleAtOrigin,
  circlePath,
  curveOp,
  dashOp,
  fillOp,
  lineWidthOp,
  num,
  rectOp,
  roundedRectPath,
  strokeOp,
} from '../../../src/pdf/content.ts';

/** The numbers of a path, in order. */
const numbers = (path: string): number[] =>
  path
    .split(/\s+/)
    .filter((t) => /^-?\d/.test(t))
    .map(Number);

describe('content stream operators', () => {
  it('writes numbers to a thousandth, shortest, never "-0" or an exponent', () => {
    expect(num(12)).toBe('12');
    expect(num(0.5)).toBe('0.5');
    expect(num(-3.25049)).toBe('-3.25');
    expect(num(1190.5499999)).toBe('1190.55');
    expect(num(-0.0001)).toBe('0');
    expect(num(1e-7)).toBe('0');
    expect(num(0.0015)).toBe('0.002');
    expect(() => num(Number.NaN)).toThrow(/not a finite number/);
    expect(() => num(Infinity)).toThrow(/not a finite number/);
  });

  it('writes the same as String(rounded) for any number', () => {
    for (let i = 0; i < 2000; i++) {
      const n = ((i * 7919.123457) % 6000.37) - 3000.5 + i / 10007;
      const r = Math.round(n * 1000) / 1000;
      expect(num(n)).toBe(r === 0 ? '0' : String(r));
    }
    expect(num(2.05)).toBe('2.05');
    expect(num(-1000.0001)).toBe('-1000');
  });

  it('writes colours to a hundredth, greys as one value, and widths and dashes in points', () => {
    expect(fillOp([255, 128, 0])).toBe('1 0.5 0 rg');
    expect(strokeOp([31, 36, 41])).toBe('0.12 0.14 0.16 RG');
    expect(fillOp([255, 255, 255])).toBe('1 g');
    expect(strokeOp([2, 2, 2])).toBe('0.01 G');
    expect(lineWidthOp(0.3579)).toBe('0.358 w');
    expect(dashOp([4, 2.5])).toBe('[4 2.5] 0 d');
    expect(dashOp([])).toBe('[] 0 d');
  });

  it('writes rectangles and curves as PDF operators', () => {
    expect(rectOp(10, 20.5, 30, -40)).toBe('10 20.5 30 -40 re');
    expect(curveOp(1, 2, 3, 4, 5, 6)).toBe('1 2 3 4 5 6 c');
  });

  it('rounds corners with quarter-circle arcs and closes the path', () => {
    const path = roundedRectPath(0, 100, 50, 40, 10);
    const lines = path.split('\n');
    expect(lines[0]).toBe('10 100 m');
    expect(lines.at(-1)).toBe('h');
    expect(lines.filter((l) => l.endsWith(' c'))).toHaveLength(4);
    // Every point lies within the box, and the corners' ends touch its sides.
    const xs = numbers(path).filter((_, i) => i % 2 === 0);
    const ys = numbers(path).filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(50);
    expect(Math.min(...ys)).toBe(60);
    expect(Math.max(...ys)).toBe(100);
    // Each arc's control points sit 0.5523 r from its ends, along the sides.
    expect(lines[2]).toBe('45.523 100 50 95.523 50 90 c');
    expect(lines[4]).toBe('50 64.477 45.523 60 40 60 c');
    expect(lines[6]).toBe('4.477 60 0 64.477 0 70 c');
    expect(lines[8]).toBe('0 95.523 4.477 100 10 100 c');
  });

  it('draws a circle as four arcs through its four extreme points', () => {
    const lines = circlePath(100, 200, 10).split('\n');
    expect(lines).toEqual([
      '110 200 m',
      '110 205.523 105.523 210 100 210 c',
      '94.477 210 90 205.523 90 200 c',
      '90 194.477 94.477 190 100 190 c',
      '105.523 190 110 194.477 110 200 c',
    ]);
  });

  it('keeps circles round the origin by radius: the same path as drawing it anew', () => {
    for (let i = 0; i < 600; i++) {
      const r = 0.37 + (i % 300) * 0.731;
      expect(circleAtOrigin(r)).toBe(circlePath(0, 0, r));
    }
    expect(circleAtOrigin(4.5)).toBe(circleAtOrigin(4.5));
  });
});
