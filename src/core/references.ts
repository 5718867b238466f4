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

// Rows and notes share the namespace, but their references are repaired, not refused
// (rows-repair.ts, notes-repair.ts): an older version keeps them without maintaining them.
const SORTS = [
  'stages',
  'departments',
  'touchpoints',
  'connections',
  'comments',
  'rows',
  'notes',
] as const;
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
  // A comment's target is not checked here: an older version that deletes a commented card
  // leaves it behind, and rule 9 has the reader repair that (comments-repair.ts).
  findReplyProblems(list(data.comments), owners, problems);
  return problems;
}

/** A reply answers a comment that opens a thread (no reply of a reply), on the same target. */
function findReplyProblems(comments: unknown[], owners: Map<string, Owner>, problems: Problem[]) {
  for (let i = 0; i < comments.length; i++) {
    const reply = comments[i];
    if (!isObject(reply) || typeof reply.replyTo !== 'string') continue;
    const owner = owners.get(reply.replyTo);
    const parent = owner?.key === 'comments' ? comments[owner.index] : undefined;
    const path = formatPath(['comments', i, 'replyTo']);
    if (!isObject(parent)) {
      problems.push({ path, message: `no comment has the id ${describeValue(reply.replyTo)}` });
    } else if (parent.replyTo !== undefined) {
      problems.push({
        path,
        message: `${describeValue(reply.replyTo)} is itself a reply; a reply names the comment that opened the thread`,
      });
    } else if (!sameTarget(parent.target, reply.target)) {
      problems.push({
        path,
        message: `the comment ${describeValue(reply.replyTo)} is about another element; a reply has the target of its thread`,
      });
    }
  }
}

const sameTarget = (a: unknown, b: unknown): boolean =>
  isObject(a) && isObject(b) && a.type === b.type && a.id === b.id;
