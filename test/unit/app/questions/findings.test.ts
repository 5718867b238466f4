import { describe, expect, it } from 'vitest';
import {
  countByRule,
  findingsOf,
  groupFindings,
  knownFindingsOf,
} from '../../../../src/app/panels/questions/findings.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';
import { quietMap, withTouchpoint } from '../../core/checks/map-builder.ts';

/** Tp-3 (Buy) unrated, an empty stage Use, an empty People row. */
function mapWithFindings(): JourneyMap {
  const base = quietMap({
    stages: [...quietMap().stages, { id: 'st-c', name: 'Use' }],
    departments: [...quietMap().departments, { id: 'dep-p', name: 'People', color: '#3fa3a3' }],
  });
  return withTouchpoint(base, 'tp-3', { emotion: null });
}

describe('the questions panel findings', () => {
  it('checks a map once, and knows nothing of a map it was not asked about', () => {
    const map = mapWithFindings();
    expect(knownFindingsOf(map)).toBeUndefined();
    const first = findingsOf(map);
    expect(findingsOf(map)).toBe(first);
    expect(knownFindingsOf(map)).toBe(first);
    expect(knownFindingsOf({ ...map })).toBeUndefined();
  });

  it('groups by stage in map order, the whole-row findings last', () => {
    const map = mapWithFindings();
    const groups = groupFindings(map, findingsOf(map), 'stage');
    expect(groups.map((g) => [g.title, g.findings.map((f) => f.rule)])).toEqual([
      ['Buy', ['touchpoint-no-emotion']],
      ['Use', ['stage-empty']],
      ['Rows', ['row-empty']],
    ]);
  });

  it('groups by rule in the table order, and counts per rule', () => {
    const map = mapWithFindings();
    const groups = groupFindings(map, findingsOf(map), 'rule');
    expect(groups.map((g) => [g.key, g.findings.length])).toEqual([
      ['touchpoint-no-emotion', 1],
      ['stage-empty', 1],
      ['row-empty', 1],
    ]);
    expect(groups[0]!.title).toBe('Touchpoints without an emotion');
    expect(Object.fromEntries(countByRule(findingsOf(map)))).toEqual({
      'touchpoint-no-emotion': 1,
      'stage-empty': 1,
      'row-empty': 1,
    });
  });
});
