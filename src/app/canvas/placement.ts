/**
 * From screen gestures to edit ops, in canvas units: which cell a dragged card, a dropped
 * palette item or a double-click lands in, and where inside it. Pure, so the rules are
 * unit-tested without a browser; the canvas only converts screen points to canvas points.
 *
 * The rule for a moved card is "the cell under its centre": that is what the user sees
 * when letting go. Positions are whole canvas units, never negative.
 */
import {
  LAYOUT,
  cellAt,
  relativePosition,
  type CellRef,
  type MapLayout,
} from '../../core/layout.ts';
import type { JourneyMap, Position } from '../../core/model.ts';
import type { TouchpointMove } from '../../core/ops/index.ts';

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

export interface DroppedCard {
  id: string;
  /** The card's absolute top-left where it was let go. */
  position: Position;
}

/**
 * The moves for cards let go after a drag, for one `moveTouchpoints` (one undo step).
 * Cards that end where they started are left out, so a click that barely moved the mouse
 * adds no undo step.
 */
export function movesForDrop(
  map: JourneyMap,
  layout: MapLayout,
  dropped: readonly DroppedCard[],
): TouchpointMove[] {
  const byId = new Map(map.touchpoints.map((tp) => [tp.id, tp]));
  const moves: TouchpointMove[] = [];
  for (const { id, position } of dropped) {
    const tp = byId.get(id);
    if (tp === undefined) continue;
    const target = placeCard(layout, position);
    if (target === null) continue;
    const same =
      target.stageId === tp.stageId &&
      target.departmentId === tp.departmentId &&
      target.position.x === tp.position.x &&
      target.position.y === tp.position.y;
    if (!same) moves.push({ id, ...target });
  }
  return moves;
}

/**
 * Nudging cards with the arrow keys: each card moves `delta` inside its own cell (never
 * above or left of the cell's corner); the cell grows to the right and down as the layout
 * makes room. Cards already at the edge in that direction are left out.
 */
export function nudgeMoves(
  map: JourneyMap,
  ids: readonly string[],
  delta: Position,
): TouchpointMove[] {
  const wanted = new Set(ids);
  const moves: TouchpointMove[] = [];
  for (const tp of map.touchpoints) {
    if (!wanted.has(tp.id)) continue;
    const x = Math.max(0, Math.round(Math.max(0, tp.position.x) + delta.x));
    const y = Math.max(0, Math.round(Math.max(0, tp.position.y) + delta.y));
    if (x === tp.position.x && y === tp.position.y) continue;
    moves.push({ id: tp.id, position: { x, y } });
  }
  return moves;
}
