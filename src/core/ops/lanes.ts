/**
 * The touchpoints of a stage (column) or department (lane): counting them, and what
 * becomes of them when their stage or department is removed.
 */
import type { JourneyMap, Touchpoint } from '../model.ts';
import { OperationError } from './errors.ts';
import { getDepartment, getStage } from './lookup.ts';
import { byVisualOrder, placeCards } from './placement.ts';
import { dropTouchpoints } from './touchpoints.ts';

/** A column, a lane, or (both given) one cell. */
export interface CellQuery {
  stageId?: string;
  departmentId?: string;
}

export type LaneKey = 'stageId' | 'departmentId';

export interface RemoveOptions {
  /** Where the touchpoints go; omitted, they are deleted. */
  moveTo?: string;
}

function inCell(query: CellQuery): (tp: Touchpoint) => boolean {
  return (tp) =>
    (query.stageId === undefined || tp.stageId === query.stageId) &&
    (query.departmentId === undefined || tp.departmentId === query.departmentId);
}

/** How many touchpoints a removal would delete or move ("delete 5 touchpoints?"). */
export function countTouchpointsIn(map: JourneyMap, query: CellQuery): number {
  if (query.stageId === undefined && query.departmentId === undefined) {
    throw new OperationError('countTouchpointsIn needs a stageId, a departmentId or both');
  }
  if (query.stageId !== undefined) getStage(map, query.stageId);
  if (query.departmentId !== undefined) getDepartment(map, query.departmentId);
  return map.touchpoints.filter(inCell(query)).length;
}

/**
 * Empties the stage or department `id` before it is removed. Without `moveTo`, its
 * touchpoints are deleted along with every connection from or to them. With `moveTo`,
 * they move to that stage (keeping their department) or that department (keeping their
 * stage), keep their connections, and are stacked below the cards already in each
 * receiving cell, in their previous top-to-bottom order.
 */
export function vacate(map: JourneyMap, key: LaneKey, id: string, moveTo?: string): JourneyMap {
  const leaving = map.touchpoints.filter((tp) => tp[key] === id);
  if (moveTo === undefined) return dropTouchpoints(map, new Set(leaving.map((tp) => tp.id)));
  const moves = leaving.toSorted(byVisualOrder).map((tp) => ({ id: tp.id, [key]: moveTo }));
  return { ...map, touchpoints: placeCards(map.touchpoints, moves) };
}
