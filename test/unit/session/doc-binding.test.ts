import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JourneyMap } from '../../../src/core/model.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { applyMapToDoc, mapToDoc, readMapFromDoc } from '../../../src/session/doc-binding.ts';
import { validMap } from '../core/arbitraries.ts';
import { generateMap } from '../../bench/generate-map.ts';

/** The file a map would be saved as: what a round trip must keep, unknown keys included. */
const asFile = (map: JourneyMap): unknown => JSON.parse(serialize(map));

function read(doc: Y.Doc): JourneyMap {
  const result = readMapFromDoc(doc);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.map;
}

/** A second doc fed only the first one's updates, as a remote participant would be. */
function replica(doc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
}

describe('map <-> Y.Doc binding', () => {
  it('reads back every valid map as it was written, locally and on a replica', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const doc = new Y.Doc();
        mapToDoc(map, doc);
        expect(asFile(read(doc))).toEqual(asFile(map));
        expect(asFile(read(replica(doc)))).toEqual(asFile(map));
      }),
      { numRuns: 150 },
    );
  });

  it('takes a doc from one valid map to another and reads the second one back', () => {
    fc.assert(
      fc.property(validMap, validMap, (first, second) => {
        const doc = new Y.Doc();
        mapToDoc(first, doc);
        applyMapToDoc(doc, second);
        expect(asFile(read(doc))).toEqual(asFile(second));
        expect(asFile(read(replica(doc)))).toEqual(asFile(second));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps an unknown key named __proto__ across the wire', () => {
    const map = JSON.parse(
      '{"format":"touchmap","version":1,"id":"m","title":"T","stages":[{"id":"s","name":"S","__proto__":{"a":1}}],"departments":[{"id":"d","name":"D","color":"#000000"}],"touchpoints":[],"connections":[],"__proto__":"x"}',
    ) as JourneyMap;
    const doc = new Y.Doc();
    mapToDoc(map, doc);
    const back = read(replica(doc));
    expect(serialize(back)).toBe(serialize(map));
  });

  it('sends one title edit on the 1,500-touchpoint map as a small update', () => {
    const { map } = generateMap(1500);
    const doc = new Y.Doc();
    mapToDoc(map, doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const touchpoints = map.touchpoints.map((tp, i) =>
      i === 700 ? { ...tp, title: `${tp.title} (renamed)` } : tp,
    );
    applyMapToDoc(doc, { ...map, touchpoints }, 'local');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThan(200);
    expect(read(doc).touchpoints[700]!.title).toBe(`${map.touchpoints[700]!.title} (renamed)`);
  });

  it('sends a description typed into as a text splice, not the whole text again', () => {
    const { map } = generateMap(50);
    const long = 'A long description of the step. '.repeat(10);
    const start = {
      ...map,
      stages: map.stages.map((s, i) => (i === 0 ? { ...s, description: long } : s)),
    };
    const doc = new Y.Doc();
    mapToDoc(start, doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const typed = `${long.slice(0, 100)}really ${long.slice(100)}`;
    applyMapToDoc(doc, {
      ...start,
      stages: start.stages.map((s, i) => (i === 0 ? { ...s, description: typed } : s)),
    });
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThan(60);
    expect(read(doc).stages[0]!.description).toBe(typed);
  });

  it('writes nothing when the map did not change', () => {
    const { map } = generateMap(200);
    const doc = new Y.Doc();
    mapToDoc(map, doc);
    let updates = 0;
    doc.on('update', () => updates++);
    applyMapToDoc(doc, read(doc));
    expect(updates).toBe(0);
  });

  it('merges two people typing in one description', () => {
    const { map } = generateMap(20);
    const base = {
      ...map,
      stages: map.stages.map((s, i) => (i === 0 ? { ...s, description: 'Check in' } : s)),
    };
    const a = new Y.Doc();
    mapToDoc(base, a);
    const b = replica(a);
    const edit = (doc: Y.Doc, text: string) => {
      const current = read(doc);
      applyMapToDoc(doc, {
        ...current,
        stages: current.stages.map((s, i) => (i === 0 ? { ...s, description: text } : s)),
      });
    };
    edit(a, 'Quick check in');
    edit(b, 'Check in online');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(read(a).stages[0]!.description).toBe('Quick check in online');
    expect(asFile(read(b))).toEqual(asFile(read(a)));
  });

  it('says what is wrong with a doc that holds no map', () => {
    const result = readMapFromDoc(new Y.Doc());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join(' ')).toMatch(/not a Touchmap file/);
  });
});
