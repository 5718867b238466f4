/**
 * `touchmap export`, run for real as a child process (the compiled bin,
 * `node dist/cli/touchmap.mjs`) into temporary folders: what it refuses (a map not UTF-8, a
 * bad map, option or department, an output over a map file or in no folder, wrong usage), and
 * that it then writes nothing.
 */
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './bin.ts';
import { BROKEN, HINT, HOTEL, tmp, tmpFolderEachTest, touchmap } from './export-fixture.ts';

tmpFolderEachTest();

describe('touchmap export', { timeout: 60_000 }, () => {
  it('refuses a map that is not UTF-8 with the encoding message, and writes nothing', async () => {
    const latin1 = join(ROOT, 'test/fixtures/invalid/latin1.touchmap');
    const out = join(tmp, 'latin1.pdf');
    const run = await touchmap(['export', latin1, '-o', out]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.err).toEqual([
      `${latin1}: The file is not UTF-8 text: byte 0xE9 at offset 75 (line 5) is not valid UTF-8; save the file as UTF-8.`,
    ]);
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes nothing on a problem: a bad map, option or department; an existing file stays', async () => {
    const existing = join(tmp, 'existing.pdf');
    const old = Buffer.from('%PDF-1.4 the previous export\n');
    await writeFile(existing, old);
    const fresh = join(tmp, 'fresh.pdf');
    const [validate, badMap, badMapExisting, badOptions, tooManyTiles] = await Promise.all([
      touchmap(['validate', BROKEN]),
      touchmap(['export', BROKEN, '-o', fresh]),
      touchmap(['export', BROKEN, '-o', existing]),
      touchmap([
        'export',
        HOTEL,
        '-o',
        existing,
        '--page',
        'b5',
        '--orientation',
        'sideways',
        '--layout',
        'poster',
        '--only',
        'both',
        '--scale',
        'big',
        '--margin',
        '2000',
        '--date',
        '2026-02-30',
      ]),
      touchmap(['export', HOTEL, '-o', existing, '--layout', 'tile', '--scale', '20']),
    ]);

    // The same problem lines as validate, on standard error.
    expect(validate.code).toBe(1);
    expect(validate.out.length).toBeGreaterThanOrEqual(8);
    for (const run of [badMap, badMapExisting]) {
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.err).toEqual(validate.out);
    }
    expect(badOptions).toMatchObject({ code: 1, stdout: '' });
    expect(badOptions.err).toEqual([
      'touchmap: export: --page: expected one of a4, a3, a2, a1, a0, letter, legal, tabloid, got "b5"',
      'touchmap: export: --orientation: expected one of portrait, landscape, got "sideways"',
      'touchmap: export: --layout: expected one of fit, tile, got "poster"',
      'touchmap: export: --only: expected one of service, experience, got "both"',
      'touchmap: export: --scale: expected a number, got "big"',
      'touchmap: export: --date: expected an ISO-8601 date such as 2026-11-22 or 2026-11-22T09:30:00Z, got "2026-02-30"',
      'touchmap: export: --margin: expected a number from 0 to 1000, got 2000',
    ]);
    expect(tooManyTiles).toMatchObject({ code: 1, stdout: '' });
    expect(tooManyTiles.err).toEqual([
      expect.stringMatching(
        /^touchmap: export: at scale 20 the map needs \d+ x \d+ = \d+ A3 pages/,
      ),
    ]);

    const unknown = await touchmap([
      'export',
      HOTEL,
      '-o',
      existing,
      '--department',
      'sales',
      '--department',
      'Finance',
    ]);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.err).toEqual([
      `touchmap: export: --department "Finance": no department of ${HOTEL} has that name or id; its departments: "Marketing", "Sales", "Customer Service", "Product", "Operations", "Billing", "Housekeeping"`,
    ]);

    // Never over a map file: the input itself, or a name that says .touchmap.
    const map = join(tmp, 'map.json');
    await writeFile(map, await readFile(HOTEL));
    const [overInput, overMapName] = await Promise.all([
      touchmap(['export', 'map.json', '-o', './map.json'], { cwd: tmp }),
      touchmap(['export', HOTEL, '-o', 'other.touchmap'], { cwd: tmp }),
    ]);
    expect(overInput).toMatchObject({
      code: 1,
      stderr: 'touchmap: export: -o: "./map.json" is the map file itself; choose another name\n',
    });
    expect(overMapName).toMatchObject({
      code: 1,
      stderr:
        'touchmap: export: -o: "other.touchmap" is a map file\'s name; export writes a PDF (OUT.pdf)\n',
    });
    expect((await readFile(map)).equals(await readFile(HOTEL))).toBe(true);
    await rm(map);

    // No output, no temporary file left, the existing file byte for byte as it was.
    expect(await readdir(tmp)).toEqual(['existing.pdf']);
    expect((await readFile(existing)).equals(old)).toBe(true);

    const unwritable = await touchmap(['export', HOTEL, '-o', join(tmp, 'no-dir', 'x.pdf')]);
    expect(unwritable).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `${join(tmp, 'no-dir', 'x.pdf')}: cannot write the file: the folder does not exist\n`,
    });
  });

  it('exits 2 on wrong usage', async () => {
    const cases: [string[], string][] = [
      [['export', HOTEL], 'touchmap: export: no output file given (-o OUT.pdf)'],
      [['export', '-o', 'x.pdf'], 'touchmap: export: no file given'],
      [
        ['export', HOTEL, HOTEL, '-o', 'x.pdf'],
        `touchmap: export: unexpected argument "${HOTEL}" (one map at a time)`,
      ],
      [['export', HOTEL, '-o'], 'touchmap: export: option "-o" needs a value'],
      [
        ['export', HOTEL, '-o', 'x.pdf', '--pages', 'a4'],
        'touchmap: export: unknown option "--pages"',
      ],
      [
        ['export', HOTEL, '-o', 'x.pdf', '--appendix', '--no-appendix'],
        'touchmap: export: give --appendix or --no-appendix, not both',
      ],
    ];
    const runs = await Promise.all(cases.map(([args]) => touchmap(args, { cwd: tmp })));
    runs.forEach((run, i) => {
      expect({ args: cases[i]![0], ...run }).toMatchObject({
        args: cases[i]![0],
        code: 2,
        stdout: '',
        stderr: `${cases[i]![1]}\n${HINT}\n`,
      });
    });
    expect(await readdir(tmp)).toEqual([]);
  });
});
