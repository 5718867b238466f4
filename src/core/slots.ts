/**
 * The slots of a cell: where cards sit so that no two overlap. A cell's cards flow through
 * a grid of card-sized slots, left to right and then down, one CELL_PADDING apart and from
 * the cell's top-left padding:
 *
 *   slot (column c, row r) = (CELL_PADDING + c * STEP_X, CELL_PADDING + r * STEP_Y)
 *
 * The number of slot columns comes from the stage's column width (content-sized by the
 * layout), so every lane of a stage flows through the same columns. Drops, adds, pastes,
 * Arrange and the tidy on opening all place cards through these functions; positions are
 * relative to the cell, as in the file. Cards off the slot grid (older files, nudged cards)
 * are respected as they are: a slot is free when no card's rectangle overlaps it.
 */
import { LAYOUT, cardExtent } from './layout.ts';
import type { Position, Touchpoint } from './model.ts';

const { CARD_WIDTH, CARD_HEIGHT, CELL_PADDING, MIN_CELL_WIDTH } = LAYOUT;

/** From one slot to the next, across and down. */
export const SLOT_STEP = {
  x: CARD_WIDTH + CELL_PADDING,
  y: CARD_HEIGHT + CELL_PADDING,
} as const;

/** The top-left of the slot at a flow index (0 = top-left, then left to right, then down). */
export function slotPosition(index: number, columns: number): Position {
  const column = index % columns;
  const row = Math.floor(index / columns);
  return { x: CELL_PADDING + column * SLOT_STEP.x, y: CELL_PADDING + row * SLOT_STEP.y };
}

/** How many slot columns a cell of this width holds (at least one). */
export function slotColumns(cellWidth: number): number {
  return Math.max(1, Math.floor((cellWidth - CELL_PADDING) / SLOT_STEP.x));
}

/** The slot columns of a stage: its content-sized width, as computeLayout measures it. */
export function stageSlotColumns(touchpoints: readonly Touchpoint[], stageId: string): number {
  let width: number = MIN_CELL_WIDTH;
  for (const tp of touchpoints) {
    if (tp.stageId === stageId) width = Math.max(width, cardExtent(tp.position).right);
  }
  return slotColumns(width);
}

/** Where the layout draws a card: negative positions at 0. */
const drawn = (p: Position): Position => ({ x: Math.max(0, p.x), y: Math.max(0, p.y) });

/** Whether two cards of one cell overlap (cards that only touch do not). */
export function cardsOverlap(a: Position, b: Position): boolean {
  const p = drawn(a);
  const q = drawn(b);
  return Math.abs(p.x - q.x) < CARD_WIDTH && Math.abs(p.y - q.y) < CARD_HEIGHT;
}

function isFree(position: Position, occupied: readonly Position[]): boolean {
  return occupied.every((other) => !cardsOverlap(position, other));
}

/** The last row, column and flow index of the slots a card at `position` covers (-1: none). */
function lastCovered(position: Position, columns: number): { row: number; index: number } {
  const p = drawn(position);
  const last = (start: number, size: number, step: number) =>
    Math.ceil((start + size - CELL_PADDING) / step) - 1;
  const row = Math.max(0, last(p.y, CARD_HEIGHT, SLOT_STEP.y));
  const column = Math.min(columns - 1, Math.max(0, last(p.x, CARD_WIDTH, SLOT_STEP.x)));
  return { row, index: row * columns + column };
}

/**
 * The next free slot of a cell: the first free one after every slot a card already covers,
 * so a card added to a cell comes last in its reading order (capture order is kept).
 */
export function nextFreeSlot(occupied: readonly Position[], columns: number): Position {
  let index = 0;
  for (const position of occupied) {
    index = Math.max(index, lastCovered(position, columns).index + 1);
  }
  for (;;) {
    const position = slotPosition(index, columns);
    if (isFree(position, occupied)) return position;
    index++;
  }
}

/**
 * The free slot nearest to `wanted` (a card's top-left in the cell), among the `columns`
 * slot columns (and one more when `wanted` is nearer to it than to the last, so a card
 * aimed right of the others starts a column) and the rows down to one below the last card
 * (or to `wanted`, if lower). Ties go to the earlier slot in flow order. Always finds one:
 * the row below every card is free.
 */
export function nearestFreeSlot(
  wanted: Position,
  occupied: readonly Position[],
  stageColumns: number,
): Position {
  const target = drawn(wanted);
  const aimed = Math.round(Math.max(0, target.x - CELL_PADDING) / SLOT_STEP.x);
  const columns = aimed >= stageColumns ? stageColumns + 1 : stageColumns;
  let rows = Math.round(Math.max(0, target.y - CELL_PADDING) / SLOT_STEP.y) + 1;
  for (const position of occupied) rows = Math.max(rows, lastCovered(position, columns).row + 2);
  const candidates: { index: number; position: Position; distance: number }[] = [];
  for (let index = 0; index < rows * columns; index++) {
    const position = slotPosition(index, columns);
    const distance = (position.x - target.x) ** 2 + (position.y - target.y) ** 2;
    candidates.push({ index, position, distance });
  }
  candidates.sort((a, b) => a.distance - b.distance || a.index - b.index);
  // The last row is free of cards, so the loop always returns.
  for (const candidate of candidates) {
    if (isFree(candidate.position, occupied)) return candidate.position;
  }
  return slotPosition(rows * columns, columns);
}

/** Top to bottom, then left to right, where the layout draws them: the order a reader sees. */
export function readingOrder(a: Position, b: Position): number {
  const p = drawn(a);
  const q = drawn(b);
  return p.y - q.y || p.x - q.x;
}

/**
 * Arrange: the cards of one cell flowed through its slots in their reading order (ties
 * keep the order given). Returns the new position of each card, in the order given.
 */
export function arrangedPositions(positions: readonly Position[], columns: number): Position[] {
  const order = positions
    .map((position, index) => ({ position, index }))
    .sort((a, b) => readingOrder(a.position, b.position) || a.index - b.index);
  const out: Position[] = new Array<Position>(positions.length);
  order.forEach(({ index }, slot) => {
    out[index] = slotPosition(slot, columns);
  });
  return out;
}

/** Whether any two of these cards (of one cell) overlap. */
export function anyOverlap(positions: readonly Position[]): boolean {
  const sorted = positions.map(drawn).sort((a, b) => a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.y - a.y < CARD_HEIGHT; j++) {
      if (cardsOverlap(a, sorted[j]!)) return true;
    }
  }
  return false;
}
