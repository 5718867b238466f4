/**
 * Gestures to edit ops: where a dragged card, a dropped palette item or a double-click
 * lands (cellAt + relativePosition), and the edits the canvas commits for them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { LAYOUT, computeLayout, type MapLayout } from '../../../src/core/layout.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import {
  clampToGrid,
  movesForDrop,
  nudgeMoves,
  placeCard,
  placeNewCard,
} from '../../../src/app/canvas/placement.ts';
import {
  CATALOGUE_MIME,
  readCataloguePayload as parseCatalogueDrop,
} from '../../../src/core/catalogue.ts';
import {
  addCardAt,
  commitDraggedCards,
  connectCards,
  dropCatalogueItem,
} from '../../../src/app/canvas/canvas-edits.ts';
import { createDocumentStore } from '../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../src/app/store/view-store.ts';
import { createEditorUiStore } from '../../../src/app/editor/editor-ui.tsx';
import type { EditContext } from '../../../src/app/editor/edit-actions.ts';

function small(): JourneyMap {
  const result = parse(readFileSync('test/fixtures/e2e/small.touchmap', 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

function context(map = small()): EditContext {
  return {
    document: createDocumentStore({ documentId: 'd', map }),
    view: createViewStore(),
    ui: createEditorUiStore(),
  };
}

/** The absolute top-left of a cell. */
function cell(layout: MapLayout, stageId: string, departmentId: string) {
  const column = layout.columns.find((c) => c.id === stageId)!;
  const lane = layout.lanes.find((l) => l.id === departmentId)!;
  return { x: column.x, y: lane.y, width: column.width, height: lane.height };
}

describe('placing cards', () => {
  const map = small();
  const layout = computeLayout(map);

  it('puts a moved card in the cell under its centre, at a whole-unit position inside it', () => {
    const billing = cell(layout, 'st-repair', 'dep-billing');
    // Top-left a little above the lane: the centre is inside it.
    const placed = placeCard(layout, { x: billing.x + 20.4, y: billing.y - 10.6 });
    expect(placed).toEqual({
      stageId: 'st-repair',
      departmentId: 'dep-billing',
      position: { x: 20, y: 0 },
    });
  });

  it('pulls a card let go over a header or outside the grid into the nearest cell', () => {
    const far = placeCard(layout, { x: -500, y: -500 });
    expect(far).toMatchObject({
      stageId: 'st-book',
      departmentId: 'dep-front',
      position: { x: 0, y: 0 },
    });
    const right = placeCard(layout, { x: layout.width + 300, y: layout.height + 300 });
    expect(right).toMatchObject({ stageId: 'st-repair', departmentId: 'dep-billing' });
    expect(clampToGrid(layout, { x: 0, y: 0 })).toEqual({ x: layout.grid.x, y: layout.grid.y });
  });

  it('centres a new card on the pointer as far as the cell allows; refuses headers and the emotion row', () => {
    const workshop = cell(layout, 'st-repair', 'dep-workshop');
    const centre = { x: workshop.x + workshop.width / 2, y: workshop.y + workshop.height / 2 };
    expect(placeNewCard(layout, centre)).toEqual({
      stageId: 'st-repair',
      departmentId: 'dep-workshop',
      position: {
        x: Math.round(workshop.width / 2 - LAYOUT.CARD_WIDTH / 2),
        y: Math.round(workshop.height / 2 - LAYOUT.CARD_HEIGHT / 2),
      },
    });
    expect(placeNewCard(layout, { x: workshop.x + 2, y: workshop.y + 2 })!.position).toEqual({
      x: 0,
      y: 0,
    });
    expect(placeNewCard(layout, { x: workshop.x + 10, y: layout.emotionRow.y + 10 })).toBeNull();
    expect(placeNewCard(layout, { x: 10, y: workshop.y + 10 })).toBeNull();
  });

  it('turns a drop into moves, leaving out cards that did not move', () => {
    const front = cell(layout, 'st-repair', 'dep-front');
    const web = layout.cards.find((c) => c.id === 'tp-web')!;
    const call = layout.cards.find((c) => c.id === 'tp-call')!;
    const moves = movesForDrop(map, layout, [
      { id: 'tp-web', position: { x: front.x + 30, y: front.y + 16 } },
      { id: 'tp-call', position: { x: call.x, y: call.y } },
      { id: 'tp-gone', position: { x: 0, y: 0 } },
    ]);
    expect(web).toBeDefined();
    expect(moves).toEqual([
      // Let go 30 from the cell's left: snapped to its first slot.
      { id: 'tp-web', stageId: 'st-repair', departmentId: 'dep-front', position: { x: 16, y: 16 } },
    ]);
  });

  it('nudges inside the cell, never above or left of its corner', () => {
    expect(nudgeMoves(map, ['tp-call', 'tp-web'], { x: 8, y: 0 })).toEqual([
      { id: 'tp-call', position: { x: 24, y: 16 } },
      { id: 'tp-web', position: { x: 24, y: 16 } },
    ]);
    expect(nudgeMoves(map, ['tp-call'], { x: -40, y: -40 })).toEqual([
      { id: 'tp-call', position: { x: 0, y: 0 } },
    ]);
    const atCorner = nudgeMoves(
      { ...map, touchpoints: map.touchpoints.map((tp) => ({ ...tp, position: { x: 0, y: 0 } })) },
      ['tp-call'],
      { x: -8, y: 0 },
    );
    expect(atCorner).toEqual([]);
  });
});

