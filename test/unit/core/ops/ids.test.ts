import { describe, expect, it } from 'vitest';
import {
  OperationError,
  allIds,
  idAllocator,
  slugify,
  uniqueId,
} from '../../../../src/core/ops/index.ts';
import { card, frozenSample, sampleMap } from './fixtures.ts';

describe('allIds', () => {
  it('lists the ids of every sort of record, not the map id', () => {
    const ids = allIds(frozenSample());
    expect([...ids].sort()).toEqual(
      [
        'st-a',
        'st-b',
        'st-c',
        'dep-m',
        'dep-s',
        'tp-ad',
        'tp-web',
        'tp-buy',
        'tp-call',
        'fr-1',
        'fr-2',
        'op-1',
        'cn-1',
        'cn-2',
        'cn-3',
      ].sort(),
    );
    expect(ids.has('sample')).toBe(false);
  });
});

describe('uniqueId', () => {
  it('gives the smallest free prefix-N across all sorts of record', () => {
    const map = frozenSample();
    expect(uniqueId(map, 'tp')).toBe('tp-1');
    // fr-1 and fr-2 are frictions, cn-1..3 connections: all are taken whatever their sort.
    expect(uniqueId(map, 'fr')).toBe('fr-3');
    expect(uniqueId(map, 'cn')).toBe('cn-4');
  });

  it('fills a gap before going higher', () => {
    const map = sampleMap();
    map.touchpoints = [card({ id: 'x-1' }), card({ id: 'x-3' })];
    expect(uniqueId(map, 'x')).toBe('x-2');
  });

  it('refuses a prefix that cannot make a valid id', () => {
    expect(() => uniqueId(sampleMap(), 'a b')).toThrow(OperationError);
    expect(() => uniqueId(sampleMap(), '')).toThrow(OperationError);
    expect(() => uniqueId(sampleMap(), 'p'.repeat(49))).toThrow(OperationError);
  });
});

describe('idAllocator', () => {
  it('never hands out the same id twice', () => {
    const ids = idAllocator(frozenSample());
    expect([ids.next('fr'), ids.next('fr'), ids.next('op')]).toEqual(['fr-3', 'fr-4', 'op-2']);
  });

  it('claims ids chosen by the caller, refusing taken or malformed ones', () => {
    const ids = idAllocator(frozenSample());
    expect(ids.claim('tp-1')).toBe('tp-1');
    expect(ids.next('tp')).toBe('tp-2');
    expect(() => ids.claim('tp-1')).toThrow(/already used/);
    expect(() => ids.claim('st-a')).toThrow(/already used/);
    expect(() => ids.claim('has space')).toThrow(/not a valid id/);
    expect(() => ids.claim('x'.repeat(65))).toThrow(OperationError);
  });

  it('makes ids from names, numbering clashes and falling back for names without letters', () => {
    const ids = idAllocator(frozenSample());
    expect(ids.fromName('st', 'Customer Service')).toBe('st-customer-service');
    expect(ids.fromName('st', 'Customer service!')).toBe('st-customer-service-2');
    expect(ids.fromName('st', 'Über Café')).toBe('st-uber-cafe');
    expect(ids.fromName('st', '購入')).toBe('st-1');
  });
});

describe('slugify', () => {
  it('keeps ASCII letters and digits, joined by single dashes', () => {
    expect(slugify('  Post-purchase  follow up (2) ')).toBe('post-purchase-follow-up-2');
    expect(slugify('x'.repeat(100))).toHaveLength(40);
  });
});
