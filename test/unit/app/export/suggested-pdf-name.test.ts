/**
 * The file name offered for a map's PDF: no emoji nor what builds them (variation selectors,
 * joiners, skin tones, keycaps, flags, tags), no control or format characters, nothing
 * Windows forbids; letters of every script kept.
 */
import { describe, expect, it } from 'vitest';
import { suggestedPdfName } from '../../../../src/app/export/run-export.ts';

/** Every character of a name is one a file system of Windows, macOS and Linux takes. */
const SAFE = /^[\p{L}\p{M}\p{N}-]+\.pdf$/u;

describe('suggestedPdfName', () => {
  it('drops emoji with their variation selectors, not leaving a selector behind', () => {
    expect(suggestedPdfName('☕️ Coffee run')).toBe('coffee-run.pdf');
    expect(suggestedPdfName('Hotel 🏨 stay ❤️')).toBe('hotel-stay.pdf');
    expect(suggestedPdfName('Love\u2764\uFE0Fit')).toBe('loveit.pdf');
    expect(suggestedPdfName('Text style\uFE0E')).toBe('text-style.pdf');
  });

  it('drops emoji sequences whole: joiners, skin tones, keycaps, flags and tags', () => {
    expect(suggestedPdfName('Family 👨‍👩‍👧 trip')).toBe('family-trip.pdf');
    expect(suggestedPdfName('Wave 👋🏽 hello')).toBe('wave-hello.pdf');
    expect(suggestedPdfName('Step 1️⃣ of 3')).toBe('step-1-of-3.pdf');
    expect(suggestedPdfName('France 🇫🇷 launch')).toBe('france-launch.pdf');
    expect(suggestedPdfName('Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿 tour')).toBe('scotland-tour.pdf');
    expect(suggestedPdfName('🚀🔥')).toBe('journey-map.pdf');
  });

  it('drops control and invisible format characters', () => {
    expect(suggestedPdfName('Q1\u0000\u0007 review\u200B\u2060\u00AD')).toBe('q1-review.pdf');
    expect(suggestedPdfName('Tab\there\nnext')).toBe('tab-here-next.pdf');
    expect(suggestedPdfName('\u202Eevil\u202C')).toBe('evil.pdf');
  });

  it('turns what Windows forbids into hyphens', () => {
    expect(suggestedPdfName('a<b>c:d"e/f\\g|h?i*j')).toBe('a-b-c-d-e-f-g-h-i-j.pdf');
    expect(suggestedPdfName('Plan v2.')).toBe('plan-v2.pdf');
    expect(suggestedPdfName('lpt1')).toBe('lpt1-map.pdf');
  });

  it('keeps letters, marks and digits of every script', () => {
    expect(suggestedPdfName('Café ☕ Łódź')).toBe('café-łódź.pdf');
    expect(suggestedPdfName('顧客の旅 🗺️')).toBe('顧客の旅.pdf');
    expect(suggestedPdfName('हिन्दी यात्रा')).toBe('हिन्दी-यात्रा.pdf');
    expect(suggestedPdfName('Стадия ③')).toBe('стадия-③.pdf');
  });

  it('never gives a name with a character outside letters, marks, digits and hyphens', () => {
    const titles = ['✈️ Trip ✈︎', '👩🏻‍💻 Dev', 'a\u0301', '™ Brand®', '#️⃣ tag', '\uFEFFBOM'];
    for (const title of titles) expect(suggestedPdfName(title)).toMatch(SAFE);
  });
});
