/** Finding records by id, throwing `OperationError` for an id the map does not have. */
import type { Department, JourneyMap, Stage, Touchpoint } from '../model.ts';
import { OperationError } from './errors.ts';

export function missing(sort: string, id: string): OperationError {
  return new OperationError(`No ${sort} has the id ${JSON.stringify(id)}`);
}

function find<T extends { id: string }>(list: readonly T[], id: string, sort: string): T {
  const found = list.find((item) => item.id === id);
  if (found === undefined) throw missing(sort, id);
  return found;
}

export const getStage = (map: JourneyMap, id: string): Stage => find(map.stages, id, 'stage');

export const getDepartment = (map: JourneyMap, id: string): Department =>
  find(map.departments, id, 'department');

export const getTouchpoint = (map: JourneyMap, id: string): Touchpoint =>
  find(map.touchpoints, id, 'touchpoint');

/** The ids as a set, after checking that every one names a touchpoint. */
export function touchpointIdSet(map: JourneyMap, ids: readonly string[]): Set<string> {
  const known = new Set(map.touchpoints.map((tp) => tp.id));
  for (const id of ids) if (!known.has(id)) throw missing('touchpoint', id);
  return new Set(ids);
}
