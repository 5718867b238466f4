/**
 * The findings of the open map, computed at most once per version of the map (the store
 * gives every edit a new map object) and only when something shows them: the tab's count and
 * the panel share one run. The groups the panel lists, by stage or by rule.
 */
import { CHECK_RULE_LIST, checkMap, type Finding } from '../../../core/checks/index.ts';
import type { JourneyMap } from '../../../core/model.ts';

const cache = new WeakMap<JourneyMap, Finding[]>();

/** The findings already computed for this very map, if any: never a stale count. */
export function knownFindingsOf(map: JourneyMap): Finding[] | undefined {
  return cache.get(map);
}

export function findingsOf(map: JourneyMap): Finding[] {
  let findings = cache.get(map);
  if (findings === undefined) {
    findings = checkMap(map);
    cache.set(map, findings);
  }
  return findings;
}

export type Grouping = 'stage' | 'rule';

export interface FindingGroup {
  key: string;
  title: string;
  findings: Finding[];
}

/** By stage in map order, then the findings about whole rows; or by rule in table order. */
export function groupFindings(
  map: JourneyMap,
  findings: readonly Finding[],
  by: Grouping,
): FindingGroup[] {
  const groups =
    by === 'rule'
      ? CHECK_RULE_LIST.map((rule) => ({ key: rule.id, title: rule.title, match: rule.id }))
      : [
          ...map.stages.map((stage) => ({ key: stage.id, title: stage.name, match: stage.id })),
          { key: ' rows', title: 'Rows', match: undefined },
        ];
  const keyOf = (f: Finding) => (by === 'rule' ? f.rule : f.stageId);
  return groups.flatMap(({ key, title, match }) => {
    const found = findings.filter((f) => keyOf(f) === match);
    return found.length === 0 ? [] : [{ key, title, findings: found }];
  });
}

/** How many findings each rule has, for the switches. */
export function countByRule(findings: readonly Finding[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}
