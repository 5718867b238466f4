/**
 * One sheet of an imported table: its header row matched to the known columns, and its data
 * rows with each cell's name at hand for the problems. Row 1 is the header; blank rows are
 * skipped (a workshop leaves gaps).
 */
import { MAX_TABLE_ROWS, headerKey, type ColumnSpec } from './table-columns.ts';
import { columnLetter, type TableProblem } from './table-problems.ts';
import { cellText, type TableCell } from './table-values.ts';

export interface SheetInput {
  /** The sheet's name; null for a CSV file. */
  name: string | null;
  /** Row 1 (the header) first. */
  rows: readonly (readonly TableCell[])[];
}

export interface SheetRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  /** The trimmed text of a column's cell ('' when the column is absent or the cell empty). */
  text(key: string): string;
  /** The raw cell, for numbers. */
  cell(key: string): TableCell;
  /** Records a problem at this row's cell of the column (the row when the column is absent). */
  problem(key: string, message: string): void;
}

export interface ReadSheet {
  name: string | null;
  rows: SheetRow[];
  has(key: string): boolean;
}

const quote = (s: string): string => JSON.stringify(s);

/** The header row's columns, or null (and problems) when it lacks a required one. */
function matchHeader(
  sheet: SheetInput,
  columns: readonly ColumnSpec[],
  problems: TableProblem[],
  notes: string[],
): Map<string, number> | null {
  const header = sheet.rows[0] ?? [];
  const byHeader = new Map<string, ColumnSpec>();
  for (const c of columns)
    for (const h of [c.header, ...(c.aliases ?? [])]) byHeader.set(headerKey(h), c);
  const found = new Map<string, number>();
  const at = (index: number) => ({ sheet: sheet.name, row: 1, column: columnLetter(index) });
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === '') return;
    const spec = byHeader.get(headerKey(text));
    if (spec === undefined) {
      const where = `${sheet.name === null ? '' : `${sheet.name}!`}${columnLetter(index)}1`;
      notes.push(`${where}: column ${quote(text)} is not one Touchmap reads; it was left out`);
    } else if (found.has(spec.key)) {
      const first = columnLetter(found.get(spec.key)!);
      problems.push({
        ...at(index),
        message: `a second ${spec.header} column (the first is ${first})`,
      });
    } else found.set(spec.key, index);
  });
  const missing = columns.filter((c) => c.required === true && !found.has(c.key));
  if (missing.length > 0) {
    const names = missing.map((c) => quote(c.header)).join(', ');
    const what = missing.length === 1 ? 'column' : 'columns';
    const expected = columns.map((c) => c.header).join(', ');
    problems.push({
      sheet: sheet.name,
      row: 1,
      column: null,
      message: `the header row has no ${names} ${what}; the columns are ${expected} (in any order and case)`,
    });
    return null;
  }
  return found;
}

const isBlank = (row: readonly TableCell[]): boolean => row.every((c) => cellText(c) === '');

/** The sheet's rows, or null when its header makes it unreadable (problems say why). */
export function readSheet(
  sheet: SheetInput,
  columns: readonly ColumnSpec[],
  problems: TableProblem[],
  notes: string[],
): ReadSheet | null {
  if (sheet.rows.length > MAX_TABLE_ROWS) {
    problems.push({
      sheet: sheet.name,
      row: null,
      column: null,
      message: `${sheet.rows.length.toLocaleString('en')} rows; a table may have at most ${MAX_TABLE_ROWS.toLocaleString('en')}`,
    });
    return null;
  }
  const index = matchHeader(sheet, columns, problems, notes);
  if (index === null) return null;
  const rows: SheetRow[] = [];
  sheet.rows.forEach((cells, i) => {
    if (i === 0 || isBlank(cells)) return;
    const row = i + 1;
    const cell = (key: string): TableCell => {
      const at = index.get(key);
      return at === undefined ? null : (cells[at] ?? null);
    };
    rows.push({
      row,
      cell,
      text: (key) => cellText(cell(key)),
      problem: (key, message) => {
        const at = index.get(key);
        const column = at === undefined ? null : columnLetter(at);
        problems.push({ sheet: sheet.name, row, column, message });
      },
    });
  });
  return { name: sheet.name, rows, has: (key) => index.has(key) };
}
