import { describe, expect, it } from 'vitest';
import { ELLIPSIS, ellipsize, withEllipsis, wrapText } from '../../../src/pdf/text.ts';
import { cleanText, singleLine } from '../../../src/pdf/fonts.ts';

/** Every character one unit wide. */
const mono = (text: string): number => [...text].length;

describe('wrapText', () => {
  it('breaks at spaces and never exceeds the width', () => {
    const { lines, truncated } = wrapText('the quick brown fox jumps over the lazy dog', 10, mono);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    expect(truncated).toBe(false);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(10);
  });

  it('breaks a word wider than the line between characters', () => {
    expect(wrapText('abcdefghijklmnop qr', 5, mono).lines).toEqual([
      'abcde',
      'fghij',
      'klmno',
      'p qr',
    ]);
  });

  it('breaks after hyphens and slashes', () => {
    expect(wrapText('check-in/out', 9, mono).lines).toEqual(['check-in/', 'out']);
    expect(wrapText('check-in/out', 7, mono).lines).toEqual(['check-', 'in/out']);
  });

  it('breaks between CJK characters, which have no spaces', () => {
    expect(wrapText('顾客旅程地图测试', 3, mono).lines).toEqual(['顾客旅', '程地图', '测试']);
  });

  it('cuts at maxLines with an ellipsis that still fits', () => {
    const { lines, truncated } = wrapText('one two three four five six seven', 9, mono, 2);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(9);
  });

  it('keeps the new lines of the text', () => {
    expect(wrapText('first line\nsecond', 20, mono).lines).toEqual(['first line', 'second']);
    expect(wrapText('a\n\nb', 20, mono).lines).toEqual(['a', '', 'b']);
  });

  it('folds spaces and tabs in a text that fits as in one that is wrapped', () => {
    expect(wrapText('  a \t b  ', 20, mono).lines).toEqual(['a b']);
    expect(wrapText('a  b', 3, mono).lines).toEqual(['a b']);
    expect(wrapText('a\nb', 20, mono).lines).toEqual(['a', 'b']);
    expect(wrapText('fits', 4, mono)).toEqual({ lines: ['fits'], truncated: false });
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('', 10, mono)).toEqual({ lines: [], truncated: false });
    expect(wrapText('   ', 10, mono).lines).toEqual([]);
  });

  it('works with proportional widths', () => {
    const widths: Record<string, number> = { i: 0.3, m: 1.2, ' ': 0.4 };
    const measure = (t: string): number => [...t].reduce((s, c) => s + (widths[c] ?? 0.8), 0);
    const { lines } = wrapText('iii mmm iii mmm iii', 4, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(4);
    expect(lines.join(' ')).toBe('iii mmm iii mmm iii');
  });
});

describe('ellipsize', () => {
  it('keeps text that fits', () => {
    expect(ellipsize('short', 10, mono)).toBe('short');
  });
  it('cuts text that does not, ending with an ellipsis', () => {
    const cut = ellipsize('a rather long title', 8, mono);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(mono(cut)).toBeLessThanOrEqual(8);
    expect(cut).toBe('a rathe…');
  });
  it('drops trailing spaces and punctuation before the ellipsis', () => {
    expect(withEllipsis('Done, ', 10, mono)).toBe('Done…');
    expect(withEllipsis('abcdefghij', 5, mono)).toBe('abcd…');
  });
});

describe('cleanText and singleLine', () => {
  it('composes accents (NFC) and drops invisible characters', () => {
    const decomposed = 'C\u030ces\u030ctina\u00ad\u200b';
    expect(cleanText(decomposed)).toBe('Čeština');
  });
  it('folds white space to single spaces on one line', () => {
    expect(singleLine('  two\n\tlines  here ')).toBe('two lines here');
  });
});
