/**
 * A merge conflict (model.ts `MergeConflict`) in words, for the app's Conflicts panel: which
 * element (by its name in the map, or in the recorded values when the map no longer has it),
 * which field, and base, ours and theirs as diff-describe.ts words values.
 */
import type { DiffEntity } from './diff.ts';
import type { JourneyMap, MergeConflict } from './model.ts';
import { describeDiffValue } from './diff-describe.ts';
import { formatPath } from './describe.ts';
import { isPlainObject } from './diff-json.ts';

export interface ConflictWords {
  entity: DiffEntity;
  /** The record's id; the map's own id for a field of the map. */
  id: string;
  name: string;
  /** `kind`, `frictions["fr-1"].text`; null when the conflict is about the whole record. */
  field: string | null;
  base: string;
  ours: string;
  theirs: string;
}

const ENTITIES: Readonly<Record<string, DiffEntity>> = {
  stages: 'stage',
  departments: 'department',
  rows: 'row',
  touchpoints: 'touchpoint',
  notes: 'note',
  connections: 'connection',
  comments: 'comment',
};

function nameOf(record: unknown): string | null {
  if (!isPlainObject(record)) return null;
  // A comment is named by its words (shortened), as the Compare view lists it.
  const name =
    record.title ??
    record.name ??
    (typeof record.text === 'string' ? shortText(record.text) : undefined);
  return typeof name === 'string' ? name : null;
}

function connectionName(map: JourneyMap, connection: unknown): string | null {
  if (!isPlainObject(connection)) return null;
  const title = (id: unknown) => map.touchpoints.find((t) => t.id === id)?.title ?? String(id);
  return `${title(connection.from)} → ${title(connection.to)}`;
}

const shortText = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** A whole record's side: whether it kept the record or deleted it. */
const recordWords = (value: unknown, side: 'base' | 'other'): string =>
  value === undefined
    ? side === 'base'
      ? 'not there'
      : 'deleted'
    : side === 'base'
      ? 'as it was'
      : 'kept (edited)';

export function describeConflict(map: JourneyMap, conflict: MergeConflict): ConflictWords {
  const [head, id, ...rest] = conflict.path;
  const entity = head === undefined ? undefined : ENTITIES[head];
  const values = [conflict.ours, conflict.theirs, conflict.base];
  if (entity === undefined || id === undefined) {
    return {
      entity: 'map',
      id: map.id,
      name: map.title,
      field: formatPath(conflict.path),
      base: describeDiffValue(conflict.base),
      ours: describeDiffValue(conflict.ours),
      theirs: describeDiffValue(conflict.theirs),
    };
  }
  const list: readonly { id: string }[] =
    map[
      head as
        'stages' | 'departments' | 'rows' | 'touchpoints' | 'notes' | 'connections' | 'comments'
    ] ?? [];
  const record = list.find((r) => r.id === id);
  const name =
    entity === 'connection'
      ? [record, ...values].map((r) => connectionName(map, r)).find((n) => n !== null)
      : [record, ...values].map(nameOf).find((n) => n !== null);
  if (rest.length === 0) {
    return {
      entity,
      id,
      name: name ?? id,
      field: null,
      base: recordWords(conflict.base, 'base'),
      ours: recordWords(conflict.ours, 'other'),
      theirs: recordWords(conflict.theirs, 'other'),
    };
  }
  return {
    entity,
    id,
    name: name ?? id,
    field: formatPath(rest),
    base: describeDiffValue(conflict.base),
    ours: describeDiffValue(conflict.ours),
    theirs: describeDiffValue(conflict.theirs),
  };
}
