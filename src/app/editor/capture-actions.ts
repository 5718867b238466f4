/**
 * The capture commands, as functions of the stores (no React): move the cell cursor, add
 * a card in its cell, give the selected cards a kind or an emotion. Each edit is one undo
 * step; the cursor, like the selection, is view state and never one.
 */
import type { Emotion, TouchpointKind } from '../../core/model.ts';
import { ID_PREFIXES, addTouchpoint, uniqueId, updateTouchpoint } from '../../core/ops/index.ts';
import { emotionWord, kindWord } from '../../core/vocabulary.ts';
import { cardsInCell, cursorCell, moveCursor, sameCell } from './cell-cursor.ts';
import { tryApply, type EditContext } from './edit-actions.ts';
import { startNote } from '../canvas/note-edits.ts';

/**
 * Moves the cursor one cell and selects the cell's first card (none in an empty cell), so
 * the kind and emotion keys work on what the cursor shows.
 */
export function stepCursor(ctx: EditContext, columns: number, rows: number): void {
  const { map } = ctx.document.getState();
  const view = ctx.view.getState();
  const next = moveCursor(map, view.cursor, columns, rows);
  if (next === null) return;
  view.setCursor({ ...next, reveal: true });
  const first = cardsInCell(map.touchpoints, next)[0];
  view.select({ touchpoints: first ? [first.id] : [], connections: [] });
  ctx.ui.getState().setPasteAnchor(null);
}

/** Adds a card in the cursor's cell (below its cards), selects it and starts renaming it. */
export function addCardAtCursor(ctx: EditContext): string | null {
  const cell = cursorCell(ctx.document.getState().map, ctx.view.getState().cursor);
  if (cell === null) {
    ctx.ui.getState().say('Add a stage and a department first: touchpoints go in their cells.');
    return null;
  }
  // In a note row the same keys write a note there.
  if (cell.rowId !== undefined) {
    ctx.view.getState().setCursor({ ...cell, reveal: true });
    startNote({ rowId: cell.rowId, stageId: cell.stageId });
    return null;
  }
  let id = '';
  const ok = tryApply(ctx, (map) => {
    id = uniqueId(map, ID_PREFIXES.touchpoint);
    return addTouchpoint(map, { id, ...cell });
  });
  if (!ok) return null;
  const view = ctx.view.getState();
  view.setCursor({ ...cell, reveal: true });
  view.select({ touchpoints: [id], connections: [] });
  view.startRenaming(id);
  ctx.ui.getState().setPasteAnchor(null);
  return id;
}

type CardPatch = { kind: TouchpointKind } | { emotion: Emotion | null };

function describe(patch: CardPatch): string {
  return 'kind' in patch ? kindWord(patch.kind) : emotionWord(patch.emotion);
}

/**
 * Gives every selected card the kind or emotion, in one undo step; cards that already have
 * it are left alone, so pressing the key twice adds no empty undo step.
 */
export function setSelectedCards(ctx: EditContext, patch: CardPatch): boolean {
  const ids = new Set(ctx.view.getState().selection.touchpoints);
  const { map } = ctx.document.getState();
  const changing = map.touchpoints.filter(
    (tp) =>
      ids.has(tp.id) && ('kind' in patch ? tp.kind !== patch.kind : tp.emotion !== patch.emotion),
  );
  if (ids.size === 0) {
    ctx.ui.getState().say('Select a touchpoint first (arrows or Tab).');
    return false;
  }
  if (changing.length === 0) return true;
  const ok = tryApply(ctx, (current) =>
    changing.reduce((next, tp) => updateTouchpoint(next, tp.id, patch), current),
  );
  if (ok) {
    const count = changing.length;
    ctx.ui
      .getState()
      .say(
        `${describe(patch)}: ${count} touchpoint${count === 1 ? '' : 's'}. Undo to take it back.`,
      );
  }
  return ok;
}

/** The cursor follows the selection: selecting a card moves the cursor to the card's cell. */
export function cursorFollowsSelection(ctx: Pick<EditContext, 'document' | 'view'>): void {
  const view = ctx.view.getState();
  const last = view.selection.touchpoints[view.selection.touchpoints.length - 1];
  if (last === undefined) return;
  const card = ctx.document.getState().map.touchpoints.find((tp) => tp.id === last);
  if (card === undefined) return;
  const cell = { stageId: card.stageId, departmentId: card.departmentId };
  if (!sameCell(view.cursor, cell)) view.setCursor(cell);
}
