import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JourneyMap } from '../../../src/core/model.ts';
import { applyMapToDoc, mapToDoc, readMapFromDoc } from '../../../src/session/doc-binding.ts';
import { createDocReader } from '../../../src/session/doc-reader.ts';
import { recordsOf } from '../../../src/session/doc-layout.ts';
import { generateMap } from '../../bench/generate-map.ts';
import { applyEdit, editArb, type Edit } from './map-edits.ts';

const base = generateMap(12).map;

/** Something a participant does, or the network delivering one doc's news to another. */
type Step =
  | { kind: 'edit'; who: number; edit: Edit }
  | { kind: 'friction'; who: number; pick: number; id: number; remove: boolean }
  | { kind: 'raw'; who: number; pick: number; field: RawField }
  | { kind: 'sync'; from: number; to: number }
  | { kind: 'sync-all' };

/** Writes an app would never make but a misbehaving participant can: each must fall back. */
const RAW_FIELDS = {
  'empty title': ['touchpoints', 'title', ''],
  'missing stage': ['touchpoints', 'stageId', 'nowhere'],
  'missing department': ['touchpoints', 'departmentId', 'nowhere'],
  'unknown kind': ['touchpoints', 'kind', 'telepathy'],
  'not a number': ['touchpoints', 'csat', Number.NaN],
  'unknown key': ['touchpoints', 'x-tool', 'kept'],
  'too deep': ['touchpoints', 'x-deep', { json: `${'['.repeat(70)}${']'.repeat(70)}` }],
  'stage renamed': ['stages', 'name', 'Renamed by hand'],
  'empty stage name': ['stages', 'name', ''],
} as const;
type RawField = keyof typeof RAW_FIELDS;

const stepArb = (docs: number): fc.Arbitrary<Step> => {
  const who = fc.nat(docs - 1);
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), who, edit: editArb }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('friction' as const),
        who,
        pick: fc.nat(50),
        // Few ids, so two participants give one to two touchpoints now and then.
        id: fc.nat(4),
        remove: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('raw' as const),
        who,
        pick: fc.nat(50),
        field: fc.constantFrom(...(Object.keys(RAW_FIELDS) as RawField[])),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: who, to: who }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('sync-all' as const) }) },
  );
};

const readOk = (doc: Y.Doc): JourneyMap | null => {
  const result = readMapFromDoc(doc);
  return result.ok ? result.map : null;
};

let serial = 0;
function run(docs: Y.Doc[], step: Step): void {
  switch (step.kind) {
    case 'edit': {
      const map = readOk(docs[step.who]!);
      if (map) applyMapToDoc(docs[step.who]!, applyEdit(map, step.edit, step.who, serial++));
      return;
    }
    case 'friction': {
      const map = readOk(docs[step.who]!);
      const tp = map?.touchpoints[step.pick % Math.max(1, map.touchpoints.length)];
      if (!map || !tp) return;
      const frictions = step.remove
        ? tp.frictions.slice(1)
        : [...tp.frictions, { id: `f${step.id}`, text: 'Waits', severity: 'low' as const }];
      const touchpoints = map.touchpoints.map((t) => (t === tp ? { ...t, frictions } : t));
      applyMapToDoc(docs[step.who]!, { ...map, touchpoints });
      return;
    }
    case 'raw': {
      const [collection, key, value] = RAW_FIELDS[step.field];
      const records = recordsOf(docs[step.who]!, collection);
      const ids = [...records.keys()].sort();
      const record = ids.length > 0 ? records.get(ids[step.pick % ids.length]!) : undefined;
      record?.set(key, value);
      return;
    }
    case 'sync':
      sync(docs[step.from]!, docs[step.to]!);
      return;
    case 'sync-all':
      for (const from of docs) for (const to of docs) if (from !== to) sync(from, to);
  }
}

const sync = (from: Y.Doc, to: Y.Doc): void =>
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

function startDocs(count: number): Y.Doc[] {
  const docs = Array.from({ length: count }, () => new Y.Doc());
  mapToDoc(base, docs[0]!);
  for (const doc of docs.slice(1)) sync(docs[0]!, doc);
  return docs;
}

