/**
 * Rule 9 for `notes`: a version that does not know notes keeps them untouched but does not
 * maintain them, so deleting a stage or a row there leaves notes about nothing. The reader
 * keeps every such note rather than refusing the file or losing its text, and says so in a
 * notice:
 * - a note whose stage is gone moves to the first stage;
 * - a note whose row is gone, or names a row that holds no notes (a department's row or a
 *   derived one: emotion, pains, ideas), moves to the first row that holds notes (customer
 *   actions, physical evidence, thoughts or a notes row), a shown one before a hidden one;
 * - when no row holds notes, a notes row named "Notes" is added at the bottom for them (and
 *   a map without `rows` gets its order written out, with fresh row ids, to hold it).
 * Runs after rows-repair, on a validated map whose defaults are filled.
 */
import { NOTE_ROW_TYPES, type JourneyMap, type Note, type Row } from './model.ts';
import { isImpliedRowId, resolveRows } from './rows.ts';
import { ROW_TERMS } from './vocabulary.ts';
import { ID_PREFIXES, type IdAllocator } from './ops/ids.ts';

const NOTE_ROWS: ReadonlySet<string> = new Set(NOTE_ROW_TYPES);

const holdsNotes = (row: Row): boolean => NOTE_ROWS.has(row.type);

/** The start of a note's text, enough for a person to recognise it. */
function quote(note: Note): string {
  const words = note.text.replace(/\s+/g, ' ').trim();
  return words.length <= 40 ? `"${words}"` : `"${words.slice(0, 39).trimEnd()}…"`;
}

function rowName(map: JourneyMap, row: Row): string {
  if (row.type !== 'department') return row.name ?? ROW_TERMS[row.type].word;
  return map.departments.find((d) => d.id === row.departmentId)?.name ?? ROW_TERMS.department.word;
}

/** The row orphaned notes go to, adding one (and writing the order out) when there is none. */
function homeRow(map: JourneyMap, ids: () => IdAllocator, notices: string[]): Row {
  const rows = resolveRows(map);
  const noteRows = rows.filter(holdsNotes);
  const home = noteRows.find((row) => row.hidden !== true) ?? noteRows[0];
  if (home !== undefined) return home;
  const written = rows.map((row) =>
    isImpliedRowId(row.id) ? { ...row, id: ids().next(ID_PREFIXES.row) } : row,
  );
  const added: Row = { id: ids().next(ID_PREFIXES.row), type: 'notes', name: ROW_TERMS.notes.word };
  map.rows = [...written, added];
  notices.push(
    `No row held notes, so a row "${added.name}" was added at the bottom of the map for them.`,
  );
  return added;
}

/** Repairs `map.notes` in place; one notice per note moved. */
export function repairNotes(map: JourneyMap, ids: () => IdAllocator): string[] {
  const notes = map.notes;
  if (notes === undefined || notes.length === 0) return [];
  const stages = new Set(map.stages.map((s) => s.id));
  const rows = new Map(resolveRows(map).map((row) => [row.id, row] as const));
  const firstStage = map.stages[0]!;
  const notices: string[] = [];
  let home: Row | undefined;
  const repaired = notes.map((note): Note => {
    let next = note;
    if (!stages.has(note.stageId)) {
      notices.push(
        `The note ${quote(note)} was in a stage that is no longer in the map; it is now in the first stage, "${firstStage.name}".`,
      );
      next = { ...next, stageId: firstStage.id };
    }
    const row = rows.get(note.rowId);
    if (row === undefined || !holdsNotes(row)) {
      home ??= homeRow(map, ids, notices);
      notices.push(
        row === undefined
          ? `The note ${quote(note)} was in a row that is no longer in the map; it is now in the row "${rowName(map, home)}".`
          : `The note ${quote(note)} was in the row "${rowName(map, row)}", which holds no notes; it is now in the row "${rowName(map, home)}".`,
      );
      next = { ...next, rowId: home.id };
    }
    return next;
  });
  if (notices.length > 0) map.notes = repaired;
  return notices;
}
