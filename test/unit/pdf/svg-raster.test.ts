import { describe, expect, it } from 'vitest';
import { MAX_PNG_PIXELS, pngScale } from '../../../src/pdf/svg-raster.ts';

describe('pngScale', () => {
  it('keeps the default scale of 2 when the picture fits', () => {
    expect(pngScale(1858, 1735, null)).toEqual({
      ok: true,
      scale: 2,
      width: 3716,
      height: 3470,
      note: null,
    });
  });

  it('lowers the default scale for a large map, with a note, to within the limit', () => {
    const size = pngScale(9488, 5455, null);
    if (!size.ok) throw new Error(size.problem);
    expect(size.scale).toBe(1.11);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect(pngScale(9488, 5455, 1.12).ok).toBe(false);
    expect(size.note).toBe(
      'the map is large: drawn at scale 1.11 instead of 2 (at most 64 megapixels)',
    );
  });

  it('refuses an explicit scale out of range or too large', () => {
    expect(pngScale(100, 100, 0.05)).toEqual({
      ok: false,
      problem: '--scale: expected a number from 0.1 to 8, got 0.05',
    });
    expect(pngScale(100, 100, 8)).toMatchObject({ ok: true, width: 800, height: 800 });
    const big = pngScale(4000, 4000, 3);
    expect(big).toEqual({
      ok: false,
      problem:
        '--scale: at 3 the 4000 x 4000 map would be 12000 x 12000 pixels, more than 64 megapixels; the largest scale is 2',
    });
  });
});
