import { describe, expect, it } from 'vitest';
import {
  OperationError,
  clearPersona,
  setDescription,
  setNps,
  setPersona,
  setTitle,
  touchUpdatedAt,
} from '../../../../src/core/ops/index.ts';
import { NOW, apply, sampleMap } from './fixtures.ts';

describe('setTitle', () => {
  it('sets the title and keeps everything else, unknown keys included', () => {
    const map = apply(sampleMap(), (m) => setTitle(m, 'Buying a sofa'));
    expect(map.title).toBe('Buying a sofa');
    expect(map).toMatchObject({
      'x-future': { nested: [1, 2] },
      updatedAt: '2026-01-02T00:00:00Z',
    });
  });

  it('refuses an empty or too long title', () => {
    expect(() => setTitle(sampleMap(), '')).toThrow(OperationError);
    expect(() => setTitle(sampleMap(), 'x'.repeat(201))).toThrow(/at most 200 characters/);
    expect(setTitle(sampleMap(), 'x'.repeat(200)).title).toHaveLength(200);
  });
});

describe('setDescription', () => {
  it('sets the description as given, and removes it with undefined', () => {
    const withText = apply(sampleMap(), (m) => setDescription(m, ' Two lines\nof text '));
    expect(withText.description).toBe(' Two lines\nof text ');
    const without = apply(withText, (m) => setDescription(m, undefined));
    expect('description' in without).toBe(false);
    expect(without).toHaveProperty('x-future');
  });
});

describe('setPersona / clearPersona', () => {
  it('merges into the persona, keeping its unknown keys', () => {
    const map = apply(sampleMap(), (m) => setPersona(m, { quote: 'Just make it easy' }));
    expect(map.persona).toEqual({
      name: 'Ana',
      goals: ['buy a sofa'],
      quote: 'Just make it easy',
      'x-persona': 'kept',
    });
  });

  it('removes a field set to undefined', () => {
    const map = apply(sampleMap(), (m) => setPersona(m, { goals: undefined }));
    expect(map.persona).toEqual({ name: 'Ana', 'x-persona': 'kept' });
  });

  it('creates a persona when there is none', () => {
    const none = apply(sampleMap(), clearPersona);
    expect('persona' in none).toBe(false);
    expect(apply(none, (m) => setPersona(m, { name: 'Bo' })).persona).toEqual({ name: 'Bo' });
    expect(apply(none, (m) => setPersona(m, { quote: 'Hi' })).persona).toEqual({
      name: '',
      quote: 'Hi',
    });
  });

  it('refuses fields of the wrong type', () => {
    expect(() => setPersona(sampleMap(), { goals: 'many' as never })).toThrow(/goals/);
    expect(() => setPersona(sampleMap(), { name: undefined })).toThrow(/name/);
  });
});

describe('setNps', () => {
  it('accepts whole numbers from -100 to 100, and null', () => {
    expect(apply(sampleMap(), (m) => setNps(m, -100)).nps).toBe(-100);
    expect(apply(sampleMap(), (m) => setNps(m, 100)).nps).toBe(100);
    expect(apply(sampleMap(), (m) => setNps(m, null)).nps).toBeNull();
  });

  it.each([101, -101, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (nps) => {
    expect(() => setNps(sampleMap(), nps)).toThrow(OperationError);
  });
});

describe('touchUpdatedAt', () => {
  it('sets updatedAt only', () => {
    const map = apply(sampleMap(), (m) => touchUpdatedAt(m, NOW));
    expect(map.updatedAt).toBe(NOW);
    expect(map.createdAt).toBe('2026-01-01T00:00:00Z');
  });

  it('refuses anything but an ISO-8601 date-time', () => {
    expect(() => touchUpdatedAt(sampleMap(), 'yesterday')).toThrow(/ISO-8601/);
    expect(() => touchUpdatedAt(sampleMap(), '2026-03-01')).toThrow(OperationError);
  });
});
