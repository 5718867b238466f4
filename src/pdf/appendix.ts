/**
 * The appendix: every friction point by stage and severity with its touchpoint and owning
 * department; the insights tables; an inventory of all touchpoints. Built as a flow of
 * headings and tables (table.ts) over the touchpoints the export keeps.
 */
import type { JourneyMap, Severity, Touchpoint } from '../core/model.ts';
import { computeInsights, frictionSummary } from '../core/insights.ts';
import {
  EVIDENCE_BUCKETS,
  type EvidenceBucket,
  type StageEvidence,
} from '../core/evidence-shares.ts';
import { indexById, journeyOrderIndices } from '../core/journey-order.ts';
import { EMOTION_LOOKS, SEVERITY_LOOKS } from '../core/presentation.ts';
import {
  CHANNEL_TERMS,
  EVIDENCE_TERMS,
  KIND_LIST,
  KIND_TERMS,
  SEVERITY_LIST,
  SEVERITY_TERMS,
} from '../core/vocabulary.ts';
import type { AppendixSection } from './options.ts';
import { notesTable } from './notes-appendix.ts';
import { singleLine } from './fonts.ts';
import {
  measureTable,
  type FlowItem,
  type TableCell,
  type TableColumn,
  type TableSpec,
  type TableText,
} from './table.ts';
import { MUTED, emotionScore, formatNumber, hexToRgb, mix, printRgb, WHITE } from './theme.ts';

/** High first: the tables lead with what hurts most. */
const WORST_FIRST = [...SEVERITY_LIST].reverse();

/** A severity in running text and table cells: "high". */
const severityText = (severity: Severity): string => SEVERITY_TERMS[severity].word.toLowerCase();

interface Lookup {
  stageName: (id: string) => string;
  department: (id: string) => { name: string; color: string } | undefined;
  stageIndex: Map<string, number>;
}

function lookup(map: JourneyMap): Lookup {
  const stages = indexById(map.stages);
  const departments = indexById(map.departments);
  return {
    stageName: (id) => {
      const i = stages.get(id);
      return i === undefined ? id : singleLine(map.stages[i]!.name);
    },
    department: (id) => {
      const i = departments.get(id);
      return i === undefined ? undefined : map.departments[i];
    },
    stageIndex: stages,
  };
}

function departmentCell(l: Lookup, id: string): TableCell {
  const d = l.department(id);
  return d ? { text: singleLine(d.name), swatch: hexToRgb(d.color) } : { text: id };
}

function severityCell(severity: Severity): TableCell {
  const look = SEVERITY_LOOKS[severity];
  return {
    text: severityText(severity),
    bold: true,
    fill: printRgb(look.badge),
    color: printRgb(look.badgeText),
  };
}

function emotionCell(emotion: Touchpoint['emotion']): TableCell {
  if (emotion === null || emotion === undefined) return { text: '\u2013', color: MUTED };
  return {
    text: emotionScore(emotion),
    bold: true,
    fill: mix(printRgb(EMOTION_LOOKS[`${emotion}`].color), WHITE, 0.55),
  };
}

const count = (n: number): TableCell => ({ text: String(n) });

/** A right-aligned count column: its word plus `room`, and at least `least` wide. */
const countColumn = (header: string, least: number, room: number): TableColumn => ({
  header,
  weight: Math.max(least, header.length + room),
  align: 'right',
});

function frictionTable(map: JourneyMap): TableSpec {
  const l = lookup(map);
  const order = journeyOrderIndices(map);
  const rows: { stage: number; severity: number; order: number; cells: TableCell[] }[] = [];
  order.forEach((i, position) => {
    const tp = map.touchpoints[i]!;
    for (const f of tp.frictions) {
      rows.push({
        stage: l.stageIndex.get(tp.stageId) ?? Number.MAX_SAFE_INTEGER,
        severity: -SEVERITY_TERMS[f.severity].rank,
        order: position,
        cells: [
          { text: l.stageName(tp.stageId) },
          severityCell(f.severity),
          { text: singleLine(f.text) },
          { text: singleLine(tp.title) },
          departmentCell(l, tp.departmentId),
        ],
      });
    }
  });
  rows.sort((a, b) => a.stage - b.stage || a.severity - b.severity || a.order - b.order);
  return {
    caption: 'Friction points by stage and severity',
    columns: [
      { header: 'Stage', weight: 16 },
      { header: 'Severity', weight: 9 },
      { header: 'Friction point', weight: 35, maxLines: 40 },
      { header: 'Touchpoint', weight: 24, maxLines: 40 },
      { header: 'Owner', weight: 16 },
    ],
    rows: rows.map((r) => r.cells),
    empty: 'No friction points recorded.',
  };
}

