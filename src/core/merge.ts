/**
 * The three-way merge of maps by id: the core of `touchmap merge`, git's merge driver.
 *
 * Records (stages, departments, rows, touchpoints, notes, connections, frictions, opportunities,
 * comments) are
 * matched by id, then merged field by field, so edits to different records or to different
 * fields of one record merge cleanly. A field changed two ways keeps our value and becomes a
 * conflict, listed with the map's own under its `conflicts` key for the user to resolve. The
 * order of a list is ours, with theirs' additions in their place, or theirs when only they
 * reordered it. A card's position is one value: x and y never merge apart.
 *
 * The result is always a valid map: references the two sides broke together (ours added a
 * card to a stage theirs deleted) bring the record back as a conflict, and a merge that still
 * fails the file's checks falls back to ours with each disputed part recorded as a conflict.
 */
import type { JourneyMap, MergeConflict } from './model.ts';
import { parse } from './parse.ts';
import { serialize } from './serialize.ts';
import { isPlainObject, jsonEqual, keysOf, setKey, type JsonObject } from './diff-json.ts';
import { Conflicts, mergeById, mergeValue, type KeyMerge } from './merge-lists.ts';
import { restoreMissingReferences } from './merge-references.ts';

export interface MergeResult {
  /** The merged map: valid, with every conflict of this merge under `conflicts`. */
  map: JourneyMap;
  /** The conflicts this merge found (the map may also carry older ones, still unresolved). */
  conflicts: MergeConflict[];
}

const conflictKey = (conflict: unknown): string =>
  JSON.stringify(isPlainObject(conflict) ? conflict.path : null);

const conflictList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Conflicts already in the files, by path: one resolved on either side (gone there, unchanged
 * on the other) stays resolved; any other is kept, ours first. Never a conflict itself.
 */
const mergeStoredConflicts: KeyMerge = (_path, base, ours, theirs) => {
  if (jsonEqual(ours, theirs) || jsonEqual(base, theirs)) return ours;
  if (jsonEqual(base, ours)) return theirs;
  const [b, o, t] = [base, ours, theirs].map(
    (list) => new Map(conflictList(list).map((c) => [conflictKey(c), c])),
  ) as [Map<string, unknown>, Map<string, unknown>, Map<string, unknown>];
  const kept = (side: Map<string, unknown>, other: Map<string, unknown>) =>
    [...side].filter(([key, c]) => other.has(key) || !jsonEqual(b.get(key), c));
  const mine = kept(o, t);
  const known = new Set(mine.map(([key]) => key));
  const theirsOnly = kept(t, o).filter(([key]) => !known.has(key));
  return [...mine, ...theirsOnly].map(([, c]) => c);
};

const ITEMS = mergeById();
const TOUCHPOINTS = mergeById({
  keys: {
    frictions: ITEMS,
    opportunities: ITEMS,
    // A card's x and y describe one slot together.
    position: (path, b, o, t, conflicts) => mergeValue(path, b, o, t, conflicts, { atomic: true }),
  },
});
const COMMENT_LIST = mergeById({
  // A target names one element: its type and id never merge apart.
  keys: {
    target: (path, b, o, t, conflicts) => mergeValue(path, b, o, t, conflicts, { atomic: true }),
  },
});
/** An optional list: gone when the merge empties it and a side had dropped the key. */
const optionalList =
  (merge: KeyMerge): KeyMerge =>
  (path, base, ours, theirs, conflicts) => {
    const merged = merge(path, base, ours, theirs, conflicts) as unknown[];
    return merged.length === 0 && (ours === undefined || theirs === undefined) ? undefined : merged;
  };
const COMMENTS = optionalList(COMMENT_LIST);
/**
 * Rows merge by id like stages: their order is ours (theirs' new rows woven in at their
 * neighbours), or theirs when only they reordered; both reordered, ours stands.
 */
const ROWS = optionalList(ITEMS);
const NOTES = optionalList(ITEMS);
const TOP_LEVEL: Readonly<Record<string, KeyMerge>> = {
  stages: ITEMS,
  departments: ITEMS,
  touchpoints: TOUCHPOINTS,
  connections: ITEMS,
  conflicts: mergeStoredConflicts,
  comments: COMMENTS,
  rows: ROWS,
  notes: NOTES,
};

/** `map` with `found` added to its conflicts (a stored one at the same path is replaced). */
function withConflicts(map: JsonObject, found: readonly MergeConflict[]): JsonObject {
  if (found.length === 0) return map;
  const paths = new Set(found.map(conflictKey));
  const stored = conflictList(map.conflicts).filter((c) => !paths.has(conflictKey(c)));
  const out: JsonObject = { ...map };
  setKey(out, 'conflicts', [...stored, ...found]);
  return out;
}

/** The records of `found` as the map holds them (read back from its file text, as a host will). */
function ownConflicts(map: JourneyMap, found: readonly MergeConflict[]): MergeConflict[] {
  const paths = new Set(found.map(conflictKey));
  return (map.conflicts ?? []).filter((c) => paths.has(conflictKey(c)));
}

/** The map, if it passes every check of a file (its parsed copy, shared with no input). */
function asValidMap(candidate: JsonObject): JourneyMap | null {
  const parsed = parse(serialize(candidate as unknown as JourneyMap));
  return parsed.ok ? parsed.map : null;
}

/**
 * Ours, with each top-level key the merge would have changed recorded as a conflict, for the
 * merges whose result is not a valid map (an id both sides gave to different records...):
 * first with the values, then (should those make the file too deep) with the paths alone.
 */
function fallBackToOurs(
  base: JsonObject,
  ours: JsonObject,
  theirs: JsonObject,
  merged: JsonObject,
): MergeResult {
  const disputed = keysOf(ours, merged).filter(
    (key) => key !== 'conflicts' && !jsonEqual(ours[key], merged[key]),
  );
  const found: MergeConflict[] = disputed.map((key) => ({ path: [key] }));
  const detailed = found.map((c) => {
    const key = c.path[0]!;
    const out: MergeConflict = { path: c.path };
    if (base[key] !== undefined) out.base = base[key];
    if (ours[key] !== undefined) out.ours = ours[key];
    if (theirs[key] !== undefined) out.theirs = theirs[key];
    return out;
  });
  for (const attempt of [detailed, found]) {
    const map = asValidMap(withConflicts(ours, attempt));
    if (map) return { map, conflicts: ownConflicts(map, attempt) };
  }
  // Ours is a valid map and a path-only conflict is valid JSON of the format.
  throw new Error('a merge fallback failed validation');
}

export function mergeMaps(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap): MergeResult {
  const [b, o, t] = [base, ours, theirs] as unknown as [JsonObject, JsonObject, JsonObject];
  const conflicts = new Conflicts();
  const merged = mergeValue([], b, o, t, conflicts, { keys: TOP_LEVEL }) as JsonObject;
  restoreMissingReferences(merged, [o, t, b], conflicts);
  const candidate = withConflicts(merged, conflicts.list);
  const map = asValidMap(candidate);
  return map
    ? { map, conflicts: ownConflicts(map, conflicts.list) }
    : fallBackToOurs(b, o, t, merged);
}
