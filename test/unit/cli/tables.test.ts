/**
 * `touchmap export -o OUT.csv|OUT.xlsx` and `touchmap import`, run for real (the compiled
 * bin) on temporary files: the round trip through the files, every problem named by its
 * cell, and nothing written on any problem.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { ROOT } from './bin.ts';
import { touchmap } from './run-cli.ts';
import { tmp, tmpFolderEachTest } from './tmp-folder.ts';

const HOTEL = join(ROOT, 'assets/templates/hotel-stay.touchmap');

tmpFolderEachTest('touchmap-tables-');

async function mapAt(path: string) {
  const parsed = parse(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is not a valid map`);
  return parsed.map;
}

describe('touchmap export to tables and import', () => {
  it.each(['csv', 'xlsx'])(
    'hotel-stay -> .%s -> map keeps every touchpoint, id and title',
    async (ext) => {
      const table = join(tmp, `hotel.${ext}`);
      const out = join(tmp, 'back.touchmap');
      const exported = await touchmap(['export', HOTEL, '-o', table]);
      expect(exported).toMatchObject({ code: 0, stderr: '' });
      expect(exported.stdout).toMatch(
        new RegExp(`^${table.replace(/[.\\]/g, '\\$&')}: 20 touchpoints, \\d+ KB\\n$`),
      );
      const imported = await touchmap(['import', table, '-o', out, '--title', 'Workshop']);
      expect(imported).toMatchObject({
        code: 0,
        stdout: `${out}: 20 touchpoints in 7 stages and 7 departments\n`,
      });
      const [hotel, back] = [await mapAt(HOTEL), await mapAt(out)];
      expect(back.title).toBe('Workshop');
      expect(back.touchpoints.map((t) => t.id).sort()).toEqual(
        hotel.touchpoints.map((t) => t.id).sort(),
      );
      const names = (list: readonly { name: string }[]) => list.map((s) => s.name);
      expect(names(back.stages)).toEqual(names(hotel.stages));
      expect(names(back.departments).sort()).toEqual(names(hotel.departments).sort());
      if (ext === 'csv') return;
      // The workbook carries ids too: only what it does not carry differs (the map's own
      // fields, the blueprint's scenario and stage expectations among them).
      const diff = await touchmap(['diff', HOTEL, out]);
      for (const line of diff.stdout.split('\n').filter(Boolean))
        expect(line).toMatch(
          /^map "[^"]+" (id|title|description|persona|nps|createdAt|updatedAt|scenario):|^stage "[^"]+" expectations:|slot in its cell:/,
        );
    },
  );

  it('names every problem by its cell and writes nothing', async () => {
    const table = join(tmp, 'bad.csv');
    await writeFile(table, 'Stage,Department,Title,Emotion,CSAT\nA,B,C,5,\n,B,D,,9\n');
    const out = join(tmp, 'out.touchmap');
    const run = await touchmap(['import', table, '-o', out]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `${table}: D2: emotion "5" is not between -2 and 2`,
      `${table}: A3: the stage is empty`,
      `${table}: E3: CSAT "9" is not between 1 and 5`,
      `${table}: nothing was written`,
    ]);
    expect(await readdir(tmp)).toEqual(['bad.csv']);
  });

  it('leaves an existing map untouched when the table is refused', async () => {
    const out = join(tmp, 'kept.touchmap');
    await writeFile(out, 'old');
    const table = join(tmp, 'latin1.csv');
    await writeFile(table, Buffer.from([...Buffer.from('Stage,Department,Title\nA,B,Caf'), 0xe9]));
    const run = await touchmap(['import', table, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not valid UTF-8; save it as "CSV UTF-8"');
    expect(await readFile(out, 'utf8')).toBe('old');
  });

  it('takes the file name as the title, and notes the columns it leaves out', async () => {
    const table = join(tmp, 'Workshop 3.csv');
    await writeFile(table, 'stage;DEPARTMENT;title;Sticky colour\nArrive;Desk;Check-in;yellow\n');
    const out = join(tmp, 'w.touchmap');
    const run = await touchmap(['import', table, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `${table}: note: D1: column "Sticky colour" is not one Touchmap reads; it was left out\n`,
    );
    expect((await mapAt(out)).title).toBe('Workshop 3');
  });

  it('refuses wrong usage and PDF options for tables', async () => {
    const noOut = await touchmap(['import', join(tmp, 'a.csv')]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('import: no output file given (-o MAP.touchmap)');
    const wrongIn = await touchmap(['import', join(tmp, 'a.txt'), '-o', join(tmp, 'm.touchmap')]);
    expect(wrongIn.stderr).toContain('is neither a .csv nor a .xlsx file');
    const wrongOut = await touchmap(['import', join(tmp, 'a.csv'), '-o', join(tmp, 'm.json')]);
    expect(wrongOut.stderr).toContain("the map's name must end in .touchmap");
    const pdfOption = await touchmap(['export', HOTEL, '-o', join(tmp, 'h.xlsx'), '--page', 'a4']);
    expect(pdfOption).toMatchObject({
      code: 1,
      stderr: 'touchmap: export: --page is a PDF option; a .xlsx file takes none\n',
    });
    expect(await readdir(tmp)).toEqual([]);
  });
});
