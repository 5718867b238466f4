/**
 * References a merge can break although neither side broke them: ours adds a card (or a
 * note) to a stage that theirs deleted, theirs connects (or comments on) a card that ours
 * deleted, ours adds a note to a row theirs deleted. The record referred to is
 * brought back (ours' copy, else theirs', else base's, at its place in that list) and recorded
 * as a conflict, so nothing either side wrote is lost and the map stays valid. A stage or
 * department list the two sides emptied together (each deleted what the other kept) is ours.
 */
import { isPlainObject, setKey, type JsonObject } from './diff-json.ts';
import type { Conflicts } from './merge-lists.ts';

const records = (value: unknown): JsonObject[] =>
  Array.isArray(value) ? value.filter(isPlainObject) : [];

const strings = (values: unknown[]): string[] =>
  values.filter((v): v is string => typeof v === 'string');

/** `sources` are ours, theirs and base, in that order. */
function restore(
  merged: JsonObject,
  key: string,
  wanted: readonly string[],
  sources: readonly [JsonObject, JsonObject, JsonObject],
  conflicts: Conflicts,
): void {
  const list = records(merged[key]);
  const have = new Set(list.map((item) => item.id));
  const missing = [...new Set(wanted)].filter((id) => !have.has(id));
  if (missing.length === 0) return;
  // A new list: the merged one may be an input's own.
  const out = [...list];
  for (const id of missing) {
    const copies = sources.map((source) => records(source[key]).find((item) => item.id === id));
    const [ours, theirs, base] = copies;
    const from = copies.findIndex((copy) => copy !== undefined);
    if (from < 0) continue;
    const place = records(sources[from]![key]).findIndex((item) => item.id === id);
    out.splice(Math.min(place, out.length), 0, copies[from]!);
    if (!conflicts.has([key, id])) conflicts.add([key, id], base, ours, theirs);
  }
  setKey(merged, key, out);
}

export function restoreMissingReferences(
  merged: JsonObject,
  sources: readonly [JsonObject, JsonObject, JsonObject],
  conflicts: Conflicts,
): void {
  // Comments first: the connection one names may bring back its cards.
  const targets = (type: string) =>
    strings(
      records(merged.comments).map((c) =>
        isPlainObject(c.target) && c.target.type === type ? c.target.id : undefined,
      ),
    );
  restore(merged, 'connections', targets('connection'), sources, conflicts);
  const ends = records(merged.connections).flatMap((c) => strings([c.from, c.to]));
  restore(merged, 'touchpoints', [...ends, ...targets('touchpoint')], sources, conflicts);
  // A note's row and stage: the reader would move the note silently, so the merge brings
  // them back instead and says so. A row naming a department the other side deleted is
  // dropped on reading (rows-repair.ts): the department is gone either way.
  const notes = records(merged.notes);
  if (merged.rows !== undefined) {
    restore(merged, 'rows', strings(notes.map((n) => n.rowId)), sources, conflicts);
  }
  const touchpoints = records(merged.touchpoints);
  const stageIds = strings([...touchpoints, ...notes].map((t) => t.stageId));
  restore(merged, 'stages', [...stageIds, ...targets('stage')], sources, conflicts);
  const departmentIds = strings(touchpoints.map((t) => t.departmentId));
  restore(merged, 'departments', [...departmentIds, ...targets('department')], sources, conflicts);
  const [ours, theirs, base] = sources;
  for (const key of ['stages', 'departments']) {
    if (records(merged[key]).length === 0) {
      setKey(merged, key, ours[key]);
      conflicts.add([key], base[key], ours[key], theirs[key]);
    }
  }
}
