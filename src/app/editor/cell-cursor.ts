/**
 * The cell cursor: the stage × department cell the keyboard works in. Arrows move it, N
 * adds a card there, a palette click lands there. In a service blueprint it also stands
 * in the cells of note rows (customer actions, evidence, thoughts, notes), where N or Enter
 * writes a note: then `rowId` names the row and `departmentId` is empty. Pure functions
 * of the map, so the rules (clamped to the grid, a stale cursor falls back to a real cell)
 * are unit-tested.
 */
import { NOTE_ROW_TYPES, type JourneyMap, type Touchpoint } from '../../core/model.ts';
import { byVisualOrder } from '../../core/ops/placement.ts';
import { visibleRows } from '../../core/rows.ts';

export interface CellCursor {
  stageId: string;
  departmentId: string;
  /** A note row's id: the cursor is in that row, not in a lane. */
  rowId?: string;
}

type Grid = Pick<JourneyMap, 'stages' | 'departments' | 'rows'>;

/** A row the cursor can stand in: a department's lane or a note row. */
type CursorRow = { departmentId: string } | { rowId: string };

const NOTE_ROWS: ReadonlySet<string> = new Set(NOTE_ROW_TYPES);

/** The rows the cursor steps through, top to bottom (drawn ones only; all lanes without `rows`). */
function cursorRows(map: Grid): CursorRow[] {
  if (map.rows === undefined) return map.departments.map((d) => ({ departmentId: d.id }));
  return visibleRows(map).flatMap((row): CursorRow[] => {
    if (row.type === 'department') return [{ departmentId: row.departmentId }];
    return NOTE_ROWS.has(row.type) ? [{ rowId: row.id }] : [];
  });
}

function rowIndexOf(rows: readonly CursorRow[], cursor: CellCursor): number {
  return rows.findIndex((r) =>
    'rowId' in r
      ? r.rowId === cursor.rowId
      : cursor.rowId === undefined && r.departmentId === cursor.departmentId,
  );
}

function cursorAt(stageId: string, row: CursorRow): CellCursor {
  return 'rowId' in row
    ? { stageId, departmentId: '', rowId: row.rowId }
    : { stageId, departmentId: row.departmentId };
}

/**
 * The cursor if it still names a cell of the map, else the first cell (a removed stage or
 * department, or no cursor yet); null for a map without cells.
 */
export function cursorCell(map: Grid, cursor: CellCursor | null): CellCursor | null {
  const first = { stage: map.stages[0], department: map.departments[0] };
  if (first.stage === undefined || first.department === undefined) return null;
  const stage = map.stages.find((s) => s.id === cursor?.stageId) ?? first.stage;
  if (cursor?.rowId !== undefined) {
    const rows = cursorRows(map);
    const index = rowIndexOf(rows, cursor);
    if (index >= 0) return cursorAt(stage.id, rows[index]!);
  }
  const department = map.departments.find((d) => d.id === cursor?.departmentId) ?? first.department;
  return { stageId: stage.id, departmentId: department.id };
}

const clamp = (value: number, last: number) => Math.min(Math.max(value, 0), last);

/** The cell `columns` stages right and `down` rows down (lanes and note rows), stopping at the grid's edges. */
export function moveCursor(
  map: Grid,
  cursor: CellCursor | null,
  columns: number,
  down: number,
): CellCursor | null {
  const from = cursorCell(map, cursor);
  if (from === null) return null;
  // No cursor yet: the first press shows it on the first cell instead of moving past it.
  if (cursor === null) return from;
  const stage = map.stages.findIndex((s) => s.id === from.stageId);
  const stageId = map.stages[clamp(stage + columns, map.stages.length - 1)]!.id;
  const rows = cursorRows(map);
  const row = rowIndexOf(rows, from);
  // A lane whose row is hidden is not in the list: the cursor stays in its row then.
  if (row < 0) return { ...from, stageId };
  return cursorAt(stageId, rows[clamp(row + down, rows.length - 1)]!);
}

/** The cards of a cell, top to bottom as the reader sees them. */
export function cardsInCell(touchpoints: readonly Touchpoint[], cell: CellCursor): Touchpoint[] {
  return touchpoints
    .filter((tp) => tp.stageId === cell.stageId && tp.departmentId === cell.departmentId)
    .sort(byVisualOrder);
}

export function sameCell(a: CellCursor | null, b: CellCursor | null): boolean {
  return a?.stageId === b?.stageId && a?.departmentId === b?.departmentId && a?.rowId === b?.rowId;
}
