/** A small map with unknown keys at every level, and helpers to run ops on frozen input. */
import { expect } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../../../src/core/model.ts';
import { parse, describeParseFailure } from '../../../../src/core/parse.ts';
import { serialize } from '../../../../src/core/serialize.ts';
import { touchpointOf } from '../../map-parts.ts';

export const NOW = '2026-03-01T09:30:00Z';

/** Recursively freezes `value`, so any mutation by an op throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}

/** Fails with the parser's own words unless the map survives a save and a reopen. */
export function expectValid(map: JourneyMap): JourneyMap {
  const result = parse(serialize(map));
  if (!result.ok) expect.fail(describeParseFailure(result.error).join('\n'));
  expect(result.ok).toBe(true);
  return map;
}

export const card = (overrides: Partial<Touchpoint> & Pick<Touchpoint, 'id'>): Touchpoint =>
  touchpointOf(overrides.id, 'st-a', 'dep-m', { title: `Card ${overrides.id}`, ...overrides });

/**
 * Three stages, two departments; cell (st-a, dep-m) holds tp-ad and tp-web,
 * tp-ad -> tp-web -> tp-buy -> tp-call. Every object carries an unknown `x-*` key.
 */
export function sampleMap(): JourneyMap {
  // Variables, not literals in place: unknown keys would trip TypeScript's excess-key check.
  const friction = { id: 'fr-1', text: 'Too loud', severity: 'low' as const, 'x-fr': 'f' };
  const opportunity = { id: 'op-1', text: 'Show prices', 'x-op': 'o' };
  const position = { x: 16, y: 16, 'x-pos': 'p' };
  const map = {
    format: 'touchmap',
    version: 1,
    id: 'sample',
    title: 'Sample journey',
    persona: { name: 'Ana', goals: ['buy a sofa'], 'x-persona': 'kept' },
    nps: 10,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    'x-future': { nested: [1, 2] },
    stages: [
      { id: 'st-a', name: 'Awareness', 'x-stage': 1 },
      { id: 'st-b', name: 'Purchase' },
      { id: 'st-c', name: 'Support' },
    ],
    departments: [
      { id: 'dep-m', name: 'Marketing', color: '#d9734e', 'x-dept': true },
      { id: 'dep-s', name: 'Customer Service', color: '#3f88c5' },
    ],
    touchpoints: [
      {
        ...card({
          id: 'tp-ad',
          title: 'Instagram ad',
          channel: 'social',
          emotion: 1,
          frictions: [friction],
          opportunities: [opportunity],
          position,
        }),
        'x-card': { keep: 'me' },
      },
      card({ id: 'tp-web', title: 'Website', position: { x: 16, y: 128 } }),
      card({ id: 'tp-buy', title: 'Checkout', stageId: 'st-b', emotion: -1 }),
      card({
        id: 'tp-call',
        title: 'Phone support',
        stageId: 'st-c',
        departmentId: 'dep-s',
        kind: 'service',
        channel: 'phone',
        emotion: -2,
        csat: 2,
        frictions: [{ id: 'fr-2', text: 'Long wait', severity: 'high' }],
      }),
    ],
    connections: [
      { id: 'cn-1', from: 'tp-ad', to: 'tp-web', label: 'clicks', 'x-cn': 0 },
      { id: 'cn-2', from: 'tp-web', to: 'tp-buy' },
      { id: 'cn-3', from: 'tp-buy', to: 'tp-call' },
    ],
  };
  return expectValid(map as JourneyMap);
}

/** The sample map, deep-frozen: ops must copy, never mutate. */
export const frozenSample = (): JourneyMap => deepFreeze(sampleMap());

/** Runs an op on a frozen copy of `map`, checks the result is a valid map, and returns it. */
export function apply(map: JourneyMap, op: (input: JourneyMap) => JourneyMap): JourneyMap {
  const before = serialize(map);
  const result = op(deepFreeze(map));
  expect(serialize(map)).toBe(before);
  return expectValid(result);
}

/** A record of the map by id, for terse assertions. */
export function tp(map: JourneyMap, id: string): Touchpoint {
  const found = map.touchpoints.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no touchpoint ${id} in the test map`);
  return found;
}

export const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);
