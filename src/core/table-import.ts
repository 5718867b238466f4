/**
 * Tables -> a map: the CSV file's one sheet, or a workbook's sheets (Touchpoints, and
 * optionally Stages, Departments, Frictions, Opportunities, Connections). Stages and
 * departments come in the Stages and Departments sheets' order, then in order of first
 * appearance in the Touchpoints sheet; names are matched in any case. Cards are placed in
 * their cells' slots (slots.ts), in row order. Every problem names its cell; on any problem
 * there is no map. The map made is checked like a file (parse) before it is returned.
 */
import {
  CURRENT_VERSION,
  FORMAT_ID,
  LIMITS,
  type Connection,
  type Department,
  type JourneyMap,
  type Stage,
  type Touchpoint,
} from './model.ts';
import { ID_PREFIXES, idAllocator } from './ops/ids.ts';
import { parse } from './parse.ts';
import { formatProblem, MAX_PROBLEMS } from './problems.ts';
import { serialize } from './serialize.ts';
import {
  CONNECTION_COLUMNS,
  DEPARTMENT_COLUMNS,
  FRICTION_COLUMNS,
  OPPORTUNITY_COLUMNS,
  SHEET_NAMES,
  STAGE_COLUMNS,
  TOUCHPOINT_COLUMNS,
  type ColumnSpec,
  type SheetKey,
} from './table-columns.ts';
import { arrangeImported } from './table-arrange.ts';
import type { TableProblem } from './table-problems.ts';
import {
  IdBook,
  TouchpointIndex,
  defaultColor,
  fold,
  readColor,
  readText,
} from './table-records.ts';
import { readSheet, type ReadSheet, type SheetInput, type SheetRow } from './table-sheet.ts';
import { readTouchpointRow } from './table-touchpoint.ts';
import { readEvidence, readSeverity, type Read } from './table-values.ts';

export type { SheetInput } from './table-sheet.ts';

export interface ImportOptions {
  /** The new map's id (the host's random source: the core stays deterministic). */
  id: string;
  title: string;
  /** ISO-8601, for createdAt and updatedAt. */
  now: string;
}

export type ImportResult =
  | { ok: true; map: JourneyMap; notes: string[] }
  | { ok: false; problems: TableProblem[]; totalProblems: number };

const COLUMNS: Record<SheetKey, readonly ColumnSpec[]> = {
  touchpoints: TOUCHPOINT_COLUMNS,
  stages: STAGE_COLUMNS,
  departments: DEPARTMENT_COLUMNS,
  frictions: FRICTION_COLUMNS,
  opportunities: OPPORTUNITY_COLUMNS,
  connections: CONNECTION_COLUMNS,
};

/** The sheets by job: Touchpoints by name, else the first sheet (a CSV's only one). */
function findSheets(sheets: readonly SheetInput[]): Partial<Record<SheetKey, SheetInput>> {
  const found: Partial<Record<SheetKey, SheetInput>> = {};
  for (const key of Object.keys(SHEET_NAMES) as SheetKey[]) {
    const sheet = sheets.find((s) => s.name !== null && fold(s.name) === fold(SHEET_NAMES[key]));
    if (sheet) found[key] = sheet;
  }
  found.touchpoints ??= sheets[0];
  return found;
}

/** Named records (stages, departments) in order: their sheet's rows, then first appearance. */
class NamedList<T extends { id: string; name: string }> {
  readonly items: T[] = [];
  private readonly byName = new Map<string, T>();
  add(item: T, row: SheetRow | null): void {
    const key = fold(item.name);
    if (this.byName.has(key)) {
      row?.problem('name', `${JSON.stringify(item.name)} is named twice`);
      return;
    }
    this.byName.set(key, item);
    this.items.push(item);
  }
  get(name: string): T | undefined {
    return this.byName.get(fold(name));
  }
}

