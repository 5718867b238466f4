import { describe, expect, it } from 'vitest';
import {
  OperationError,
  addFriction,
  addOpportunity,
  removeFriction,
  removeOpportunity,
  updateFriction,
  updateOpportunity,
} from '../../../../src/core/ops/index.ts';
import { apply, sampleMap, tp } from './fixtures.ts';

describe('frictions', () => {
  it('adds a friction with a fresh id, medium by default', () => {
    const map = apply(sampleMap(), (m) => addFriction(m, 'tp-web', 'Slow page'));
    expect(tp(map, 'tp-web').frictions).toEqual([
      { id: 'fr-3', text: 'Slow page', severity: 'medium' },
    ]);
    const high = apply(map, (m) => addFriction(m, 'tp-web', 'Crashes', 'high', 'fr-crash'));
    expect(tp(high, 'tp-web').frictions.at(-1)).toEqual({
      id: 'fr-crash',
      text: 'Crashes',
      severity: 'high',
    });
  });

  it('updates a friction by its id alone, keeping unknown keys', () => {
    const map = apply(sampleMap(), (m) => updateFriction(m, 'fr-1', { severity: 'high' }));
    expect(tp(map, 'tp-ad').frictions).toEqual([
      { id: 'fr-1', text: 'Too loud', severity: 'high', 'x-fr': 'f' },
    ]);
    expect(tp(map, 'tp-ad')).toHaveProperty('x-card');
  });

  it('removes a friction', () => {
    const map = apply(sampleMap(), (m) => removeFriction(m, 'fr-2'));
    expect(tp(map, 'tp-call').frictions).toEqual([]);
  });

  it.each([
    ['an empty text', () => addFriction(sampleMap(), 'tp-ad', ''), /text/],
    [
      'a 501-character text',
      () => addFriction(sampleMap(), 'tp-ad', 'x'.repeat(501)),
      /at most 500/,
    ],
    [
      'an unknown severity',
      () => addFriction(sampleMap(), 'tp-ad', 'a', 'huge' as never),
      /severity/,
    ],
    ['an unknown touchpoint', () => addFriction(sampleMap(), 'tp-x', 'a'), /No touchpoint/],
    ['a taken id', () => addFriction(sampleMap(), 'tp-ad', 'a', 'low', 'op-1'), /already used/],
    [
      'an unknown friction',
      () => updateFriction(sampleMap(), 'fr-x', { text: 'a' }),
      /No friction/,
    ],
    ['an opportunity id', () => updateFriction(sampleMap(), 'op-1', { text: 'a' }), /No friction/],
    ['an empty update', () => updateFriction(sampleMap(), 'fr-1', { text: '' }), /text/],
    ['removing the text', () => updateFriction(sampleMap(), 'fr-1', { text: undefined }), /text/],
    ['removing an unknown one', () => removeFriction(sampleMap(), 'fr-x'), /No friction/],
  ])('refuses %s', (_name, op, message) => {
    expect(op).toThrow(OperationError);
    expect(op).toThrow(message);
  });
});

describe('opportunities', () => {
  it('adds, updates and removes an opportunity', () => {
    let map = apply(sampleMap(), (m) => addOpportunity(m, 'tp-call', 'Call back instead'));
    expect(tp(map, 'tp-call').opportunities).toEqual([{ id: 'op-2', text: 'Call back instead' }]);
    map = apply(map, (m) => updateOpportunity(m, 'op-1', { text: 'Show prices up front' }));
    expect(tp(map, 'tp-ad').opportunities).toEqual([
      { id: 'op-1', text: 'Show prices up front', 'x-op': 'o' },
    ]);
    map = apply(map, (m) => removeOpportunity(m, 'op-2'));
    expect(tp(map, 'tp-call').opportunities).toEqual([]);
  });

  it.each([
    ['an empty text', () => addOpportunity(sampleMap(), 'tp-ad', ''), /text/],
    ['a 501-character text', () => addOpportunity(sampleMap(), 'tp-ad', 'x'.repeat(501)), /text/],
    ['an unknown touchpoint', () => addOpportunity(sampleMap(), 'tp-x', 'a'), /No touchpoint/],
    [
      'a friction id',
      () => updateOpportunity(sampleMap(), 'fr-1', { text: 'a' }),
      /No opportunity/,
    ],
    ['an empty update', () => updateOpportunity(sampleMap(), 'op-1', { text: '' }), /text/],
    ['removing an unknown one', () => removeOpportunity(sampleMap(), 'op-x'), /No opportunity/],
  ])('refuses %s', (_name, op, message) => {
    expect(op).toThrow(OperationError);
    expect(op).toThrow(message);
  });
});
