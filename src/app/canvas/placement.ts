/**
 * From screen gestures to edit ops, in canvas units: which cell a dragged card, a dropped
 * palette item or a double-click lands in, and where inside it. Pure, so the rules are
 * unit-tested without a browser; the canvas only converts screen points to canvas points.
 *
 * The rule for a moved card is "the cell under its centre": that is what the user sees
 * when letting go; inside the cell it snaps to the nearest free slot (core/slots.ts), so
 * cards never overlap. Positions are whole canvas units, never negative.
 */
import { LAYOUT, type CellRef, type MapLayout } from '../../core/layout.ts';
import { cellAt, relativePosition } from '../../core/layout-cells.ts';
import type { JourneyMap, Position, Touchpoint } from '../../core/model.ts';
import type { TouchpointMove } from '../../core/ops/index.ts';
import { cellPositions } from '../../core/ops/placement.ts';
import { cardsOverlap, nearestFreeSlot, readingOrder, slotColumns } from '../../core/slots.ts';

export interface CellPlacement extends CellRef {
  /** The card's top-left inside the cell. */
  position: Position;
}

const round = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });

/** The point pulled inside the grid (a card dropped on a header goes to the nearest cell). */
export function clampToGrid(layout: MapLayout, point: Position): Position {
  const { grid } = layout;
  const clamp = (v: number, from: number, size: number) =>
    Math.min(Math.max(v, from), from + Math.max(0, size - 1));
  return { x: clamp(point.x, grid.x, grid.width), y: clamp(point.y, grid.y, grid.height) };
}

/** Where a card whose top-left is at `topLeft` (absolute) belongs: the cell under its centre. */
export function placeCard(layout: MapLayout, topLeft: Position): CellPlacement | null {
  const centre = { x: topLeft.x + LAYOUT.CARD_WIDTH / 2, y: topLeft.y + LAYOUT.CARD_HEIGHT / 2 };
  const cell = cellAt(layout, clampToGrid(layout, centre));
  if (cell === null) return null;
  const position = relativePosition(layout, cell.stageId, cell.departmentId, topLeft);
  if (position === null) return null;
  return { ...cell, position: round(position) };
}

/**
 * A new card for a point the user pointed at (a drop or a double-click): in the cell under
 * the pointer, centred on it as far as the cell's top-left corner allows. Null outside the
 * cells (headers, the emotion row, beyond the grid).
 */
export function placeNewCard(layout: MapLayout, point: Position): CellPlacement | null {
  const cell = cellAt(layout, point);
  if (cell === null) return null;
  const topLeft = { x: point.x - LAYOUT.CARD_WIDTH / 2, y: point.y - LAYOUT.CARD_HEIGHT / 2 };
  const position = relativePosition(layout, cell.stageId, cell.departmentId, topLeft);
  if (position === null) return null;
  return { ...cell, position: round(position) };
}

/**
 * A new card for a point the user pointed at, snapped into the cell's slots: the free slot
 * nearest to the card centred on the point, so it covers no card. Null outside the cells.
 */
export function placeNewCardInSlot(
  map: JourneyMap,
  layout: MapLayout,
  point: Position,
): CellPlacement | null {
  const placement = placeNewCard(layout, point);
  if (placement === null) return null;
  const { stageId, departmentId } = placement;
  const occupied = cellPositions(map.touchpoints, stageId, departmentId);
  const columns = layoutSlotColumns(layout, stageId);
  return { ...placement, position: nearestFreeSlot(placement.position, occupied, columns) };
}

/** The slot columns of a stage in this layout. */
function layoutSlotColumns(layout: MapLayout, stageId: string): number {
  const column = layout.columns.find((c) => c.id === stageId);
  return slotColumns(column?.width ?? LAYOUT.MIN_CELL_WIDTH);
}

export interface DroppedCard {
  id: string;
  /** The card's absolute top-left where it was let go. */
  position: Position;
}

/**
 * The moves for cards let go after a drag, for one `moveTouchpoints` (one undo step). Each
 * card goes to the cell under its centre, in the free slot nearest to where it was let go
 * (the cards that were not dragged keep theirs; dragged cards take slots in their reading
 * order), measured on `layout`: the grid as it was when the drag started. Cards that end
 * where they started are left out, so a click that barely moved the mouse adds no undo step.
 */
export function movesForDrop(
  map: JourneyMap,
  layout: MapLayout,
  dropped: readonly DroppedCard[],
): TouchpointMove[] {
  const byId = new Map(map.touchpoints.map((tp) => [tp.id, tp]));
  const draggedIds = new Set(dropped.map((d) => d.id));
  const staying = map.touchpoints.filter((tp) => !draggedIds.has(tp.id));
  const targets: (CellPlacement & { id: string })[] = [];
  for (const { id, position } of dropped) {
    if (!byId.has(id)) continue;
    const target = placeCard(layout, position);
    if (target !== null) targets.push({ id, ...target });
  }
  targets.sort((a, b) => readingOrder(a.position, b.position));
  const taken = new Map<string, Position[]>();
  const moves: TouchpointMove[] = [];
  for (const target of targets) {
    const { id, stageId, departmentId } = target;
    const key = `${stageId}\n${departmentId}`;
    const occupied = taken.get(key) ?? cellPositions(staying, stageId, departmentId);
    const position = nearestFreeSlot(target.position, occupied, layoutSlotColumns(layout, stageId));
    taken.set(key, [...occupied, position]);
    const tp = byId.get(id)!;
    const same =
      stageId === tp.stageId &&
      departmentId === tp.departmentId &&
      position.x === tp.position.x &&
      position.y === tp.position.y;
    if (!same) moves.push({ id, stageId, departmentId, position });
  }
  return moves;
}

/**
 * Nudging cards with the arrow keys: each card moves `delta` inside its own cell (never
 * above or left of the cell's corner); the cell grows to the right and down as the layout
 * makes room. A card stays where it is when it is already at the edge in that direction or
 * when the step would make it overlap another card (one that stays, or stays because of
 * that), so a nudge never makes two cards overlap.
 */
export function nudgeMoves(
  map: JourneyMap,
  ids: readonly string[],
  delta: Position,
): TouchpointMove[] {
  const wanted = new Set(ids);
  const next = new Map<string, Position>();
  for (const tp of map.touchpoints) {
    if (!wanted.has(tp.id)) continue;
    const x = Math.max(0, Math.round(Math.max(0, tp.position.x) + delta.x));
    const y = Math.max(0, Math.round(Math.max(0, tp.position.y) + delta.y));
    if (x !== tp.position.x || y !== tp.position.y) next.set(tp.id, { x, y });
  }
  const at = (tp: Touchpoint): Position => next.get(tp.id) ?? tp.position;
  // A card held back can block another, so hold back until nothing changes: at worst every
  // card stays, and the cards did not overlap before.
  for (let changed = true; changed;) {
    changed = false;
    for (const tp of map.touchpoints) {
      const position = next.get(tp.id);
      if (position === undefined) continue;
      const blocked = map.touchpoints.some(
        (other) =>
          other.id !== tp.id &&
          other.stageId === tp.stageId &&
          other.departmentId === tp.departmentId &&
          cardsOverlap(position, at(other)),
      );
      if (blocked) {
        next.delete(tp.id);
        changed = true;
      }
    }
  }
  return [...next].map(([id, position]) => ({ id, position }));
}
