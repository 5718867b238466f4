import { describe, expect, it } from 'vitest';
import type { JourneyMap, MergeConflict } from '../../../../src/core/model.ts';
import { mergeMaps } from '../../../../src/core/merge.ts';
import { OperationError } from '../../../../src/core/ops/errors.ts';
import { resolveConflict, valueAtPath } from '../../../../src/core/ops/resolve-conflict.ts';
import { createDocumentStore } from '../../../../src/app/store/document-store.ts';
import { apply, deepFreeze, sampleMap, tp } from './fixtures.ts';

/** The sample edited two ways from itself, merged: every edit both made differently conflicts. */
function merged(ours: (map: JourneyMap) => void, theirs: (map: JourneyMap) => void): JourneyMap {
  const [o, t] = [structuredClone(sampleMap()), structuredClone(sampleMap())];
  ours(o);
  theirs(t);
  return mergeMaps(sampleMap(), o, t).map;
}

const withConflicts = (conflicts: MergeConflict[]): JourneyMap => ({
  ...sampleMap(),
  conflicts,
});

describe('resolveConflict', () => {
  const both = merged(
    (m) => {
      tp(m, 'tp-web').kind = 'service';
      m.stages[1]!.name = 'Buying';
      m.departments[1]!.color = '#111111';
      m.connections[0]!.label = 'taps';
      m.title = 'Our journey';
      tp(m, 'tp-ad').frictions[0]!.text = 'Far too loud';
    },
    (m) => {
      tp(m, 'tp-web').kind = 'experience';
      tp(m, 'tp-web').channel = 'phone';
      m.stages[1]!.name = 'Checkout';
      m.departments[1]!.color = '#222222';
      m.connections[0]!.label = 'swipes';
      m.title = 'Their journey';
      tp(m, 'tp-ad').frictions[0]!.text = 'Too quiet';
    },
  );
  // tp-web's kind: ours set it to "service", theirs left "experience" as it was: no conflict.
  const paths = both.conflicts!.map((c) => c.path.join('/'));

  it('starts from a merge that recorded one conflict per field both changed', () => {
    expect(paths).toEqual([
      'title',
      'stages/st-b/name',
      'departments/dep-s/color',
      'touchpoints/tp-ad/frictions/fr-1/text',
      'connections/cn-1/label',
    ]);
    expect(tp(both, 'tp-web').channel).toBe('phone');
  });

  const at = (path: string) => paths.indexOf(path);

  it.each([
    ['title', (m: JourneyMap) => m.title, 'Our journey', 'Their journey'],
    ['stages/st-b/name', (m: JourneyMap) => m.stages[1]!.name, 'Buying', 'Checkout'],
    ['departments/dep-s/color', (m: JourneyMap) => m.departments[1]!.color, '#111111', '#222222'],
    [
      'touchpoints/tp-ad/frictions/fr-1/text',
      (m: JourneyMap) => tp(m, 'tp-ad').frictions[0]!.text,
      'Far too loud',
      'Too quiet',
    ],
    ['connections/cn-1/label', (m: JourneyMap) => m.connections[0]!.label, 'taps', 'swipes'],
  ])('%s: keeps ours or takes theirs, and drops only that entry', (path, read, ours, theirs) => {
    const kept = apply(both, (m) => resolveConflict(m, at(path), 'ours'));
    const taken = apply(both, (m) => resolveConflict(m, at(path), 'theirs'));
    expect(read(kept)).toBe(ours);
    expect(read(taken)).toBe(theirs);
    for (const result of [kept, taken]) {
      expect(result.conflicts!.map((c) => c.path.join('/'))).toEqual(
        paths.filter((p) => p !== path),
      );
    }
    // Unknown keys beside the field survive.
    expect(taken.stages[0]).toEqual(both.stages[0]);
    expect(tp(taken, 'tp-ad')['x-card' as keyof object]).toEqual({ keep: 'me' });
  });

  it('removes the conflicts key with the last conflict', () => {
    let map = both;
    while ((map.conflicts ?? []).length > 0)
      map = apply(map, (m) => resolveConflict(m, 0, 'theirs'));
    expect(Object.hasOwn(map, 'conflicts')).toBe(false);
    expect(map.title).toBe('Their journey');
  });

  it('takes a deletion, and brings back a record one side deleted', () => {
    const deleted = merged(
      (m) => {
        tp(m, 'tp-call').title = 'Calls support';
      },
      (m) => {
        m.touchpoints = m.touchpoints.filter((t) => t.id !== 'tp-call');
        m.connections = m.connections.filter((c) => c.to !== 'tp-call');
      },
    );
    const index = deleted.conflicts!.findIndex((c) => c.path.join('/') === 'touchpoints/tp-call');
    expect(index).toBeGreaterThanOrEqual(0);
    const gone = apply(deleted, (m) => resolveConflict(m, index, 'theirs'));
    expect(gone.touchpoints.some((t) => t.id === 'tp-call')).toBe(false);
    // Ours kept the card with our title; keeping ours leaves it.
    const kept = apply(deleted, (m) => resolveConflict(m, index, 'ours'));
    expect(tp(kept, 'tp-call').title).toBe('Calls support');

    const restored = apply(
      withConflicts([
        { path: ['touchpoints', 'tp-new'], theirs: { ...tp(sampleMap(), 'tp-buy'), id: 'tp-new' } },
      ]),
      (m) => resolveConflict(m, 0, 'theirs'),
    );
    expect(restored.touchpoints.at(-1)!.id).toBe('tp-new');
  });

  it('is one undo step in the document store, and undo restores the conflict', () => {
    const store = createDocumentStore({ documentId: 'doc', map: both });
    store.getState().apply((m) => resolveConflict(m, at('title'), 'theirs'));
    expect(store.getState().map.title).toBe('Their journey');
    store.temporal.getState().undo();
    expect(store.getState().map).toBe(both);
    expect(store.getState().map.conflicts).toHaveLength(paths.length);
  });

  it('settles a path-only conflict for ours as the map stands; theirs is unknown', () => {
    const map = deepFreeze(withConflicts([{ path: ['stages'] }]));
    const kept = apply(map, (m) => resolveConflict(m, 0, 'ours'));
    expect(kept.stages).toBe(map.stages);
    expect(Object.hasOwn(kept, 'conflicts')).toBe(false);
    expect(() => resolveConflict(map, 0, 'theirs')).toThrow(/does not record their value/);
  });

  it.each([
    ['an unknown record', ['touchpoints', 'tp-nope', 'kind']],
    ['a field under a missing object', ['touchpoints', 'tp-web', 'nothing', 'deeper']],
    ['into a plain value', ['title', 'deeper']],
    ['the conflicts list itself', ['conflicts']],
    ['nothing', []],
  ])('refuses a path to %s with an OperationError', (_, path) => {
    const map = deepFreeze(withConflicts([{ path, ours: 'a', theirs: 'b' }]));
    expect(() => resolveConflict(map, 0, 'theirs')).toThrow(OperationError);
  });

  it('refuses a choice that would break the map, and an unknown conflict number', () => {
    // Their deletion of a stage our cards still use.
    const stage = sampleMap().stages[0]!;
    const map = deepFreeze(withConflicts([{ path: ['stages', 'st-a'], base: stage, ours: stage }]));
    expect(() => resolveConflict(map, 0, 'theirs')).toThrow(/would break the map/);
    const kind = deepFreeze(
      withConflicts([{ path: ['touchpoints', 'tp-web', 'kind'], theirs: 'support' }]),
    );
    expect(() => resolveConflict(kind, 0, 'theirs')).toThrow(OperationError);
    expect(() => resolveConflict(kind, 1, 'ours')).toThrow(/no conflict number 2/);
    expect(() => resolveConflict(sampleMap(), 0, 'ours')).toThrow(OperationError);
  });

  it('reads what the map holds where a conflict points, undefined where nothing is', () => {
    expect(valueAtPath(both, ['touchpoints', 'tp-ad', 'frictions', 'fr-1', 'text'])).toBe(
      'Far too loud',
    );
    expect(valueAtPath(both, ['stages', 'st-b', 'name'])).toBe('Buying');
    expect(valueAtPath(both, ['title'])).toBe('Our journey');
    expect(valueAtPath(both, ['touchpoints', 'tp-nope', 'kind'])).toBeUndefined();
    expect(valueAtPath(both, ['title', 'length'])).toBeUndefined();
  });
});
