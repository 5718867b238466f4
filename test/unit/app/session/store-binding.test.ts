import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parse } from '../../../../src/core/parse.ts';
import { updateTouchpoint } from '../../../../src/core/ops/index.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';
import { mapToDoc } from '../../../../src/session/doc-binding.ts';
import { createDocumentStore } from '../../../../src/app/store/document-store.ts';
import { bindDocumentStore } from '../../../../src/app/session/store-binding.ts';

function hotel(): JourneyMap {
  const result = parse(readFileSync('examples/hotel-stay.touchmap', 'utf8'));
  if (!result.ok) throw new Error('hotel-stay does not parse');
  return result.map;
}

/** Two participants whose docs exchange every update at once, as a relay would. */
function pair(options: { bReadOnly?: boolean } = {}) {
  const map = hotel();
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  mapToDoc(map, docA);
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
  docA.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(docB, update, 'relay');
  });
  docB.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(docA, update, 'relay');
  });
  const storeA = createDocumentStore({ documentId: 'a', map });
  const storeB = createDocumentStore({ documentId: 'b', map });
  const syncNow = (run: () => void) => run();
  const a = bindDocumentStore(docA, storeA, { schedule: syncNow });
  const b = bindDocumentStore(docB, storeB, { schedule: syncNow, readOnly: options.bReadOnly });
  return { storeA, storeB, a, b, docB };
}

const title = (store: ReturnType<typeof createDocumentStore>, id: string) =>
  store.getState().map.touchpoints.find((t) => t.id === id)?.title;

describe('the document store bound to a shared doc', () => {
  it("shows each participant's edit to the other, without making it an undo step there", () => {
    const { storeA, storeB } = pair();
    storeA.getState().apply((m) => updateTouchpoint(m, 'tp-room', { title: 'Room and cot' }));
    expect(title(storeB, 'tp-room')).toBe('Room and cot');
    expect(storeB.temporal.getState().pastStates).toHaveLength(0);
    expect(storeA.temporal.getState().pastStates).toHaveLength(1);
  });

  it('undoes only my own edits, and redoes them', () => {
    const { storeA, storeB } = pair();
    storeA.getState().apply((m) => updateTouchpoint(m, 'tp-room', { title: 'Mine' }));
    storeB.getState().apply((m) => updateTouchpoint(m, 'tp-breakfast', { title: 'Yours' }));
    storeB.temporal.getState().undo();
    // B's Ctrl+Z takes back B's edit only; A's stays, on both sides.
    expect(title(storeB, 'tp-breakfast')).toBe('Breakfast restaurant');
    expect(title(storeA, 'tp-breakfast')).toBe('Breakfast restaurant');
    expect(title(storeB, 'tp-room')).toBe('Mine');
    expect(storeB.temporal.getState().pastStates).toHaveLength(0);
    expect(storeB.temporal.getState().futureStates).toHaveLength(1);
    storeB.temporal.getState().redo();
    expect(title(storeA, 'tp-breakfast')).toBe('Yours');
  });

  it('keeps the document clean: the shared doc is the truth, the host saves it', () => {
    const { storeA, storeB } = pair();
    storeA.getState().apply((m) => updateTouchpoint(m, 'tp-room', { title: 'Clean' }));
    for (const store of [storeA, storeB]) {
      expect(store.getState().savedMap).toBe(store.getState().map);
    }
  });

  it('a view link changes nothing, locally or in the doc, but sees the edits', () => {
    const { storeA, storeB, docB } = pair({ bReadOnly: true });
    const before = Y.encodeStateVector(docB);
    storeB.getState().apply((m) => updateTouchpoint(m, 'tp-room', { title: 'Viewer' }));
    expect(title(storeB, 'tp-room')).toBe('Room and beds');
    expect(Y.encodeStateVector(docB)).toEqual(before);
    storeA.getState().apply((m) => updateTouchpoint(m, 'tp-room', { title: 'Host' }));
    expect(title(storeB, 'tp-room')).toBe('Host');
  });

  it('stops following the doc once disposed', () => {
    const { storeA, storeB, b } = pair();
    b.dispose();
    storeA.getState().apply((m) => updateTouchpoint(m, 'tp-room', { title: 'Later' }));
    expect(title(storeB, 'tp-room')).toBe('Room and beds');
  });
});
