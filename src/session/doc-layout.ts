/**
 * Where a map lives in a Y.Doc (docs/collaboration.md, "The Y.Doc layout"). Every record is a
 * Y.Map keyed by its id in a root Y.Map per collection; a root Y.Array per collection holds
 * the ids in file order. Free-text fields are Y.Text so two people typing in one field merge;
 * every other field is last-writer-wins.
 */
import * as Y from 'yjs';

/** The map's own fields (title, persona, unknown keys...), outside any collection. */
const MAP_ROOT = 'map';

export const COLLECTIONS = [
  'stages',
  'departments',
  'touchpoints',
  'connections',
  'rows',
  'notes',
  'comments',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

const COLLECTION_KEYS: ReadonlySet<string> = new Set(COLLECTIONS);
export const isCollectionKey = (key: string): boolean => COLLECTION_KEYS.has(key);

/** Fields held as Y.Text, by owner. */
export const TEXT_FIELDS: Readonly<Record<Collection | 'map', ReadonlySet<string>>> = {
  map: new Set(['description', 'scenario']),
  stages: new Set(['description', 'expectations']),
  departments: new Set(),
  touchpoints: new Set(['description', 'emotionNote']),
  connections: new Set(),
  rows: new Set(),
  notes: new Set(['text']),
  comments: new Set(['text']),
};

export const recordsOf = (doc: Y.Doc, collection: Collection): Y.Map<Y.Map<unknown>> =>
  doc.getMap(collection);

/** The ids of a collection in file order. */
export const orderOf = (doc: Y.Doc, collection: Collection): Y.Array<string> =>
  doc.getArray(`${collection}.order`);

/** The collections the map has (true), even empty: "comments" is absent from a map nobody commented on. */
export const presentOf = (doc: Y.Doc): Y.Map<boolean> => doc.getMap('collections');

export const mapRoot = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(MAP_ROOT);

/**
 * An object or a list is stored as its JSON text in `{ json }`: Yjs's binary encoding would
 * lose a key named "__proto__" on the receiving side, and the file must lose nothing.
 */
interface JsonBox {
  json: string;
}

const isBox = (value: unknown): value is JsonBox =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Y.AbstractType) &&
  typeof (value as { json?: unknown }).json === 'string';

/** The stored form of a last-writer-wins value. */
export function encodeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return { json: JSON.stringify(value) } satisfies JsonBox;
}

/** A stored value back as a plain value (a Y.Text as its string). */
export function decodeValue(stored: unknown): unknown {
  if (stored instanceof Y.Text) return stored.toString();
  if (isBox(stored)) {
    try {
      return JSON.parse(stored.json) as unknown;
    } catch {
      return undefined;
    }
  }
  // A value no file can hold (a big integer, a sub-document) would make JSON throw while
  // reading: a misbehaving participant must not stop everyone else's map, so it is left out.
  if (stored instanceof Y.AbstractType || stored instanceof Y.Doc) return undefined;
  if (typeof stored === 'bigint') return undefined;
  return stored;
}

/** Whether `stored` already holds `value`, so an unchanged field is never written again. */
export function holds(stored: unknown, value: unknown): boolean {
  if (stored instanceof Y.Text) return typeof value === 'string' && stored.toString() === value;
  if (value === null || typeof value !== 'object') return Object.is(stored, value);
  return isBox(stored) && stored.json === JSON.stringify(value);
}
