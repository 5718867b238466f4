/**
 * Reads a shared doc again at the cost of what changed. A full read (readMapFromDoc) decodes,
 * repairs and parses the whole map, ~40 ms at 1,500 touchpoints: in a room of people typing,
 * every participant would pay that for everyone's keystrokes. This reader watches the doc
 * (observeDeep) and, when only fields of existing touchpoints or stages changed, re-reads just
 * those records, checks each as the file reader would, and puts them in the last map; every
 * other change (a record added, removed or reordered, a department, row, note, comment, the
 * map's own fields) and any record that would need a repair or fail a check reads the doc
 * whole. The result is always the one a full read gives (test/unit/session/doc-reader.test.ts).
 */
import * as Y from 'yjs';
import type { JourneyMap, Stage, Touchpoint } from '../core/model.ts';
import type { RawDocument } from '../core/migrations.ts';
import { findDepthExcess } from '../core/depth-limit.ts';
import { QUICK_RECORD_CHECKS } from '../core/quick-check.ts';
import { restoreDefaults } from '../core/restore.ts';
import { stageSchema, touchpointSchema } from '../core/schema.ts';
import { markRead, readFields, readMapFromDoc, type DocReadResult } from './doc-binding.ts';
import { COLLECTIONS, mapRoot, orderOf, presentOf, recordsOf } from './doc-layout.ts';

type Raw = Record<string, unknown>;

/** The doc's root types (doc-layout.ts). */
type Watched = Y.Map<unknown> | Y.Map<boolean> | Y.Map<Y.Map<unknown>> | Y.Array<string>;

/** The collections whose records are read again one by one. */
type Patched = 'touchpoints' | 'stages';

/** The last whole read, when it needed no repair: what a patch may build on. */
interface Baseline {
  map: JourneyMap;
  /** Each record's index in its list. */
  at: Record<Patched, Map<string, number>>;
  /** Every id in the map: '' for a record, the owning touchpoint's for a friction or opportunity. */
  owners: Map<string, string>;
  stageIds: ReadonlySet<string>;
  departmentIds: ReadonlySet<string>;
}

export interface DocReader {
  /** The doc as a map: the same result as readMapFromDoc(doc), read at the cost of what changed. */
  read(): DocReadResult;
  dispose(): void;
}

const isTouchpoint = QUICK_RECORD_CHECKS.get(touchpointSchema)!;
const isStage = QUICK_RECORD_CHECKS.get(stageSchema)!;

export function createDocReader(doc: Y.Doc): DocReader {
  let baseline: Baseline | null = null;
  let whole = true;
  const changed: Record<Patched, Set<string>> = { touchpoints: new Set(), stages: new Set() };

  const watch = (type: Watched, collection?: Patched) => {
    const observer = (events: Y.YEvent<Watched>[]) => {
      for (const event of events) {
        // A change on the collection itself adds, removes or replaces a record.
        const id = event.target === type ? undefined : event.path[0];
        if (collection === undefined || typeof id !== 'string') whole = true;
        else changed[collection].add(id);
      }
    };
    type.observeDeep(observer);
    return () => type.unobserveDeep(observer);
  };
  const unwatch = [
    watch(mapRoot(doc)),
    watch(presentOf(doc)),
    ...COLLECTIONS.flatMap((collection) => [
      watch(
        recordsOf(doc, collection),
        collection === 'touchpoints' || collection === 'stages' ? collection : undefined,
      ),
      watch(orderOf(doc, collection)),
    ]),
  ];

  const readWhole = (): DocReadResult => {
    const result = readMapFromDoc(doc);
    baseline = result.ok && result.notes.length === 0 ? baselineOf(result.map) : null;
    return result;
  };

  return {
    read() {
      const from = whole ? null : baseline;
      // Dropped first: a read that throws (a value JSON cannot hold) leaves nothing stale.
      baseline = null;
      const patched = from === null ? null : patch(doc, from, changed);
      whole = false;
      changed.touchpoints.clear();
      changed.stages.clear();
      if (patched === null) return readWhole();
      baseline = patched;
      return { ok: true, map: patched.map, notes: [] };
    },
    dispose() {
      for (const stop of unwatch) stop();
    },
  };
}

