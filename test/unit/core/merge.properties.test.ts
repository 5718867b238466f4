/**
 * Properties of the three-way merge and the diff on random maps: a side that changed nothing
 * gives the other side's map, and whatever the three inputs, the result is a valid file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../src/core/diff.ts';
import { mergeMaps } from '../../../src/core/merge.ts';
import {
  CHANNELS,
  TOUCHPOINT_KINDS,
  type JourneyMap,
  type Touchpoint,
} from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { validMap } from './arbitraries.ts';

const RUNS = 60;
/** Random maps are slow to draw and to check; the default 5 s is tight on a busy machine. */
const TIMEOUT = 60_000;

/** One edit the app could make, with indices taken modulo the lists it picks from. */
const edit = fc.oneof(
  fc.record({
    op: fc.constant('title' as const),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    op: fc.constant('kind' as const),
    at: fc.nat(),
    value: fc.constantFrom(...TOUCHPOINT_KINDS),
  }),
  fc.record({
    op: fc.constant('channel' as const),
    at: fc.nat(),
    value: fc.constantFrom(...CHANNELS),
  }),
  fc.record({
    op: fc.constant('move' as const),
    at: fc.nat(),
    stage: fc.nat(),
    department: fc.nat(),
  }),
  fc.record({
    op: fc.constant('slot' as const),
    at: fc.nat(),
    x: fc.integer({ min: 0, max: 600 }),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), stage: fc.nat(), department: fc.nat() }),
  fc.record({ op: fc.constant('friction' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add-stage' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete-stage' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-departments' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('map-title' as const),
    text: fc.string({ minLength: 1, maxLength: 8 }),
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** `map` with the edits applied as the app would (deleting a stage deletes its cards). */
function applyEdits(map: JourneyMap, edits: readonly Edit[], side: string): JourneyMap {
  const m = JSON.parse(JSON.stringify(map)) as JourneyMap;
  let fresh = 0;
  // Not like the generated maps' ids (s0, d1, t2...): a new record never takes an old id.
  const newId = () => `new-${side}-${fresh++}`;
  const pick = <T>(list: T[], at: number): T | undefined => list[at % Math.max(list.length, 1)];
  const dropCards = (gone: (t: Touchpoint) => boolean) => {
    const ids = new Set(m.touchpoints.filter(gone).map((t) => t.id));
    m.touchpoints = m.touchpoints.filter((t) => !ids.has(t.id));
    m.connections = m.connections.filter((c) => !ids.has(c.from) && !ids.has(c.to));
  };
  for (const e of edits) {
    const card = 'at' in e ? pick(m.touchpoints, e.at) : undefined;
    switch (e.op) {
      case 'title':
        if (card) card.title = e.text;
        break;
      case 'kind':
        if (card) card.kind = e.value;
        break;
      case 'channel':
        if (card) card.channel = e.value;
        break;
      case 'move':
        if (card) {
          card.stageId = pick(m.stages, e.stage)!.id;
          card.departmentId = pick(m.departments, e.department)!.id;
        }
        break;
      case 'slot':
        if (card) card.position = { x: e.x, y: 16 };
        break;
      case 'delete':
        if (card) dropCards((t) => t === card);
        break;
      case 'add':
        m.touchpoints.push({
          id: newId(),
          title: 'New',
          stageId: pick(m.stages, e.stage)!.id,
          departmentId: pick(m.departments, e.department)!.id,
          kind: 'service',
          channel: 'web',
          emotion: null,
          frictions: [],
          opportunities: [],
          position: { x: 16, y: 16 },
        });
        break;
      case 'friction':
        card?.frictions.push({ id: newId(), text: 'Slow', severity: 'high' });
        break;
      case 'add-stage':
        m.stages.splice(e.at % (m.stages.length + 1), 0, { id: newId(), name: 'Stage' });
        break;
      case 'delete-stage': {
        const stage = pick(m.stages, e.at)!;
        if (m.stages.length > 1) {
          m.stages = m.stages.filter((s) => s !== stage);
          dropCards((t) => t.stageId === stage.id);
        }
        break;
      }
      case 'swap-departments': {
        const i = e.at % m.departments.length;
        m.departments.push(...m.departments.splice(i, 1));
        break;
      }
      case 'map-title':
        m.title = e.text;
        break;
    }
  }
  return m;
}

const edits = fc.array(edit, { maxLength: 6 });

function expectValid(map: JourneyMap): void {
  const reread = parse(serialize(map));
  if (!reread.ok) throw new Error(JSON.stringify(reread.error));
}

describe('mergeMaps and diffMaps on random maps', () => {
  it(
    'a side that changed nothing gives the other side, and both sides alike give it too',
    () => {
      fc.assert(
        fc.property(validMap, validMap, (base, x) => {
          for (const result of [
            mergeMaps(base, x, base),
            mergeMaps(base, base, x),
            mergeMaps(base, x, x),
          ]) {
            expect(result.conflicts).toEqual([]);
            expect(diffMaps(x, result.map)).toEqual([]);
            expect(JSON.parse(serialize(result.map))).toEqual(JSON.parse(serialize(x)));
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'always gives a valid map that lists its conflicts, for edits of one map',
    () => {
      fc.assert(
        fc.property(validMap, edits, edits, (base, mine, theirs) => {
          const ours = applyEdits(base, mine, 'o');
          const their = applyEdits(base, theirs, 't');
          expectValid(ours);
          expectValid(their);
          const { map, conflicts } = mergeMaps(base, ours, their);
          expectValid(map);
          for (const conflict of conflicts) expect(map.conflicts).toContainEqual(conflict);
          // With no conflict, each side's own edits are all in the result.
          if (conflicts.length === 0) {
            const mergedIds = new Set(map.touchpoints.map((t) => t.id));
            for (const t of [...ours.touchpoints, ...their.touchpoints]) {
              if (!base.touchpoints.some((b) => b.id === t.id))
                expect(mergedIds.has(t.id)).toBe(true);
            }
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'always gives a valid map, even from three unrelated maps whose ids collide',
    () => {
      fc.assert(
        fc.property(validMap, validMap, validMap, (base, ours, theirs) => {
          const { map, conflicts } = mergeMaps(base, ours, theirs);
          expectValid(map);
          for (const conflict of conflicts) expect(map.conflicts).toContainEqual(conflict);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
