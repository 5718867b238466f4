import { describe, expect, it } from 'vitest';
import {
  OperationError,
  setTouchpointsEvidence,
  updateFriction,
  updateTouchpoint,
} from '../../../../src/core/ops/index.ts';
import { apply, sampleMap, tp } from './fixtures.ts';

describe('touchpoint evidence and source', () => {
  it('sets evidence and source through updateTouchpoint, and clears them with undefined', () => {
    const marked = apply(sampleMap(), (m) =>
      updateTouchpoint(m, 'tp-ad', { evidence: 'reported', source: 'Interview 4' }),
    );
    expect(tp(marked, 'tp-ad')).toMatchObject({ evidence: 'reported', source: 'Interview 4' });
    expect(tp(marked, 'tp-ad')).toHaveProperty('x-card');
    const cleared = apply(marked, (m) =>
      updateTouchpoint(m, 'tp-ad', { evidence: undefined, source: undefined }),
    );
    expect('evidence' in tp(cleared, 'tp-ad')).toBe(false);
    expect('source' in tp(cleared, 'tp-ad')).toBe(false);
  });

  it('refuses a level the format does not know', () => {
    expect(() => updateTouchpoint(sampleMap(), 'tp-ad', { evidence: 'guessed' as never })).toThrow(
      /evidence/,
    );
  });
});

describe('setTouchpointsEvidence', () => {
  it('marks several touchpoints in one new map and leaves the others alone', () => {
    const before = sampleMap();
    const map = apply(before, (m) => setTouchpointsEvidence(m, ['tp-ad', 'tp-call'], 'assumed'));
    expect(tp(map, 'tp-ad').evidence).toBe('assumed');
    expect(tp(map, 'tp-call').evidence).toBe('assumed');
    const others = map.touchpoints.filter((t) => t.id !== 'tp-ad' && t.id !== 'tp-call');
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      expect('evidence' in other).toBe(false);
      expect(other).toBe(before.touchpoints.find((t) => t.id === other.id));
    }
  });

  it('clears evidence by removing the key, keeping unknown keys', () => {
    const marked = setTouchpointsEvidence(sampleMap(), ['tp-ad'], 'observed');
    const cleared = apply(marked, (m) => setTouchpointsEvidence(m, ['tp-ad'], undefined));
    expect('evidence' in tp(cleared, 'tp-ad')).toBe(false);
    expect(tp(cleared, 'tp-ad')).toHaveProperty('x-card', { keep: 'me' });
  });

  it('returns the same map when nothing changes, so no empty undo step is made', () => {
    const marked = setTouchpointsEvidence(sampleMap(), ['tp-ad'], 'reported');
    expect(setTouchpointsEvidence(marked, ['tp-ad'], 'reported')).toBe(marked);
    expect(setTouchpointsEvidence(marked, [], 'assumed')).toBe(marked);
  });

  it('keeps an unchanged card object when only some of the selection changes', () => {
    const marked = setTouchpointsEvidence(sampleMap(), ['tp-ad'], 'assumed');
    const both = setTouchpointsEvidence(marked, ['tp-ad', 'tp-call'], 'assumed');
    expect(tp(both, 'tp-ad')).toBe(tp(marked, 'tp-ad'));
    expect(tp(both, 'tp-call').evidence).toBe('assumed');
  });

  it('refuses an unknown touchpoint', () => {
    expect(() => setTouchpointsEvidence(sampleMap(), ['tp-nope'], 'assumed')).toThrow(
      OperationError,
    );
  });
});

describe('friction evidence', () => {
  it('sets and clears a friction’s evidence', () => {
    const marked = apply(sampleMap(), (m) => updateFriction(m, 'fr-1', { evidence: 'assumed' }));
    expect(tp(marked, 'tp-ad').frictions[0]).toEqual({
      id: 'fr-1',
      text: 'Too loud',
      severity: 'low',
      evidence: 'assumed',
      'x-fr': 'f',
    });
    const cleared = apply(marked, (m) => updateFriction(m, 'fr-1', { evidence: undefined }));
    expect('evidence' in tp(cleared, 'tp-ad').frictions[0]!).toBe(false);
  });
});
