/**
 * What the editing commands do to the open document: each one reads the stores, runs pure
 * core ops through `apply` (one undo step) and updates the selection. No React here, so
 * every command is tested against real stores without rendering anything.
 */
import type { JourneyMap } from '../../core/model.ts';
import { journeyOrder } from '../../core/journey-order.ts';
import {
  OperationError,
  duplicateTouchpoints,
  moveTouchpoints,
  removeConnections,
  removeTouchpoints,
  type CopyResult,
} from '../../core/ops/index.ts';
import { LAYOUT } from '../../core/layout.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { ViewStore } from '../store/view-store.ts';
import { nudgeMoves } from '../canvas/placement.ts';
import {
  copySelection,
  decodeClipboard,
  encodeClipboard,
  pasteInto,
  type ClipboardContent,
} from './clipboard.ts';
import type { EditorUiStore } from './editor-ui.tsx';

export interface EditContext {
  document: DocumentStore;
  view: ViewStore;
  ui: EditorUiStore;
}

/** Arrow keys move cards this far, with Shift NUDGE_FAR. */
export const NUDGE_STEP = 8;
export const NUDGE_FAR = 40;

/**
 * Runs an edit as one undo step. An op that refuses (OperationError: input the UI should
 * have prevented) is shown in the status line instead of breaking the editor.
 */
export function tryApply(ctx: EditContext, edit: (map: JourneyMap) => JourneyMap): boolean {
  try {
    ctx.document.getState().apply(edit);
    return true;
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    ctx.ui.getState().say(error.message, 'error');
    return false;
  }
}

function selectCards(ctx: EditContext, ids: readonly string[]): void {
  ctx.view.getState().select({ touchpoints: ids, connections: [] });
  ctx.ui.getState().setPasteAnchor(null);
}

function applyCopy(ctx: EditContext, make: (map: JourneyMap) => CopyResult): string[] | null {
  let ids: string[] = [];
  const ok = tryApply(ctx, (map) => {
    const result = make(map);
    ids = result.ids;
    return result.map;
  });
  if (!ok) return null;
  selectCards(ctx, ids);
  return ids;
}

export function deleteSelection(ctx: EditContext): void {
  const { touchpoints, connections } = ctx.view.getState().selection;
  if (touchpoints.length === 0 && connections.length === 0) return;
  const ok = tryApply(ctx, (map) => {
    const known = new Set(map.connections.map((cn) => cn.id));
    const withoutEdges = removeConnections(
      map,
      connections.filter((id) => known.has(id)),
    );
    const cards = new Set(map.touchpoints.map((tp) => tp.id));
    return removeTouchpoints(
      withoutEdges,
      touchpoints.filter((id) => cards.has(id)),
    );
  });
  if (!ok) return;
  const count = touchpoints.length;
  ctx.view.getState().clearSelection();
  const what =
    count > 0
      ? `${count} touchpoint${count === 1 ? '' : 's'}`
      : `${connections.length} connection${connections.length === 1 ? '' : 's'}`;
  ctx.ui.getState().say(`Deleted ${what}. Undo with the Undo button or its shortcut.`);
}

export function selectAll(ctx: EditContext): void {
  const { map } = ctx.document.getState();
  ctx.view.getState().select({
    touchpoints: map.touchpoints.map((tp) => tp.id),
    connections: map.connections.map((cn) => cn.id),
  });
}

export function nudge(ctx: EditContext, dx: number, dy: number): void {
  const ids = ctx.view.getState().selection.touchpoints;
  if (ids.length === 0) return;
  const moves = nudgeMoves(ctx.document.getState().map, ids, { x: dx, y: dy });
  if (moves.length > 0) tryApply(ctx, (map) => moveTouchpoints(map, moves));
}

export function duplicate(ctx: EditContext): void {
  const ids = ctx.view.getState().selection.touchpoints;
  if (ids.length === 0) return;
  applyCopy(ctx, (map) => duplicateTouchpoints(map, ids));
}

/** The selection as clipboard text, or null when no card is selected. */
export function copyText(ctx: EditContext): string | null {
  const content = copySelection(
    ctx.document.getState().map,
    ctx.view.getState().selection.touchpoints,
  );
  if (!content) return null;
  ctx.ui.getState().resetPasteCount();
  return encodeClipboard(content);
}

