/**
 * A map as tables: the rows of the CSV file (one per touchpoint, frictions and
 * opportunities as lines of one cell) and of the workbook's six sheets. The hosts
 * (src/tables) only write these rows in their format.
 *
 * What the tables carry: stages and departments by name (and, in the workbook, their
 * descriptions, colours, ids and the empty ones), touchpoints with every field but their
 * position (import arranges the cards), their evidence and source, frictions and
 * opportunities (ids and the frictions' evidence in the workbook only: a CSV friction is a
 * line of one cell), connections (workbook only). Not carried: the map's id, description, persona, NPS,
 * dates, card positions and unknown keys.
 */
import { indexById } from './journey-order.ts';
import type { JourneyMap, Stage, Touchpoint } from './model.ts';
import { readingOrder } from './slots.ts';
import {
  CONNECTION_COLUMNS,
  DEPARTMENT_COLUMNS,
  FRICTION_COLUMNS,
  OPPORTUNITY_COLUMNS,
  SHEET_NAMES,
  STAGE_COLUMNS,
  TOUCHPOINT_COLUMNS,
  WORKBOOK_TOUCHPOINT_COLUMNS,
  type ColumnSpec,
} from './table-columns.ts';
import {
  channelCell,
  emotionCell,
  evidenceCell,
  kindCell,
  severityCell,
  type TableCell,
} from './table-values.ts';

export interface TableOut {
  name: string;
  columns: readonly ColumnSpec[];
  /** The data rows, in the columns' order (the header row is the columns' headers). */
  rows: TableCell[][];
}

/** One line of a list cell: a line break inside an item would make two items. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

function rowOf(
  columns: readonly ColumnSpec[],
  values: Readonly<Record<string, TableCell | undefined>>,
): TableCell[] {
  return columns.map((c) => values[c.key] ?? null);
}

function touchpointValues(
  tp: Touchpoint,
  stages: ReadonlyMap<string, string>,
  departments: ReadonlyMap<string, string>,
): Record<string, TableCell | undefined> {
  return {
    stage: stages.get(tp.stageId) ?? tp.stageId,
    department: departments.get(tp.departmentId) ?? tp.departmentId,
    kind: kindCell(tp.kind),
    channel: channelCell(tp.channel),
    title: tp.title,
    description: tp.description,
    emotion: emotionCell(tp.emotion),
    emotionNote: tp.emotionNote,
    csat: tp.csat ?? null,
    evidence: evidenceCell(tp.evidence),
    source: tp.source,
    frictions: tp.frictions
      .map((f) => `${severityCell(f.severity)}: ${oneLine(f.text)}`)
      .join('\n'),
    opportunities: tp.opportunities.map((o) => oneLine(o.text)).join('\n'),
    id: tp.id,
  };
}

const names = (list: readonly Pick<Stage, 'id' | 'name'>[]): Map<string, string> =>
  new Map(list.map((s) => [s.id, s.name]));

/**
 * The rows' order: stage by stage, lane by lane, each cell's cards in reading order (then
 * document order). Read back, stages come in their order and each cell's cards are placed in
 * the order they were read in.
 */
export function tableOrder(map: JourneyMap): Touchpoint[] {
  const stage = indexById(map.stages);
  const lane = indexById(map.departments);
  const rank = (tp: Touchpoint) => [stage.get(tp.stageId) ?? -1, lane.get(tp.departmentId) ?? -1];
  return map.touchpoints
    .map((tp, index) => ({ tp, index, rank: rank(tp) }))
    .sort(
      (a, b) =>
        a.rank[0]! - b.rank[0]! ||
        a.rank[1]! - b.rank[1]! ||
        readingOrder(a.tp.position, b.tp.position) ||
        a.index - b.index,
    )
    .map((entry) => entry.tp);
}

function touchpointRows(map: JourneyMap, columns: readonly ColumnSpec[]): TableCell[][] {
  const stages = names(map.stages);
  const departments = names(map.departments);
  return tableOrder(map).map((tp) => rowOf(columns, touchpointValues(tp, stages, departments)));
}

/** The CSV file's table: one row per touchpoint. */
export function touchpointTable(map: JourneyMap): TableOut {
  return {
    name: SHEET_NAMES.touchpoints,
    columns: TOUCHPOINT_COLUMNS,
    rows: touchpointRows(map, TOUCHPOINT_COLUMNS),
  };
}

/** The workbook's sheets, in tab order. */
export function workbookTables(map: JourneyMap): TableOut[] {
  const frictions: TableCell[][] = [];
  const opportunities: TableCell[][] = [];
  for (const tp of tableOrder(map)) {
    for (const f of tp.frictions) {
      const values = {
        touchpoint: tp.id,
        severity: severityCell(f.severity),
        text: f.text,
        evidence: evidenceCell(f.evidence),
        id: f.id,
      };
      frictions.push(rowOf(FRICTION_COLUMNS, values));
    }
    for (const o of tp.opportunities)
      opportunities.push(rowOf(OPPORTUNITY_COLUMNS, { touchpoint: tp.id, text: o.text, id: o.id }));
  }
  return [
    {
      name: SHEET_NAMES.touchpoints,
      columns: WORKBOOK_TOUCHPOINT_COLUMNS,
      rows: touchpointRows(map, WORKBOOK_TOUCHPOINT_COLUMNS),
    },
    {
      name: SHEET_NAMES.stages,
      columns: STAGE_COLUMNS,
      rows: map.stages.map((s) => rowOf(STAGE_COLUMNS, { ...s })),
    },
    {
      name: SHEET_NAMES.departments,
      columns: DEPARTMENT_COLUMNS,
      rows: map.departments.map((d) => rowOf(DEPARTMENT_COLUMNS, { ...d })),
    },
    { name: SHEET_NAMES.frictions, columns: FRICTION_COLUMNS, rows: frictions },
    { name: SHEET_NAMES.opportunities, columns: OPPORTUNITY_COLUMNS, rows: opportunities },
    {
      name: SHEET_NAMES.connections,
      columns: CONNECTION_COLUMNS,
      rows: map.connections.map((c) => rowOf(CONNECTION_COLUMNS, { ...c })),
    },
  ];
}
