/**
 * How much a card shows at a zoom (semantic zoom). Letters never shrink below a readable
 * size on screen: when a card's text would, the card shows fewer words in bigger letters
 * ('compact': kind mark and title), and further out no words at all ('marks': cards painted
 * as shapes in the kind's look with an emotion dot and a friction badge, MarkLayer.tsx).
 * The text size preference multiplies the letters (card.css, card-levels.css), so it moves
 * the thresholds too: L and XL cards stay full further out, S cards turn to marks sooner.
 * Pure: the canvas, its tests and the stylesheets' sizes all read these numbers.
 */
import { textScale, type TextSize } from '../../core/text-size.ts';

export type DetailLevel = 'full' | 'compact' | 'marks';

/** No card text is drawn smaller than this on screen (px). */
export const MIN_CARD_TEXT_PX = 11;
/**
 * The smallest text of a full card at M (kind chip, channel, badges), in canvas units
 * (card.css): it scales with the text size but never goes under 11 units, even at S.
 */
export const FULL_CARD_SMALLEST_TEXT = 11;
/**
 * A compact card's title at M, in canvas units (card-levels.css). S scales it down; larger
 * sizes do not scale it up, or long words would no longer fit the card's width whole.
 */
export const COMPACT_TITLE_TEXT = 20;

/** The zooms from which cards are drawn in full, and from which compact (else marks). */
export interface LevelZooms {
  full: number;
  compact: number;
}

/** Where the levels change at a text size: where each level's smallest letters reach 11 px. */
export function levelZooms(size: TextSize): LevelZooms {
  const scale = textScale(size);
  return {
    full: MIN_CARD_TEXT_PX / (FULL_CARD_SMALLEST_TEXT * Math.max(1, scale)),
    compact: MIN_CARD_TEXT_PX / (COMPACT_TITLE_TEXT * Math.min(1, scale)),
  };
}

/** Small tolerance: zooming by wheel lands on 0.99999 where the user meant 1. */
const EPSILON = 1e-6;

export function detailLevel(zoom: number, size: TextSize): DetailLevel {
  const zooms = levelZooms(size);
  if (zoom + EPSILON >= zooms.full) return 'full';
  if (zoom + EPSILON >= zooms.compact) return 'compact';
  return 'marks';
}

const DETAIL: Record<DetailLevel, number> = { marks: 0, compact: 1, full: 2 };

/** The one of two levels that shows less. */
export function coarser(a: DetailLevel, b: DetailLevel): DetailLevel {
  return DETAIL[a] <= DETAIL[b] ? a : b;
}