/** Touchpoints by evidence level per stage; none while no touchpoint of the map is marked. */
function evidenceTable(stages: readonly StageEvidence[]): TableSpec[] {
  if (stages.every((stage) => stage.unmarked === stage.total)) return [];
  const word = (bucket: EvidenceBucket) =>
    bucket === 'unmarked' ? 'Not marked' : EVIDENCE_TERMS[bucket].word;
  return [
    {
      caption: 'Evidence by stage',
      columns: [
        { header: 'Stage', weight: 28 },
        ...EVIDENCE_BUCKETS.map((bucket) => countColumn(word(bucket), 10, 2)),
        { header: 'Assumed share', weight: 14, align: 'right' },
      ],
      rows: stages.map((stage) => [
        { text: singleLine(stage.name) },
        ...EVIDENCE_BUCKETS.map((bucket) => count(stage[bucket])),
        {
          text:
            stage.shares === null ? '\u2013' : `${formatNumber(stage.shares.assumed * 100, 0)}%`,
        },
      ]),
      empty: 'No stages.',
    },
  ];
}

function insightTables(map: JourneyMap): TableSpec[] {
  const insights = computeInsights(map);
  const l = lookup(map);
  const pct = (v: number | null): string =>
    v === null ? '\u2013' : `${formatNumber(v * 100, 0)}%`;
  const avg = (v: number | null, digits = 1): string =>
    v === null ? '\u2013' : formatNumber(v, digits);
  const sev = insights.frictionsBySeverity;
  const summary: TableSpec = {
    caption: 'Summary',
    columns: [
      { header: 'Measure', weight: 60 },
      { header: 'Value', weight: 40, align: 'right' },
    ],
    rows: [
      ['Touchpoints', String(insights.counts.touchpoints)],
      ...KIND_LIST.map((k) => [`${k.word} touchpoints`, String(insights.counts[k.id])]),
      ['Share of the journey that is reactive service', pct(insights.serviceShare)],
      [
        `Friction points (${WORST_FIRST.map((t) => t.word.toLowerCase()).join(' / ')})`,
        `${sev.total} (${WORST_FIRST.map((t) => sev[t.id]).join(' / ')})`,
      ],
      ['Opportunities', String(insights.counts.opportunities)],
      ['Touchpoints with an emotion', `${insights.counts.rated} of ${insights.counts.touchpoints}`],
      ['Average CSAT (1\u20135)', avg(insights.csatAverage)],
      ['NPS (-100 to 100)', insights.nps === null ? '\u2013' : String(insights.nps)],
      ['Connections', String(insights.counts.connections)],
    ].map(([a, b]) => [{ text: a! }, { text: b! }]),
    empty: '',
    widthFraction: 0.6,
  };
  const byStage: TableSpec = {
    caption: 'By stage',
    columns: [
      { header: 'Stage', weight: 28 },
      ...KIND_LIST.map((k) => countColumn(k.word, 8, 2)),
      { header: 'Total', weight: 8, align: 'right' },
      ...WORST_FIRST.map((t) => countColumn(t.word, 8, 2)),
      { header: 'Avg emotion', weight: 12, align: 'right' },
    ],
    rows: insights.byStage.map((s, i) => {
      const f = insights.frictionsByStage[i]!;
      const e = insights.emotionByStage[i]!;
      return [
        { text: singleLine(s.name) },
        ...KIND_LIST.map((k) => count(s[k.id])),
        { text: String(s.total), bold: true },
        ...WORST_FIRST.map((t) => count(f[t.id])),
        { text: e.average === null ? '\u2013' : formatNumber(e.average, 2) },
      ];
    }),
    empty: 'No stages.',
  };
  const byDepartment: TableSpec = {
    caption: 'By department',
    columns: [
      { header: 'Department', weight: 36 },
      ...KIND_LIST.map((k) => countColumn(k.word, 12, 4)),
      { header: 'Total', weight: 10, align: 'right' },
      { header: 'Service share', weight: 16, align: 'right' },
    ],
    rows: insights.byDepartment.map((d) => [
      departmentCell(l, d.departmentId),
      ...KIND_LIST.map((k) => count(d[k.id])),
      { text: String(d.total), bold: true },
      { text: pct(d.total > 0 ? d.service / d.total : null) },
    ]),
    empty: 'No departments.',
  };
  const lowest: TableSpec = {
    caption: 'Lowest moments',
    columns: [
      { header: 'Touchpoint', weight: 34, maxLines: 40 },
      { header: 'Stage', weight: 20 },
      { header: 'Owner', weight: 20 },
      { header: 'Emotion', weight: 10, align: 'center' },
      { header: 'Friction', weight: 14 },
    ],
    rows: insights.lowestMoments.map((m) => [
      { text: singleLine(m.title) },
      { text: l.stageName(m.stageId) },
      departmentCell(l, m.departmentId),
      emotionCell(m.emotion),
      m.worstSeverity === null
        ? { text: '\u2013', color: MUTED }
        : { text: `${m.frictionCount} \u00b7 ${severityText(m.worstSeverity)}` },
    ]),
    empty: 'No touchpoint is rated below neutral.',
  };
  return [summary, byStage, byDepartment, ...evidenceTable(insights.evidenceByStage), lowest];
}

