/**
 * The cell cursor: the stage × department cell the keyboard works in. Arrows move it, N
 * adds a card there, a palette click lands there. Pure functions of the map, so the rules
 * (clamped to the grid, a stale cursor falls back to a real cell) are unit-tested.
 */
import type { JourneyMap, Touchpoint } from '../../core/model.ts';
import { byVisualOrder } from '../../core/ops/placement.ts';

export interface CellCursor {
  stageId: string;
  departmentId: string;
}

type Grid = Pick<JourneyMap, 'stages' | 'departments'>;

/**
 * The cursor if it still names a cell of the map, else the first cell (a removed stage or
 * department, or no cursor yet); null for a map without cells.
 */
export function cursorCell(map: Grid, cursor: CellCursor | null): CellCursor | null {
  const first = { stage: map.stages[0], department: map.departments[0] };
  if (first.stage === undefined || first.department === undefined) return null;
  const stage = map.stages.find((s) => s.id === cursor?.stageId) ?? first.stage;
  const department = map.departments.find((d) => d.id === cursor?.departmentId) ?? first.department;
  return { stageId: stage.id, departmentId: department.id };
}

const clamp = (value: number, last: number) => Math.min(Math.max(value, 0), last);

/** The cell `columns` stages right and `rows` departments down, stopping at the grid's edges. */
export function moveCursor(
  map: Grid,
  cursor: CellCursor | null,
  columns: number,
  rows: number,
): CellCursor | null {
  const from = cursorCell(map, cursor);
  if (from === null) return null;
  // No cursor yet: the first press shows it on the first cell instead of moving past it.
  if (cursor === null) return from;
  const stage = map.stages.findIndex((s) => s.id === from.stageId);
  const department = map.departments.findIndex((d) => d.id === from.departmentId);
  return {
    stageId: map.stages[clamp(stage + columns, map.stages.length - 1)]!.id,
    departmentId: map.departments[clamp(department + rows, map.departments.length - 1)]!.id,
  };
}

/** The cards of a cell, top to bottom as the reader sees them. */
export function cardsInCell(touchpoints: readonly Touchpoint[], cell: CellCursor): Touchpoint[] {
  return touchpoints
    .filter((tp) => tp.stageId === cell.stageId && tp.departmentId === cell.departmentId)
    .sort(byVisualOrder);
}

export function sameCell(a: CellCursor | null, b: CellCursor | null): boolean {
  return a?.stageId === b?.stageId && a?.departmentId === b?.departmentId;
}
