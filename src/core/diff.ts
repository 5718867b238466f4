/**
 * What changed between two maps, by id and by name rather than by line: the core of
 * `touchmap diff`, of git's diff driver and of the app's Compare view.
 *
 * Every record is matched by its id. A touchpoint that changed stage or department, or a
 * note that changed stage or row, is "moved"; one that only slid to another slot of its cell is "reordered" (the same picture
 * once arranged); a stage or department whose place in the order changed relative to the
 * others is "reordered" too. Everything else is a "field" change, one per field, down to the
 * leaves of nested objects, unknown keys included (kept by restore, so they are part of the
 * map).
 */
import type { JourneyMap, MapComment, Note, Row, Touchpoint } from './model.ts';
import { ROW_TERMS } from './vocabulary.ts';
import { describeTarget } from './comments.ts';
import { formatPath } from './describe.ts';
import { byId, isPlainObject, jsonEqual, keysOf, steadyIds, type JsonObject } from './diff-json.ts';

export type DiffEntity =
  'map' | 'stage' | 'department' | 'row' | 'touchpoint' | 'note' | 'connection' | 'comment';

interface Subject {
  entity: DiffEntity;
  id: string;
  /** Its name (a touchpoint's title, a connection's two ends) in the newer map if it is there. */
  name: string;
}

export type MapChange = Subject &
  (
    | { change: 'added' | 'removed' }
    /** `before` and `after` are the names of the stages, departments or rows. */
    | { change: 'moved'; field: 'stage' | 'department' | 'row'; before: string; after: string }
    /**
     * `order`: the place (from 1) among the stages or departments; `position`: the card's slot
     * in its cell; `frictions`, `opportunities`: their ids in order.
     */
    | { change: 'reordered'; field: string; before: unknown; after: unknown }
    /** A side without the field has no key (`undefined`). */
    | { change: 'field'; field: string; before?: unknown; after?: unknown }
  );

type Emit = (change: MapChange) => void;

/** Keys diffed in their own way, not as fields. */
const COLLECTIONS = new Set([
  'stages',
  'departments',
  'rows',
  'touchpoints',
  'notes',
  'connections',
  'comments',
]);
const TOUCHPOINT_OWN = new Set([
  'id',
  'stageId',
  'departmentId',
  'position',
  'frictions',
  'opportunities',
]);
const ID_ONLY = new Set(['id']);
const NOTE_OWN = new Set(['id', 'stageId', 'rowId']);

/**
 * Field changes of `before` → `after`, recursing into objects present on both sides; lists
 * and other values are compared whole. Paths are JSON paths below `path`.
 */
function diffFields(
  before: JsonObject,
  after: JsonObject,
  path: string[],
  skip: ReadonlySet<string>,
  subject: Subject,
  emit: Emit,
): void {
  for (const key of keysOf(before, after)) {
    if (skip.has(key)) continue;
    const [a, b] = [before[key], after[key]];
    if (jsonEqual(a, b)) continue;
    if (isPlainObject(a) && isPlainObject(b)) {
      diffFields(a, b, [...path, key], new Set(), subject, emit);
    } else {
      emit({ ...subject, change: 'field', field: formatPath([...path, key]), before: a, after: b });
    }
  }
}

interface Collection<T extends { id: string }> {
  entity: DiffEntity;
  before: readonly T[];
  after: readonly T[];
  nameBefore: (item: T) => string;
  nameAfter: (item: T) => string;
  /** Changes of an item present on both sides. */
  compare: (a: T, b: T, subject: Subject, emit: Emit) => void;
  /** Whether a change of place in the list counts (stages and departments: columns, lanes). */
  ordered: boolean;
}