function baselineOf(map: JourneyMap): Baseline {
  const owners = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    for (const record of map[collection] ?? []) owners.set(record.id, '');
  }
  for (const tp of map.touchpoints) {
    for (const item of [...tp.frictions, ...tp.opportunities]) owners.set(item.id, tp.id);
  }
  return {
    map,
    at: { touchpoints: indexOf(map.touchpoints), stages: indexOf(map.stages) },
    owners,
    stageIds: new Set(map.stages.map((s) => s.id)),
    departmentIds: new Set(map.departments.map((d) => d.id)),
  };
}

const indexOf = (records: readonly { id: string }[]): Map<string, number> =>
  new Map(records.map((record, index) => [record.id, index]));

/**
 * `from` with the changed records read again, or null when one of them needs the whole read:
 * gone, failing its check, pointing at a stage or department that is not there, or giving a
 * friction or opportunity an id something else holds. Without repairs, ids and references
 * that did not change, the file reader would give every other record as before.
 */
function patch(doc: Y.Doc, from: Baseline, changed: Record<Patched, Set<string>>): Baseline | null {
  const stages = [...from.map.stages];
  for (const id of changed.stages) {
    const index = from.at.stages.get(id);
    const stage = index === undefined ? null : readRecord(doc, 'stages', id, isStage);
    if (stage === null) return null;
    stages[index!] = stage as unknown as Stage;
  }
  const touchpoints = [...from.map.touchpoints];
  const claimed = new Map<string, string>();
  const released: string[] = [];
  for (const id of changed.touchpoints) {
    const index = from.at.touchpoints.get(id);
    const raw = index === undefined ? null : readRecord(doc, 'touchpoints', id, isTouchpoint);
    if (raw === null) return null;
    if (!from.stageIds.has(raw.stageId as string)) return null;
    if (!from.departmentIds.has(raw.departmentId as string)) return null;
    // Defaults exactly as the file reader fills them.
    restoreDefaults({ touchpoints: [raw] } as unknown as RawDocument);
    const tp = raw as unknown as Touchpoint;
    for (const item of [...tp.frictions, ...tp.opportunities]) {
      const owner = from.owners.get(item.id);
      if ((owner !== undefined && owner !== id) || claimed.has(item.id)) return null;
      claimed.set(item.id, id);
    }
    for (const item of [
      ...from.map.touchpoints[index!]!.frictions,
      ...from.map.touchpoints[index!]!.opportunities,
    ]) {
      if (!claimed.has(item.id)) released.push(item.id);
    }
    touchpoints[index!] = tp;
  }
  for (const id of released) from.owners.delete(id);
  for (const [id, owner] of claimed) from.owners.set(id, owner);
  const map: JourneyMap = { ...from.map, stages, touchpoints };
  for (const id of changed.stages) markRead(doc, [stages[from.at.stages.get(id)!]!]);
  for (const id of changed.touchpoints) markRead(doc, [touchpoints[from.at.touchpoints.get(id)!]!]);
  return { ...from, map };
}

/** One record as a full read would give it, or null when its check fails. */
function readRecord(
  doc: Y.Doc,
  collection: Patched,
  id: string,
  check: (value: unknown) => boolean,
): Raw | null {
  const record = recordsOf(doc, collection).get(id);
  if (!(record instanceof Y.Map)) return null;
  const fields = readFields(record);
  fields.id = id;
  // Through JSON text, as the full read parses the map, so values come back alike.
  const text = JSON.stringify(fields);
  // The record sits three levels down in a file: the map, its list, the record.
  if (findDepthExcess(`[[${text}]]`)) return null;
  const parsed = JSON.parse(text) as unknown;
  return check(parsed) ? (parsed as Raw) : null;
}
