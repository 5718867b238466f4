/** Departments: the swimlanes of the map, top to bottom; a touchpoint's lane is its owner. */
import type { Department, JourneyMap, Row } from '../model.ts';
import { isImpliedRowId, resolveRows } from '../rows.ts';
import { departmentSchema } from '../schema.ts';
import { DEFAULT_DEPARTMENTS } from '../defaults.ts';
import { OperationError } from './errors.ts';
import { ID_PREFIXES, idAllocator } from './ids.ts';
import { vacate, type RemoveOptions } from './lanes.ts';
import { insertAt, moveItem, replaceById } from './lists.ts';
import { getDepartment } from './lookup.ts';
import { applyPatch } from './patch.ts';
import { check, checkIndex } from './validate.ts';
import { pruneComments } from './comments.ts';

export interface NewDepartment {
  name: string;
  /** #rrggbb; default `nextDepartmentColor(map)`. */
  color?: string;
  /** Where it goes, 0 = first; default last. */
  index?: number;
  /** Default `uniqueId(map, 'dep')`. */
  id?: string;
}

/** The first default colour no department uses yet, so a new lane stands out; cycles when all are taken. */
export function nextDepartmentColor(map: JourneyMap): string {
  const used = new Set(map.departments.map((d) => d.color.toLowerCase()));
  const palette = DEFAULT_DEPARTMENTS.map((d) => d.color);
  const free = palette.find((color) => !used.has(color.toLowerCase()));
  return free ?? palette[map.departments.length % palette.length] ?? '#808080';
}

export function addDepartment(map: JourneyMap, input: NewDepartment): JourneyMap {
  const index = input.index ?? map.departments.length;
  checkIndex(index, map.departments.length, 'department index');
  const ids = idAllocator(map);
  const department: Department = {
    id: input.id === undefined ? ids.next(ID_PREFIXES.department) : ids.claim(input.id),
    name: input.name,
    color: input.color ?? nextDepartmentColor(map),
  };
  check(departmentSchema, department, 'department');
  const next = { ...map, departments: insertAt(map.departments, index, department) };
  if (map.rows === undefined) return next;
  // A map with rows gets the new department's row where the reader would put it (the end
  // of its layer), so the file never needs that repair.
  const rows = resolveRows(next).map((row) =>
    isImpliedRowId(row.id) ? { ...row, id: ids.next(ID_PREFIXES.row) } : row,
  );
  return { ...next, rows };
}

function updateDepartment(map: JourneyMap, id: string, patch: Partial<Department>): JourneyMap {
  const departments = replaceById(map.departments, id, 'department', (department) => {
    const next = applyPatch(department, patch);
    check(departmentSchema, next, `department "${id}"`);
    return next;
  });
  return { ...map, departments };
}

export function renameDepartment(map: JourneyMap, id: string, name: string): JourneyMap {
  return updateDepartment(map, id, { name });
}

/** `color` is #rrggbb. */
export function recolorDepartment(map: JourneyMap, id: string, color: string): JourneyMap {
  return updateDepartment(map, id, { color });
}

/** Moves the department so that it ends up at `toIndex`. */
export function reorderDepartment(map: JourneyMap, id: string, toIndex: number): JourneyMap {
  const from = map.departments.indexOf(getDepartment(map, id));
  checkIndex(toIndex, map.departments.length - 1, 'department index');
  if (from === toIndex) return map;
  const departments = moveItem(map.departments, from, toIndex);
  return {
    ...map,
    departments,
    ...(map.rows && { rows: followDepartments(map.rows, departments) }),
  };
}

/**
 * The department rows take the departments' new order in the places department rows held,
 * so a reorder moves the lanes the same way with or without `rows`; other rows stay put.
 */
function followDepartments(rows: readonly Row[], departments: readonly Department[]): Row[] {
  const byDepartment = new Map(
    rows.flatMap((row) => (row.type === 'department' ? [[row.departmentId, row] as const] : [])),
  );
  const ordered = departments.flatMap((d) => byDepartment.get(d.id) ?? []);
  let next = 0;
  return rows.map((row) =>
    row.type === 'department' && byDepartment.get(row.departmentId) === row
      ? ordered[next++]!
      : row,
  );
}

/**
 * Removes a department and its row. Its touchpoints are deleted with their connections, or,
 * with `moveTo`, handed over to that department, each staying in its stage's column (see `vacate`).
 */
export function removeDepartment(
  map: JourneyMap,
  id: string,
  options: RemoveOptions = {},
): JourneyMap {
  getDepartment(map, id);
  if (map.departments.length === 1) {
    throw new OperationError('Cannot remove the last department: a map needs at least one');
  }
  const { moveTo } = options;
  if (moveTo !== undefined) {
    getDepartment(map, moveTo);
    if (moveTo === id) {
      throw new OperationError('Cannot move touchpoints into the department being removed');
    }
  }
  const emptied = vacate(map, 'departmentId', id, moveTo);
  const rows = emptied.rows?.filter((row) => row.type !== 'department' || row.departmentId !== id);
  return pruneComments({
    ...emptied,
    departments: emptied.departments.filter((d) => d.id !== id),
    ...(rows && { rows }),
  });
}
