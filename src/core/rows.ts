/**
 * The rows a map is drawn in, top to bottom: `map.rows` when the file has it, else today's
 * order (the emotion curve, then one row per department). Canvas, PDF, checks and exports
 * read the order from here so they agree.
 *
 * An older version keeps `rows` untouched but does not maintain it (file-format rule 9):
 * a department it added is missing from the list, one it deleted is still named. Here a
 * missing department is shown at the end of its layer and a row naming a department that
 * no longer exists is left out; the reader (rows-repair) reports both as notices.
 */
import {
  LAYERS,
  type Department,
  type DepartmentRow,
  type JourneyMap,
  type Layer,
  type Row,
} from './model.ts';

/** Absent means frontstage: the place of every department before blueprints. */
export function layerOf(department: Pick<Department, 'layer'>): Layer {
  return department.layer ?? 'frontstage';
}

const layerRank = (layer: Layer): number => LAYERS.indexOf(layer);

/**
 * The id of a row that only exists in memory (no `rows` in the file yet). The colon is not
 * allowed in file ids, so it never collides with one; an edit that changes the rows writes
 * real ids (ops give every row a fresh one).
 */
function impliedRowId(type: Row['type'], departmentId?: string): string {
  return departmentId === undefined ? `${type}:` : `${type}:${departmentId}`;
}

export function isImpliedRowId(id: string): boolean {
  return id.includes(':');
}

function departmentRow(department: Department, id: string): DepartmentRow {
  return { id, type: 'department', departmentId: department.id };
}

/** Today's order, for a map without `rows`. */
function impliedRows(map: Pick<JourneyMap, 'departments'>): Row[] {
  return [
    { id: impliedRowId('emotion'), type: 'emotion' },
    ...map.departments.map((d) => departmentRow(d, impliedRowId('department', d.id))),
  ];
}

/**
 * Where a department missing from the rows goes: after the last department row of its
 * layer; with none, after the last one of an earlier layer, else before the first one of a
 * later layer, else at the end.
 */
function insertionIndex(rows: readonly Row[], layer: Layer, layers: Map<string, Layer>): number {
  const rank = layerRank(layer);
  let after = -1;
  let before = -1;
  rows.forEach((row, index) => {
    if (row.type !== 'department') return;
    const r = layerRank(layers.get(row.departmentId) ?? 'frontstage');
    if (r <= rank) after = index;
    else if (before < 0) before = index;
  });
  if (after >= 0) return after + 1;
  if (before >= 0) return before;
  return rows.length;
}

/** Every row in drawing order, hidden ones included, each department exactly once. */
export function resolveRows(map: Pick<JourneyMap, 'departments' | 'rows'>): Row[] {
  if (map.rows === undefined) return impliedRows(map);
  const layers = new Map(map.departments.map((d) => [d.id, layerOf(d)] as const));
  const seen = new Set<string>();
  const rows = map.rows.filter((row) => {
    if (row.type !== 'department') return true;
    if (!layers.has(row.departmentId) || seen.has(row.departmentId)) return false;
    seen.add(row.departmentId);
    return true;
  });
  for (const department of map.departments) {
    if (seen.has(department.id)) continue;
    const layer = layerOf(department);
    const row = departmentRow(department, impliedRowId('department', department.id));
    rows.splice(insertionIndex(rows, layer, layers), 0, row);
  }
  return rows;
}

/** The rows that are drawn. */
export function visibleRows(map: Pick<JourneyMap, 'departments' | 'rows'>): Row[] {
  return resolveRows(map).filter((row) => row.hidden !== true);
}

/** Department ids in row order: the order of the swimlanes on the canvas and in print. */
export function laneOrder(map: Pick<JourneyMap, 'departments' | 'rows'>): string[] {
  if (map.rows === undefined) return map.departments.map((d) => d.id);
  return resolveRows(map).flatMap((row) => (row.type === 'department' ? [row.departmentId] : []));
}
