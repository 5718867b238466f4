/**
 * The edits the canvas makes from gestures, as functions of the stores and the layout (no
 * React, no DOM), so "drop a palette item here" or "let go of these cards there" is
 * tested exactly as the canvas runs it. Each is one undo step.
 */
import type { MapLayout } from '../../core/layout.ts';
import type { Position } from '../../core/model.ts';
import {
  ID_PREFIXES,
  addConnection,
  addTouchpoint,
  moveTouchpoints,
  uniqueId,
  type NewTouchpoint,
} from '../../core/ops/index.ts';
import { tryApply, type EditContext } from '../editor/edit-actions.ts';
import {
  movesForDrop,
  placeNewCardInSlot,
  type CellPlacement,
  type DroppedCard,
} from './placement.ts';
import { touchpointFromDrop } from './catalogue-drop.ts';
import { readCataloguePayload } from '../../core/catalogue.ts';

/** Commits cards let go after a drag: one `moveTouchpoints`; false when nothing moved. */
export function commitDraggedCards(
  ctx: EditContext,
  layout: MapLayout,
  dropped: readonly DroppedCard[],
): boolean {
  const moves = movesForDrop(ctx.document.getState().map, layout, dropped);
  if (moves.length === 0) return false;
  return tryApply(ctx, (map) => moveTouchpoints(map, moves));
}

/**
 * Adds a card in the cell at `point` (canvas units), in the free slot nearest to it, selects
 * it and returns its id; null (with a hint in the status line) when the point is not in a cell.
 */
export function addCardAt(
  ctx: EditContext,
  layout: MapLayout,
  point: Position,
  make: (placement: CellPlacement, id: string) => NewTouchpoint = (placement, id) => ({
    id,
    ...placement,
  }),
): string | null {
  const placement = placeNewCardInSlot(ctx.document.getState().map, layout, point);
  if (placement === null) {
    ctx.ui.getState().say('Touchpoints go in the cells of the grid: aim inside a cell.');
    return null;
  }
  let id = '';
  const ok = tryApply(ctx, (map) => {
    id = uniqueId(map, ID_PREFIXES.touchpoint);
    return addTouchpoint(map, make(placement, id));
  });
  if (!ok) return null;
  ctx.view.getState().select({ touchpoints: [id], connections: [] });
  ctx.ui.getState().setPasteAnchor(null);
  return id;
}

/** A palette item (the JSON under CATALOGUE_MIME) dropped at `point`: its new card's id, or null. */
export function dropCatalogueItem(
  ctx: EditContext,
  layout: MapLayout,
  point: Position,
  payload: string,
): string | null {
  const item = readCataloguePayload(payload);
  if (item === null) {
    ctx.ui
      .getState()
      .say('That cannot be added: it is not a touchpoint from the palette.', 'error');
    return null;
  }
  return addCardAt(ctx, layout, point, (placement, id) => touchpointFromDrop(item, placement, id));
}

/** Connects two cards (no-op for a card to itself or a connection that exists). */
export function connectCards(ctx: EditContext, from: string, to: string): boolean {
  if (from === to) return false;
  return tryApply(ctx, (map) => addConnection(map, from, to));
}
