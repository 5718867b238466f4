import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleLines } from '../../../../src/app/canvas/title-lines.ts';

/** Every character 10 wide: a line of 100 holds ten. */
const measure = (text: string) => text.length * 10;
/** Lines all as wide. */
const even = (width: number) => ({ first: width, rest: width });
/** A first line beside the kind mark, shorter than the lines under it. */
const MARKED = { first: 80, rest: 140 };

describe('titleLines', () => {
  it('keeps words whole, moving a word that does not fit to the next line', () => {
    expect(titleLines('Booking confirmation email', even(130), 3, measure)).toEqual([
      'Booking',
      'confirmation',
      'email',
    ]);
    // A later word no line can hold is left out, not broken: the ellipsis says so.
    expect(titleLines("Friend's recommendation", even(120), 3, measure)).toEqual(["Friend's…"]);
  });

  it('ends with an ellipsis where words are left out, never breaking one across lines', () => {
    expect(
      titleLines('Reads a review of the hotel on a travel site', even(100), 2, measure),
    ).toEqual(['Reads a', 'review of…']);
  });

  it('breaks a compound after its hyphen rather than cut it', () => {
    expect(titleLines('Comparison-site ad', even(120), 3, measure)).toEqual([
      'Comparison-',
      'site ad',
    ]);
    expect(titleLines('Self check-in kiosk', even(100), 3, measure)).toEqual([
      'Self',
      'check-in',
      'kiosk',
    ]);
    expect(titleLines('-x', even(100), 3, measure)).toEqual(['-x']);
  });

  it('cuts only a first word that no line can hold', () => {
    expect(titleLines('Supercalifragilistic moment', even(100), 3, measure)).toEqual([
      'Supercali…',
    ]);
  });

  it('keeps the first line short (beside the kind mark) and the later ones whole', () => {
    // "recommendation" fits a whole line, not the first.
    expect(titleLines("Friend's recommendation", MARKED, 3, measure)).toEqual([
      "Friend's",
      'recommendation',
    ]);
    expect(titleLines('Reads a review of the hotel', MARKED, 2, measure)).toEqual([
      'Reads a',
      'review of the…',
    ]);
  });

  it('starts under the mark a first word too wide to stand beside it', () => {
    expect(titleLines('Recommendation from a friend', MARKED, 3, measure)).toEqual([
      '',
      'Recommendation',
      'from a friend',
    ]);
    // No room for an ellipsis after it: the word stays whole rather than be cut.
    expect(titleLines('Recommendation from a friend', MARKED, 2, measure)).toEqual([
      '',
      'Recommendation',
    ]);
    // Too wide for any line: cut, on the first line with room for the most of it.
    expect(titleLines('Supercalifragilisticexpialidocious', MARKED, 3, measure)).toEqual([
      '',
      'Supercalifrag…',
    ]);
    // One line only: no line under the mark to move to.
    expect(titleLines('Recommendation', MARKED, 1, measure)).toEqual(['Recomme…']);
    expect(titleLines('Recommended by a friend', { first: 110, rest: 140 }, 1, measure)).toEqual([
      'Recommended',
    ]);
  });

  it('fits every line in its own width (equal widths too), words whole and in order', () => {
    const word = fc.stringMatching(/^[a-z']{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 30, max: 200 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 4 }),
        (words, first, extra, max) => {
          const widths = { first, rest: first + extra };
          const lines = titleLines(words.join(' '), widths, max, measure);
          expect(lines.length).toBeLessThanOrEqual(max);
          lines.forEach((line, i) =>
            expect(measure(line)).toBeLessThanOrEqual(i === 0 ? widths.first : widths.rest),
          );
          // Only the first line may be empty, and only when its first word needs more room.
          lines.slice(1).forEach((line) => expect(line).not.toBe(''));
          if (lines[0] === '') expect(measure(words[0]!)).toBeGreaterThan(first);
          const shown = lines.join(' ').replace(/…$/, '').split(' ').filter(Boolean);
          // (The generated words have no hyphens: every break is between two words.)
          // Only a first word too wide for its line may be cut.
          const line = lines.length === 1 ? widths.first : widths.rest;
          const cutFirst = shown.length === 1 && measure(words[0]!) > line;
          if (!cutFirst) expect(shown).toEqual(words.slice(0, shown.length));
        },
      ),
    );
  });
});
