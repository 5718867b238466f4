/**
 * A map as an Excel workbook (exceljs): the six sheets of core/table-export.ts, each with a
 * bold, shaded header row frozen at the top, columns sized for their text, and drop-down
 * lists of the vocabulary's words for kind, channel, emotion, severity and evidence, so a team can
 * fill it in during a workshop and read it back with `touchmap import`.
 */
import type { JourneyMap } from '../core/model.ts';
import { MAX_TABLE_ROWS, SHEET_NAMES } from '../core/table-columns.ts';
import { workbookTables, type TableOut } from '../core/table-export.ts';
import { columnLetter } from '../core/table-problems.ts';
import { CELL_CHOICES } from '../core/table-values.ts';
import { loadExcel, type ExcelWorksheet } from './excel.ts';

/** Rows below the data that still get the drop-down lists, for the rows a workshop adds. */
const ROOM = 500;

/** The columns with a closed list of words, by sheet and column key. */
const LISTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  [SHEET_NAMES.touchpoints]: {
    kind: CELL_CHOICES.kind,
    channel: CELL_CHOICES.channel,
    emotion: CELL_CHOICES.emotion,
    evidence: CELL_CHOICES.evidence,
  },
  [SHEET_NAMES.frictions]: { severity: CELL_CHOICES.severity, evidence: CELL_CHOICES.evidence },
};

interface Validations {
  add(address: string, validation: object): void;
}

function addLists(sheet: ExcelWorksheet, table: TableOut): void {
  const lists = LISTS[table.name] ?? {};
  const last = Math.min(MAX_TABLE_ROWS, table.rows.length + 1 + ROOM);
  // exceljs keeps data validations on the sheet but leaves them out of its types.
  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations;
  table.columns.forEach((column, index) => {
    const words = lists[column.key];
    if (words === undefined) return;
    const letter = columnLetter(index);
    validations.add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${words.join(',')}"`],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `Choose one of: ${words.join(', ')}`,
    });
  });
}

export async function mapToXlsx(map: JourneyMap): Promise<Uint8Array> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = 'Touchmap';
  workbook.title = map.title;
  for (const table of workbookTables(map)) {
    const sheet = workbook.addWorksheet(table.name, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    });
    sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    sheet.addRows(table.rows);
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } };
    header.border = { bottom: { style: 'thin', color: { argb: 'FF8A94A6' } } };
    addLists(sheet, table);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
