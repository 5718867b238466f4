/**
 * An Excel workbook's sheets as rows for core/table-import.ts (exceljs). The sheets Touchmap
 * reads (core/table-columns.ts's names, and the first sheet when none is named Touchpoints)
 * are checked first, and refused with their cells named:
 * - merged cells (which value would a merged stage be, every row's or one's?): unmerge them;
 * - a formula is read as the result the spreadsheet saved with it, never computed; one with
 *   no saved result, or an error (#N/A), is refused;
 * - more than MAX_TABLE_ROWS rows.
 */
import { MAX_TABLE_ROWS, SHEET_NAMES } from '../core/table-columns.ts';
import type { SheetInput } from '../core/table-import.ts';
import { columnLetter, type TableProblem } from '../core/table-problems.ts';
import type { TableCell } from '../core/table-values.ts';
import { loadExcel, type ExcelCellValue, type ExcelWorksheet } from './excel.ts';
import { sheetRowCounts } from './xlsx-size.ts';

export type XlsxSheets =
  | { ok: true; sheets: SheetInput[]; title: string | null }
  | { ok: false; problems: TableProblem[] };

const fold = (s: string) => s.trim().toLowerCase();
const READ = new Set(Object.values(SHEET_NAMES).map(fold));

/** A ZIP archive starts with "PK\x03\x04"; an .xls (OLE2) with D0 CF 11 E0. */
function notAWorkbook(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) return null;
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0)
    return 'this is an old Excel 97-2003 (.xls) file: save it as an Excel Workbook (.xlsx)';
  return 'this is not an Excel workbook (.xlsx); a CSV file needs a name ending in .csv';
}

type Converted = { ok: true; cell: TableCell } | { ok: false; message: string };

const isoDate = (d: Date): string => d.toISOString().replace(/T00:00:00\.000Z$/, '');

function plain(value: ExcelCellValue): Converted {
  if (value === null || value === undefined) return { ok: true, cell: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { ok: true, cell: value };
  if (value instanceof Date) return { ok: true, cell: isoDate(value) };
  if ('richText' in value) return { ok: true, cell: value.richText.map((r) => r.text).join('') };
  if ('hyperlink' in value) return { ok: true, cell: value.text };
  if ('error' in value) return { ok: false, message: `the cell shows the error ${value.error}` };
  const formula =
    'formula' in value && value.formula
      ? value.formula
      : 'sharedFormula' in value
        ? value.sharedFormula
        : '';
  if (value.result === undefined)
    return {
      ok: false,
      message: `the formula =${formula} has no saved result (Touchmap never computes formulas): open and save the file in a spreadsheet, or type the value`,
    };
  const result = plain(value.result);
  return result.ok ? result : { ok: false, message: `the formula =${formula}: ${result.message}` };
}

const tooMany = (rows: number): string =>
  `${rows.toLocaleString('en')} rows; a table may have at most ${MAX_TABLE_ROWS.toLocaleString('en')} (the header included)`;

function readWorksheet(sheet: ExcelWorksheet, problems: TableProblem[]): SheetInput | null {
  const name = sheet.name;
  if (sheet.rowCount > MAX_TABLE_ROWS) {
    problems.push({ sheet: name, row: null, column: null, message: tooMany(sheet.rowCount) });
    return null;
  }
  const before = problems.length;
  for (const range of sheet.model.merges ?? []) {
    const top = /^([A-Z]+)(\d+)/.exec(range);
    problems.push({
      sheet: name,
      row: top ? Number(top[2]) : null,
      column: top ? top[1]! : null,
      message: `cells ${range} are merged: unmerge them and give each row its own value`,
    });
  }
  const rows: TableCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: TableCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = plain(cell.value);
      if (read.ok) cells[column - 1] = read.cell;
      else
        problems.push({
          sheet: name,
          row: rowNumber,
          column: columnLetter(column - 1),
          message: read.message,
        });
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  if (problems.length > before) return null;
  return { name, rows: Array.from(rows, (r) => r ?? []) };
}

export async function readXlsxSheets(bytes: Uint8Array): Promise<XlsxSheets> {
  const wrong = notAWorkbook(bytes);
  const whole = (message: string): XlsxSheets => ({
    ok: false,
    problems: [{ sheet: null, row: null, column: null, message }],
  });
  if (wrong !== null) return whole(wrong);
  const tooLong = [...sheetRowCounts(bytes)].filter(([, rows]) => rows > MAX_TABLE_ROWS);
  if (tooLong.length > 0)
    return {
      ok: false,
      problems: tooLong.map(([name, rows]) => ({
        sheet: name,
        row: null,
        column: null,
        message: tooMany(rows),
      })),
    };
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    return whole(
      `the workbook cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const worksheets = workbook.worksheets;
  const hasTouchpoints = worksheets.some((s) => fold(s.name) === fold(SHEET_NAMES.touchpoints));
  const problems: TableProblem[] = [];
  const sheets: SheetInput[] = [];
  worksheets.forEach((sheet, index) => {
    if (!READ.has(fold(sheet.name)) && (hasTouchpoints || index > 0)) return;
    const read = readWorksheet(sheet, problems);
    if (read) sheets.push(read);
  });
  if (problems.length > 0) return { ok: false, problems };
  const title = (workbook.title ?? '').trim();
  return { ok: true, sheets, title: title === '' ? null : title };
}
