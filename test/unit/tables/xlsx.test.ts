/**
 * The workbook: map -> xlsx -> map keeps everything it carries (property), its sheets look
 * as a workshop needs them, and bad workbooks are refused with their cells named.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatTableProblem } from '../../../src/core/table-problems.ts';
import { importTableFile } from '../../../src/tables/import-file.ts';
import { mapToXlsx } from '../../../src/tables/xlsx-write.ts';
import { tableMap, touchpointView } from './table-maps.ts';

const OPTIONS = { id: 'imported', now: '2026-12-07T00:00:00Z' };
const importXlsx = (bytes: Uint8Array, title?: string) =>
  importTableFile('t.xlsx', bytes, { ...OPTIONS, ...(title !== undefined && { title }) });

async function problems(bytes: Uint8Array): Promise<string[]> {
  const result = await importXlsx(bytes);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => formatTableProblem('t.xlsx', p));
}

async function workbookBytes(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const HEADER = ['Stage', 'Department', 'Title', 'Emotion'];

describe('XLSX round trip', () => {
  it('keeps stages, departments (colours, empty ones), touchpoints, items and connections with their ids', async () => {
    await fc.assert(
      fc.asyncProperty(tableMap, async (map) => {
        const result = await importXlsx(await mapToXlsx(map));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const back = result.map;
        expect(back.title).toBe(map.title);
        const names = ({ name }: { name: string }) => name;
        expect(back.stages.map(names)).toEqual(map.stages.map(names));
        expect(back.stages.map((s) => s.description)).toEqual(map.stages.map((s) => s.description));
        expect(back.departments.map(({ name, color }) => [name, color])).toEqual(
          map.departments.map(({ name, color }) => [name, color]),
        );
        expect(touchpointView(back, 'map', true)).toEqual(touchpointView(map, 'table', true));
        expect(back.connections).toEqual(map.connections);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('mapToXlsx', () => {
  it('writes six sheets with a bold frozen header and drop-down lists of the words', async () => {
    const wb = new ExcelJS.Workbook();
    const map = fc.sample(
      tableMap.filter((m) => m.touchpoints.length > 2),
      { numRuns: 1, seed: 7 },
    )[0]!;
    await wb.xlsx.load((await mapToXlsx(map)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Touchpoints',
      'Stages',
      'Departments',
      'Frictions',
      'Opportunities',
      'Connections',
    ]);
    const sheet = wb.getWorksheet('Touchpoints')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Service,Experience"'],
    });
    expect(sheet.getCell('G2').dataValidation.formulae).toEqual([
      '"Very negative,Negative,Neutral,Positive,Very positive"',
    ]);
    expect(sheet.getCell('J1').value).toBe('Evidence');
    expect(sheet.getCell('K1').value).toBe('Source');
    expect(sheet.getCell('J2').dataValidation.formulae).toEqual(['"Observed,Reported,Assumed"']);
    const frictions = wb.getWorksheet('Frictions')!;
    expect(frictions.getCell('B2').dataValidation.formulae).toEqual(['"Low,Medium,High"']);
    expect(frictions.getCell('D1').value).toBe('Evidence');
    expect(frictions.getCell('D2').dataValidation.formulae).toEqual([
      '"Observed,Reported,Assumed"',
    ]);
  });
});

describe('bad workbooks', () => {
  it('names the cell of a wrong value, as Touchpoints!D2', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('Touchpoints').addRows([HEADER, ['A', 'B', 'C', 5]]);
    });
    expect(await problems(bytes)).toEqual([
      't.xlsx: Touchpoints!D2: emotion "5" is not between -2 and 2',
    ]);
  });

  it('takes a formula saved result and refuses one without, naming the cell', async () => {
    const ok = await workbookBytes((wb) => {
      const s = wb.addWorksheet('Touchpoints');
      s.addRows([HEADER, ['A', 'B', 'C', null]]);
      s.getCell('D2').value = { formula: '1-2', result: -1 };
    });
    const read = await importXlsx(ok);
    expect(read.ok && read.map.touchpoints[0]!.emotion).toBe(-1);
    const bad = await workbookBytes((wb) => {
      const s = wb.addWorksheet('Touchpoints');
      s.addRows([HEADER, ['A', 'B', 'C', null]]);
      s.getCell('C2').value = { formula: 'UPPER(A2)' };
      s.getCell('D2').value = { error: '#N/A' };
    });
    expect(await problems(bad)).toEqual([
      't.xlsx: Touchpoints!C2: the formula =UPPER(A2) has no saved result (Touchmap never computes formulas): open and save the file in a spreadsheet, or type the value',
      't.xlsx: Touchpoints!D2: the cell shows the error #N/A',
    ]);
  });

  it('refuses merged cells, naming the range', async () => {
    const bytes = await workbookBytes((wb) => {
      const s = wb.addWorksheet('Touchpoints');
      s.addRows([HEADER, ['A', 'B', 'C', 1], ['', 'B', 'D', 1]]);
      s.mergeCells('A2:A3');
    });
    expect(await problems(bytes)).toEqual([
      't.xlsx: Touchpoints!A2: cells A2:A3 are merged: unmerge them and give each row its own value',
    ]);
  });

  it('refuses missing headers, .xls files and other files', async () => {
    const noStage = await workbookBytes((wb) => {
      wb.addWorksheet('Sheet1').addRows([
        ['Department', 'Title'],
        ['B', 'C'],
      ]);
    });
    expect((await problems(noStage))[0]).toMatch(
      /^t\.xlsx: Sheet1!1:1: the header row has no "Stage" column;/,
    );
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problems(xls)).toEqual([
      't.xlsx: this is an old Excel 97-2003 (.xls) file: save it as an Excel Workbook (.xlsx)',
    ]);
    expect(await problems(new TextEncoder().encode('Stage,Department,Title\n'))).toEqual([
      't.xlsx: this is not an Excel workbook (.xlsx); a CSV file needs a name ending in .csv',
    ]);
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect((await problems(broken))[0]).toMatch(/^t\.xlsx: the workbook cannot be read: /);
  });

  it('refuses a sheet of 100,000 rows before reading its cells', async () => {
    // The parts a spreadsheet writes for the sheet list and the sheet (made here directly:
    // exceljs takes half a minute to write this many rows).
    const xml = (s: string) => new TextEncoder().encode(s);
    const rows = Array.from(
      { length: 100_001 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`,
    ).join('');
    const bytes = zipSync({
      'xl/workbook.xml': xml(
        '<workbook xmlns:r="r"><sheets><sheet name="Touchpoints &amp; more" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': xml(
        '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': xml(`<worksheet><sheetData>${rows}</sheetData></worksheet>`),
    });
    const started = performance.now();
    expect(await problems(bytes)).toEqual([
      't.xlsx: Touchpoints & more: 100,001 rows; a table may have at most 20,000 (the header included)',
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
