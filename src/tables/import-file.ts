/**
 * A table file (CSV or Excel, by its name) as a new map, for the CLI and the app alike. The
 * map's title: the one asked for, else the workbook's own title, else the file's name.
 */
import { LIMITS } from '../core/model.ts';
import { importTables, type ImportResult } from '../core/table-import.ts';
import type { TableProblem } from '../core/table-problems.ts';
import { readCsvRows } from './csv.ts';
import { readXlsxSheets } from './xlsx-read.ts';

export type TableFormat = 'csv' | 'xlsx';

/** The format a file's name says, or null. */
export function tableFormatOf(name: string): TableFormat | null {
  const m = /\.(csv|xlsx)$/i.exec(name);
  return m ? (m[1]!.toLowerCase() as TableFormat) : null;
}

export interface TableFileOptions {
  id: string;
  now: string;
  /** The title to give the map; by default the workbook's or the file's name. */
  title?: string;
}

const problem = (message: string): ImportResult => ({
  ok: false,
  problems: [{ sheet: null, row: null, column: null, message }],
  totalProblems: 1,
});

/** "Workshop 3.xlsx" -> "Workshop 3", within the title's length limit. */
function titleFromName(name: string): string {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .trim();
  return (base === '' ? 'Imported journey' : base).slice(0, LIMITS.titleLength);
}

export async function importTableFile(
  name: string,
  bytes: Uint8Array,
  options: TableFileOptions,
): Promise<ImportResult> {
  const format = tableFormatOf(name);
  if (format === null) return problem('Touchmap imports .csv and .xlsx files');
  const title = options.title?.trim();
  if (title !== undefined && (title === '' || title.length > LIMITS.titleLength))
    return problem(`the title must have 1 to ${LIMITS.titleLength} characters`);
  let sheets;
  let ownTitle: string | null = null;
  if (format === 'csv') {
    const read = readCsvRows(bytes);
    if (!read.ok) return failed(read.problems);
    sheets = [{ name: null, rows: read.rows }];
  } else {
    const read = await readXlsxSheets(bytes);
    if (!read.ok) return failed(read.problems);
    sheets = read.sheets;
    ownTitle = read.title === null ? null : read.title.slice(0, LIMITS.titleLength);
  }
  return importTables(sheets, {
    id: options.id,
    now: options.now,
    title: title ?? ownTitle ?? titleFromName(name),
  });
}

function failed(problems: TableProblem[]): ImportResult {
  return { ok: false, problems, totalProblems: problems.length };
}
