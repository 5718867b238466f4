/**
 * The frictions (pain points) and opportunities (ideas) of a touchpoint. Their ids are
 * unique in the whole map, so update and remove need only the item's id.
 */
import type { Friction, JourneyMap, Opportunity, Severity, Touchpoint } from '../model.ts';
import { frictionSchema, opportunitySchema } from '../schema.ts';
import { ID_PREFIXES, idAllocator } from './ids.ts';
import { replaceById } from './lists.ts';
import { getTouchpoint, missing } from './lookup.ts';
import { applyPatch } from './patch.ts';
import { check } from './validate.ts';

type ItemKey = 'frictions' | 'opportunities';

const SORTS = {
  frictions: { noun: 'friction', schema: frictionSchema },
  opportunities: { noun: 'opportunity', schema: opportunitySchema },
} as const;

/** `evidence: undefined` clears the friction's evidence (the key is removed). */
export type FrictionPatch = Partial<Pick<Friction, 'text' | 'severity' | 'evidence'>>;
export type OpportunityPatch = Partial<Pick<Opportunity, 'text'>>;

/** The map with the item list of one touchpoint replaced by `change(list)`. */
function withItems<K extends ItemKey>(
  map: JourneyMap,
  touchpointId: string,
  key: K,
  change: (items: Touchpoint[K]) => Touchpoint[K],
): JourneyMap {
  const touchpoints = replaceById(map.touchpoints, touchpointId, 'touchpoint', (tp) => ({
    ...tp,
    [key]: change(tp[key]),
  }));
  return { ...map, touchpoints };
}

function ownerOf(map: JourneyMap, key: ItemKey, id: string): string {
  const owner = map.touchpoints.find((tp) => tp[key].some((item) => item.id === id));
  if (owner === undefined) throw missing(SORTS[key].noun, id);
  return owner.id;
}

function addItem<K extends ItemKey>(
  map: JourneyMap,
  touchpointId: string,
  key: K,
  fields: Omit<Touchpoint[K][number], 'id'>,
  id: string | undefined,
): JourneyMap {
  getTouchpoint(map, touchpointId);
  const { noun, schema } = SORTS[key];
  const ids = idAllocator(map);
  const item = { ...fields, id: id === undefined ? ids.next(ID_PREFIXES[noun]) : ids.claim(id) };
  check(schema, item, noun);
  return withItems(map, touchpointId, key, (items) => [...items, item] as Touchpoint[K]);
}

function updateItem(map: JourneyMap, key: ItemKey, id: string, patch: object): JourneyMap {
  const { noun, schema } = SORTS[key];
  return withItems(map, ownerOf(map, key, id), key, (items) =>
    items.map((item) => {
      if (item.id !== id) return item;
      const next = applyPatch(item, patch);
      check(schema, next, `${noun} "${id}"`);
      return next;
    }),
  );
}

function removeItem(map: JourneyMap, key: ItemKey, id: string): JourneyMap {
  return withItems(map, ownerOf(map, key, id), key, (items) =>
    items.filter((item) => item.id !== id),
  );
}

/** `text` 1..500 characters. `id` defaults to `uniqueId(map, 'fr')`. */
export function addFriction(
  map: JourneyMap,
  touchpointId: string,
  text: string,
  severity: Severity = 'medium',
  id?: string,
): JourneyMap {
  return addItem(map, touchpointId, 'frictions', { text, severity }, id);
}

export function updateFriction(map: JourneyMap, id: string, patch: FrictionPatch): JourneyMap {
  return updateItem(map, 'frictions', id, patch);
}

export function removeFriction(map: JourneyMap, id: string): JourneyMap {
  return removeItem(map, 'frictions', id);
}

/** `text` 1..500 characters. `id` defaults to `uniqueId(map, 'op')`. */
export function addOpportunity(
  map: JourneyMap,
  touchpointId: string,
  text: string,
  id?: string,
): JourneyMap {
  return addItem(map, touchpointId, 'opportunities', { text }, id);
}

export function updateOpportunity(
  map: JourneyMap,
  id: string,
  patch: OpportunityPatch,
): JourneyMap {
  return updateItem(map, 'opportunities', id, patch);
}

export function removeOpportunity(map: JourneyMap, id: string): JourneyMap {
  return removeItem(map, 'opportunities', id);
}
