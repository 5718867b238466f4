import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { applyMapToDoc, mapToDoc, readMapFromDoc } from '../../../src/session/doc-binding.ts';
import { mapOf, touchpointOf } from '../map-parts.ts';

const base: JourneyMap = mapOf({
  title: 'Hotel stay',
  stages: [
    { id: 's1', name: 'Book' },
    { id: 's2', name: 'Stay' },
  ],
  departments: [
    { id: 'd1', name: 'Front desk', color: '#336699' },
    { id: 'd2', name: 'Kitchen', color: '#993366' },
  ],
  touchpoints: [
    touchpointOf('t1', 's1', 'd1', { title: 'Booking', kind: 'service', position: { x: 0, y: 0 } }),
    touchpointOf('t2', 's2', 'd2', {
      title: 'Breakfast',
      channel: 'in-person',
      emotion: 1,
      position: { x: 10, y: 0 },
    }),
  ],
  connections: [{ id: 'c1', from: 't1', to: 't2' }],
  rows: [
    { id: 'r-emotion', type: 'emotion' },
    { id: 'r-d1', type: 'department', departmentId: 'd1' },
    { id: 'r-d2', type: 'department', departmentId: 'd2' },
    { id: 'r-notes', type: 'notes', name: 'Notes' },
  ],
  notes: [{ id: 'n1', rowId: 'r-notes', stageId: 's2', text: 'Ask about allergies' }],
  comments: [
    {
      id: 'k1',
      target: { type: 'touchpoint', id: 't2' },
      author: 'Ana',
      text: 'Too slow?',
      createdAt: '2026-01-01T00:00:00.000Z',
      resolved: false,
    },
  ],
});

function read(doc: Y.Doc): { map: JourneyMap; notes: string[] } {
  const result = readMapFromDoc(doc);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

/** Two participants make `a` and `b` from the same map without seeing each other, then meet. */
function concurrently(a: (map: JourneyMap) => JourneyMap, b: (map: JourneyMap) => JourneyMap) {
  const first = new Y.Doc();
  mapToDoc(base, first);
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  applyMapToDoc(first, a(read(first).map));
  applyMapToDoc(second, b(read(second).map));
  Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  const merged = read(first);
  // Every client repairs the same way, and the result is a map the file reader accepts.
  expect(serialize(read(second).map)).toBe(serialize(merged.map));
  expect(parse(serialize(merged.map)).ok).toBe(true);
  return merged;
}

const without = <T extends { id: string }>(items: T[], id: string): T[] =>
  items.filter((item) => item.id !== id);

describe('session repairs of concurrent edits', () => {
  it('moves a touchpoint whose stage another participant deleted to the first stage', () => {
    const { map, notes } = concurrently(
      (m) => ({
        ...m,
        stages: without(m.stages, 's2'),
        touchpoints: without(m.touchpoints, 't2'),
        connections: [],
        notes: [],
        comments: [],
      }),
      (m) => ({ ...m, touchpoints: m.touchpoints.map((t) => ({ ...t, stageId: 's2' })) }),
    );
    expect(map.stages.map((s) => s.id)).toEqual(['s1']);
    expect(map.touchpoints.map((t) => [t.id, t.stageId])).toEqual([['t1', 's1']]);
    expect(notes.join(' ')).toMatch(/deleted stage/);
  });

  it('drops the row of a removed department and moves its new card to the first one', () => {
    const { map } = concurrently(
      (m) => ({
        ...m,
        departments: without(m.departments, 'd2'),
        rows: without(m.rows!, 'r-d2'),
        touchpoints: without(m.touchpoints, 't2'),
        connections: [],
        comments: [],
      }),
      (m) => ({
        ...m,
        touchpoints: [...m.touchpoints, { ...m.touchpoints[0]!, id: 't3', departmentId: 'd2' }],
        rows: [...m.rows!, { id: 'r-d2-again', type: 'department', departmentId: 'd2' }],
      }),
    );
    expect(map.rows!.map((r) => r.id)).toEqual(['r-emotion', 'r-d1', 'r-notes']);
    expect(map.touchpoints.find((t) => t.id === 't3')!.departmentId).toBe('d1');
  });

  it('drops a connection to a deleted card, a note of a deleted row and a reply to a deleted thread', () => {
    const { map } = concurrently(
      (m) => ({
        ...m,
        touchpoints: without(m.touchpoints, 't2'),
        connections: [],
        rows: without(m.rows!, 'r-notes'),
        notes: [],
        comments: [],
      }),
      (m) => ({
        ...m,
        connections: [...m.connections, { id: 'c2', from: 't2', to: 't1' }],
        notes: [...m.notes!, { id: 'n2', rowId: 'r-notes', stageId: 's1', text: 'More' }],
        comments: [...m.comments!, { ...m.comments![0]!, id: 'k2', text: 'Yes', replyTo: 'k1' }],
      }),
    );
    expect(map.connections).toEqual([]);
    expect(map.notes).toEqual([]);
    // The reply lost its thread and its card: it opens a thread on the map itself.
    expect(map.comments!.map((c) => [c.id, c.replyTo, c.target.type])).toEqual([
      ['k2', undefined, 'map'],
    ]);
  });

  it('keeps one record when two participants give two sorts of record one id', () => {
    const { map, notes } = concurrently(
      (m) => ({ ...m, stages: [...m.stages, { id: 'x', name: 'Leave' }] }),
      (m) => ({ ...m, touchpoints: [...m.touchpoints, { ...m.touchpoints[0]!, id: 'x' }] }),
    );
    expect(map.stages.map((s) => s.id)).toContain('x');
    expect(map.touchpoints.map((t) => t.id)).not.toContain('x');
    expect(notes.join(' ')).toMatch(/used twice/);
  });

  it('puts a stage back when two participants delete the last two at once', () => {
    const { map } = concurrently(
      (m) => ({ ...m, stages: without(m.stages, 's1') }),
      (m) => ({ ...m, stages: without(m.stages, 's2') }),
    );
    expect(map.stages).toHaveLength(1);
    expect(new Set(map.touchpoints.map((t) => t.stageId))).toEqual(new Set([map.stages[0]!.id]));
  });

  it('lists a card moved by two participants at once only once', () => {
    const { map } = concurrently(
      (m) => ({ ...m, stages: [...m.stages].reverse() }),
      (m) => ({ ...m, stages: [...m.stages].reverse(), title: 'Renamed' }),
    );
    expect(map.stages.map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(map.title).toBe('Renamed');
  });
});