function diffCollection<T extends { id: string }>(c: Collection<T>, emit: Emit): void {
  const before = byId(c.before);
  const after = byId(c.after);
  for (const item of c.before) {
    if (!after.has(item.id)) {
      emit({ entity: c.entity, id: item.id, name: c.nameBefore(item), change: 'removed' });
    }
  }
  const steady = c.ordered
    ? steadyIds(
        c.before.map((item) => item.id),
        c.after.map((item) => item.id),
      )
    : null;
  c.after.forEach((item, index) => {
    const subject: Subject = { entity: c.entity, id: item.id, name: c.nameAfter(item) };
    const old = before.get(item.id);
    if (old === undefined) {
      emit({ ...subject, change: 'added' });
      return;
    }
    if (steady !== null && !steady.has(item.id)) {
      const from = c.before.indexOf(old) + 1;
      // Out of step with the others, and not left at the same place number by the shuffle.
      if (from !== index + 1) {
        emit({ ...subject, change: 'reordered', field: 'order', before: from, after: index + 1 });
      }
    }
    if (!jsonEqual(old, item)) c.compare(old, item, subject, emit);
  });
}

/** Frictions or opportunities of one touchpoint, by id, as field changes of the touchpoint. */
function diffItems(
  key: 'frictions' | 'opportunities',
  a: readonly { id: string }[],
  b: readonly { id: string }[],
  subject: Subject,
  emit: Emit,
): void {
  const before = byId(a);
  const after = byId(b);
  for (const item of a) {
    if (!after.has(item.id)) {
      emit({ ...subject, change: 'field', field: formatPath([key, item.id]), before: item });
    }
  }
  for (const item of b) {
    const old = before.get(item.id);
    if (old === undefined) {
      emit({ ...subject, change: 'field', field: formatPath([key, item.id]), after: item });
    } else {
      diffFields(
        old as unknown as JsonObject,
        item as unknown as JsonObject,
        [key, item.id],
        ID_ONLY,
        subject,
        emit,
      );
    }
  }
  const common = (list: readonly { id: string }[], other: Map<string, unknown>) =>
    list.map((item) => item.id).filter((id) => other.has(id));
  const [orderBefore, orderAfter] = [common(a, after), common(b, before)];
  if (!jsonEqual(orderBefore, orderAfter)) {
    emit({ ...subject, change: 'reordered', field: key, before: orderBefore, after: orderAfter });
  }
}

