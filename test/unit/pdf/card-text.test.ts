/**
 * The PDF card's letter sizes at each text size (theme.ts `cardText`): M is what the card
 * always had; every size keeps the title between the kind chip and the detail row of the
 * card's fixed 96 units.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../../src/core/layout.ts';
import { TEXT_SIZES, textScale } from '../../../src/core/text-size.ts';
import { cardText } from '../../../src/pdf/theme.ts';

describe('cardText', () => {
  it('gives M the sizes the PDF card had before text sizes', () => {
    expect(cardText('m')).toEqual({
      kindSize: 7.5,
      detailSize: 8,
      detailRow: 13,
      titleSteps: [
        { size: 11.5, lines: 3, leading: 13.5, top: 41 },
        { size: 9.5, lines: 4, leading: 11, top: 39.5 },
      ],
    });
  });

  it.each(TEXT_SIZES)('scales every letter of %s by its factor', (size) => {
    const text = cardText(size);
    const k = textScale(size);
    expect(text.kindSize).toBeCloseTo(7.5 * k, 6);
    expect(text.detailSize).toBeCloseTo(8 * k, 6);
    expect(text.titleSteps[0]!.size).toBeCloseTo(11.5 * k, 6);
  });

  it.each(TEXT_SIZES)('fits the title of %s between the chip and the detail row', (size) => {
    const text = cardText(size);
    const chipBottom = 11 + text.kindSize * 1.75;
    const rowTop = LAYOUT.CARD_HEIGHT - text.detailRow - text.detailSize * 0.875;
    expect(text.titleSteps.length).toBeGreaterThan(0);
    let lines = 0;
    for (const step of text.titleSteps) {
      // Capitals below the chip; the last line's descenders above the detail row.
      expect(step.top - step.size * 0.75).toBeGreaterThan(chipBottom);
      expect(step.top + (step.lines - 1) * step.leading + step.size * 0.25).toBeLessThan(rowTop);
      // A smaller step is there only to take more lines.
      expect(step.lines).toBeGreaterThan(lines);
      lines = step.lines;
    }
    expect(rowTop + text.detailSize * 1.75).toBeLessThanOrEqual(LAYOUT.CARD_HEIGHT);
  });

  it('shows fewer title lines in bigger letters: XL two, M three', () => {
    expect(cardText('xl').titleSteps[0]!.lines).toBe(2);
    expect(cardText('m').titleSteps[0]!.lines).toBe(3);
    expect(cardText('s').titleSteps[0]!.lines).toBe(3);
  });
});
