/**
 * The map <-> Y.Doc binding shared by the browser and the host. Writing touches only what
 * changed (by id, field by field, Y.Text splices for free text), so an edit is a small update;
 * reading goes through the file reader's parse and repair path, so a doc is never shown as a
 * broken map.
 */
import * as Y from 'yjs';
import type { JourneyMap } from '../core/model.ts';
import { parse, describeParseFailure } from '../core/parse.ts';
import {
  COLLECTIONS,
  TEXT_FIELDS,
  decodeValue,
  encodeValue,
  holds,
  isCollectionKey,
  mapRoot,
  orderOf,
  presentOf,
  recordsOf,
  type Collection,
} from './doc-layout.ts';
import { replaceText } from './text-edit.ts';
import { syncOrder } from './order-sync.ts';
import { repairSessionDocument } from './doc-repair.ts';

export type DocReadResult =
  { ok: true; map: JourneyMap; notes: string[] } | { ok: false; problems: string[] };

type Raw = Record<string, unknown>;

/**
 * Record objects this doc was last written from or read into. The app replaces the object of
 * a record it edits, so one it still holds unchanged is skipped: on a 1,500-card map an edit
 * then compares one card, not all, and a card nobody here touched is never written back.
 */
const knownRecords = new WeakMap<Y.Doc, WeakSet<object>>();
const knownOf = (doc: Y.Doc): WeakSet<object> => {
  let known = knownRecords.get(doc);
  if (known === undefined) {
    known = new WeakSet();
    knownRecords.set(doc, known);
  }
  return known;
};

/** Fills an empty doc with `map`, in one transaction. */
export function mapToDoc(map: JourneyMap, doc: Y.Doc): void {
  applyMapToDoc(doc, map);
}

/** Brings `doc` to `next` with the fewest Y changes, in one transaction tagged `origin`. */
export function applyMapToDoc(doc: Y.Doc, next: JourneyMap, origin?: unknown): void {
  doc.transact(() => {
    const raw = next as unknown as Raw;
    const top: Raw = {};
    for (const key of Object.keys(raw)) {
      // defineProperty: an unknown key named "__proto__" must stay a key.
      if (!isCollectionKey(key)) define(top, key, raw[key]);
    }
    writeFields(mapRoot(doc), top, TEXT_FIELDS.map);
    for (const collection of COLLECTIONS) {
      const items = Array.isArray(raw[collection]) ? (raw[collection] as Raw[]) : undefined;
      writeCollection(doc, collection, items);
    }
  }, origin);
}

function writeCollection(doc: Y.Doc, collection: Collection, items: Raw[] | undefined): void {
  const records = recordsOf(doc, collection);
  const order = orderOf(doc, collection);
  // An absent list and an empty one differ in the file ("comments" is absent when none).
  const present = presentOf(doc);
  if (items === undefined) {
    if (present.has(collection)) present.delete(collection);
  } else if (present.get(collection) !== true) {
    present.set(collection, true);
  }
  const list = items ?? [];
  const known = knownOf(doc);
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    const id = item.id;
    if (typeof id !== 'string' || seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
    let record = records.get(id);
    if (record instanceof Y.Map && known.has(item)) continue;
    if (!(record instanceof Y.Map)) {
      record = new Y.Map<unknown>();
      records.set(id, record);
    }
    writeFields(record, item, TEXT_FIELDS[collection]);
    known.add(item);
  }
  for (const id of [...records.keys()]) {
    if (!seen.has(id)) records.delete(id);
  }
  syncOrder(order, ids);
}

/** Sets the fields of `target` to those of `source`, leaving unchanged ones alone. */
function writeFields(target: Y.Map<unknown>, source: Raw, textFields: ReadonlySet<string>): void {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === undefined) continue;
    const stored = target.get(key);
    if (textFields.has(key) && typeof value === 'string') {
      if (stored instanceof Y.Text) {
        replaceText(stored, value);
      } else {
        target.set(key, new Y.Text(value));
      }
    } else if (!target.has(key) || !holds(stored, value) || stored instanceof Y.Text) {
      target.set(key, encodeValue(value));
    }
  }
  for (const key of [...target.keys()]) {
    if (source[key] === undefined || !Object.prototype.hasOwnProperty.call(source, key)) {
      target.delete(key);
    }
  }
}

/** The doc as a map, through the session repairs and then the file reader's own path. */
export function readMapFromDoc(doc: Y.Doc): DocReadResult {
  const raw = readFields(mapRoot(doc));
  for (const collection of COLLECTIONS) {
    const records = recordsOf(doc, collection);
    if (presentOf(doc).get(collection) !== true && records.size === 0) continue;
    raw[collection] = orderedIds(orderOf(doc, collection), records).map((id) => {
      const fields = readFields(records.get(id)!);
      fields.id = id;
      return fields;
    });
  }
  const repairs = repairSessionDocument(raw);
  const result = parse(JSON.stringify(raw));
  if (!result.ok) return { ok: false, problems: describeParseFailure(result.error) };
  const read = result.map as unknown as Raw;
  for (const collection of COLLECTIONS) {
    const list = read[collection];
    if (Array.isArray(list)) markRead(doc, list as object[]);
  }
  return { ok: true, map: result.map, notes: [...repairs, ...result.notes] };
}

/** Records just read from `doc`: they match it, so writing them back can skip them. */
export function markRead(doc: Y.Doc, records: Iterable<object>): void {
  const known = knownOf(doc);
  for (const record of records) known.add(record);
}

/** A record's fields as plain values, as the file would hold them (before its id is set). */
export function readFields(source: Y.Map<unknown>): Raw {
  const out: Raw = {};
  for (const [key, stored] of source.entries()) {
    const value = decodeValue(stored);
    if (value === undefined) continue;
    define(out, key, value);
  }
  return out;
}

/**
 * The ids in the order list that still have a record, each once; records missing from the
 * list (two people moving one card at once) come last, by id, the same on every client.
 */
function orderedIds(order: Y.Array<string>, records: Y.Map<Y.Map<unknown>>): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const id of order.toArray()) {
    if (typeof id !== 'string' || seen.has(id)) continue;
    const record = records.get(id);
    if (!(record instanceof Y.Map)) continue;
    seen.add(id);
    ids.push(id);
  }
  const rest = [...records.keys()].filter(
    (id) => !seen.has(id) && records.get(id) instanceof Y.Map,
  );
  rest.sort();
  return [...ids, ...rest];
}

function define(target: Raw, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
