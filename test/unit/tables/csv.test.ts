/** The CSV file's bytes, and the bad files it refuses, each with a message that says why. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { formatTableProblem } from '../../../src/core/table-problems.ts';
import { mapToCsv, mapToCsvText } from '../../../src/tables/csv.ts';
import { importTableFile } from '../../../src/tables/import-file.ts';

const OPTIONS = { id: 'imported', title: 'Imported', now: '2026-12-07T00:00:00Z' };
const importCsv = (bytes: Uint8Array) => importTableFile('t.csv', bytes, OPTIONS);
const HOTEL = join(__dirname, '../../../assets/templates/hotel-stay.touchmap');

async function hotel() {
  const parsed = parse(await readFile(HOTEL, 'utf8'));
  if (!parsed.ok) throw new Error('hotel-stay does not parse');
  return parsed.map;
}

async function problems(bytes: Uint8Array): Promise<string[]> {
  const result = await importCsv(bytes);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => formatTableProblem('t.csv', p));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('mapToCsv', () => {
  it('starts with a byte-order mark and the header, one CRLF row per touchpoint', async () => {
    const map = await hotel();
    const bytes = mapToCsv(map);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = mapToCsvText(map);
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'Stage,Department,Kind,Channel,Title,Description,Emotion,Emotion note,CSAT,Evidence,Source,Frictions,Opportunities,ID',
    );
    const back = await importCsv(bytes);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.map.touchpoints).toHaveLength(map.touchpoints.length);
  });

  it('puts an apostrophe before a text that a spreadsheet would run as a formula', async () => {
    const map = await hotel();
    const tp = { ...map.touchpoints[0]!, title: '=HYPERLINK("http://x")', description: '@SUM(1)' };
    const text = mapToCsvText({ ...map, touchpoints: [tp] });
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(`'@SUM(1)`);
    const back = await importCsv(utf8(text));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.map.touchpoints[0]).toMatchObject({ title: tp.title, description: tp.description });
  });
});

describe('importCsv', () => {
  it('reads semicolon and tab separated files, with or without a byte-order mark', async () => {
    for (const text of [
      'Stage;Department;Title\nA;B;C, with comma\n',
      '\uFEFFStage\tDepartment\tTitle\r\nA\tB\tC, with comma\r\n',
    ]) {
      const result = await importCsv(utf8(text));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.map.touchpoints[0]!.title).toBe('C, with comma');
    }
  });

  it('reads a file exported before the Evidence and Source columns, and the columns now', async () => {
    const older =
      'Stage,Department,Kind,Channel,Title,Description,Emotion,Emotion note,CSAT,Frictions,Opportunities,ID\r\n' +
      'Arrive,Front desk,Service,In person,Check-in,,Neutral,,,High: Queue,,tp-1\r\n';
    const before = await importCsv(utf8(older));
    if (!before.ok) throw new Error(JSON.stringify(before.problems));
    expect(before.map.touchpoints[0]).not.toHaveProperty('evidence');
    expect(before.map.touchpoints[0]).not.toHaveProperty('source');
    const now = await importCsv(
      utf8(
        'Stage,Department,Title,Evidence,Source\nArrive,Front desk,Check-in,Assumed,Interview 4\n',
      ),
    );
    if (!now.ok) throw new Error(JSON.stringify(now.problems));
    expect(now.map.touchpoints[0]).toMatchObject({ evidence: 'assumed', source: 'Interview 4' });
    expect(await problems(utf8('Stage,Department,Title,Evidence\nA,B,C,guessed\n'))).toEqual([
      't.csv: D2: evidence "guessed" is not one of Observed, Reported, Assumed',
    ]);
  });

  it('names the cell of a problem as E7 (a CSV file has one unnamed sheet)', async () => {
    expect(await problems(utf8('Stage,Department,Title,Emotion\nA,B,C,5\n'))).toEqual([
      't.csv: D2: emotion "5" is not between -2 and 2',
    ]);
  });

  it('refuses Latin-1, UTF-16 and binary files, saying how to save them', async () => {
    const latin1 = Uint8Array.from([...utf8('Stage,Department,Title\nA,B,Caf'), 0xe9, 0x0a]);
    expect(await problems(latin1)).toEqual([
      't.csv: the file is not UTF-8 text: byte 0xE9 at offset 30 (line 2) is not valid UTF-8; save it as "CSV UTF-8"',
    ]);
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...[...'Stage'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(await problems(utf16)).toEqual([
      't.csv: the file is UTF-16 text (little-endian), and Touchmap reads UTF-8 only; save it as "CSV UTF-8"',
    ]);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect((await problems(png))[0]).toMatch(
      /^t\.csv: this is not a CSV text file \(byte 0x1A at offset 6\)/,
    );
  });

  it('refuses missing headers by name, and an unclosed quote by row', async () => {
    expect((await problems(utf8('Title,Kind\nx,Service\n')))[0]).toMatch(
      /^t\.csv: 1:1: the header row has no "Stage", "Department" columns/,
    );
    expect(await problems(utf8('Stage,Department,Title\nA,B,"open\n'))).toEqual([
      't.csv: 2:2: a quoted cell is never closed (a " is missing)',
    ]);
  });

  it('refuses 100,000 rows quickly, without reading them all', async () => {
    const text = `Stage,Department,Title\n${'Awareness,Marketing,Search the web\n'.repeat(100_000)}`;
    const started = performance.now();
    expect(await problems(utf8(text))).toEqual([
      't.csv: more than 20,000 rows; a table may have at most 20,000 (the header included)',
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
