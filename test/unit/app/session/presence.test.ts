import { describe, expect, it } from 'vitest';
import {
  cleanName,
  presenceColor,
  presenterOf,
  readParticipants,
  type PresenceState,
} from '../../../../src/app/session/presence.ts';

const state = (patch: Partial<PresenceState> = {}): PresenceState => ({
  name: 'Ada',
  color: '#1971c2',
  mode: 'edit',
  host: false,
  joined: 1000,
  cursor: { x: 10, y: 20 },
  selection: ['tp-1'],
  viewport: { x: 0, y: 0, zoom: 1, width: 800, height: 600 },
  ...patch,
});

describe('readParticipants', () => {
  it('keeps valid states in joining order and marks oneself', () => {
    const states = new Map<number, unknown>([
      [7, state({ name: 'Bo', joined: 3000 })],
      [3, state({ name: 'Ada', joined: 2000 })],
    ]);
    const participants = readParticipants(states, 7);
    expect(participants.map((p) => [p.name, p.clientId, p.self])).toEqual([
      ['Ada', 3, false],
      ['Bo', 7, true],
    ]);
  });

  it('leaves out malformed, nameless and hostile states', () => {
    const states = new Map<number, unknown>([
      [1, {}],
      [2, state({ name: '' })],
      [3, { ...state(), color: 'red; background: url(x)' }],
      [4, { ...state(), cursor: { x: Number.NaN, y: 0 } }],
      [5, { ...state(), selection: Array.from({ length: 500 }, (_, i) => `tp-${i}`) }],
      [6, { ...state(), viewport: { x: 0, y: 0, zoom: 0, width: 1, height: 1 } }],
      [7, 'not an object'],
      [8, state({ name: 'Cy' })],
    ]);
    expect(readParticipants(states, 0).map((p) => p.clientId)).toEqual([8]);
  });
});

describe('presenterOf', () => {
  const people = (list: [number, Partial<PresenceState>][], self = -1) =>
    readParticipants(new Map(list.map(([id, patch]) => [id, state(patch)])), self);

  it('follows the sharing desktop app before anyone who joined earlier', () => {
    const p = people([
      [1, { joined: 1 }],
      [2, { joined: 5, host: true }],
    ]);
    expect(presenterOf(p)?.clientId).toBe(2);
  });

  it('else follows the earliest editor, never a viewer, never oneself', () => {
    const p = people(
      [
        [1, { joined: 1, mode: 'view' }],
        [2, { joined: 2 }],
        [3, { joined: 3 }],
      ],
      2,
    );
    expect(presenterOf(p)?.clientId).toBe(3);
    expect(presenterOf(people([[1, { mode: 'view' }]]))).toBeNull();
  });
});

describe('small rules', () => {
  it('cleans names to one trimmed line of at most 40 characters', () => {
    expect(cleanName('  Ada \n Lovelace ')).toBe('Ada Lovelace');
    expect(cleanName('x'.repeat(60))).toHaveLength(40);
  });

  it('gives each client a palette colour', () => {
    expect(presenceColor(3)).toMatch(/^#[0-9a-f]{6}$/);
    expect(presenceColor(3)).not.toBe(presenceColor(4));
    expect(presenceColor(3, [presenceColor(3)])).toBe(presenceColor(4));
    expect(presenceColor(11, [presenceColor(3)])).toBe(presenceColor(4));
  });
});
