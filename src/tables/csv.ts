/**
 * CSV files of maps (papaparse), in the browser and in Node: one row per touchpoint
 * (core/table-export.ts), UTF-8 with a byte-order mark so Excel shows accents right, CRLF
 * line ends as RFC 4180 and Excel write them. Reading takes comma, semicolon or tab
 * separated files (a spreadsheet set to a European locale saves semicolons).
 *
 * A text cell that starts like a formula (=, +, -, @, tab, carriage return) is written with
 * an apostrophe before it, so a spreadsheet opening the file shows it and never runs it;
 * reading takes exactly one such apostrophe off again, so the text comes back as it was.
 */
import Papa from 'papaparse';
import type { JourneyMap } from '../core/model.ts';
import { MAX_TABLE_ROWS } from '../core/table-columns.ts';
import { touchpointTable } from '../core/table-export.ts';
import type { TableProblem } from '../core/table-problems.ts';
import type { TableCell } from '../core/table-values.ts';
import { decodeTable } from './encoding.ts';

const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

const escapeCell = (cell: TableCell): TableCell =>
  typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;

const unescapeCell = (cell: string): string => (ESCAPED.test(cell) ? cell.slice(1) : cell);

const BOM = '\uFEFF';

/**
 * The separator, from the header row alone: the text below it is people's words, full of
 * commas and semicolons, where a guess from all the rows goes wrong.
 */
function separatorOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return [';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

export function mapToCsvText(map: JourneyMap): string {
  const table = touchpointTable(map);
  const rows = [table.columns.map((c) => c.header), ...table.rows.map((r) => r.map(escapeCell))];
  return BOM + Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
}

export function mapToCsv(map: JourneyMap): Uint8Array {
  return new TextEncoder().encode(mapToCsvText(map));
}

export type CsvRows = { ok: true; rows: string[][] } | { ok: false; problems: TableProblem[] };

/** The file's rows, at most MAX_TABLE_ROWS: a longer file is refused before the rest is read. */
export function readCsvRows(bytes: Uint8Array): CsvRows {
  const decoded = decodeTable(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const parsed = Papa.parse<string[]>(decoded.text, {
    header: false,
    delimiter: separatorOf(decoded.text),
    skipEmptyLines: false,
    preview: MAX_TABLE_ROWS + 1,
  });
  if (parsed.data.length > MAX_TABLE_ROWS) {
    const message = `more than ${MAX_TABLE_ROWS.toLocaleString('en')} rows; a table may have at most ${MAX_TABLE_ROWS.toLocaleString('en')} (the header included)`;
    return { ok: false, problems: [{ sheet: null, row: null, column: null, message }] };
  }
  const problems: TableProblem[] = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({
      sheet: null,
      row: (e.row ?? 0) + 1,
      column: null,
      message: 'a quoted cell is never closed (a " is missing)',
    }));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rows: parsed.data.map((row) => row.map(unescapeCell)) };
}
