/**
 * The building blocks of the three-way merge (merge.ts): a value merged from base, ours and
 * theirs; an object merged key by key; a list of records merged by id. A change on one side
 * only is taken; the same change on both is taken once; two different changes are a
 * conflict that keeps our value and is recorded.
 */
import type { MergeConflict } from './model.ts';
import { byId, isPlainObject, jsonEqual, keysOf, setKey, type JsonObject } from './diff-json.ts';

export class Conflicts {
  readonly list: MergeConflict[] = [];

  /** Records a conflict at `path`; a side that lacks the value gets no key. */
  add(path: readonly string[], base: unknown, ours: unknown, theirs: unknown): void {
    const conflict: MergeConflict = { path: [...path] };
    if (base !== undefined) conflict.base = base;
    if (ours !== undefined) conflict.ours = ours;
    if (theirs !== undefined) conflict.theirs = theirs;
    this.list.push(conflict);
  }

  has(path: readonly string[]): boolean {
    return this.list.some((c) => jsonEqual(c.path, path));
  }
}

/** How one key of an object merges, when it is not merged as a plain value. */
export type KeyMerge = (
  path: string[],
  base: unknown,
  ours: unknown,
  theirs: unknown,
  conflicts: Conflicts,
) => unknown;

export interface MergeRules {
  /** Merged as a whole: a change on both sides conflicts even if it touched different keys. */
  atomic?: boolean;
  keys?: Readonly<Record<string, KeyMerge>>;
}

/** The merged value, or ours when both sides changed it differently (a conflict). */
export function mergeValue(
  path: string[],
  base: unknown,
  ours: unknown,
  theirs: unknown,
  conflicts: Conflicts,
  rules: MergeRules = {},
): unknown {
  if (jsonEqual(ours, theirs)) return ours;
  if (jsonEqual(base, ours)) return theirs;
  if (jsonEqual(base, theirs)) return ours;
  if (
    rules.atomic !== true &&
    isPlainObject(base) &&
    isPlainObject(ours) &&
    isPlainObject(theirs)
  ) {
    return mergeObject(path, base, ours, theirs, conflicts, rules.keys ?? {});
  }
  conflicts.add(path, base, ours, theirs);
  return ours;
}

function mergeObject(
  path: string[],
  base: JsonObject,
  ours: JsonObject,
  theirs: JsonObject,
  conflicts: Conflicts,
  keys: Readonly<Record<string, KeyMerge>>,
): JsonObject {
  const out: JsonObject = {};
  for (const key of keysOf(ours, theirs, base)) {
    const merge = Object.hasOwn(keys, key) ? keys[key] : undefined;
    const at = [...path, key];
    const value = merge
      ? merge(at, base[key], ours[key], theirs[key], conflicts)
      : mergeValue(at, base[key], ours[key], theirs[key], conflicts);
    setKey(out, key, value);
  }
  return out;
}

type Item = { id: string };

const asItems = (value: unknown): Item[] =>
  Array.isArray(value)
    ? value.filter((item): item is Item => isPlainObject(item) && typeof item.id === 'string')
    : [];

/**
 * A `KeyMerge` for a list of records with ids, each record merged with `rules`. A record
 * deleted on one side and unchanged on the other is deleted; deleted on one side and edited
 * on the other is a conflict that keeps ours (kept if we kept it, gone if we deleted it).
 */
export function mergeById(rules: MergeRules = {}): KeyMerge {
  return (path, baseValue, oursValue, theirsValue, conflicts) => {
    const [base, ours, theirs] = [asItems(baseValue), asItems(oursValue), asItems(theirsValue)];
    const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
    const merged = new Map<string, unknown>();
    for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
      const [was, mine, their] = [b.get(id), o.get(id), t.get(id)];
      const at = [...path, id];
      if (mine !== undefined && their !== undefined) {
        merged.set(id, mergeValue(at, was, mine, their, conflicts, rules));
      } else if (was === undefined) {
        merged.set(id, mine ?? their);
      } else if (mine !== undefined) {
        // Theirs deleted it.
        if (!jsonEqual(was, mine)) {
          conflicts.add(at, was, mine, undefined);
          merged.set(id, mine);
        }
      } else if (their !== undefined && !jsonEqual(was, their)) {
        // Ours deleted what theirs edited: ours stands.
        conflicts.add(at, was, undefined, their);
      }
    }
    const ids = (list: Item[]) => list.map((item) => item.id).filter((id) => merged.has(id));
    const common = (list: Item[]) => ids(list).filter((id) => b.has(id));
    const [baseOrder, ourOrder, theirOrder] = [common(base), common(ours), common(theirs)];
    // Theirs' order of the records both kept stands only when ours left that order alone.
    const theirsLead = jsonEqual(ourOrder, baseOrder) && !jsonEqual(theirOrder, baseOrder);
    const order = theirsLead ? weave(ids(theirs), ids(ours)) : weave(ids(ours), ids(theirs));
    return order.map((id) => merged.get(id));
  };
}

/**
 * `lead`, with each id of `other` it lacks placed before the id that follows it in `other`
 * (at the end when none does), so an addition keeps its neighbours.
 */
function weave(lead: readonly string[], other: readonly string[]): string[] {
  const out = [...lead];
  const placed = new Set(out);
  let anchor = out.length;
  for (let i = other.length - 1; i >= 0; i--) {
    const id = other[i]!;
    if (placed.has(id)) anchor = out.indexOf(id);
    else {
      out.splice(anchor, 0, id);
      placed.add(id);
    }
  }
  return out;
}
