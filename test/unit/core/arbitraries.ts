/** fast-check generators of valid maps, with unknown keys at every level. */
import fc from 'fast-check';
import {
  CHANNELS,
  EMOTIONS,
  EVIDENCE_LEVELS,
  LAYERS,
  MAP_STATES,
  ROW_TYPES,
  SEVERITIES,
  TOUCHPOINT_KINDS,
  type JourneyMap,
  type Row,
} from '../../../src/core/model.ts';
import { KNOWN_KEYS } from '../../../src/core/serialize.ts';

const text = (min: number, max: number) =>
  fc.string({ minLength: min, maxLength: max, unit: 'binary' });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });

/** Up to two keys this version does not know, with any JSON value (including "__proto__"). */
const unknownKeys = fc.dictionary(
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.constant('__proto__'),
      fc.constant('x-future'),
    )
    .filter((k) => !KNOWN_KEYS.has(k)),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2 },
);

const withUnknown = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, unknownKeys).map(([known, extra]) => {
    const out: Record<string, unknown> = { ...(known as Record<string, unknown>) };
    for (const [k, v] of Object.entries(extra)) {
      Object.defineProperty(out, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  });

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const isoDate = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

const evidence = optional(fc.constantFrom(...EVIDENCE_LEVELS));
const ROW_KINDS = ROW_TYPES.filter((t) => t !== 'department');
const NOTE_KINDS: ReadonlySet<string> = new Set(['customer', 'evidence', 'thoughts', 'notes']);

/** Rows other than the departments', each with where it goes among them. */
const extraRows = fc.array(
  withUnknown(
    fc.record({
      type: fc.constantFrom(...ROW_KINDS),
      name: optional(text(1, 20)),
      hidden: optional(fc.boolean()),
      at: fc.nat(),
    }),
  ),
  { maxLength: 5 },
);

/** A valid map; ids are assigned afterwards so they are unique across the file. */
export const validMap: fc.Arbitrary<JourneyMap> = fc
  .record({
    title: text(1, 60),
    description: optional(text(0, 80)),
    persona: optional(
      withUnknown(
        fc.record({
          name: text(0, 30),
          description: optional(text(0, 40)),
          goals: optional(fc.array(text(0, 20), { maxLength: 3 })),
          quote: optional(text(0, 40)),
        }),
      ),
    ),
    nps: optional(fc.option(fc.integer({ min: -100, max: 100 }), { nil: null })),
    createdAt: optional(isoDate),
    updatedAt: optional(isoDate),
    stageCount: fc.integer({ min: 1, max: 5 }),
    departmentCount: fc.integer({ min: 1, max: 4 }),
    stages: fc.array(
      withUnknown(
        fc.record({
          name: text(1, 30),
          description: optional(text(0, 30)),
          expectations: optional(text(0, 30)),
        }),
      ),
      {
        minLength: 5,
        maxLength: 5,
      },
    ),
    departments: fc.array(
      withUnknown(
        fc.record({
          name: text(1, 30),
          color: fc.integer({ min: 0, max: 0xffffff }),
          layer: optional(fc.constantFrom(...LAYERS)),
        }),
      ),
      { minLength: 4, maxLength: 4 },
    ),
    touchpoints: fc.array(
      withUnknown(
        fc.record({
          title: text(1, 60),
          description: optional(text(0, 60)),
          stage: fc.nat(),
          department: fc.nat(),
          kind: fc.constantFrom(...TOUCHPOINT_KINDS),
          channel: fc.constantFrom(...CHANNELS),
          emotion: fc.option(fc.constantFrom(...EMOTIONS), { nil: null }),
          emotionNote: optional(text(0, 40)),
          frictions: fc.array(
            withUnknown(
              fc.record({ text: text(1, 40), severity: fc.constantFrom(...SEVERITIES), evidence }),
            ),
            {
              maxLength: 3,
            },
          ),
          opportunities: fc.array(withUnknown(fc.record({ text: text(1, 40) })), { maxLength: 2 }),
          csat: optional(fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null })),
          evidence,
          source: optional(text(0, 20)),
          position: withUnknown(fc.record({ x: finite, y: finite })),
        }),
      ),
      { maxLength: 12 },
    ),
    connections: fc.array(
      fc.record({ from: fc.nat(), to: fc.nat(), label: optional(text(0, 20)) }),
      {
        maxLength: 6,
      },
    ),
    scenario: optional(text(0, 60)),
    state: optional(fc.constantFrom(...MAP_STATES)),
    basedOn: optional(
      withUnknown(fc.record({ id: fc.constantFrom('base-1', 'b_2'), title: text(0, 30) })),
    ),
    checks: optional(withUnknown(fc.record({ disabled: fc.array(text(0, 20), { maxLength: 3 }) }))),
    rows: optional(extraRows),
    notes: fc.array(
      withUnknown(fc.record({ row: fc.nat(), stage: fc.nat(), text: text(1, 40), evidence })),
      { maxLength: 6 },
    ),
    top: unknownKeys,
  })
  .map((r) => {
    let next = 0;
    const id = (prefix: string) => `${prefix}${next++}`;
    const stages = r.stages.slice(0, r.stageCount).map((s) => ({ ...s, id: id('s') }));
    const departments = r.departments.slice(0, r.departmentCount).map(({ color, ...d }) => ({
      ...d,
      id: id('d'),
      color: `#${color.toString(16).padStart(6, '0')}`,
    }));
    const touchpoints = r.touchpoints.map(
      ({ stage, department, frictions, opportunities, ...t }) => ({
        ...t,
        id: id('t'),
        stageId: stages[stage % stages.length]!.id,
        departmentId: departments[department % departments.length]!.id,
        frictions: frictions.map((f) => ({ ...f, id: id('f') })),
        opportunities: opportunities.map((o) => ({ ...o, id: id('o') })),
      }),
    );
    const connections =
      touchpoints.length === 0
        ? []
        : r.connections.map(({ from, to, ...c }) => ({
            ...c,
            id: id('c'),
            from: touchpoints[from % touchpoints.length]!.id,
            to: touchpoints[to % touchpoints.length]!.id,
          }));
    // Every department has its row, so the reader has nothing to repair and the map round-trips.
    let rows: Row[] | undefined;
    if (r.rows !== undefined) {
      rows = departments.map((d) => ({ id: id('r'), type: 'department', departmentId: d.id }));
      for (const { at, ...extra } of r.rows) {
        const row = { ...extra, id: id('r') } as Row;
        if (row.type === 'notes' && row.name === undefined) row.name = 'Notes';
        rows.splice(at % (rows.length + 1), 0, row);
      }
    }
    const noteRows = (rows ?? []).filter((row) => NOTE_KINDS.has(row.type));
    const notes =
      rows === undefined
        ? undefined
        : noteRows.length === 0
          ? []
          : r.notes.map(({ row, stage, ...n }) => ({
              ...n,
              id: id('n'),
              rowId: noteRows[row % noteRows.length]!.id,
              stageId: stages[stage % stages.length]!.id,
            }));
    const map: Record<string, unknown> = {
      format: 'touchmap',
      version: 1,
      id: 'map-1',
      title: r.title,
      description: r.description,
      persona: r.persona,
      nps: r.nps,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      stages,
      departments,
      touchpoints,
      connections,
      scenario: r.scenario,
      rows,
      notes,
      state: r.state,
      basedOn: r.basedOn,
      checks: r.checks,
    };
    for (const [k, v] of Object.entries(r.top)) {
      Object.defineProperty(map, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return map as unknown as JourneyMap;
  });
