/**
 * The text size setting (S, M, L, XL): one multiplier of the card text, read by the canvas
 * (a CSS variable) and by the PDF (its card font sizes), so a map set in XL for a projector
 * prints in XL too. Cards keep their size: bigger letters mean fewer words on a card, never
 * bigger cards, so at a given zoom (or on a given page) the text really is bigger.
 */
export const TEXT_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const DEFAULT_TEXT_SIZE: TextSize = 'm';

/** How each size is named in the interface: the letter on its button. */
export const TEXT_SIZE_TERMS: Record<TextSize, { letter: string }> = {
  s: { letter: 'S' },
  m: { letter: 'M' },
  l: { letter: 'L' },
  xl: { letter: 'XL' },
};

const SCALES: Record<TextSize, number> = { s: 0.9, m: 1, l: 1.15, xl: 1.3 };

/** The factor applied to card text at this size (M is 1). */
export function textScale(size: TextSize): number {
  return SCALES[size];
}

/** The next size up (by 1) or down (by -1), stopping at S and XL. */
export function stepTextSize(size: TextSize, by: 1 | -1): TextSize {
  const index = TEXT_SIZES.indexOf(size) + by;
  return TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, index))]!;
}
