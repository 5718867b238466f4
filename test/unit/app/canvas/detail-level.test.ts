import { describe, expect, it } from 'vitest';
import {
  COMPACT_TITLE_TEXT,
  FULL_CARD_SMALLEST_TEXT,
  MIN_CARD_TEXT_PX,
  detailLevel,
  levelZooms,
} from '../../../../src/app/canvas/detail-level.ts';
import { TEXT_SIZES, textScale } from '../../../../src/core/text-size.ts';

describe('detailLevel (semantic zoom)', () => {
  it('at M draws full cards from 100 % up, compact cards down to 55 %, marks below', () => {
    expect(detailLevel(2.5, 'm')).toBe('full');
    expect(detailLevel(1, 'm')).toBe('full');
    expect(detailLevel(0.999, 'm')).toBe('compact');
    expect(detailLevel(0.6, 'm')).toBe('compact');
    expect(detailLevel(0.55, 'm')).toBe('compact');
    expect(detailLevel(0.54, 'm')).toBe('marks');
    expect(detailLevel(0.05, 'm')).toBe('marks');
  });

  it('keeps XL cards full further out, and turns S cards to marks sooner', () => {
    expect(levelZooms('m')).toEqual({ full: 1, compact: 0.55 });
    // XL letters are 1.3 times M's: still 11 px at 1 / 1.3 of M's zoom.
    expect(levelZooms('xl').full).toBeCloseTo(1 / 1.3, 9);
    expect(levelZooms('l').full).toBeCloseTo(1 / 1.15, 9);
    expect(detailLevel(0.8, 'xl')).toBe('full');
    expect(detailLevel(0.8, 'm')).toBe('compact');
    // Compact titles do not grow past M's 20 units (long words would break).
    expect(levelZooms('xl').compact).toBe(0.55);
    // S shrinks the titles, but the smallest full-card text stays at 11 units.
    expect(levelZooms('s').full).toBe(1);
    expect(levelZooms('s').compact).toBeCloseTo(0.55 / 0.9, 9);
    expect(detailLevel(0.58, 's')).toBe('marks');
    expect(detailLevel(0.58, 'm')).toBe('compact');
    // Larger text, never higher thresholds: the order of sizes is the order of zooms.
    for (const part of ['full', 'compact'] as const) {
      const zooms = TEXT_SIZES.map((size) => levelZooms(size)[part]);
      expect([...zooms].sort((a, b) => b - a)).toEqual(zooms);
    }
  });

  it('treats a zoom a rounding error under a threshold as the threshold', () => {
    for (const size of TEXT_SIZES) {
      expect(detailLevel(levelZooms(size).full - 1e-9, size)).toBe('full');
      expect(detailLevel(levelZooms(size).compact - 1e-9, size)).toBe('compact');
    }
  });

  it('never draws card text under the readable size on screen, at any text size', () => {
    for (const size of TEXT_SIZES) {
      const scale = textScale(size);
      for (let zoom = 0.05; zoom <= 2.5; zoom += 0.01) {
        const level = detailLevel(zoom, size);
        const onScreen =
          level === 'full'
            ? FULL_CARD_SMALLEST_TEXT * Math.max(1, scale) * zoom
            : level === 'compact'
              ? COMPACT_TITLE_TEXT * Math.min(1, scale) * zoom
              : Infinity;
        // A rounding error's worth below the threshold still counts as on it.
        expect(onScreen + 1e-4).toBeGreaterThanOrEqual(MIN_CARD_TEXT_PX);
      }
    }
  });
});
