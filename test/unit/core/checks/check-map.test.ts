import { describe, expect, it } from 'vitest';
import { checkMap, CHECK_RULE_LIST, CHECK_RULES } from '../../../../src/core/checks/index.ts';
import { CHECK_RULE_IDS } from '../../../../src/core/checks/rules.ts';
import { parse } from '../../../../src/core/parse.ts';
import { serialize } from '../../../../src/core/serialize.ts';
import { quietMap, withTouchpoint } from './map-builder.ts';

describe('checkMap', () => {
  it('finds nothing in a map that breaks no rule, and the map is a valid file', () => {
    const map = quietMap();
    expect(parse(serialize(map)).ok).toBe(true);
    expect(checkMap(map)).toEqual([]);
  });

  it('gives each finding its rule, severity from the table, path, words and target', () => {
    const map = withTouchpoint(quietMap(), 'tp-3', { emotion: null, title: 'Pays' });
    expect(checkMap(map)).toEqual([
      {
        rule: 'touchpoint-no-emotion',
        severity: CHECK_RULES['touchpoint-no-emotion'].severity,
        path: 'touchpoints[2]',
        message: '"Pays" has no emotion yet: how does the customer feel here?',
        target: { type: 'touchpoint', id: 'tp-3' },
        stageId: 'st-b',
      },
    ]);
  });

  it('skips the rules switched off for the map and keeps ids it does not know', () => {
    const map = withTouchpoint(quietMap(), 'tp-3', { emotion: null });
    const off = { ...map, checks: { disabled: ['touchpoint-no-emotion', 'from-a-newer-version'] } };
    expect(checkMap(off)).toEqual([]);
    const other = { ...map, checks: { disabled: ['stage-empty', 'from-a-newer-version'] } };
    expect(checkMap(other).map((f) => f.rule)).toEqual(['touchpoint-no-emotion']);
    expect(parse(serialize(off)).ok).toBe(true);
  });

  it('lists findings rule by rule in table order', () => {
    const map = withTouchpoint(
      quietMap({ stages: [...quietMap().stages, { id: 'st-c', name: 'Use' }] }),
      'tp-4',
      {
        emotion: null,
      },
    );
    expect(checkMap(map).map((f) => f.rule)).toEqual(['touchpoint-no-emotion', 'stage-empty']);
  });

  it('has words for every rule, none of them empty', () => {
    expect(CHECK_RULE_LIST.map((r) => r.id)).toEqual([...CHECK_RULE_IDS]);
    for (const rule of CHECK_RULE_LIST) {
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.hint).toMatch(/\.$/);
    }
  });
});
