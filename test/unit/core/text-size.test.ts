import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEXT_SIZE,
  TEXT_SIZES,
  TEXT_SIZE_TERMS,
  stepTextSize,
  textScale,
} from '../../../src/core/text-size.ts';

describe('text size', () => {
  it('is M by default, and M leaves the text as designed', () => {
    expect(DEFAULT_TEXT_SIZE).toBe('m');
    expect(textScale('m')).toBe(1);
  });

  it('grows strictly from S to XL, S smaller and XL at least a quarter bigger', () => {
    const scales = TEXT_SIZES.map(textScale);
    for (let i = 1; i < scales.length; i++) expect(scales[i]).toBeGreaterThan(scales[i - 1]!);
    expect(textScale('s')).toBeLessThan(1);
    expect(textScale('xl')).toBeGreaterThanOrEqual(1.25);
  });

  it('steps up and down one size, stopping at the ends', () => {
    expect(stepTextSize('m', 1)).toBe('l');
    expect(stepTextSize('l', 1)).toBe('xl');
    expect(stepTextSize('xl', 1)).toBe('xl');
    expect(stepTextSize('m', -1)).toBe('s');
    expect(stepTextSize('s', -1)).toBe('s');
  });

  it('names every size with its letter', () => {
    expect(TEXT_SIZES.map((size) => TEXT_SIZE_TERMS[size].letter)).toEqual(['S', 'M', 'L', 'XL']);
  });
});
