/** What a map check finds, and the indexes every rule reads (built once per check run). */
import type { JourneyMap, Note, Row, Touchpoint } from '../model.ts';
import { isImpliedRowId, resolveRows } from '../rows.ts';
import { CHECK_RULES, type CheckRuleId, type CheckSeverity } from './rules.ts';

/** What to select on the map to show a finding. A `row` is a customer, evidence, thoughts or notes row. */
export type FindingTargetType = 'touchpoint' | 'stage' | 'department' | 'row';

export interface Finding {
  rule: CheckRuleId;
  severity: CheckSeverity;
  /** A JSON path into the map, as parse problems name them: `touchpoints[3]`, `rows[1]`. */
  path: string;
  message: string;
  target: { type: FindingTargetType; id: string };
  /** The stage it is in, for grouping by stage; absent for findings about a whole row. */
  stageId?: string;
}

export function finding(
  rule: CheckRuleId,
  path: string,
  message: string,
  target: Finding['target'],
  stageId?: string,
): Finding {
  const base = { rule, severity: CHECK_RULES[rule].severity, path, message, target };
  return stageId === undefined ? base : { ...base, stageId };
}

/** The map, indexed once for all rules (a map of 1,500 touchpoints is checked in one pass each). */
export interface CheckContext {
  readonly map: JourneyMap;
  readonly touchpointIndex: ReadonlyMap<string, number>;
  readonly touchpointsByStage: ReadonlyMap<string, readonly Touchpoint[]>;
  readonly notes: readonly Note[];
  readonly notesByStage: ReadonlyMap<string, readonly Note[]>;
  readonly rows: readonly Row[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

export function checkContext(map: JourneyMap): CheckContext {
  const notes = map.notes ?? [];
  return {
    map,
    touchpointIndex: new Map(map.touchpoints.map((t, i) => [t.id, i] as const)),
    touchpointsByStage: groupBy(map.touchpoints, (t) => t.stageId),
    notes,
    notesByStage: groupBy(notes, (n) => n.stageId),
    rows: resolveRows(map),
  };
}

/**
 * The JSON path of a row: its place in `rows`, or for a department shown without one (a map
 * without `rows`, or a department an older version added), its place in `departments`.
 */
export function rowPath(map: JourneyMap, row: Row): string {
  if (!isImpliedRowId(row.id)) {
    const index = map.rows?.findIndex((r) => r.id === row.id) ?? -1;
    if (index >= 0) return `rows[${index}]`;
  }
  if (row.type === 'department') {
    return `departments[${map.departments.findIndex((d) => d.id === row.departmentId)}]`;
  }
  return 'rows';
}

/** `"Check-in"`: names in messages are quoted so a reader sees where they start and end. */
export const quote = (name: string): string => `"${name}"`;

export const times = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