/** Every change from `a` to `b`; empty when the two are the same map. */
export function diffMaps(a: JourneyMap, b: JourneyMap): MapChange[] {
  const changes: MapChange[] = [];
  const emit: Emit = (change) => void changes.push(change);
  const record = (map: JourneyMap) => map as unknown as JsonObject;

  diffFields(
    record(a),
    record(b),
    [],
    COLLECTIONS,
    { entity: 'map', id: b.id, name: b.title },
    emit,
  );

  const named = (item: { name: string }) => item.name;
  const plain = (x: object, y: object, subject: Subject, e: Emit) =>
    diffFields(x as JsonObject, y as JsonObject, [], ID_ONLY, subject, e);
  diffCollection(
    {
      entity: 'stage',
      before: a.stages,
      after: b.stages,
      nameBefore: named,
      nameAfter: named,
      compare: plain,
      ordered: true,
    },
    emit,
  );
  diffCollection(
    {
      entity: 'department',
      before: a.departments,
      after: b.departments,
      nameBefore: named,
      nameAfter: named,
      compare: plain,
      ordered: true,
    },
    emit,
  );

  // A map without rows has them only in memory (rows.ts): in the file, they are all new.
  diffCollection(
    {
      entity: 'row',
      before: a.rows ?? [],
      after: b.rows ?? [],
      nameBefore: (row) => rowName(a, row),
      nameAfter: (row) => rowName(b, row),
      compare: plain,
      ordered: true,
    },
    emit,
  );

  const stageName = (map: JourneyMap, id: string) =>
    map.stages.find((s) => s.id === id)?.name ?? id;
  const departmentName = (map: JourneyMap, id: string) =>
    map.departments.find((d) => d.id === id)?.name ?? id;
  const title = (item: Touchpoint) => item.title;
  diffCollection(
    {
      entity: 'touchpoint',
      before: a.touchpoints,
      after: b.touchpoints,
      nameBefore: title,
      nameAfter: title,
      compare: (x, y, subject, e) => {
        const moved = x.stageId !== y.stageId || x.departmentId !== y.departmentId;
        if (x.stageId !== y.stageId) {
          const [before, after] = [stageName(a, x.stageId), stageName(b, y.stageId)];
          e({ ...subject, change: 'moved', field: 'stage', before, after });
        }
        if (x.departmentId !== y.departmentId) {
          const [before, after] = [
            departmentName(a, x.departmentId),
            departmentName(b, y.departmentId),
          ];
          e({ ...subject, change: 'moved', field: 'department', before, after });
        }
        if (!moved && !jsonEqual(x.position, y.position)) {
          e({
            ...subject,
            change: 'reordered',
            field: 'position',
            before: x.position,
            after: y.position,
          });
        }
        diffFields(
          x as unknown as JsonObject,
          y as unknown as JsonObject,
          [],
          TOUCHPOINT_OWN,
          subject,
          e,
        );
        diffItems('frictions', x.frictions, y.frictions, subject, e);
        diffItems('opportunities', x.opportunities, y.opportunities, subject, e);
      },
      ordered: false,
    },
    emit,
  );

  const rowNameOf = (map: JourneyMap, id: string) => {
    const row = map.rows?.find((r) => r.id === id);
    return row === undefined ? id : rowName(map, row);
  };
  diffCollection(
    {
      entity: 'note',
      before: a.notes ?? [],
      after: b.notes ?? [],
      nameBefore: noteName,
      nameAfter: noteName,
      compare: (x, y, subject, e) => {
        if (x.stageId !== y.stageId) {
          const [before, after] = [stageName(a, x.stageId), stageName(b, y.stageId)];
          e({ ...subject, change: 'moved', field: 'stage', before, after });
        }
        if (x.rowId !== y.rowId) {
          const [before, after] = [rowNameOf(a, x.rowId), rowNameOf(b, y.rowId)];
          e({ ...subject, change: 'moved', field: 'row', before, after });
        }
        diffFields(
          x as unknown as JsonObject,
          y as unknown as JsonObject,
          [],
          NOTE_OWN,
          subject,
          e,
        );
      },
      ordered: false,
    },
    emit,
  );

  const ends = (map: JourneyMap) => (c: { from: string; to: string }) => {
    const titleOf = (id: string) => map.touchpoints.find((t) => t.id === id)?.title ?? id;
    return `${titleOf(c.from)} → ${titleOf(c.to)}`;
  };
  diffCollection(
    {
      entity: 'connection',
      before: a.connections,
      after: b.connections,
      nameBefore: ends(a),
      nameAfter: ends(b),
      compare: plain,
      ordered: false,
    },
    emit,
  );
  diffCollection(
    {
      entity: 'comment',
      before: a.comments ?? [],
      after: b.comments ?? [],
      nameBefore: commentName(a),
      nameAfter: commentName(b),
      compare: plain,
      ordered: false,
    },
    emit,
  );
  return changes;
}

const COMMENT_NAME_LENGTH = 40;

/** A row by what it shows: its department's name, its own name, or its type's word. */
function rowName(map: JourneyMap, row: Row): string {
  if (row.type !== 'department') return row.name ?? ROW_TERMS[row.type].word;
  return map.departments.find((d) => d.id === row.departmentId)?.name ?? row.departmentId;
}

/** A note by its first words. */
const noteName = (note: Note): string =>
  note.text.length > COMMENT_NAME_LENGTH
    ? `${note.text.slice(0, COMMENT_NAME_LENGTH - 1)}…`
    : note.text;

/** `Ana on Touchpoint “Check-in desk”: “Queue too long…”`: who, about what, the first words. */
const commentName = (map: JourneyMap) => (c: MapComment) => {
  const words =
    c.text.length > COMMENT_NAME_LENGTH ? `${c.text.slice(0, COMMENT_NAME_LENGTH - 1)}…` : c.text;
  const who = c.author === '' ? 'Anonymous' : c.author;
  return `${who} on ${describeTarget(map, c.target)}: “${words}”`;
};
