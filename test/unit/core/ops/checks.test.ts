import { describe, expect, it } from 'vitest';
import { setCheckEnabled } from '../../../../src/core/ops/checks.ts';
import { OperationError } from '../../../../src/core/ops/errors.ts';
import { serialize } from '../../../../src/core/serialize.ts';
import { deepFreeze, expectValid, sampleMap } from './fixtures.ts';

describe('setCheckEnabled', () => {
  it('switches a rule off, then on again, and leaves no checks key behind', () => {
    const map = deepFreeze(sampleMap());
    const off = expectValid(setCheckEnabled(map, 'stage-empty', false));
    expect(off.checks).toEqual({ disabled: ['stage-empty'] });
    const twice = expectValid(setCheckEnabled(off, 'row-empty', false));
    expect(twice.checks?.disabled).toEqual(['stage-empty', 'row-empty']);
    const on = setCheckEnabled(setCheckEnabled(twice, 'stage-empty', true), 'row-empty', true);
    expect('checks' in on).toBe(false);
    expect(serialize(on)).toBe(serialize(map));
  });

  it('returns the same map when the rule is already as asked', () => {
    const map = deepFreeze(sampleMap());
    expect(setCheckEnabled(map, 'stage-empty', true)).toBe(map);
    const off = deepFreeze(setCheckEnabled(map, 'stage-empty', false));
    expect(setCheckEnabled(off, 'stage-empty', false)).toBe(off);
  });

  it('keeps ids and keys of a newer version, so checks stays while they are there', () => {
    const checks = { disabled: ['from-a-newer-version', 'stage-empty'], 'x-checks': 1 };
    const map = deepFreeze({ ...sampleMap(), checks });
    const on = expectValid(setCheckEnabled(map, 'stage-empty', true));
    expect(on.checks).toEqual({ disabled: ['from-a-newer-version'], 'x-checks': 1 });
    const bare = deepFreeze({
      ...sampleMap(),
      checks: { disabled: ['stage-empty'], 'x-checks': 1 },
    });
    expect(setCheckEnabled(bare, 'stage-empty', true).checks).toEqual({
      disabled: [],
      'x-checks': 1,
    });
  });

  it('refuses to switch off a rule that does not exist, but lets an unknown one be switched on', () => {
    const map = deepFreeze({ ...sampleMap(), checks: { disabled: ['from-a-newer-version'] } });
    expect(() => setCheckEnabled(map, 'no-such-rule', false)).toThrow(OperationError);
    expect('checks' in setCheckEnabled(map, 'from-a-newer-version', true)).toBe(false);
  });
});
