/**
 * The rules of the format that span the whole file and that a schema cannot say: ids are
 * unique across the file, and every reference names an existing record of the right sort.
 * Works on the raw parsed JSON so it can report alongside schema problems; anything of the
 * wrong shape is skipped here because the schema reports it.
 */
import { describeValue, formatPath } from './describe.ts';
import type { Problem } from './problems.ts';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Where an id was first seen: spelled out as a path only for a problem. */
interface Owner {
  key: string;
  index: number;
  /** For a friction or an opportunity: its list in the touchpoint, and its index there. */
  sub?: string;
  subIndex?: number;
}

function ownerPath(owner: Owner): (string | number)[] {
  return owner.sub === undefined
    ? [owner.key, owner.index]
    : [owner.key, owner.index, owner.sub, owner.subIndex!];
}

const SORTS = ['stages', 'departments', 'touchpoints', 'connections'] as const;
const ITEMS = ['frictions', 'opportunities'] as const;

export function findReferenceProblems(data: unknown): Problem[] {
  if (!isObject(data)) return [];
  const problems: Problem[] = [];
  // Plain loops and one small record per id: on a 10,000-card file this runs on every open.
  const owners = new Map<string, Owner>();
  /** Ids claimed again by a record of another sort ("stages\0id"): rare, kept apart. */
  const alsoOf = new Set<string>();
  const claim = (value: unknown, owner: Owner): void => {
    if (typeof value !== 'string') return;
    const first = owners.get(value);
    if (first === undefined) {
      owners.set(value, owner);
    } else {
      // A reference to this id is still good for the sort of this later record.
      if (owner.sub === undefined) alsoOf.add(`${owner.key}\u0000${value}`);
      problems.push({
        path: formatPath([...ownerPath(owner), 'id']),
        message: `the id ${describeValue(value)} is already used by ${formatPath(ownerPath(first))}; ids must be unique in the file`,
      });
    }
  };

  for (const key of SORTS) {
    const items = list(data[key]);
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (!isObject(item)) continue;
      claim(item.id, { key, index });
      if (key !== 'touchpoints') continue;
      for (const sub of ITEMS) {
        const subItems = list(item[sub]);
        for (let subIndex = 0; subIndex < subItems.length; subIndex++) {
          const subItem = subItems[subIndex];
          if (isObject(subItem)) claim(subItem.id, { key, index, sub, subIndex });
        }
      }
    }
  }

  // The owners map answers "is there a record of this sort with this id", without a set per sort.
  const missing = (value: unknown, sort: (typeof SORTS)[number]): value is string => {
    if (typeof value !== 'string') return false;
    const owner = owners.get(value);
    if (owner === undefined) return true;
    return (owner.key !== sort || owner.sub !== undefined) && !alsoOf.has(`${sort}\u0000${value}`);
  };
  // The path is made only for a problem.
  const report = (value: string, sort: string, path: (string | number)[]) => {
    problems.push({
      path: formatPath(path),
      message: `no ${sort} has the id ${describeValue(value)}`,
    });
  };
  const touchpoints = list(data.touchpoints);
  for (let i = 0; i < touchpoints.length; i++) {
    const tp = touchpoints[i];
    if (!isObject(tp)) continue;
    if (missing(tp.stageId, 'stages')) {
      report(tp.stageId, 'stage', ['touchpoints', i, 'stageId']);
    }
    if (missing(tp.departmentId, 'departments')) {
      report(tp.departmentId, 'department', ['touchpoints', i, 'departmentId']);
    }
  }
  const connections = list(data.connections);
  for (let i = 0; i < connections.length; i++) {
    const cn = connections[i];
    if (!isObject(cn)) continue;
    if (missing(cn.from, 'touchpoints')) report(cn.from, 'touchpoint', ['connections', i, 'from']);
    if (missing(cn.to, 'touchpoints')) report(cn.to, 'touchpoint', ['connections', i, 'to']);
  }
  return problems;
}