function paste(ctx: EditContext, content: ClipboardContent): string[] | null {
  const anchor = ctx.ui.getState().pasteAnchor;
  if (anchor) {
    return applyCopy(ctx, (map) => pasteInto(map, content, { kind: 'cell', ...anchor }));
  }
  // Repeated pastes step down and right so copies do not hide each other.
  const step = ctx.ui.getState().countPaste() * LAYOUT.CELL_PADDING;
  return applyCopy(ctx, (map) =>
    pasteInto(map, content, { kind: 'offset', offset: { x: step, y: step } }),
  );
}

export function pasteText(ctx: EditContext, text: string | null): boolean {
  let content: ClipboardContent | null;
  try {
    content = text === null ? null : decodeClipboard(text);
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    ctx.ui.getState().say(error.message, 'error');
    return true;
  }
  if (!content) return false;
  return paste(ctx, content) !== null;
}

export function rename(ctx: EditContext): void {
  const { selection, startRenaming } = ctx.view.getState();
  if (selection.touchpoints.length === 1) {
    startRenaming(selection.touchpoints[0]!);
  } else if (selection.touchpoints.length === 0 && selection.connections.length === 1) {
    ctx.ui.getState().editConnection(selection.connections[0]!);
  }
}

/** Escape backs out of one thing at a time: an overlay, an edit, then the selection. */
export function escape(ctx: EditContext): void {
  const ui = ctx.ui.getState();
  const view = ctx.view.getState();
  if (ui.shortcutsOpen) ui.showShortcuts(false);
  else if (view.renamingId !== null) view.startRenaming(null);
  else if (ui.editingConnectionId !== null) ui.editConnection(null);
  else {
    view.clearSelection();
    ui.setPasteAnchor(null);
  }
}

/**
 * The card after (or before) the selected one in journey order, or null past either end
 * (so Tab can leave the map for the next control instead of trapping focus).
 */
export function stepCardId(
  map: JourneyMap,
  selected: readonly string[],
  direction: 1 | -1,
): string | null {
  const order = journeyOrder(map);
  if (order.length === 0) return null;
  const current = selected.length > 0 ? order.indexOf(selected[selected.length - 1]!) : -1;
  if (current < 0) return direction === 1 ? order[0]! : order[order.length - 1]!;
  return order[current + direction] ?? null;
}

/** Selects and reveals the next card; false when there is none (the key is left to the browser). */
export function stepCard(ctx: EditContext, direction: 1 | -1): boolean {
  const id = stepCardId(
    ctx.document.getState().map,
    ctx.view.getState().selection.touchpoints,
    direction,
  );
  if (id === null) return false;
  ctx.view.getState().revealTouchpoint(id);
  ctx.ui.getState().setPasteAnchor(null);
  return true;
}

export function undo(ctx: EditContext): void {
  ctx.document.temporal.getState().undo();
}

export function redo(ctx: EditContext): void {
  ctx.document.temporal.getState().redo();
}

/** Drops selected ids that an undo, redo or edit removed from the map. */
export function pruneSelection(ctx: Pick<EditContext, 'document' | 'view'>): void {
  const { map } = ctx.document.getState();
  const view = ctx.view.getState();
  const { touchpoints, connections } = view.selection;
  const renaming = view.renamingId;
  if (touchpoints.length === 0 && connections.length === 0 && renaming === null) return;
  // Runs after every edit (a rename on a 1,500-card map too): a handful of selected ids is
  // looked up by scanning, with no set of every id built for it.
  const hasCard = present(
    map.touchpoints,
    new Set(renaming === null ? touchpoints : [...touchpoints, renaming]),
  );
  const hasEdge = present(map.connections, new Set(connections));
  const keptCards = touchpoints.filter(hasCard);
  const keptEdges = connections.filter(hasEdge);
  if (keptCards.length !== touchpoints.length || keptEdges.length !== connections.length) {
    view.select({ touchpoints: keptCards, connections: keptEdges });
  }
  if (renaming !== null && !hasCard(renaming)) view.startRenaming(null);
}

/** Which of `ids` are items of `items`: one pass over the items, stopping once all are found. */
function present(
  items: readonly { id: string }[],
  ids: ReadonlySet<string>,
): (id: string) => boolean {
  const found = new Set<string>();
  for (const item of items) {
    if (found.size === ids.size) break;
    if (ids.has(item.id)) found.add(item.id);
  }
  return (id) => found.has(id);
}
