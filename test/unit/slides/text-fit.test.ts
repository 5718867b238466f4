import { describe, expect, it } from 'vitest';
import { fitLines, lineCount } from '../../../src/slides/text-fit.ts';

describe('fitLines', () => {
  it('keeps a text that fits whole, its runs of spaces made one', () => {
    expect(fitLines('Check  in at the desk', 10, 3)).toBe('Check in at the desk');
  });

  it('cuts between words, with an ellipsis on the last line', () => {
    expect(fitLines('Check in at the front desk of the hotel', 10, 2)).toBe('Check in at the…');
  });

  it('never breaks a word that fits on a line of its own', () => {
    expect(fitLines('Check in Marketing', 12, 2)).toBe('Check in Marketing');
    expect(fitLines('Check in Marketing', 12, 1)).toBe('Check in…');
    expect(fitLines('Marketing team', 8, 1)).toBe('Marketi…');
    // Not even the first word and its ellipsis fit: only then is a word cut inside.
    expect(fitLines('Marketing team', 9, 1)).toBe('Marketin…');
    expect(fitLines('Marketing team', 9, 2)).toBe('Marketing team');
  });

  it('never runs a word over lines: a first word longer than a line is cut on it', () => {
    expect(fitLines('Supercalifragilistic', 8, 3)).toBe('Superca…');
    expect(fitLines('Supercalifragilistic', 8, 1)).toBe('Superca…');
    // A later word that long is left out, the ellipsis after the words before it.
    expect(fitLines('Say supercalifragilistic', 8, 3)).toBe('Say…');
    expect(fitLines('Marketing', 5, 3)).toBe('Mark…');
  });

  it('has nothing to give without room for a letter and the ellipsis', () => {
    expect(fitLines('Anything', 1, 4)).toBeNull();
    expect(fitLines('Anything', 10, 0)).toBeNull();
  });
});

describe('lineCount', () => {
  it('counts the lines a text wraps to between words', () => {
    // 0.55 em per letter: 1 inch holds 13 letters of 10 pt text.
    expect(lineCount('one two three four', 1, 10)).toBe(2);
    expect(lineCount('', 1, 10)).toBe(1);
  });
});
