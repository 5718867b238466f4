/** The Arrange commands against real stores: which cells, one undo step, what they say. */
import { describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../../src/core/model.ts';
import { createBlankMap } from '../../../src/core/ops/index.ts';
import { createDocumentStore } from '../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../src/app/store/view-store.ts';
import { createEditorUiStore } from '../../../src/app/editor/editor-ui.tsx';
import type { EditContext } from '../../../src/app/editor/edit-actions.ts';
import { touchpointOf } from '../../unit/map-parts.ts';
import {
  arrangeSelectedCells,
  arrangeSelectedStages,
  arrangeWholeMap,
} from '../../../src/app/editor/arrange-actions.ts';

/** A blank map with two cards piled in each of three cells. */
function piled(): JourneyMap {
  const map = createBlankMap({ id: 'm', now: '2026-01-01T00:00:00Z' });
  const [s0, s1] = map.stages;
  const [d0, d1] = map.departments;
  const pile = (id: string, stageId: string, departmentId: string, y: number): Touchpoint =>
    touchpointOf(id, stageId, departmentId, { position: { x: 20, y } });
  map.touchpoints = [
    pile('a1', s0!.id, d0!.id, 30),
    pile('a2', s0!.id, d0!.id, 20),
    pile('b1', s0!.id, d1!.id, 20),
    pile('b2', s0!.id, d1!.id, 40),
    pile('c1', s1!.id, d0!.id, 20),
    pile('c2', s1!.id, d0!.id, 20),
  ];
  return map;
}

function context(): EditContext {
  return {
    document: createDocumentStore({ documentId: 'd', map: piled() }),
    view: createViewStore(),
    ui: createEditorUiStore(),
  };
}

const position = (ctx: EditContext, id: string) =>
  ctx.document.getState().map.touchpoints.find((tp) => tp.id === id)!.position;

describe('arrange commands', () => {
  it('arranges the selected card’s cell only, in reading order, as one undo step', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['a1'] });
    expect(arrangeSelectedCells(ctx)).toBe(true);
    expect(position(ctx, 'a2')).toEqual({ x: 16, y: 16 });
    expect(position(ctx, 'a1')).toEqual({ x: 16, y: 128 });
    expect(position(ctx, 'b1')).toEqual({ x: 20, y: 20 });
    expect(ctx.ui.getState().status?.text).toMatch(/Arranged the cell: 2 cards moved/);
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(1);
    ctx.document.temporal.getState().undo();
    expect(position(ctx, 'a1')).toEqual({ x: 20, y: 30 });
    ctx.document.temporal.getState().redo();
    expect(position(ctx, 'a1')).toEqual({ x: 16, y: 128 });
  });

  it('without a selection, arranges the cell cursor’s cell; again, it says it is tidy', () => {
    const ctx = context();
    const { stages, departments } = ctx.document.getState().map;
    ctx.view.getState().setCursor({ stageId: stages[1]!.id, departmentId: departments[0]!.id });
    arrangeSelectedCells(ctx);
    expect(position(ctx, 'c2')).toEqual({ x: 16, y: 128 });
    expect(position(ctx, 'a1')).toEqual({ x: 20, y: 30 });
    arrangeSelectedCells(ctx);
    expect(ctx.ui.getState().status?.text).toBe('The cell was already tidy.');
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(1);
  });

  it('arranges the stage of the selection, or the whole map, each in one step', () => {
    const ctx = context();
    ctx.view.getState().select({ touchpoints: ['b2'] });
    arrangeSelectedStages(ctx);
    expect(position(ctx, 'a1')).toEqual({ x: 16, y: 128 });
    expect(position(ctx, 'b2')).toEqual({ x: 16, y: 128 });
    expect(position(ctx, 'c2')).toEqual({ x: 20, y: 20 });
    arrangeWholeMap(ctx);
    expect(position(ctx, 'c2')).toEqual({ x: 16, y: 128 });
    expect(ctx.document.temporal.getState().pastStates).toHaveLength(2);
  });
});
