import { describe, expect, it } from 'vitest';
import {
  COMPACT_MIN_ZOOM,
  COMPACT_TITLE_TEXT,
  FULL_CARD_SMALLEST_TEXT,
  FULL_MIN_ZOOM,
  MIN_CARD_TEXT_PX,
  detailLevel,
} from '../../../../src/app/canvas/detail-level.ts';

describe('detailLevel (semantic zoom)', () => {
  it('draws full cards from 100 % up, compact cards down to 55 %, marks below', () => {
    expect(detailLevel(2.5)).toBe('full');
    expect(detailLevel(1)).toBe('full');
    expect(detailLevel(0.999)).toBe('compact');
    expect(detailLevel(0.6)).toBe('compact');
    expect(detailLevel(0.55)).toBe('compact');
    expect(detailLevel(0.54)).toBe('marks');
    expect(detailLevel(0.05)).toBe('marks');
  });

  it('treats a zoom a rounding error under a threshold as the threshold', () => {
    expect(detailLevel(FULL_MIN_ZOOM - 1e-9)).toBe('full');
    expect(detailLevel(COMPACT_MIN_ZOOM - 1e-9)).toBe('compact');
  });

  it('never draws card text under the readable size on screen', () => {
    for (let zoom = 0.05; zoom <= 2.5; zoom += 0.01) {
      const level = detailLevel(zoom);
      // A rounding error's worth below the threshold still counts as on it.
      const onScreen =
        level === 'full'
          ? FULL_CARD_SMALLEST_TEXT * zoom
          : level === 'compact'
            ? COMPACT_TITLE_TEXT * zoom
            : Infinity;
      expect(onScreen + 1e-4).toBeGreaterThanOrEqual(MIN_CARD_TEXT_PX);
    }
  });
});
