/**
 * Settling one conflict `touchmap merge` left under the map's `conflicts` key
 * (docs/file-format.md, "Merge conflicts"): the value the conflict's path points to becomes
 * the chosen side's, and the conflict's entry goes; the last one takes the key with it.
 *
 * A side without a value (a record it deleted, a field it never had) removes what the path
 * points to; a record one side kept comes back at the end of its list. The map must still
 * pass every check of a file afterwards (taking a deletion of a stage that our cards still
 * use would not): the op then throws and the map is untouched.
 */
import type { JourneyMap, MergeConflict } from '../model.ts';
import { describeParseFailure, parse } from '../parse.ts';
import { serialize } from '../serialize.ts';
import { isPlainObject, setKey, type JsonObject } from '../diff-json.ts';
import { formatPath } from '../describe.ts';
import { OperationError } from './errors.ts';

export type ConflictSide = 'ours' | 'theirs';

/** Whether the conflict carries any of its values (a merge fallback may record the path only). */
export function recordsValues(conflict: MergeConflict): boolean {
  return ['base', 'ours', 'theirs'].some((key) => Object.hasOwn(conflict, key));
}

/**
 * What the map holds where `path` points (undefined when nothing is there): our value, unless
 * it was edited since the merge and the conflict is stale.
 */
export function valueAtPath(map: JourneyMap, path: readonly string[]): unknown {
  let node: unknown = map;
  for (const key of path) {
    if (Array.isArray(node)) node = node.find((item) => isPlainObject(item) && item.id === key);
    else if (isPlainObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

function notFound(path: readonly string[], depth: number): OperationError {
  return new OperationError(
    `The conflict's path ${JSON.stringify(path)} names nothing in the map at ${JSON.stringify(path[depth])}`,
  );
}

/** A copy of `node` with `value` at `path` (copying only the objects on the way). */
function setAt(node: unknown, path: readonly string[], depth: number, value: unknown): unknown {
  const key = path[depth]!;
  const last = depth === path.length - 1;
  if (Array.isArray(node)) {
    // Lists of records are addressed by id.
    const index = node.findIndex((item) => isPlainObject(item) && item.id === key);
    if (!last) {
      if (index < 0) throw notFound(path, depth);
      const out = [...node];
      out[index] = setAt(node[index], path, depth + 1, value);
      return out;
    }
    if (value !== undefined && !(isPlainObject(value) && value.id === key)) {
      throw new OperationError(
        `The conflict's value for ${JSON.stringify(key)} is not that record`,
      );
    }
    if (value === undefined) return index < 0 ? node : node.filter((_, i) => i !== index);
    return index < 0 ? [...node, value] : node.map((item, i) => (i === index ? value : item));
  }
  if (!isPlainObject(node)) throw notFound(path, depth);
  const out: JsonObject = { ...node };
  if (last) setKey(out, key, value);
  else {
    if (!Object.hasOwn(node, key)) throw notFound(path, depth);
    setKey(out, key, setAt(node[key], path, depth + 1, value));
  }
  return out;
}

/**
 * Resolves the conflict at `index` of `map.conflicts` with our value or theirs. A conflict
 * recorded by its path alone is settled for ours as the map stands; theirs is unknown.
 */
export function resolveConflict(map: JourneyMap, index: number, side: ConflictSide): JourneyMap {
  const conflicts = map.conflicts ?? [];
  const conflict = Number.isInteger(index) ? conflicts[index] : undefined;
  if (conflict === undefined) {
    throw new OperationError(`The map has no conflict number ${String(index + 1)}`);
  }
  const path = conflict.path;
  if (path.length === 0 || path[0] === 'conflicts') {
    throw new OperationError(`A conflict cannot point at ${formatPath(path)}`);
  }
  const rest = conflicts.filter((_, i) => i !== index);
  let next: JsonObject;
  if (recordsValues(conflict)) {
    next = setAt(map, path, 0, conflict[side]) as JsonObject;
  } else if (side === 'ours') {
    next = { ...(map as unknown as JsonObject) };
  } else {
    throw new OperationError(`The file does not record their value at ${formatPath(path)}`);
  }
  setKey(next, 'conflicts', rest.length > 0 ? rest : undefined);
  const resolved = next as unknown as JourneyMap;
  const reread = parse(serialize(resolved));
  if (!reread.ok) {
    const why = describeParseFailure(reread.error).slice(0, 3).join(' ');
    throw new OperationError(
      `Taking ${side === 'ours' ? 'our' : 'their'} value here would break the map: ${why}`,
    );
  }
  return resolved;
}
