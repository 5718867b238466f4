/**
 * Questions about the cells of a computed layout: where the cell of a stage and a department
 * is, which cell holds a canvas point, and a point as a position inside its cell.
 */
import type { CellRef, LayoutColumn, LayoutLane, MapLayout, Rect } from './layout.ts';
import type { Position } from './model.ts';

function findColumn(layout: MapLayout, stageId: string): LayoutColumn | undefined {
  return layout.columns.find((c) => c.id === stageId);
}

function findLane(layout: MapLayout, departmentId: string): LayoutLane | undefined {
  return layout.lanes.find((l) => l.id === departmentId);
}

/** The cell of a stage and a department, absolute; null when either is unknown. */
export function cellRect(layout: MapLayout, stageId: string, departmentId: string): Rect | null {
  const column = findColumn(layout, stageId);
  const lane = findLane(layout, departmentId);
  if (!column || !lane) return null;
  return { x: column.x, y: lane.y, width: column.width, height: lane.height };
}

/** The absolute top-left of a cell; null when the stage or department is unknown. */
export function cellOrigin(
  layout: MapLayout,
  stageId: string,
  departmentId: string,
): Position | null {
  const rect = cellRect(layout, stageId, departmentId);
  return rect && { x: rect.x, y: rect.y };
}

/** Index of the span [start, start + size) that holds `value`, by binary search; -1 if none. */
function findSpan<T>(
  items: readonly T[],
  value: number,
  start: (item: T) => number,
  size: (item: T) => number,
): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    const from = start(item);
    if (value < from) hi = mid - 1;
    else if (value >= from + size(item)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The cell that contains an absolute canvas point, or null (headers, emotion row, outside).
 * Each cell holds its top and left borders, not its right and bottom ones, so a point on a
 * shared border belongs to exactly one cell and the grid's right and bottom edges are outside.
 */
export function cellAt(layout: MapLayout, point: Position): CellRef | null {
  const c = findSpan(
    layout.columns,
    point.x,
    (col) => col.x,
    (col) => col.width,
  );
  if (c < 0) return null;
  const l = findSpan(
    layout.lanes,
    point.y,
    (lane) => lane.y,
    (lane) => lane.height,
  );
  if (l < 0) return null;
  return { stageId: layout.columns[c]!.id, departmentId: layout.lanes[l]!.id };
}

/**
 * An absolute canvas point (a dropped card's top-left) as a `position` inside the cell of
 * a stage and a department, clamped to be >= 0 on both axes; not rounded. Null when the
 * stage or department is unknown.
 */
export function relativePosition(
  layout: MapLayout,
  stageId: string,
  departmentId: string,
  absolute: Position,
): Position | null {
  const origin = cellOrigin(layout, stageId, departmentId);
  if (!origin) return null;
  return { x: Math.max(0, absolute.x - origin.x), y: Math.max(0, absolute.y - origin.y) };
}
