/**
 * Maps for the table round trips, and what a table carries of a map: the comparisons are
 * made on these views, so a property fails only on something the format should keep.
 */
import fc from 'fast-check';
import {
  CHANNELS,
  EMOTIONS,
  EVIDENCE_LEVELS,
  SEVERITIES,
  TOUCHPOINT_KINDS,
  type JourneyMap,
} from '../../../src/core/model.ts';
import { tableOrder } from '../../../src/core/table-export.ts';

/** Texts as a person types them: no space at either end (cells are trimmed), some accents,
 * quotes, separators, formula-like starts and line breaks inside. */
const word = fc.constantFrom(
  'Café',
  'a,b',
  'say "hi"',
  '=SUM(A1)',
  '+1',
  '-x',
  '@me',
  "'=q",
  'x;y',
  'ü',
  'Z',
);
const inner = fc.constantFrom(' ', '\n', ' - ', ': ', '\t');
const tidy = (maxWords: number, lines = true): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof(word, fc.string({ minLength: 1, maxLength: 6 })), inner), {
      minLength: 1,
      maxLength: maxWords,
    })
    .map((parts) => parts.map(([w, sep], i) => (i === 0 ? w : `${sep}${w}`)).join(''))
    .map((s) => (lines ? s : s.replace(/[\r\n]+/g, ' ')))
    .map((s) => s.trim())
    .filter((s) => s !== '' && s.length <= 100);

const optionalText = fc.option(tidy(4), { nil: undefined });

/** A map whose stage and department names differ in any case. */
export const tableMap: fc.Arbitrary<JourneyMap> = fc
  .record({
    stages: fc.uniqueArray(tidy(3), {
      minLength: 1,
      maxLength: 4,
      selector: (s) => s.toLowerCase(),
    }),
    stageDescriptions: fc.array(optionalText, { minLength: 4, maxLength: 4 }),
    departments: fc.uniqueArray(tidy(3), {
      minLength: 1,
      maxLength: 3,
      selector: (s) => s.toLowerCase(),
    }),
    colors: fc.array(fc.integer({ min: 0, max: 0xffffff }), { minLength: 3, maxLength: 3 }),
    touchpoints: fc.array(
      fc.record({
        stage: fc.nat(),
        department: fc.nat(),
        title: tidy(4),
        description: optionalText,
        kind: fc.constantFrom(...TOUCHPOINT_KINDS),
        channel: fc.constantFrom(...CHANNELS),
        emotion: fc.option(fc.constantFrom(...EMOTIONS), { nil: null }),
        emotionNote: optionalText,
        csat: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: undefined }),
        evidence: fc.option(fc.constantFrom(...EVIDENCE_LEVELS), { nil: undefined }),
        source: optionalText,
        frictions: fc.array(
          fc.record({
            text: tidy(3, false),
            severity: fc.constantFrom(...SEVERITIES),
            evidence: fc.option(fc.constantFrom(...EVIDENCE_LEVELS), { nil: undefined }),
          }),
          {
            maxLength: 3,
          },
        ),
        opportunities: fc.array(tidy(3, false), { maxLength: 2 }),
        position: fc.record({
          x: fc.integer({ min: 0, max: 900 }),
          y: fc.integer({ min: 0, max: 600 }),
        }),
      }),
      { maxLength: 10 },
    ),
    connections: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), label: optionalText }), {
      maxLength: 4,
    }),
  })
  .map((r): JourneyMap => {
    let next = 0;
    const id = (prefix: string) => `${prefix}${next++}`;
    const stages = r.stages.map((name, i) => ({
      id: id('s'),
      name,
      ...(r.stageDescriptions[i] !== undefined && { description: r.stageDescriptions[i] }),
    }));
    const departments = r.departments.map((name, i) => ({
      id: id('d'),
      name,
      color: `#${r.colors[i]!.toString(16).padStart(6, '0')}`,
    }));
    const touchpoints = r.touchpoints.map(
      ({ stage, department, frictions, opportunities, ...t }) => ({
        ...t,
        ...(t.description === undefined && { description: undefined }),
        id: id('t'),
        stageId: stages[stage % stages.length]!.id,
        departmentId: departments[department % departments.length]!.id,
        frictions: frictions.map((f) => ({ ...f, id: id('f') })),
        opportunities: opportunities.map((text) => ({ text, id: id('o') })),
      }),
    );
    const connections =
      touchpoints.length === 0
        ? []
        : r.connections.map(({ from, to, label }) => ({
            id: id('c'),
            from: touchpoints[from % touchpoints.length]!.id,
            to: touchpoints[to % touchpoints.length]!.id,
            ...(label !== undefined && { label }),
          }));
    return JSON.parse(
      JSON.stringify({
        format: 'touchmap',
        version: 1,
        id: 'map-1',
        title: 'Workshop',
        stages,
        departments,
        touchpoints,
        connections,
      }),
    ) as JourneyMap;
  });

const nameOf = (list: readonly { id: string; name: string }[], id: string) =>
  list.find((s) => s.id === id)!.name;

/**
 * The touchpoints as rows carry them: names for stage and department, no position. A
 * workbook (`withItemIds`) also keeps the items' ids and the frictions' evidence.
 */
export function touchpointView(map: JourneyMap, order: 'table' | 'map', withItemIds: boolean) {
  const list = order === 'table' ? tableOrder(map) : map.touchpoints;
  return list.map((tp) => ({
    id: tp.id,
    stage: nameOf(map.stages, tp.stageId),
    department: nameOf(map.departments, tp.departmentId),
    title: tp.title,
    description: tp.description,
    kind: tp.kind,
    channel: tp.channel,
    emotion: tp.emotion,
    emotionNote: tp.emotionNote,
    csat: tp.csat ?? undefined,
    evidence: tp.evidence,
    source: tp.source,
    frictions: tp.frictions.map((f) => ({
      severity: f.severity,
      text: f.text,
      ...(withItemIds && { id: f.id, evidence: f.evidence }),
    })),
    opportunities: tp.opportunities.map((o) => ({
      text: o.text,
      ...(withItemIds && { id: o.id }),
    })),
  }));
}

/** The stage names of the stages that have touchpoints, in stage order. */
export function usedStageNames(map: JourneyMap): string[] {
  const used = new Set(map.touchpoints.map((tp) => tp.stageId));
  return map.stages.filter((s) => used.has(s.id)).map((s) => s.name);
}

export function usedDepartmentNames(map: JourneyMap): string[] {
  const used = new Set(map.touchpoints.map((tp) => tp.departmentId));
  return map.departments
    .filter((d) => used.has(d.id))
    .map((d) => d.name)
    .sort();
}
