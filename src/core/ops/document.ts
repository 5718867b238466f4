/**
 * The map's own fields: title, description, persona, NPS and the update time.
 *
 * Edits do not touch `updatedAt`: it would make every op depend on the clock and put
 * timestamps into the undo history. The host calls `touchUpdatedAt` when it saves.
 */
import type { JourneyMap, Persona } from '../model.ts';
import { journeyMapSchema, personaSchema } from '../schema.ts';
import { applyPatch, omitKey } from './patch.ts';
import { check } from './validate.ts';

const fields = journeyMapSchema.shape;

/** `title` 1..200 characters. */
export function setTitle(map: JourneyMap, title: string): JourneyMap {
  check(fields.title, title, 'title');
  return { ...map, title };
}

/** `undefined` removes the description. */
export function setDescription(map: JourneyMap, description: string | undefined): JourneyMap {
  if (description === undefined) return omitKey(map, 'description');
  check(fields.description, description, 'description');
  return { ...map, description };
}

/**
 * Merges `patch` into the persona, creating one (with an empty name unless given) when
 * the map has none; a key set to `undefined` removes that field.
 */
export function setPersona(map: JourneyMap, patch: Partial<Persona>): JourneyMap {
  const persona = applyPatch<Persona>(map.persona ?? { name: '' }, patch);
  check(personaSchema, persona, 'persona');
  return { ...map, persona };
}

export function clearPersona(map: JourneyMap): JourneyMap {
  return omitKey(map, 'persona');
}

/** A whole number from -100 to 100, or null when not measured. */
export function setNps(map: JourneyMap, nps: number | null): JourneyMap {
  check(fields.nps, nps, 'NPS');
  return { ...map, nps };
}

/** `now` is an ISO-8601 date-time with an offset, e.g. `new Date().toISOString()`. */
export function touchUpdatedAt(map: JourneyMap, now: string): JourneyMap {
  checkNow(now);
  return { ...map, updatedAt: now };
}

export function checkNow(now: string): void {
  check(fields.updatedAt.unwrap(), now, 'date-time');
}
