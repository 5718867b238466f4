/**
 * Where cards go when an op places them without being told: stacked in a column at the
 * left of their cell, below the cards already there, so no two overlap. Card size and
 * padding come from the layout the canvas and the PDF draw with.
 */
import { LAYOUT } from '../layout.ts';
import type { Position, Touchpoint } from '../model.ts';

/** From the top of one stacked card to the next. */
const STACK_STEP = LAYOUT.CARD_HEIGHT + LAYOUT.CELL_PADDING;

/**
 * The position of the n-th stacked card (`CELL_PADDING + n * STACK_STEP`), moved further
 * down when a card dragged by hand already reaches below that.
 */
export function nextFreePosition(
  touchpoints: readonly Touchpoint[],
  stageId: string,
  departmentId: string,
): Position {
  let count = 0;
  let lowestBottom = 0;
  for (const tp of touchpoints) {
    if (tp.stageId !== stageId || tp.departmentId !== departmentId) continue;
    count++;
    // The layout draws negative positions at 0, so measure them there too.
    lowestBottom = Math.max(lowestBottom, Math.max(0, tp.position.y) + LAYOUT.CARD_HEIGHT);
  }
  const y = Math.max(LAYOUT.CELL_PADDING + count * STACK_STEP, lowestBottom + LAYOUT.CELL_PADDING);
  return { x: LAYOUT.CELL_PADDING, y };
}

export interface CardMove {
  id: string;
  /** Omitted: the card's stage (or department) at the time the move is applied. */
  stageId?: string;
  departmentId?: string;
  /** Omitted: kept when the card stays in its cell, else stacked below the target's cards. */
  position?: Position;
}

/**
 * Applies the moves one after another, so cards sent to the same cell stack below each
 * other in the order given. Ids must have been checked: an unknown one is skipped.
 */
export function placeCards(
  touchpoints: readonly Touchpoint[],
  moves: readonly CardMove[],
): Touchpoint[] {
  let out = [...touchpoints];
  for (const move of moves) {
    const index = out.findIndex((tp) => tp.id === move.id);
    const card = out[index];
    if (card === undefined) continue;
    const stageId = move.stageId ?? card.stageId;
    const departmentId = move.departmentId ?? card.departmentId;
    const sameCell = card.stageId === stageId && card.departmentId === departmentId;
    const position =
      move.position ?? (sameCell ? card.position : nextFreePosition(out, stageId, departmentId));
    out = out.with(index, {
      ...card,
      stageId,
      departmentId,
      position: { ...card.position, ...position },
    });
  }
  return out;
}

/** Top to bottom, then left to right: the order a reader sees the cards of a cell in. */
export function byVisualOrder(a: Touchpoint, b: Touchpoint): number {
  return a.position.y - b.position.y || a.position.x - b.position.x;
}
