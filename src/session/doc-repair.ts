/**
 * Repairs a doc made inconsistent by concurrent edits, before the file reader sees it. Each
 * client's edit was valid, but together they can leave a touchpoint on a stage someone else
 * deleted, a row of a removed department, or one id twice: a file like that is refused, a
 * live session must still show a map. Every client makes the same repair from the same doc.
 */
import { NOTE_ROW_TYPES } from '../core/model.ts';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (raw: Raw, key: string): Raw[] =>
  Array.isArray(raw[key]) ? (raw[key] as unknown[]).filter(isObject) : [];
const idsOf = (items: Raw[]): Set<unknown> => new Set(items.map((item) => item.id));

/** The lists whose ids must be unique across the file, in the order they claim an id. */
const CLAIMING = [
  'stages',
  'departments',
  'touchpoints',
  'connections',
  'rows',
  'notes',
  'comments',
];

/** Repairs `raw` in place; one notice per repair, in words. */
export function repairSessionDocument(raw: Raw): string[] {
  const notes: string[] = [];
  dropDuplicateIds(raw, notes);
  restoreRequired(raw, notes);
  const stages = records(raw, 'stages');
  const departments = records(raw, 'departments');
  const stageIds = idsOf(stages);
  const departmentIds = idsOf(departments);
  const firstStage = stages[0]?.id;
  const firstDepartment = departments[0]?.id;

  for (const tp of records(raw, 'touchpoints')) {
    if (!stageIds.has(tp.stageId)) {
      notes.push(
        `Touchpoint "${String(tp.id)}" was on a deleted stage; it is now on the first stage.`,
      );
      tp.stageId = firstStage;
    }
    if (!departmentIds.has(tp.departmentId)) {
      notes.push(
        `Touchpoint "${String(tp.id)}" was in a deleted department; it is now in the first one.`,
      );
      tp.departmentId = firstDepartment;
    }
  }
  const touchpointIds = idsOf(records(raw, 'touchpoints'));
  keep(raw, 'connections', notes, (c) =>
    touchpointIds.has(c.from) && touchpointIds.has(c.to)
      ? null
      : `Connection "${String(c.id)}" joined a deleted touchpoint; it was removed.`,
  );
  keep(raw, 'rows', notes, (row) =>
    row.type !== 'department' || departmentIds.has(row.departmentId)
      ? null
      : `Row "${String(row.id)}" was of a deleted department; it was removed.`,
  );
  const noteRows = new Set(
    records(raw, 'rows')
      .filter((row) => (NOTE_ROW_TYPES as readonly unknown[]).includes(row.type))
      .map((row) => row.id),
  );
  keep(raw, 'notes', notes, (note) =>
    noteRows.has(note.rowId)
      ? null
      : `Note "${String(note.id)}" was in a deleted row; it was removed.`,
  );
  for (const note of records(raw, 'notes')) {
    if (!stageIds.has(note.stageId)) {
      notes.push(`Note "${String(note.id)}" was on a deleted stage; it is now on the first stage.`);
      note.stageId = firstStage;
    }
  }
  repairReplies(records(raw, 'comments'));
  return notes;
}

/** Keeps the records for which `why` gives null; the others are removed with its notice. */
function keep(raw: Raw, key: string, notes: string[], why: (item: Raw) => string | null): void {
  if (!Array.isArray(raw[key])) return;
  raw[key] = (raw[key] as unknown[]).filter((item) => {
    if (!isObject(item)) return true;
    const reason = why(item);
    if (reason !== null) notes.push(reason);
    return reason === null;
  });
}

/** Two people can give records of two sorts one id: the later sort's record gives way. */
function dropDuplicateIds(raw: Raw, notes: string[]): void {
  const claimed = new Set<unknown>();
  for (const key of CLAIMING) {
    keep(raw, key, notes, (item) => {
      if (claimed.has(item.id))
        return `The id "${String(item.id)}" was used twice; the ${key} record was removed.`;
      claimed.add(item.id);
      return null;
    });
    if (key !== 'touchpoints') continue;
    for (const tp of records(raw, key)) {
      for (const sub of ['frictions', 'opportunities']) {
        if (!Array.isArray(tp[sub])) continue;
        tp[sub] = (tp[sub] as unknown[]).filter((item) => {
          if (!isObject(item) || !claimed.has(item.id)) {
            if (isObject(item)) claimed.add(item.id);
            return true;
          }
          return false;
        });
      }
    }
  }
}

/** A map has at least one stage and one department; deleting the last ones at once leaves none. */
function restoreRequired(raw: Raw, notes: string[]): void {
  if (Array.isArray(raw.stages) && records(raw, 'stages').length === 0) {
    raw.stages = [{ id: 'session-stage', name: 'Stage' }];
    notes.push('Every stage was deleted; an empty stage was put back.');
  }
  if (Array.isArray(raw.departments) && records(raw, 'departments').length === 0) {
    raw.departments = [{ id: 'session-department', name: 'Department', color: '#6b7280' }];
    notes.push('Every department was deleted; an empty department was put back.');
  }
}

/**
 * A reply names its thread's first comment, on the same target. Deleting a thread while
 * someone replies leaves a reply to nothing: it opens its own thread instead.
 */
function repairReplies(comments: Raw[]): void {
  const byId = new Map(comments.map((c) => [c.id, c]));
  for (const reply of comments) {
    if (reply.replyTo === undefined) continue;
    let parent = byId.get(reply.replyTo);
    if (parent !== undefined && parent.replyTo !== undefined) {
      parent = byId.get(parent.replyTo);
      if (parent !== undefined && parent.replyTo === undefined) reply.replyTo = parent.id;
      else parent = undefined;
    }
    if (parent === undefined || parent === reply) {
      delete reply.replyTo;
    } else if (JSON.stringify(pick(parent.target)) !== JSON.stringify(pick(reply.target))) {
      reply.target = parent.target;
    }
  }
}

const pick = (target: unknown): unknown =>
  isObject(target) ? { type: target.type, id: target.id } : target;
