/**
 * Rows of a service blueprint: their order, which are shown, their names, and the layer of
 * each department. A map without `rows` is drawn in today's order with in-memory row ids
 * (rows.ts); the first edit here writes the whole list with real ids, so later edits and
 * notes have rows to point at.
 */
import {
  LAYERS,
  ROW_TYPES,
  type Department,
  type JourneyMap,
  type Layer,
  type Row,
  type RowType,
} from '../model.ts';
import { isImpliedRowId, layerOf, resolveRows } from '../rows.ts';
import { OperationError } from './errors.ts';
import { ID_PREFIXES, idAllocator } from './ids.ts';
import { insertAt, moveItem } from './lists.ts';
import { getDepartment } from './lookup.ts';
import { omitKey } from './patch.ts';
import { checkIndex } from './validate.ts';
import { checkNoteRowName } from './notes.ts';

export interface NewRow {
  /** Any type but `department`: a department gets its row when it is added. */
  type: Exclude<RowType, 'department'>;
  /** Required for a `notes` row; shown instead of the type's word for the others. */
  name?: string;
  /** Where it goes among all rows (hidden ones included), 0 = top; default last. */
  index?: number;
  /** Default `row-<type>` (or -2, -3...). */
  id?: string;
}

/** The rows in drawing order with a real id on each, as the file will hold them. */
function writtenRows(map: JourneyMap): Row[] {
  const rows = resolveRows(map);
  if (!rows.some((r) => isImpliedRowId(r.id))) return rows;
  const ids = idAllocator(map);
  return rows.map((row) => {
    if (!isImpliedRowId(row.id)) return row;
    const name = row.type === 'department' ? row.departmentId : row.type;
    return { ...row, id: ids.fromName(ID_PREFIXES.row, name) };
  });
}

function rowIndex(rows: readonly Row[], id: string): number {
  const index = rows.findIndex((r) => r.id === id);
  if (index < 0) throw new OperationError(`There is no row "${id}"`);
  return index;
}

/**
 * The rows with `id` resolved: an in-memory id ("department:dep-x") of a map without rows
 * names the row that gets a real id on writing.
 */
function withRow(map: JourneyMap, id: string): { rows: Row[]; index: number } {
  const implied = resolveRows(map);
  const index = rowIndex(implied, id);
  return { rows: writtenRows(map), index };
}

export function addRow(map: JourneyMap, input: NewRow): JourneyMap {
  if (
    !(ROW_TYPES as readonly string[]).includes(input.type) ||
    input.type === ('department' as RowType)
  ) {
    throw new OperationError(`Cannot add a row of type "${String(input.type)}"`);
  }
  const rows = writtenRows(map);
  if (input.type === 'emotion' && rows.some((r) => r.type === 'emotion')) {
    throw new OperationError('The map already has an emotion row');
  }
  const index = input.index ?? rows.length;
  checkIndex(index, rows.length, 'row index');
  // Reserve the ids writtenRows handed out before choosing this one.
  const ids = idAllocator({ ...map, rows });
  const id =
    input.id === undefined ? ids.fromName(ID_PREFIXES.row, input.type) : ids.claim(input.id);
  let row: Row;
  if (input.type === 'notes') {
    const name = input.name ?? '';
    checkNoteRowName(name);
    row = { id, type: 'notes', name };
  } else {
    row = { id, type: input.type };
    if (input.name !== undefined) {
      checkNoteRowName(input.name);
      row.name = input.name;
    }
  }
  return { ...map, rows: insertAt(rows, index, row) };
}

/** Removes a row that is not a department's (remove the department instead), and its notes. */
export function removeRow(map: JourneyMap, id: string): JourneyMap {
  const { rows, index } = withRow(map, id);
  const row = rows[index]!;
  if (row.type === 'department') {
    throw new OperationError('A department row goes with its department: remove the department');
  }
  const next: JourneyMap = { ...map, rows: rows.filter((_, i) => i !== index) };
  if (map.notes === undefined) return next;
  const notes = map.notes.filter((n) => n.rowId !== row.id);
  return notes.length === map.notes.length ? next : { ...next, notes };
}

/** Moves the row so that it ends up at `toIndex` among all rows, hidden ones included. */
export function moveRow(map: JourneyMap, id: string, toIndex: number): JourneyMap {
  const { rows, index } = withRow(map, id);
  checkIndex(toIndex, rows.length - 1, 'row index');
  if (index === toIndex && map.rows !== undefined) return map;
  return { ...map, rows: moveItem(rows, index, toIndex) };
}

export function setRowHidden(map: JourneyMap, id: string, hidden: boolean): JourneyMap {
  const { rows, index } = withRow(map, id);
  const row = rows[index]!;
  if ((row.hidden === true) === hidden && map.rows !== undefined) return map;
  const next = hidden ? { ...row, hidden: true } : omitKey(row, 'hidden');
  return { ...map, rows: rows.map((r, i) => (i === index ? (next as Row) : r)) };
}

/**
 * Names a row. A notes row needs a name; for a customer, evidence, thoughts, emotion, pains
 * or ideas row `undefined` brings back the type's word. A department row is named by its
 * department.
 */
export function renameRow(map: JourneyMap, id: string, name: string | undefined): JourneyMap {
  const { rows, index } = withRow(map, id);
  const row = rows[index]!;
  if (row.type === 'department') {
    throw new OperationError("A department row shows its department's name: rename the department");
  }
  let next: Row;
  if (name === undefined) {
    if (row.type === 'notes') throw new OperationError('A notes row needs a name');
    next = omitKey(row, 'name') as Row;
  } else {
    checkNoteRowName(name);
    next = { ...row, name };
  }
  return { ...map, rows: rows.map((r, i) => (i === index ? next : r)) };
}

const rank = (layer: Layer): number => LAYERS.indexOf(layer);

/**
 * Sets a department's layer (frontstage is written as no key, the default). Its row moves
 * to the end of its new layer when it would otherwise sit among another layer's rows, so
 * the blueprint's lines stay between whole layers.
 */
export function setDepartmentLayer(
  map: JourneyMap,
  departmentId: string,
  layer: Layer,
): JourneyMap {
  getDepartment(map, departmentId);
  if (!LAYERS.includes(layer)) throw new OperationError(`Invalid layer "${String(layer)}"`);
  const departments = map.departments.map((d) => {
    if (d.id !== departmentId) return d;
    return layer === 'frontstage' ? (omitKey(d, 'layer') as Department) : { ...d, layer };
  });
  const rows = writtenRows(map);
  const layers = new Map(departments.map((d) => [d.id, rank(layerOf(d))]));
  const from = rows.findIndex((r) => r.type === 'department' && r.departmentId === departmentId);
  const r = rank(layer);
  const rankAt = (row: Row | undefined): number | undefined =>
    row?.type === 'department' ? layers.get(row.departmentId) : undefined;
  const others = rows.filter((_, i) => i !== from);
  const before = rows
    .slice(0, from)
    .map(rankAt)
    .filter((x) => x !== undefined);
  const after = rows
    .slice(from + 1)
    .map(rankAt)
    .filter((x) => x !== undefined);
  const fits = before.every((x) => x <= r) && after.every((x) => x >= r);
  if (fits) return { ...map, departments, rows };
  let to = 0;
  others.forEach((row, i) => {
    const x = rankAt(row);
    if (x !== undefined && x <= r) to = i + 1;
  });
  if (to === 0) {
    const firstLater = others.findIndex((row) => (rankAt(row) ?? -1) > r);
    to = firstLater < 0 ? others.length : firstLater;
  }
  return { ...map, departments, rows: insertAt(others, to, rows[from]!) };
}
