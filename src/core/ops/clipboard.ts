/**
 * Copies of touchpoints: duplicating cards of the map, and pasting cards from a clipboard
 * (which may come from another map, another version, or not from Touchmap at all).
 * Copies get fresh ids, and so do their frictions, opportunities and the connections that
 * run between copied cards; connections to cards left behind are not copied.
 */
import type { Connection, JourneyMap, Position, Touchpoint } from '../model.ts';
import { LAYOUT } from '../layout.ts';
import { connectionSchema, touchpointSchema } from '../schema.ts';
import { OperationError } from './errors.ts';
import { ID_PREFIXES, idAllocator, type IdAllocator } from './ids.ts';
import { getDepartment, getStage, getTouchpoint } from './lookup.ts';
import { nearestFreePosition, nextFreePosition } from './placement.ts';
import { checkPosition, checked } from './validate.ts';

/** The new map and the ids of the copies, in the order of the originals (to select them). */
export interface CopyResult {
  map: JourneyMap;
  ids: string[];
}

export interface PasteTarget {
  /** The cell for cards whose stage or department is not in this map; default the first of each. */
  stageId?: string;
  departmentId?: string;
  /** Added to the position of cards that keep their cell; default none. */
  offset?: Position;
}

const DEFAULT_DUPLICATE_OFFSET: Position = { x: LAYOUT.CELL_PADDING, y: LAYOUT.CELL_PADDING };

type Place = (card: Touchpoint, placed: readonly Touchpoint[]) => Touchpoint;

function freshCopy(card: Touchpoint, ids: IdAllocator): Touchpoint {
  return {
    ...card,
    id: ids.next(ID_PREFIXES.touchpoint),
    frictions: card.frictions.map((f) => ({ ...f, id: ids.next(ID_PREFIXES.friction) })),
    opportunities: card.opportunities.map((o) => ({
      ...o,
      id: ids.next(ID_PREFIXES.opportunity),
    })),
  };
}

/** Connections among the originals, re-pointed at the copies; one per (from, to) pair. */
function copyConnections(
  connections: readonly Connection[],
  newIdOf: ReadonlyMap<string, string>,
  ids: IdAllocator,
): Connection[] {
  const seen = new Set<string>();
  const out: Connection[] = [];
  for (const cn of connections) {
    const from = newIdOf.get(cn.from);
    const to = newIdOf.get(cn.to);
    if (from === undefined || to === undefined || from === to) continue;
    const pair = `${from}\n${to}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    out.push({ ...cn, id: ids.next(ID_PREFIXES.connection), from, to });
  }
  return out;
}

function addCopies(
  map: JourneyMap,
  originals: readonly Touchpoint[],
  connections: readonly Connection[],
  place: Place,
): CopyResult {
  const ids = idAllocator(map);
  const newIdOf = new Map<string, string>();
  let touchpoints = [...map.touchpoints];
  for (const original of originals) {
    const copy = place(freshCopy(original, ids), touchpoints);
    newIdOf.set(original.id, copy.id);
    touchpoints = [...touchpoints, copy];
  }
  return {
    map: {
      ...map,
      touchpoints,
      connections: [...map.connections, ...copyConnections(connections, newIdOf, ids)],
    },
    ids: [...newIdOf.values()],
  };
}

const shifted = (position: Position, offset: Position): Position => ({
  ...position,
  x: position.x + offset.x,
  y: position.y + offset.y,
});

/** A copy in the free slot of its cell nearest to `wanted`, so it covers no card. */
const slotted = (
  copy: Touchpoint,
  placed: readonly Touchpoint[],
  wanted: Position,
): Touchpoint => ({
  ...copy,
  position: {
    ...copy.position,
    ...nearestFreePosition(placed, copy.stageId, copy.departmentId, wanted),
  },
});

/**
 * Copies land in the cell of their original, in the free slot nearest to `offset` away
 * from it; appended to the map.
 */
export function duplicateTouchpoints(
  map: JourneyMap,
  ids: readonly string[],
  offset: Position = DEFAULT_DUPLICATE_OFFSET,
): CopyResult {
  checkPosition(offset, 'offset');
  const originals = [...new Set(ids)].map((id) => getTouchpoint(map, id));
  return addCopies(map, originals, map.connections, (copy, placed) =>
    slotted(copy, placed, shifted(copy.position, offset)),
  );
}

/** The clipboard's cards as valid touchpoints (defaults filled in, unknown keys kept). */
function readClipboard(touchpoints: readonly unknown[]): Touchpoint[] {
  const cards = touchpoints.map((tp, i) => checked(touchpointSchema, tp, `pasted touchpoint ${i}`));
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.id)) {
      throw new OperationError(`The pasted touchpoints use the id "${card.id}" twice`);
    }
    seen.add(card.id);
  }
  return cards;
}

/**
 * Pastes clipboard cards with fresh ids. A card whose stage or department is not in this
 * map goes to the target's stage or department instead, in the next free slot of its new
 * cell; the others keep their cell and go to the free slot nearest their position (plus
 * `offset`), so a paste never covers a card. Connections are kept when
 * both their ends are pasted.
 */
export function pasteTouchpoints(
  map: JourneyMap,
  touchpoints: readonly Touchpoint[],
  connections: readonly Connection[] = [],
  target: PasteTarget = {},
): CopyResult {
  const stageId = target.stageId ?? map.stages[0]?.id ?? '';
  const departmentId = target.departmentId ?? map.departments[0]?.id ?? '';
  getStage(map, stageId);
  getDepartment(map, departmentId);
  const offset = target.offset ?? { x: 0, y: 0 };
  checkPosition(offset, 'offset');
  const stages = new Set(map.stages.map((s) => s.id));
  const departments = new Set(map.departments.map((d) => d.id));
  const links = connections.map((cn, i) => checked(connectionSchema, cn, `pasted connection ${i}`));

  return addCopies(map, readClipboard(touchpoints), links, (copy, placed) => {
    const keepsCell = stages.has(copy.stageId) && departments.has(copy.departmentId);
    if (keepsCell) return slotted(copy, placed, shifted(copy.position, offset));
    const cell = {
      stageId: stages.has(copy.stageId) ? copy.stageId : stageId,
      departmentId: departments.has(copy.departmentId) ? copy.departmentId : departmentId,
    };
    const position = nextFreePosition(placed, cell.stageId, cell.departmentId);
    return { ...copy, ...cell, position: { ...copy.position, ...position } };
  });
}