function inventoryTable(map: JourneyMap): TableSpec {
  const l = lookup(map);
  const rows = journeyOrderIndices(map).map((i, n): TableCell[] => {
    const tp = map.touchpoints[i]!;
    const f = frictionSummary(tp);
    return [
      { text: String(n + 1), color: MUTED },
      { text: singleLine(tp.title), bold: true },
      { text: l.stageName(tp.stageId) },
      departmentCell(l, tp.departmentId),
      { text: KIND_TERMS[tp.kind]?.word ?? tp.kind },
      { text: CHANNEL_TERMS[tp.channel]?.word ?? tp.channel },
      emotionCell(tp.emotion),
      f.worst === null
        ? { text: '\u2013', color: MUTED }
        : { text: `${f.count} \u00b7 ${severityText(f.worst)}` },
      {
        text: typeof tp.csat === 'number' ? formatNumber(tp.csat) : '\u2013',
        color: typeof tp.csat === 'number' ? undefined : MUTED,
      },
      { text: String(tp.opportunities.length) },
    ];
  });
  return {
    caption: 'All touchpoints in journey order',
    columns: [
      { header: '#', weight: 4, align: 'right' },
      { header: 'Touchpoint', weight: 27, maxLines: 40 },
      { header: 'Stage', weight: 14 },
      { header: 'Owner', weight: 14 },
      { header: 'Kind', weight: 9 },
      { header: 'Channel', weight: 8 },
      { header: 'Emotion', weight: 7, align: 'center' },
      { header: 'Friction', weight: 9 },
      { header: 'CSAT', weight: 5, align: 'right' },
      { header: 'Ideas', weight: 5, align: 'right' },
    ],
    rows,
    empty: 'No touchpoints.',
  };
}

const TITLES: Record<AppendixSection, string> = {
  frictions: 'Friction points',
  insights: 'Insights',
  inventory: 'Touchpoint inventory',
};

/** The appendix as a flow of headings and measured tables, `width` points wide. */
export function appendixFlow(
  map: JourneyMap,
  sections: readonly AppendixSection[],
  width: number,
  text: TableText,
  u: number,
): FlowItem[] {
  const metrics = { size: 8 * u, pad: 3.5 * u, maxLines: 6 };
  const items: FlowItem[] = [];
  sections.forEach((section, i) => {
    const letter = String.fromCharCode(65 + i);
    if (i > 0) items.push({ kind: 'break' });
    items.push({
      kind: 'heading',
      text: `Appendix ${letter} \u00b7 ${TITLES[section]}`,
      size: 15 * u,
    });
    const tables =
      section === 'frictions'
        ? [frictionTable(map)]
        : section === 'insights'
          ? insightTables(map)
          : [inventoryTable(map), ...notesTable(map)];
    for (const t of tables)
      items.push({ kind: 'table', table: measureTable(t, width, text, metrics) });
  });
  return items;
}
