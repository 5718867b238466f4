import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../../src/core/diff.ts';
import { LIMITS } from '../../../../src/core/model.ts';
import {
  OperationError,
  futureStateTitle,
  makeFutureStateCopy,
  setMapState,
} from '../../../../src/core/ops/index.ts';
import { NOW, deepFreeze, expectValid, sampleMap } from './fixtures.ts';

describe('makeFutureStateCopy', () => {
  it('copies every element with its id under a new map id, state future, basedOn the original', () => {
    const map = deepFreeze(sampleMap());
    const copy = expectValid(makeFutureStateCopy(map, { id: 'sample-future', now: NOW }));
    expect(copy.id).toBe('sample-future');
    expect(copy.title).toBe('Sample journey (future state)');
    expect(copy.state).toBe('future');
    expect(copy.basedOn).toEqual({ id: 'sample', title: 'Sample journey' });
    expect(copy.createdAt).toBe(NOW);
    expect(copy.updatedAt).toBe(NOW);
    // Element for element the same map: the diff sees only the map's own keys change.
    const fields = diffMaps(map, copy).map((c) => (c.change === 'field' ? c.field : c.change));
    expect(fields.sort()).toEqual(['basedOn', 'createdAt', 'id', 'state', 'title', 'updatedAt']);
    // Unknown keys travel with the copy; the copy shares no object with the original.
    expect((copy.touchpoints[0] as unknown as Record<string, unknown>)['x-card']).toEqual(
      (map.touchpoints[0] as unknown as Record<string, unknown>)['x-card'],
    );
    expect(copy.touchpoints[0]).not.toBe(map.touchpoints[0]);
  });

  it('refuses a bad id or date', () => {
    const map = sampleMap();
    expect(() => makeFutureStateCopy(map, { id: 'no spaces', now: NOW })).toThrow(OperationError);
    expect(() => makeFutureStateCopy(map, { id: 'ok', now: 'yesterday' })).toThrow(OperationError);
  });

  it('keeps the title within the limit and does not say future state twice', () => {
    const long = 'x'.repeat(LIMITS.titleLength);
    const title = futureStateTitle(long);
    expect(title.length).toBe(LIMITS.titleLength);
    expect(title.endsWith(' (future state)')).toBe(true);
    expect(futureStateTitle('Trip (future state)')).toBe('Trip (future state)');
    const map = { ...sampleMap(), title: long };
    expectValid(makeFutureStateCopy(map, { id: 'long', now: NOW }));
  });
});

describe('setMapState', () => {
  it('writes future as a key and current as no key (the default)', () => {
    const map = deepFreeze(sampleMap());
    const future = expectValid(setMapState(map, 'future'));
    expect(future.state).toBe('future');
    const current = expectValid(setMapState(future, 'current'));
    expect('state' in current).toBe(false);
    expect(setMapState(map, 'current')).toBe(map);
    expect(setMapState(future, 'future')).toBe(future);
  });
});
