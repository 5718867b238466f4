/**
 * Fresh ids for new records. Ids are unique across the whole file (stages, departments,
 * touchpoints, frictions, opportunities, connections, comments, rows and notes share one
 * namespace), so every
 * choice looks at all of them. Deterministic: the same map always gives the same id.
 */
import { ID_PATTERN, LIMITS, type JourneyMap } from '../model.ts';
import { OperationError } from './errors.ts';

/** The prefixes the bundled templates use, one per sort of record. */
export const ID_PREFIXES = {
  stage: 'st',
  department: 'dep',
  touchpoint: 'tp',
  friction: 'fr',
  opportunity: 'op',
  connection: 'cn',
  comment: 'cm',
  row: 'row',
  note: 'nt',
} as const;

/** Leaves room for "-" and a counter within the id length limit. */
const MAX_PREFIX_LENGTH = 48;
const PREFIX_PATTERN = /^[A-Za-z0-9_-]+$/;
const MAX_SLUG_LENGTH = 40;

/** Every id in use in the map (the map's own id is not one of them). */
export function allIds(map: JourneyMap): Set<string> {
  const ids = new Set<string>();
  for (const stage of map.stages) ids.add(stage.id);
  for (const department of map.departments) ids.add(department.id);
  for (const touchpoint of map.touchpoints) {
    ids.add(touchpoint.id);
    for (const friction of touchpoint.frictions) ids.add(friction.id);
    for (const opportunity of touchpoint.opportunities) ids.add(opportunity.id);
  }
  for (const connection of map.connections) ids.add(connection.id);
  for (const comment of map.comments ?? []) ids.add(comment.id);
  for (const row of map.rows ?? []) ids.add(row.id);
  for (const note of map.notes ?? []) ids.add(note.id);
  return ids;
}

/** Hands out ids one after another without any two clashing, for ops that add many records. */
export interface IdAllocator {
  /** The smallest free `prefix-N` (N from 1), reserved. */
  next(prefix: string): string;
  /** `prefix-slug-of-name` (or `-2`, `-3`... when taken), reserved; `next` when the name has no usable letters. */
  fromName(prefix: string, name: string): string;
  /** Reserves an id the caller chose; throws when it is malformed or already used. */
  claim(id: string): string;
}

export function checkId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new OperationError(
      `${JSON.stringify(id)} is not a valid id: use 1 to ${LIMITS.idLength} characters from A-Z, a-z, 0-9, "_" and "-"`,
    );
  }
}

function checkPrefix(prefix: string): void {
  if (!PREFIX_PATTERN.test(prefix) || prefix.length > MAX_PREFIX_LENGTH) {
    throw new OperationError(
      `${JSON.stringify(prefix)} is not a valid id prefix: use 1 to ${MAX_PREFIX_LENGTH} characters from A-Z, a-z, 0-9, "_" and "-"`,
    );
  }
}

/** ASCII letters and digits of a name, lower case, joined by "-": "Customer Service" -> "customer-service". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

export function idAllocator(map: JourneyMap): IdAllocator {
  const taken = allIds(map);
  // Counters only grow because ids are only added, so each search resumes where it stopped.
  const counters = new Map<string, number>();
  const reserve = (id: string) => {
    taken.add(id);
    return id;
  };
  const allocator: IdAllocator = {
    next(prefix) {
      checkPrefix(prefix);
      let n = counters.get(prefix) ?? 1;
      while (taken.has(`${prefix}-${n}`)) n++;
      counters.set(prefix, n + 1);
      return reserve(`${prefix}-${n}`);
    },
    fromName(prefix, name) {
      checkPrefix(prefix);
      const slug = slugify(name);
      if (slug === '') return allocator.next(prefix);
      const base = `${prefix}-${slug}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      return reserve(id);
    },
    claim(id) {
      checkId(id);
      if (taken.has(id)) throw new OperationError(`The id "${id}" is already used in this map`);
      return reserve(id);
    },
  };
  return allocator;
}

/**
 * The smallest free `prefix-N` in the map. An add op called without an id picks exactly
 * this one, so a caller that needs the new id (to select it) can ask first.
 */
export function uniqueId(map: JourneyMap, prefix: string): string {
  return idAllocator(map).next(prefix);
}
