import { describe, expect, it } from 'vitest';
import {
  OperationError,
  addConnection,
  findConnection,
  removeConnections,
  setConnectionLabel,
} from '../../../../src/core/ops/index.ts';
import { apply, ids, sampleMap } from './fixtures.ts';

describe('addConnection', () => {
  it('connects two touchpoints, with an optional label and id', () => {
    const map = apply(sampleMap(), (m) => addConnection(m, 'tp-ad', 'tp-call'));
    expect(map.connections.at(-1)).toEqual({ id: 'cn-4', from: 'tp-ad', to: 'tp-call' });
    const labelled = apply(sampleMap(), (m) =>
      addConnection(m, 'tp-call', 'tp-ad', 'calls back', 'cn-back'),
    );
    expect(labelled.connections.at(-1)).toEqual({
      id: 'cn-back',
      from: 'tp-call',
      to: 'tp-ad',
      label: 'calls back',
    });
  });

  it('returns the same map for a duplicate, whatever its label; the reverse is not one', () => {
    const map = sampleMap();
    expect(addConnection(map, 'tp-ad', 'tp-web')).toBe(map);
    expect(addConnection(map, 'tp-ad', 'tp-web', 'other label')).toBe(map);
    expect(apply(map, (m) => addConnection(m, 'tp-web', 'tp-ad')).connections).toHaveLength(4);
  });

  it.each([
    ['tp-x', 'tp-ad', /No touchpoint has the id "tp-x"/],
    ['tp-ad', 'tp-x', /No touchpoint has the id "tp-x"/],
    ['tp-ad', 'st-a', /No touchpoint/],
    ['tp-ad', 'tp-ad', /cannot connect to itself/],
  ])('refuses %s -> %s', (from, to, message) => {
    expect(() => addConnection(sampleMap(), from, to)).toThrow(OperationError);
    expect(() => addConnection(sampleMap(), from, to)).toThrow(message);
  });

  it('refuses a taken or malformed id', () => {
    expect(() => addConnection(sampleMap(), 'tp-ad', 'tp-call', undefined, 'fr-1')).toThrow(
      /already used/,
    );
    expect(() => addConnection(sampleMap(), 'tp-ad', 'tp-call', undefined, '')).toThrow(
      /not a valid id/,
    );
  });
});

describe('findConnection', () => {
  it('finds by direction', () => {
    expect(findConnection(sampleMap(), 'tp-ad', 'tp-web')?.id).toBe('cn-1');
    expect(findConnection(sampleMap(), 'tp-web', 'tp-ad')).toBeUndefined();
  });
});

describe('removeConnections', () => {
  it('removes the given connections only', () => {
    const map = apply(sampleMap(), (m) => removeConnections(m, ['cn-1', 'cn-3']));
    expect(ids(map.connections)).toEqual(['cn-2']);
    expect(map.touchpoints).toHaveLength(4);
  });

  it('returns the map itself for none, and refuses unknown ids', () => {
    const map = sampleMap();
    expect(removeConnections(map, [])).toBe(map);
    expect(() => removeConnections(map, ['cn-1', 'tp-ad'])).toThrow(/No connection/);
  });
});

describe('setConnectionLabel', () => {
  it('sets and removes a label, keeping unknown keys', () => {
    const map = apply(sampleMap(), (m) => setConnectionLabel(m, 'cn-1', 'taps'));
    expect(map.connections[0]).toEqual({
      id: 'cn-1',
      from: 'tp-ad',
      to: 'tp-web',
      label: 'taps',
      'x-cn': 0,
    });
    const cleared = apply(map, (m) => setConnectionLabel(m, 'cn-1', undefined));
    expect(cleared.connections[0]).toEqual({ id: 'cn-1', from: 'tp-ad', to: 'tp-web', 'x-cn': 0 });
  });

  it('refuses an unknown id or a label that is not a text', () => {
    expect(() => setConnectionLabel(sampleMap(), 'cn-x', 'a')).toThrow(OperationError);
    expect(() => setConnectionLabel(sampleMap(), 'cn-1', 3 as never)).toThrow(/label/);
  });
});
