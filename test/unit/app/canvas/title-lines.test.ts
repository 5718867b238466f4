import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleLines } from '../../../../src/app/canvas/title-lines.ts';

/** Every character 10 wide: a line of 100 holds ten. */
const measure = (text: string) => text.length * 10;

describe('titleLines', () => {
  it('keeps words whole, moving a word that does not fit to the next line', () => {
    expect(titleLines('Booking confirmation email', 130, 3, measure)).toEqual([
      'Booking',
      'confirmation',
      'email',
    ]);
    // A later word no line can hold is left out, not broken: the ellipsis says so.
    expect(titleLines("Friend's recommendation", 120, 3, measure)).toEqual(["Friend's…"]);
  });

  it('ends with an ellipsis where words are left out, never breaking one across lines', () => {
    expect(titleLines('Reads a review of the hotel on a travel site', 100, 2, measure)).toEqual([
      'Reads a',
      'review of…',
    ]);
  });

  it('breaks a compound after its hyphen rather than cut it', () => {
    expect(titleLines('Comparison-site ad', 120, 3, measure)).toEqual(['Comparison-', 'site ad']);
    expect(titleLines('Self check-in kiosk', 100, 3, measure)).toEqual([
      'Self',
      'check-in',
      'kiosk',
    ]);
    expect(titleLines('-x', 100, 3, measure)).toEqual(['-x']);
  });

  it('cuts only a first word that no line can hold', () => {
    expect(titleLines('Supercalifragilistic moment', 100, 3, measure)).toEqual(['Supercali…']);
  });

  it('gives lines that fit, made of whole words of the title in order', () => {
    const word = fc.stringMatching(/^[a-z']{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 60, max: 200 }),
        fc.integer({ min: 1, max: 4 }),
        (words, width, max) => {
          const lines = titleLines(words.join(' '), width, max, measure);
          expect(lines.length).toBeLessThanOrEqual(max);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
          const shown = lines.join(' ').replace(/…$/, '').split(' ').filter(Boolean);
          // (The generated words have no hyphens: every break is between two words.)
          // Only a lone first line may end inside a word (one no line could hold whole).
          const cutFirst = lines.length === 1 && measure(`${words[0]!}…`) > width;
          if (!cutFirst) expect(shown).toEqual(words.slice(0, shown.length));
        },
      ),
    );
  });
});
