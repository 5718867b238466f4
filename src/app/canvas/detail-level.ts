/**
 * How much a card shows at a zoom (semantic zoom). Letters never shrink below a readable
 * size on screen: when a card's text would, the card shows fewer words in bigger letters
 * ('compact': kind mark and title), and further out no words at all ('marks': a shape in
 * the kind's look with an emotion dot and a friction badge, the title in its tooltip).
 * Pure: the canvas, its tests and the stylesheet's sizes all read these numbers.
 */
export type DetailLevel = 'full' | 'compact' | 'marks';

/** No card text is drawn smaller than this on screen (px). */
export const MIN_CARD_TEXT_PX = 11;
/** The smallest text of a full card (kind chip, channel, badges), in canvas units (card.css). */
export const FULL_CARD_SMALLEST_TEXT = 11;
/** A compact card's title, in canvas units (card.css `--tm-compact-title`). */
export const COMPACT_TITLE_TEXT = 20;

/** From this zoom up cards are drawn in full. */
export const FULL_MIN_ZOOM = MIN_CARD_TEXT_PX / FULL_CARD_SMALLEST_TEXT;
/** From this zoom up (and below FULL_MIN_ZOOM) cards show their kind mark and title. */
export const COMPACT_MIN_ZOOM = MIN_CARD_TEXT_PX / COMPACT_TITLE_TEXT;

/** Small tolerance: zooming by wheel lands on 0.99999 where the user meant 1. */
const EPSILON = 1e-6;

export function detailLevel(zoom: number): DetailLevel {
  if (zoom + EPSILON >= FULL_MIN_ZOOM) return 'full';
  if (zoom + EPSILON >= COMPACT_MIN_ZOOM) return 'compact';
  return 'marks';
}