describe('palette drops', () => {
  it('reads the palette payload and refuses anything else', () => {
    expect(CATALOGUE_MIME).toBe('application/x-touchmap-catalogue');
    expect(
      parseCatalogueDrop(
        JSON.stringify({
          title: ' Live chat ',
          kind: 'service',
          channel: 'chat',
          description: 'Help',
        }),
      ),
    ).toEqual({ title: 'Live chat', kind: 'service', channel: 'chat', description: 'Help' });
    expect(parseCatalogueDrop('not json')).toBeNull();
    expect(parseCatalogueDrop('[]')).toBeNull();
    expect(
      parseCatalogueDrop(JSON.stringify({ title: '', kind: 'service', channel: 'chat' })),
    ).toBeNull();
    expect(
      parseCatalogueDrop(JSON.stringify({ title: 'x', kind: 'support', channel: 'chat' })),
    ).toBeNull();
    expect(
      parseCatalogueDrop(JSON.stringify({ title: 'x', kind: 'service', channel: 'fax' })),
    ).toBeNull();
  });

  it('adds the dropped item in the cell under the pointer and selects it (one undo step)', () => {
    const ctx = context();
    const layout = computeLayout(ctx.document.getState().map);
    const front = cell(layout, 'st-repair', 'dep-front');
    const payload = JSON.stringify({
      title: 'Collection SMS',
      kind: 'experience',
      channel: 'other',
    });
    const id = dropCatalogueItem(ctx, layout, { x: front.x + 120, y: front.y + 60 }, payload);
    expect(id).toBe('tp-1');
    const added = ctx.document.getState().map.touchpoints.find((tp) => tp.id === id)!;
    expect(added).toMatchObject({
      title: 'Collection SMS',
      kind: 'experience',
      channel: 'other',
      stageId: 'st-repair',
      departmentId: 'dep-front',
      emotion: null,
    });
    expect(ctx.view.getState().selection.touchpoints).toEqual([id]);
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(1);
  });

  it('says why when the drop is not on a cell or not a palette item', () => {
    const ctx = context();
    const layout = computeLayout(ctx.document.getState().map);
    const payload = JSON.stringify({ title: 'SMS', kind: 'experience', channel: 'other' });
    expect(dropCatalogueItem(ctx, layout, { x: 5, y: 5 }, payload)).toBeNull();
    expect(ctx.ui.getState().status?.text).toMatch(/cells of the grid/);
    expect(dropCatalogueItem(ctx, layout, { x: 500, y: 400 }, '{"title":1}')).toBeNull();
    expect(ctx.ui.getState().status?.tone).toBe('error');
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('drag stop, double-click and connect', () => {
  it('commits a drag to another lane as one moveTouchpoints: the card changes department', () => {
    const ctx = context();
    const layout = computeLayout(ctx.document.getState().map);
    const billing = cell(layout, 'st-book', 'dep-billing');
    const moved = commitDraggedCards(ctx, layout, [
      { id: 'tp-web', position: { x: billing.x + 16.3, y: billing.y + 16.7 } },
    ]);
    expect(moved).toBe(true);
    const web = ctx.document.getState().map.touchpoints.find((tp) => tp.id === 'tp-web')!;
    expect(web.departmentId).toBe('dep-billing');
    expect(web.stageId).toBe('st-book');
    expect(web.position).toEqual({ x: 16, y: 16 });
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(1);
    ctx.document.temporal.getState().undo();
    expect(
      ctx.document.getState().map.touchpoints.find((tp) => tp.id === 'tp-web')!.departmentId,
    ).toBe('dep-workshop');
  });

  it('moves several cards together in one undo step, and adds none for a drag back to the start', () => {
    const ctx = context();
    const layout = computeLayout(ctx.document.getState().map);
    const cards = layout.cards.filter((c) => c.id === 'tp-call' || c.id === 'tp-web');
    commitDraggedCards(
      ctx,
      layout,
      cards.map((c) => ({ id: c.id, position: { x: c.x + 300, y: c.y } })),
    );
    const after = ctx.document.getState().map.touchpoints;
    expect(after.find((tp) => tp.id === 'tp-call')!.stageId).toBe('st-repair');
    expect(after.find((tp) => tp.id === 'tp-web')!.stageId).toBe('st-repair');
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(1);
    const layout2 = computeLayout(ctx.document.getState().map);
    const still = layout2.cards.map((c) => ({ id: c.id, position: { x: c.x, y: c.y } }));
    expect(commitDraggedCards(ctx, layout2, still)).toBe(false);
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(1);
  });

  it('adds a blank card where the user double-clicked', () => {
    const ctx = context();
    const layout = computeLayout(ctx.document.getState().map);
    const billing = cell(layout, 'st-book', 'dep-billing');
    const id = addCardAt(ctx, layout, { x: billing.x + 150, y: billing.y + 64 })!;
    const card = ctx.document.getState().map.touchpoints.find((tp) => tp.id === id)!;
    expect(card).toMatchObject({
      title: 'New touchpoint',
      stageId: 'st-book',
      departmentId: 'dep-billing',
    });
    // Centred on the pointer it would be at (50, 16): the nearest slot is the first.
    expect(card.position).toEqual({ x: 16, y: 16 });
  });

  it('connects two cards once, never a card to itself', () => {
    const ctx = context();
    expect(connectCards(ctx, 'tp-web', 'tp-pay')).toBe(true);
    expect(connectCards(ctx, 'tp-web', 'tp-pay')).toBe(true);
    expect(connectCards(ctx, 'tp-web', 'tp-web')).toBe(false);
    const { connections } = ctx.document.getState().map;
    expect(connections.filter((cn) => cn.from === 'tp-web' && cn.to === 'tp-pay')).toHaveLength(1);
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(1);
  });
});