export function importTables(input: readonly SheetInput[], options: ImportOptions): ImportResult {
  const problems: TableProblem[] = [];
  const notes: string[] = [];
  const found = findSheets(input);
  if (found.touchpoints === undefined) {
    const problem = { sheet: null, row: null, column: null, message: 'the table is empty' };
    return { ok: false, problems: [problem], totalProblems: 1 };
  }
  const sheets: Partial<Record<SheetKey, ReadSheet>> = {};
  for (const key of Object.keys(COLUMNS) as SheetKey[]) {
    const sheet = found[key];
    const read = sheet && readSheet(sheet, COLUMNS[key], problems, notes);
    if (read) sheets[key] = read;
  }
  if (problems.length > 0) return failed(problems);

  const skeleton: JourneyMap = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    id: options.id,
    title: options.title,
    createdAt: options.now,
    updatedAt: options.now,
    stages: [],
    departments: [],
    touchpoints: [],
    connections: [],
  };
  const ids = new IdBook(idAllocator(skeleton));
  const tag = (sheet: ReadSheet) => (sheet.name === null ? '' : `${sheet.name}!`);
  for (const sheet of Object.values(sheets))
    for (const row of sheet.rows) ids.claim(row, tag(sheet));

  const stages = new NamedList<Stage>();
  for (const row of sheets.stages?.rows ?? []) {
    const name = readText(row, 'name', 'stage name', LIMITS.nameLength, true);
    if (name === null) continue;
    const description = row.text('description');
    const id = ids.idFor(row, ID_PREFIXES.stage, name);
    stages.add({ id, name, ...(description !== '' && { description }) }, row);
  }
  const departments = new NamedList<Department>();
  for (const row of sheets.departments?.rows ?? []) {
    const name = readText(row, 'name', 'department name', LIMITS.nameLength, true);
    const color = readColor(row);
    if (name === null || color === null) continue;
    const id = ids.idFor(row, ID_PREFIXES.department, name);
    const fallback = defaultColor(name, departments.items.length);
    departments.add({ id, name, color: color ?? fallback }, row);
  }

  const touchpoints: Touchpoint[] = [];
  const index = new TouchpointIndex();
  for (const row of sheets.touchpoints?.rows ?? []) {
    const read = readTouchpointRow(row, ids);
    if (read === null) continue;
    let stage = stages.get(read.stage);
    if (stage === undefined) {
      stage = { id: ids.idFor(null, ID_PREFIXES.stage, read.stage), name: read.stage };
      stages.add(stage, null);
    }
    let department = departments.get(read.department);
    if (department === undefined) {
      const color = defaultColor(read.department, departments.items.length);
      const id = ids.idFor(null, ID_PREFIXES.department, read.department);
      department = { id, name: read.department, color };
      departments.add(department, null);
    }
    const touchpoint = { ...read.touchpoint, stageId: stage.id, departmentId: department.id };
    touchpoints.push(touchpoint);
    index.add(touchpoint.id, touchpoint.title);
  }
  const byId = new Map(touchpoints.map((tp) => [tp.id, tp]));

  for (const row of sheets.frictions?.rows ?? []) {
    const tp = index.find(row, 'touchpoint', 'touchpoint');
    const text = readText(row, 'text', 'friction', LIMITS.itemTextLength, true);
    const severityText = row.text('severity');
    const severity = severityText === '' ? 'medium' : readAt(row, 'severity', readSeverity);
    const evidence = readAt(row, 'evidence', readEvidence);
    if (tp === null || text === null || severity === null || evidence === null) continue;
    byId.get(tp)!.frictions.push({
      id: ids.idFor(row, ID_PREFIXES.friction),
      text,
      severity,
      ...(evidence !== undefined && { evidence }),
    });
  }
  for (const row of sheets.opportunities?.rows ?? []) {
    const tp = index.find(row, 'touchpoint', 'touchpoint');
    const text = readText(row, 'text', 'opportunity', LIMITS.itemTextLength, true);
    if (tp === null || text === null) continue;
    byId.get(tp)!.opportunities.push({ id: ids.idFor(row, ID_PREFIXES.opportunity), text });
  }
  const connections: Connection[] = [];
  for (const row of sheets.connections?.rows ?? []) {
    const from = index.find(row, 'from', 'From cell');
    const to = index.find(row, 'to', 'To cell');
    if (from === null || to === null) continue;
    const label = row.text('label');
    const id = ids.idFor(row, ID_PREFIXES.connection);
    connections.push({ id, from, to, ...(label !== '' && { label }) });
  }

  if (problems.length === 0 && (stages.items.length === 0 || departments.items.length === 0)) {
    const message = 'no touchpoint rows: a map needs at least one stage and one department';
    problems.push({ sheet: sheets.touchpoints?.name ?? null, row: null, column: null, message });
  }
  if (problems.length > 0) return failed(problems);

  const map = arrangeImported({
    ...skeleton,
    stages: stages.items,
    departments: departments.items,
    touchpoints,
    connections,
  });
  return checkedLikeAFile(map, notes);
}

/** The column's value read from its text, or null after recording the problem at its cell. */
function readAt<T>(row: SheetRow, key: string, read: (text: string) => Read<T>): T | null {
  const result = read(row.text(key));
  if (result.ok) return result.value;
  row.problem(key, result.message);
  return null;
}

function failed(problems: TableProblem[]): ImportResult {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), totalProblems: problems.length };
}

/** Never hand on a map a file could not hold: the same checks as opening a file. */
function checkedLikeAFile(map: JourneyMap, notes: string[]): ImportResult {
  const parsed = parse(serialize(map));
  if (parsed.ok) return { ok: true, map: parsed.map, notes };
  const lines =
    parsed.error.kind === 'invalid'
      ? parsed.error.problems.map(formatProblem)
      : [parsed.error.message];
  return failed(lines.map((message) => ({ sheet: null, row: null, column: null, message })));
}
