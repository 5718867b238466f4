/**
 * The pointer on the 'marks' level, where cards are painted and are not elements (mark-shapes.ts):
 * which card is under a point, and what pressing, clicking and dragging a mark do to the
 * selection, the way React Flow treats a node. Pure; use-mark-pointer.ts wires it to events.
 */
import type { XYPosition } from '@xyflow/react';

export interface MarkRect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The card under `point` (canvas units), the one drawn last when cards overlap. */
export function markAt(cards: readonly MarkRect[], point: XYPosition): string | null {
  for (let i = cards.length - 1; i >= 0; i--) {
    const c = cards[i]!;
    if (point.x >= c.x && point.x <= c.x + c.width && point.y >= c.y && point.y <= c.y + c.height) {
      return c.id;
    }
  }
  return null;
}

/**
 * The selection once a mark is pressed: with a multi-select key it toggles; otherwise a card
 * outside the selection becomes the selection and one inside keeps it (to drag them all).
 */
export function selectionOnPress(
  selected: readonly string[],
  id: string,
  additive: boolean,
): string[] {
  if (additive) return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
  return selected.includes(id) ? [...selected] : [id];
}

/** A press let go without moving selects that card alone (unless it was a multi-select press). */
export function selectionOnClick(
  selected: readonly string[],
  id: string,
  additive: boolean,
): string[] {
  return additive ? [...selected] : [id];
}

/** The cards a drag from `id` moves: the selection when it holds `id`, else `id` alone. */
export function draggedCards(selected: readonly string[], id: string): string[] {
  return selected.includes(id) ? [...selected] : [id];
}

/** Screen pixels the pointer must travel before a press becomes a drag. */
export const DRAG_THRESHOLD_PX = 3;

/** The drag's offset in canvas units, or null while still under the threshold. */
export function dragOffset(start: XYPosition, now: XYPosition, zoom: number): XYPosition | null {
  const dx = now.x - start.x;
  const dy = now.y - start.y;
  if (Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return null;
  return { x: dx / zoom, y: dy / zoom };
}

/** The rectangle between two corners given in any order. */
export function boxBetween(a: XYPosition, b: XYPosition): MarkBox {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(b.x - a.x),
    height: Math.abs(b.y - a.y),
  };
}

export type MarkBox = Omit<MarkRect, 'id'>;

/**
 * The cards a selection box (Shift+drag on the background) selects: every one it touches,
 * even in part, as React Flow's box does nearer in (SelectionMode.Partial), in drawing order.
 */
export function marksInBox(cards: readonly MarkRect[], box: MarkBox): string[] {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  return cards
    .filter(
      (c) => c.x <= right && c.x + c.width >= box.x && c.y <= bottom && c.y + c.height >= box.y,
    )
    .map((c) => c.id);
}
