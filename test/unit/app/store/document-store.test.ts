import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocumentStore, isDirty } from '../../../../src/app/store/document-store.ts';
import { createViewStore } from '../../../../src/app/store/view-store.ts';
import { parse } from '../../../../src/core/parse.ts';
import { setTitle, updateTouchpoint } from '../../../../src/core/ops/index.ts';

function hotel() {
  const result = parse(readFileSync('assets/templates/hotel-stay.touchmap', 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

describe('document store', () => {
  it('makes each edit one undo step and redoes it', () => {
    const store = createDocumentStore({ documentId: 'd1', map: hotel() });
    const original = store.getState().map;
    store.getState().apply((m) => setTitle(m, 'One'));
    store.getState().apply((m) => setTitle(m, 'Two'));
    expect(store.getState().map.title).toBe('Two');
    store.temporal.getState().undo();
    expect(store.getState().map.title).toBe('One');
    store.temporal.getState().undo();
    expect(store.getState().map).toBe(original);
    store.temporal.getState().redo();
    expect(store.getState().map.title).toBe('One');
  });

  it('is dirty after an edit and clean again when undone to the saved map', () => {
    const store = createDocumentStore({ documentId: 'd1', map: hotel() });
    expect(isDirty(store.getState())).toBe(false);
    store.getState().apply((m) => setTitle(m, 'Changed'));
    expect(isDirty(store.getState())).toBe(true);
    store.temporal.getState().undo();
    expect(isDirty(store.getState())).toBe(false);
  });

  it('starts dirty for a template or a restored draft', () => {
    expect(
      isDirty(createDocumentStore({ documentId: 'd', map: hotel(), dirty: true }).getState()),
    ).toBe(true);
  });

  it('stays dirty when the user edited while a save ran', () => {
    const store = createDocumentStore({ documentId: 'd1', map: hotel() });
    store.getState().apply((m) => setTitle(m, 'Saving this'));
    const snapshot = store.getState().map;
    store.getState().apply((m) => setTitle(m, 'Typed on'));
    store.getState().markSaved({ token: 't', name: 'x.touchmap' }, snapshot);
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().file?.name).toBe('x.touchmap');
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });

  it('leaves the map and history untouched when an op throws', () => {
    const store = createDocumentStore({ documentId: 'd1', map: hotel() });
    const before = store.getState().map;
    const id = before.touchpoints[0]!.id;
    expect(() =>
      store.getState().apply((m) => updateTouchpoint(m, id, { emotion: 7 as never })),
    ).toThrow();
    expect(store.getState().map).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('never records view changes as undo steps', () => {
    const store = createDocumentStore({ documentId: 'd1', map: hotel() });
    const view = createViewStore();
    view.getState().select({ touchpoints: ['a'] });
    view.getState().setFilters({ kind: 'service' });
    view.getState().revealTouchpoint('b');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(view.getState().selection.touchpoints).toEqual(['b']);
  });
});
