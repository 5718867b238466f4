/** Adding, editing, moving and removing touchpoint cards. */
import type { EvidenceLevel, JourneyMap, Position, Touchpoint } from '../model.ts';
import { touchpointSchema } from '../schema.ts';
import { DEFAULT_TOUCHPOINT } from '../defaults.ts';
import { OperationError } from './errors.ts';
import { ID_PREFIXES, idAllocator } from './ids.ts';
import { getDepartment, getStage, getTouchpoint, touchpointIdSet } from './lookup.ts';
import { applyPatch } from './patch.ts';
import { nextFreePosition, placeCards } from './placement.ts';
import { check, checkPosition } from './validate.ts';
import { pruneComments } from './comments.ts';

/** Anything omitted gets a default; `id` omitted: `uniqueId(map, 'tp')`. */
export type NewTouchpoint = Partial<Touchpoint>;

/** The fields an inspector edits; a key set to `undefined` clears an optional field. */
export type TouchpointPatch = Partial<
  Pick<
    Touchpoint,
    | 'title'
    | 'description'
    | 'kind'
    | 'channel'
    | 'emotion'
    | 'emotionNote'
    | 'csat'
    | 'evidence'
    | 'source'
  >
>;

export interface TouchpointMove {
  id: string;
  /** Omitted: unchanged. A new stage or department moves the card to that cell. */
  stageId?: string;
  departmentId?: string;
  /** Omitted: kept in the same cell, else stacked below the cards of the new cell. */
  position?: Position;
}

/** Keys with ops of their own, so that their rules (references, stacking, ids) hold. */
const PATCH_ELSEWHERE: Readonly<Record<string, string>> = {
  id: 'ids never change',
  stageId: 'use moveTouchpoint',
  departmentId: 'use moveTouchpoint',
  position: 'use moveTouchpoint',
  frictions: 'use addFriction, updateFriction and removeFriction',
  opportunities: 'use addOpportunity, updateOpportunity and removeOpportunity',
};
/** Required keys the schema would quietly default when missing, so removal is refused here. */
const NOT_REMOVABLE = ['title', 'kind', 'channel', 'emotion'];

function checkTouchpoint(map: JourneyMap, touchpoint: Touchpoint): void {
  check(touchpointSchema, touchpoint, `touchpoint "${touchpoint.id}"`);
  getStage(map, touchpoint.stageId);
  getDepartment(map, touchpoint.departmentId);
}

export function addTouchpoint(map: JourneyMap, input: NewTouchpoint = {}): JourneyMap {
  const ids = idAllocator(map);
  const id = input.id === undefined ? ids.next(ID_PREFIXES.touchpoint) : ids.claim(input.id);
  const stageId = input.stageId ?? map.stages[0]?.id ?? '';
  const departmentId = input.departmentId ?? map.departments[0]?.id ?? '';
  const touchpoint: Touchpoint = {
    ...input,
    id,
    title: input.title ?? DEFAULT_TOUCHPOINT.title,
    stageId,
    departmentId,
    kind: input.kind ?? DEFAULT_TOUCHPOINT.kind,
    channel: input.channel ?? DEFAULT_TOUCHPOINT.channel,
    emotion: input.emotion ?? null,
    frictions: input.frictions ?? [],
    opportunities: input.opportunities ?? [],
    position: input.position ?? nextFreePosition(map.touchpoints, stageId, departmentId),
  };
  for (const item of [...touchpoint.frictions, ...touchpoint.opportunities]) ids.claim(item.id);
  checkTouchpoint(map, touchpoint);
  return { ...map, touchpoints: [...map.touchpoints, touchpoint] };
}

function checkPatchKeys(patch: object): void {
  for (const [key, value] of Object.entries(patch)) {
    const elsewhere = PATCH_ELSEWHERE[key];
    if (elsewhere !== undefined) {
      throw new OperationError(`updateTouchpoint cannot change "${key}": ${elsewhere}`);
    }
    if (value === undefined && NOT_REMOVABLE.includes(key)) {
      const hint = key === 'emotion' ? ' (set it to null for "not rated")' : '';
      throw new OperationError(`A touchpoint's "${key}" cannot be removed${hint}`);
    }
  }
}

export function updateTouchpoint(map: JourneyMap, id: string, patch: TouchpointPatch): JourneyMap {
  checkPatchKeys(patch);
  const index = map.touchpoints.findIndex((tp) => tp.id === id);
  const next = applyPatch(getTouchpoint(map, id), patch);
  check(touchpointSchema, next, `touchpoint "${id}"`);
  return { ...map, touchpoints: map.touchpoints.with(index, next) };
}

/**
 * Gives every touchpoint of `ids` the evidence level (`undefined`: unmarked, the key
 * removed) in one new map, so marking a selection is one undo step. Cards that already
 * have it keep their object, and a map where none changes is returned as it was.
 */
export function setTouchpointsEvidence(
  map: JourneyMap,
  ids: readonly string[],
  evidence: EvidenceLevel | undefined,
): JourneyMap {
  const wanted = touchpointIdSet(map, ids);
  let changed = false;
  const touchpoints = map.touchpoints.map((tp) => {
    if (!wanted.has(tp.id) || tp.evidence === evidence) return tp;
    changed = true;
    const next = applyPatch(tp, { evidence });
    check(touchpointSchema, next, `touchpoint "${tp.id}"`);
    return next;
  });
  return changed ? { ...map, touchpoints } : map;
}

/** Removes map.touchpoints of the given ids and every connection from or to one of them. */
export function dropTouchpoints(map: JourneyMap, ids: ReadonlySet<string>): JourneyMap {
  if (ids.size === 0) return map;
  return pruneComments({
    ...map,
    touchpoints: map.touchpoints.filter((tp) => !ids.has(tp.id)),
    connections: map.connections.filter((cn) => !ids.has(cn.from) && !ids.has(cn.to)),
  });
}

/** Also removes every connection from or to a removed touchpoint, and their comments. */
export function removeTouchpoints(map: JourneyMap, ids: readonly string[]): JourneyMap {
  return dropTouchpoints(map, touchpointIdSet(map, ids));
}

function checkMove(map: JourneyMap, move: TouchpointMove): void {
  getTouchpoint(map, move.id);
  if (move.stageId !== undefined) getStage(map, move.stageId);
  if (move.departmentId !== undefined) getDepartment(map, move.departmentId);
  if (move.position !== undefined) checkPosition(move.position, `position of "${move.id}"`);
}

/**
 * Moves cards, in the order given: a card sent to another column takes that stage, one
 * sent to another lane takes that department as its owner.
 */
export function moveTouchpoints(map: JourneyMap, moves: readonly TouchpointMove[]): JourneyMap {
  if (moves.length === 0) return map;
  for (const move of moves) checkMove(map, move);
  return { ...map, touchpoints: placeCards(map.touchpoints, moves) };
}

export function moveTouchpoint(
  map: JourneyMap,
  id: string,
  target: Omit<TouchpointMove, 'id'>,
): JourneyMap {
  return moveTouchpoints(map, [{ ...target, id }]);
}
