/** Connections: the path the customer takes from one touchpoint to the next. */
import type { Connection, JourneyMap } from '../model.ts';
import { connectionSchema } from '../schema.ts';
import { OperationError } from './errors.ts';
import { ID_PREFIXES, idAllocator } from './ids.ts';
import { replaceById } from './lists.ts';
import { getTouchpoint, missing } from './lookup.ts';
import { applyPatch } from './patch.ts';
import { check } from './validate.ts';
import { pruneComments } from './comments.ts';

/** The connection from `from` to `to`, if any (the other direction is another connection). */
export function findConnection(map: JourneyMap, from: string, to: string): Connection | undefined {
  return map.connections.find((cn) => cn.from === from && cn.to === to);
}

/**
 * Connects two touchpoints. A second connection from the same card to the same card would
 * draw over the first, so a duplicate returns the map unchanged (the same object), whatever
 * its label. `id` defaults to `uniqueId(map, 'cn')`.
 */
export function addConnection(
  map: JourneyMap,
  from: string,
  to: string,
  label?: string,
  id?: string,
): JourneyMap {
  getTouchpoint(map, from);
  getTouchpoint(map, to);
  if (from === to) throw new OperationError(`A touchpoint cannot connect to itself ("${from}")`);
  if (findConnection(map, from, to) !== undefined) return map;
  const ids = idAllocator(map);
  const connection: Connection = {
    id: id === undefined ? ids.next(ID_PREFIXES.connection) : ids.claim(id),
    from,
    to,
  };
  if (label !== undefined) connection.label = label;
  check(connectionSchema, connection, 'connection');
  return { ...map, connections: [...map.connections, connection] };
}

export function removeConnections(map: JourneyMap, ids: readonly string[]): JourneyMap {
  if (ids.length === 0) return map;
  const known = new Set(map.connections.map((cn) => cn.id));
  for (const id of ids) if (!known.has(id)) throw missing('connection', id);
  const gone = new Set(ids);
  return pruneComments({ ...map, connections: map.connections.filter((cn) => !gone.has(cn.id)) });
}

/** `undefined` removes the label. */
export function setConnectionLabel(
  map: JourneyMap,
  id: string,
  label: string | undefined,
): JourneyMap {
  const connections = replaceById(map.connections, id, 'connection', (cn) => {
    const next = applyPatch(cn, { label });
    check(connectionSchema, next, `connection "${id}"`);
    return next;
  });
  return { ...map, connections };
}
