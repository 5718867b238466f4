import { describe, expect, it } from 'vitest';
import { GraphicsCache } from '../../../src/pdf/graphics-cache.ts';

describe('GraphicsCache', () => {
  it('gives an operator only for a change', () => {
    const g = new GraphicsCache();
    expect(g.setFill([255, 0, 0])).toBe('1 0 0 rg');
    expect(g.setFill([255, 0, 0])).toBeNull();
    expect(g.setStroke([255, 0, 0])).toBe('1 0 0 RG');
    expect(g.setWidth(0.5)).toBe('0.5 w');
    expect(g.setWidth(0.5)).toBeNull();
    expect(g.setDash([3, 2])).toBe('[3 2] 0 d');
    expect(g.setDash([3, 2])).toBeNull();
    expect(g.setDash([])).toBe('[] 0 d');
  });

  it('puts back at Q what was known at q, and forgets all without a q', () => {
    const g = new GraphicsCache();
    g.setFill([0, 0, 255]);
    g.push();
    g.setFill([255, 0, 0]);
    g.setWidth(2);
    g.ox = 10;
    g.pop();
    expect(g.setFill([0, 0, 255])).toBeNull();
    expect(g.setWidth(2)).toBe('2 w');
    expect(g.ox).toBe(0);
    g.pop();
    expect(g.setFill([0, 0, 255])).toBe('0 0 1 rg');
  });
});
