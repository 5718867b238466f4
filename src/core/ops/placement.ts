/**
 * Where cards go when an op places them without being told: the next free slot of their
 * cell (slots.ts), after the cards already there, so no two overlap and a card added last
 * reads last. Card size and padding come from the layout the canvas and the PDF draw with.
 */
import type { Position, Touchpoint } from '../model.ts';
import { nearestFreeSlot, nextFreeSlot, readingOrder, stageSlotColumns } from '../slots.ts';

/** The positions of the cards of a cell, but for the card `except`. */
export function cellPositions(
  touchpoints: readonly Touchpoint[],
  stageId: string,
  departmentId: string,
  except?: string,
): Position[] {
  return touchpoints
    .filter((tp) => tp.stageId === stageId && tp.departmentId === departmentId && tp.id !== except)
    .map((tp) => tp.position);
}

/** The next free slot of a cell, after the cards already there. */
export function nextFreePosition(
  touchpoints: readonly Touchpoint[],
  stageId: string,
  departmentId: string,
): Position {
  return nextFreeSlot(
    cellPositions(touchpoints, stageId, departmentId),
    stageSlotColumns(touchpoints, stageId),
  );
}

/**
 * The free slot of a cell nearest to `wanted` (a copy's top-left), among the stage's slot
 * columns and, when aimed there, one more to the right (a group pasted side by side keeps
 * its shape).
 */
export function nearestFreePosition(
  touchpoints: readonly Touchpoint[],
  stageId: string,
  departmentId: string,
  wanted: Position,
): Position {
  return nearestFreeSlot(
    wanted,
    cellPositions(touchpoints, stageId, departmentId),
    stageSlotColumns(touchpoints, stageId),
  );
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
  return readingOrder(a.position, b.position);
}
