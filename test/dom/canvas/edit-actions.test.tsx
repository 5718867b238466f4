/** The editing commands against real stores: delete, select all, nudge, duplicate, copy/paste, Tab, Escape. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { journeyOrder } from '../../../src/core/journey-order.ts';
import { createDocumentStore } from '../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../src/app/store/view-store.ts';
import { createEditorUiStore } from '../../../src/app/editor/editor-ui.tsx';
import {
  NUDGE_FAR,
  NUDGE_STEP,
  copyText,
  deleteSelection,
  duplicate,
  escape,
  nudge,
  pasteText,
  pruneSelection,
  rename,
  selectAll,
  stepCard,
  stepCardId,
  undo,
  type EditContext,
} from '../../../src/app/editor/edit-actions.ts';
import {
  CLIPBOARD_TAG,
  copySelection,
  decodeClipboard,
  encodeClipboard,
} from '../../../src/app/editor/clipboard.ts';

function load(path: string): JourneyMap {
  const result = parse(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

function context(map = load('test/fixtures/e2e/small.touchmap')): EditContext {
  return {
    document: createDocumentStore({ documentId: 'd', map }),
    view: createViewStore(),
    ui: createEditorUiStore(),
  };
}

const map = (ctx: EditContext) => ctx.document.getState().map;
const card = (ctx: EditContext, id: string) => map(ctx).touchpoints.find((tp) => tp.id === id);
const history = (ctx: EditContext) => ctx.document.temporal.getState().pastStates.length;

describe('editing commands', () => {
  it('deletes the selected cards and connections in one undo step', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-call', 'tp-web'], connections: ['cn-1'] });
    deleteSelection(ctx);
    expect(map(ctx).touchpoints.map((tp) => tp.id)).toEqual(['tp-fix', 'tp-pay']);
    expect(map(ctx).connections).toEqual([]);
    expect(ctx.view.getState().selection).toEqual({ touchpoints: [], connections: [] });
    expect(history(ctx)).toBe(1);
    expect(ctx.ui.getState().status?.text).toMatch(/Deleted 2 touchpoints/);
    undo(ctx);
    expect(map(ctx).touchpoints).toHaveLength(4);
    expect(map(ctx).connections).toHaveLength(1);
  });

  it('deletes a selected connection alone, and does nothing with nothing selected', () => {
    const ctx = context();
    deleteSelection(ctx);
    expect(history(ctx)).toBe(0);
    ctx.view.getState().select({ connections: ['cn-1'] });
    deleteSelection(ctx);
    expect(map(ctx).connections).toEqual([]);
    expect(map(ctx).touchpoints).toHaveLength(4);
  });

  it('selects every card and connection', () => {
    const ctx = context();
    selectAll(ctx);
    expect(ctx.view.getState().selection).toEqual({
      touchpoints: ['tp-call', 'tp-web', 'tp-fix', 'tp-pay'],
      connections: ['cn-1'],
    });
  });

  it('nudges the selected cards, one undo step per press', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-call', 'tp-pay'] });
    nudge(ctx, NUDGE_STEP, 0);
    nudge(ctx, 0, NUDGE_FAR);
    expect(card(ctx, 'tp-call')!.position).toEqual({ x: 24, y: 56 });
    expect(card(ctx, 'tp-pay')!.position).toEqual({ x: 24, y: 56 });
    expect(history(ctx)).toBe(2);
  });

  it('duplicates the selection and selects the copies', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-call', 'tp-fix'] });
    duplicate(ctx);
    const selected = ctx.view.getState().selection.touchpoints;
    expect(selected).toHaveLength(2);
    expect(selected).not.toContain('tp-call');
    // The connection between the two originals is copied between the copies.
    expect(
      map(ctx).connections.filter((cn) => selected.includes(cn.from) && selected.includes(cn.to)),
    ).toHaveLength(1);
    expect(history(ctx)).toBe(1);
  });

  it('copies cards as text and pastes them with fresh ids, stepping further each time', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-call'] });
    const text = copyText(ctx)!;
    expect(JSON.parse(text).format).toBe(CLIPBOARD_TAG);
    expect(pasteText(ctx, text)).toBe(true);
    expect(pasteText(ctx, text)).toBe(true);
    const copies = map(ctx).touchpoints.filter((tp) => tp.title === 'Phone the shop');
    expect(copies).toHaveLength(3);
    // Each paste aims 16 further down and right, and lands in the nearest free slot.
    expect(copies.map((tp) => tp.position)).toEqual([
      { x: 16, y: 16 },
      { x: 16, y: 128 },
      { x: 16, y: 240 },
    ]);
    expect(new Set(copies.flatMap((tp) => tp.frictions.map((f) => f.id))).size).toBe(6);
    expect(ctx.view.getState().selection.touchpoints).toEqual([copies[2]!.id]);
  });

  it('pastes into the empty cell last clicked', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-call', 'tp-web'] });
    const text = copyText(ctx)!;
    ctx.ui
      .getState()
      .setPasteAnchor({ stageId: 'st-repair', departmentId: 'dep-front', at: { x: 40, y: 20 } });
    pasteText(ctx, text);
    const pasted = ctx.view.getState().selection.touchpoints.map((id) => card(ctx, id)!);
    // Both copies aim at the clicked point: they take the slots nearest it, never one spot.
    expect(pasted.map((tp) => [tp.stageId, tp.departmentId, tp.position])).toEqual([
      ['st-repair', 'dep-front', { x: 16, y: 16 }],
      ['st-repair', 'dep-front', { x: 16, y: 128 }],
    ]);
  });

  it('pastes cards from another map into the first cell when their stage is unknown here', () => {
    const ctx = context();
    const hotel = load('assets/templates/hotel-stay.touchmap');
    const content = copySelection(hotel, [hotel.touchpoints[0]!.id])!;
    expect(pasteText(ctx, encodeClipboard(content))).toBe(true);
    const [id] = ctx.view.getState().selection.touchpoints;
    expect(card(ctx, id!)).toMatchObject({ stageId: 'st-book', departmentId: 'dep-front' });
  });

  it('refuses clipboard text that is not Touchmap cards, and reports broken cards', () => {
    const ctx = context();
    expect(decodeClipboard('hello')).toBeNull();
    expect(decodeClipboard(JSON.stringify({ format: CLIPBOARD_TAG, touchpoints: [] }))).toBeNull();
    expect(pasteText(ctx, 'hello')).toBe(false);
    const broken = JSON.stringify({ format: CLIPBOARD_TAG, touchpoints: [{ id: 'x', title: 5 }] });
    expect(pasteText(ctx, broken)).toBe(false);
    expect(ctx.ui.getState().status?.tone).toBe('error');
    expect(history(ctx)).toBe(0);
  });

  it('refuses cards nested deeper than a file may be, naming where, and changes nothing', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-call'] });
    const copied = JSON.parse(copyText(ctx)!);
    const nest = (depth: number): unknown => (depth === 0 ? 'end' : [nest(depth - 1)]);
    copied.touchpoints[0]['x-notes'] = nest(70);
    const before = map(ctx);
    expect(pasteText(ctx, JSON.stringify(copied))).toBe(true);
    expect(ctx.ui.getState().status).toMatchObject({ tone: 'error' });
    expect(ctx.ui.getState().status?.text).toMatch(
      /nested more than 64 levels deep at .*\["x-notes"\]\[0\].*nothing was pasted/,
    );
    expect(map(ctx)).toBe(before);
    // Just within the limit, the same cards paste.
    copied.touchpoints[0]['x-notes'] = nest(59);
    expect(pasteText(ctx, JSON.stringify(copied))).toBe(true);
    expect(map(ctx).touchpoints.length).toBe(before.touchpoints.length + 1);
  });

  it('walks the cards in journey order and stops at either end', () => {
    const ctx = context();
    const order = journeyOrder(map(ctx));
    expect(order).toEqual(['tp-call', 'tp-web', 'tp-fix', 'tp-pay']);
    expect(stepCardId(map(ctx), [], 1)).toBe('tp-call');
    expect(stepCardId(map(ctx), [], -1)).toBe('tp-pay');
    expect(stepCardId(map(ctx), ['tp-pay'], 1)).toBeNull();
    expect(stepCardId(map(ctx), ['tp-call'], -1)).toBeNull();
    expect(stepCard(ctx, 1)).toBe(true);
    expect(stepCard(ctx, 1)).toBe(true);
    expect(ctx.view.getState().selection.touchpoints).toEqual(['tp-web']);
    expect(ctx.view.getState().reveal?.touchpointId).toBe('tp-web');
  });

  it('renames the one selected card, or edits the one selected connection’s label', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-web'] });
    rename(ctx);
    expect(ctx.view.getState().renamingId).toBe('tp-web');
    ctx.view.getState().startRenaming(null);
    ctx.view.getState().select({ touchpoints: [], connections: ['cn-1'] });
    rename(ctx);
    expect(ctx.ui.getState().editingConnectionId).toBe('cn-1');
  });

  it('backs out of one thing per Escape: overlay, rename, label edit, then selection', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-web'] });
    ctx.view.getState().startRenaming('tp-web');
    ctx.ui.getState().showShortcuts(true);
    escape(ctx);
    expect(ctx.ui.getState().shortcutsOpen).toBe(false);
    expect(ctx.view.getState().renamingId).toBe('tp-web');
    escape(ctx);
    expect(ctx.view.getState().renamingId).toBeNull();
    expect(ctx.view.getState().selection.touchpoints).toEqual(['tp-web']);
    escape(ctx);
    expect(ctx.view.getState().selection.touchpoints).toEqual([]);
  });

  it('drops selected ids that an undo removed', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-call'] });
    duplicate(ctx);
    const [copy] = ctx.view.getState().selection.touchpoints;
    ctx.view.getState().select({ touchpoints: ['tp-call', copy!] });
    undo(ctx);
    pruneSelection(ctx);
    expect(ctx.view.getState().selection.touchpoints).toEqual(['tp-call']);
  });

  it('keeps what still exists of a selection and stops renaming a card that is gone', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['tp-call', 'tp-web'], connections: ['cn-1'] });
    pruneSelection(ctx);
    expect(ctx.view.getState().selection).toEqual({
      touchpoints: ['tp-call', 'tp-web'],
      connections: ['cn-1'],
    });
    deleteSelection(ctx);
    // Deleting clears the selection itself: select the ids gone beside one that is not.
    ctx.view.getState().select({ touchpoints: ['tp-web', 'tp-fix'], connections: ['cn-1'] });
    ctx.view.getState().startRenaming('tp-web');
    pruneSelection(ctx);
    expect(ctx.view.getState().selection).toEqual({ touchpoints: ['tp-fix'], connections: [] });
    expect(ctx.view.getState().renamingId).toBeNull();
  });
});