describe('reading a shared doc at the cost of what changed', () => {
  it('gives exactly what a full read gives, after every step of 2-4 participants editing at once', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 4 })
          .chain((count) =>
            fc.tuple(fc.constant(count), fc.array(stepArb(count), { minLength: 1, maxLength: 40 })),
          ),
        ([count, steps]) => {
          const docs = startDocs(count);
          const readers = docs.map(createDocReader);
          for (const step of steps) {
            run(docs, step);
            docs.forEach((doc, i) => {
              expect(readers[i]!.read()).toStrictEqual(readMapFromDoc(doc));
            });
          }
          for (const reader of readers) reader.dispose();
        },
      ),
      { numRuns: 80 },
    );
  });

  it('re-reads only the touchpoint a remote edit changed on a 1,500-card map', () => {
    const big = generateMap(1500).map;
    const [mine, theirs] = [new Y.Doc(), new Y.Doc()];
    mapToDoc(big, theirs);
    sync(theirs, mine);
    const reader = createDocReader(mine);
    const before = reader.read();
    if (!before.ok) throw new Error(before.problems.join('\n'));

    const edited = big.touchpoints[700]!;
    applyMapToDoc(theirs, {
      ...big,
      touchpoints: big.touchpoints.map((t) =>
        t === edited ? { ...t, title: 'Typed by them' } : t,
      ),
    });
    sync(theirs, mine);
    const after = reader.read();
    if (!after.ok) throw new Error(after.problems.join('\n'));

    expect(after).toStrictEqual(readMapFromDoc(mine));
    expect(after.map.touchpoints[700]!.title).toBe('Typed by them');
    // The other 1,499 cards, the stages and the connections are the objects read before:
    // nothing else was decoded or parsed, and the canvas keeps their nodes.
    const kept = after.map.touchpoints.filter((t, i) => t === before.map.touchpoints[i]);
    expect(kept).toHaveLength(1499);
    expect(after.map.stages).toStrictEqual(before.map.stages);
    expect(after.map.connections).toBe(before.map.connections);
  });

  it('gives the full read and its repair notices when concurrent edits leave a card on a deleted stage', () => {
    const docs = startDocs(2);
    const reader = createDocReader(docs[1]!);
    expect(reader.read().ok).toBe(true);
    const pick = base.touchpoints.findIndex((t) => t.stageId === base.stages[0]!.id);
    // One participant deletes the second stage while the other moves a card onto it.
    run(docs, {
      kind: 'edit',
      who: 0,
      edit: { kind: 'delete-stage', pick: 0, other: 1, text: 'x' },
    });
    run(docs, {
      kind: 'edit',
      who: 1,
      edit: { kind: 'move-touchpoint', pick, other: 1, text: 'x' },
    });
    run(docs, { kind: 'sync-all' });
    const repaired = reader.read();
    expect(repaired).toStrictEqual(readMapFromDoc(docs[1]!));
    if (!repaired.ok) throw new Error('not a map');
    expect(repaired.notes.join('\n')).toMatch(/was on a deleted stage/);
    // The card's title changes next: the reader has no clean read to patch, so it reads whole.
    run(docs, { kind: 'edit', who: 0, edit: { kind: 'rename', pick, other: 0, text: 'Later' } });
    run(docs, { kind: 'sync-all' });
    expect(reader.read()).toStrictEqual(readMapFromDoc(docs[1]!));
  });

  it('leaves out values no file can hold, so another participant reads on', () => {
    const docs = startDocs(2);
    const reader = createDocReader(docs[1]!);
    expect(reader.read().ok).toBe(true);
    const id = base.touchpoints[0]!.id;
    const record = recordsOf(docs[0]!, 'touchpoints').get(id)!;
    record.set('x-big', 12n);
    record.set('x-doc', new Y.Doc());
    sync(docs[0]!, docs[1]!);
    const result = reader.read();
    expect(result).toStrictEqual(readMapFromDoc(docs[1]!));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(Object.keys(result.map.touchpoints[0]!)).not.toContain('x-big');
  });
});
