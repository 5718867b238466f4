/**
 * `touchmap export`, and Touchmap PDFs as input to `validate`, `export` and `format`, run for
 * real as child processes (the compiled bin, `node dist/cli/touchmap.mjs`) into temporary
 * folders. The PDFs are checked with poppler-utils (pdfinfo, pdftotext) and qpdf: a missing
 * tool fails the test with a one-line install hint, it never skips it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, ROOT } from './bin.ts';
import { tidyOverlaps } from '../../../src/core/ops/index.ts';
import { readMapFile } from '../../../src/cli/files.ts';
import { FALLBACK_FONT, compact, pdfInfo, pdfTextCompact, tool } from '../pdf/helpers.ts';

const HOTEL = join(ROOT, 'assets/templates/hotel-stay.touchmap');
const HOTEL_TITLE = 'Hotel stay: from search to loyalty';
const BROKEN = join(ROOT, 'test/fixtures/invalid/schema-violations.touchmap');
const DATE = '2026-11-22T09:00:00Z';
const HINT = 'Run "touchmap --help" for usage.';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Non-empty lines of stdout and of stderr. */
  out: string[];
  err: string[];
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

/** Runs the CLI; every run is also checked to show no stack trace, whatever it was given. */
async function touchmap(args: string[], cwd = ROOT): Promise<Run> {
  const env = { ...process.env };
  delete env.TOUCHMAP_DEBUG;
  const run = await new Promise<Run>((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else {
        const code = error ? (error.code as number) : 0;
        resolve({ code, stdout, stderr, out: lines(stdout), err: lines(stderr) });
      }
    });
  });
  expect(run.stdout).not.toContain('    at ');
  expect(run.stderr).not.toContain('    at ');
  return run;
}

/** The page count of an export's summary line, "OUT: 4 pages, 103 KB". */
function summaryPages(run: Run, out: string): number {
  expect(run).toMatchObject({ code: 0 });
  expect(run.out).toEqual([expect.stringMatching(/^.+: \d+ pages?, \d+ KB$/)]);
  const m = /^(.+): (\d+) pages?, (\d+) KB$/.exec(run.out[0]!)!;
  expect(m[1]).toBe(out);
  return Number(m[2]);
}

/** A small, valid, one-page PDF that Touchmap did not write. */
function plainPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'touchmap-cli-export-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('touchmap export', { timeout: 60_000 }, () => {
  it('exports a template: page size and count, title, tiles, appendix, filters', async () => {
    const at = (name: string) => join(tmp, name);
    const [a4, tiled, noAppendix, filtered, none] = await Promise.all([
      touchmap(['export', HOTEL, '-o', at('a4.pdf'), '--page', 'a4', '--orientation', 'portrait']),
      touchmap(['export', HOTEL, '-o', at('tiled.pdf'), '--page', 'a4', '--layout', 'tile']),
      touchmap(['export', HOTEL, '--output', at('short.pdf'), '--page=A4', '--no-appendix']),
      touchmap([
        'export',
        HOTEL,
        '-o',
        at('filtered.pdf'),
        '--only',
        'service',
        '--department',
        'customer SERVICE',
        '--department',
        'dep-billing',
        '--author',
        'Jiří Novák',
      ]),
      touchmap([
        'export',
        HOTEL,
        '-o',
        at('none.pdf'),
        '--only',
        'service',
        '--department',
        'billing',
      ]),
    ]);

    const pages = summaryPages(a4, at('a4.pdf'));
    expect(a4.stderr).toBe('');
    const info = pdfInfo(at('a4.pdf'));
    expect(info).toMatchObject({ pages });
    expect(info.width).toBeCloseTo(595, 0);
    expect(info.height).toBeCloseTo(842, 0);
    expect(pdfTextCompact(at('a4.pdf'))).toContain(compact(HOTEL_TITLE));
    expect(info.fields.Title).toBe(HOTEL_TITLE);

    // Tiled: a cover page and the map cut into pages, so more pages than one map page.
    const tiledPages = summaryPages(tiled, at('tiled.pdf'));
    expect(tiledPages).toBeGreaterThan(pages);
    expect(pdfInfo(at('tiled.pdf'))).toMatchObject({ pages: tiledPages });
    // A3 landscape is the default; the appendix is on unless --no-appendix.
    const shortPages = summaryPages(noAppendix, at('short.pdf'));
    expect(shortPages).toBe(1);
    expect(pdfInfo(at('short.pdf')).width).toBeCloseTo(842, 0);
    expect(pages).toBeGreaterThan(shortPages);

    // Filters: by kind, and by department name in any case or by id; said in the title block.
    summaryPages(filtered, at('filtered.pdf'));
    const filteredInfo = pdfInfo(at('filtered.pdf'));
    expect(filteredInfo.width).toBeCloseTo(1191, 0); // A3 landscape
    expect(filteredInfo.fields.Author).toBe('Jiří Novák');
    expect(pdfTextCompact(at('filtered.pdf'))).toContain(
      compact('Showing only service touchpoints owned by Customer Service, Billing'),
    );
    expect(filtered.stderr).toBe('');
    // Billing owns no service touchpoint: exported all the same, with a warning.
    summaryPages(none, at('none.pdf'));
    expect(none.err).toEqual([
      'warning: --only and --department keep no touchpoint: every card is greyed out',
    ]);
  });

  it('stamps now by default, and with the same --date gives byte-identical files', async () => {
    const before = Date.now();
    const [first, second, later, today] = await Promise.all([
      touchmap(['export', HOTEL, '-o', join(tmp, 'first.pdf'), '--date', DATE]),
      touchmap(['export', HOTEL, '-o', join(tmp, 'second.pdf'), '--date', DATE]),
      touchmap(['export', HOTEL, '-o', join(tmp, 'later.pdf'), '--date', '2026-12-01']),
      touchmap(['export', HOTEL, '-o', join(tmp, 'today.pdf')]),
    ]);
    for (const run of [first, second, later, today]) expect(run).toMatchObject({ code: 0 });
    const bytes = await readFile(join(tmp, 'first.pdf'));
    expect((await readFile(join(tmp, 'second.pdf'))).equals(bytes)).toBe(true);
    expect((await readFile(join(tmp, 'later.pdf'))).equals(bytes)).toBe(false);

    const created = (file: string) =>
      /CreationDate:\s*(\S+)/.exec(tool('pdfinfo', ['-isodates', join(tmp, file)]))?.[1];
    expect(created('first.pdf')).toBe('2026-11-22T09:00:00Z');
    expect(created('later.pdf')).toBe('2026-12-01T00:00:00Z');
    const now = Date.parse(created('today.pdf')!);
    expect(now).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('prints overlapping cards arranged, as the app opens them, and says so', async () => {
    const file = join(tmp, 'pile.touchmap');
    const map = JSON.parse(await readFile(HOTEL, 'utf8'));
    const [first, second] = map.touchpoints;
    Object.assign(second, {
      stageId: first.stageId,
      departmentId: first.departmentId,
      position: { ...first.position },
    });
    await writeFile(file, JSON.stringify(map));
    const out = join(tmp, 'pile.pdf');
    const run = await touchmap(['export', file, '-o', out, '--date', DATE]);
    summaryPages(run, out);
    expect(run.err).toEqual([
      `${file}: cards overlapped in one cell; the PDF shows them arranged in their reading order (the map file is unchanged)`,
    ]);
    const printed = await readMapFile(out);
    if (!printed.ok || !printed.result.ok) throw new Error('the PDF holds no map');
    expect(tidyOverlaps(printed.result.map).cells).toBe(0);
    const ids = new Set([first.id, second.id]);
    const pair = printed.result.map.touchpoints.filter((tp) => ids.has(tp.id));
    expect(pair[0]!.position).not.toEqual(pair[1]!.position);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(map);
  });

  it("sets the card text size with --text-size: XL titles 1.3 times M's, a wrong size refused", async () => {
    const at = (name: string) => join(tmp, name);
    const [m, xl, wrong] = await Promise.all([
      touchmap(['export', HOTEL, '-o', at('m.pdf'), '--no-appendix', '--text-size', 'm']),
      touchmap(['export', HOTEL, '-o', at('xl.pdf'), '--no-appendix', '--text-size', 'XL']),
      touchmap(['export', HOTEL, '-o', at('no.pdf'), '--text-size', 'huge']),
    ]);
    expect(m).toMatchObject({ code: 0 });
    expect(xl).toMatchObject({ code: 0 });
    // A word's box from pdftotext -bbox is as tall as its letters are big.
    const height = (file: string, word: string): number => {
      const html = tool('pdftotext', ['-bbox', '-f', '1', '-l', '1', at(file), '-']);
      const box = new RegExp(`yMin="([\\d.]+)"[^>]*yMax="([\\d.]+)">${word}</word>`).exec(html);
      if (box === null) throw new Error(`no "${word}" in ${file}`);
      return Number(box[2]) - Number(box[1]);
    };
    expect(height('xl.pdf', 'Chat:') / height('m.pdf', 'Chat:')).toBeCloseTo(1.3, 2);
    // Stage names are not card text: the same at both sizes.
    expect(height('xl.pdf', 'Booking')).toBeCloseTo(height('m.pdf', 'Booking'), 3);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toEqual([
      'touchmap: export: --text-size: expected one of s, m, l, xl, got "huge"',
    ]);
    await expect(stat(at('no.pdf'))).rejects.toThrow();
  });

  it('reports characters no font has, unless a fallback font has them', async () => {
    const map = JSON.parse(await readFile(HOTEL, 'utf8'));
    map.title = '顾客旅程 hotel';
    map.touchpoints[0].title = `${map.touchpoints[0].title} 旅程`;
    const first = map.touchpoints[0].title;
    const file = join(tmp, 'chinese.touchmap');
    await writeFile(file, JSON.stringify(map));
    const [without, withFont, badFont] = await Promise.all([
      touchmap(['export', file, '-o', join(tmp, 'without.pdf'), '--date', DATE]),
      touchmap(['export', file, '-o', join(tmp, 'with.pdf'), '--fallback-font', FALLBACK_FONT]),
      touchmap(['export', file, '-o', join(tmp, 'bad.pdf'), '--fallback-font', 'nope.ttf']),
    ]);
    summaryPages(without, join(tmp, 'without.pdf'));
    expect(without.err).toEqual([
      'warning: no font has these 4 characters, drawn as empty boxes — pass --fallback-font FILE.ttf:',
      '  U+5BA2 客 in the map’s title',
      `  U+65C5 旅 in touchpoint “${first}”; in the map’s title`,
      `  U+7A0B 程 in touchpoint “${first}”; in the map’s title`,
      '  U+987E 顾 in the map’s title',
    ]);
    summaryPages(withFont, join(tmp, 'with.pdf'));
    expect(withFont.stderr).toBe('');
    expect(pdfTextCompact(join(tmp, 'with.pdf'))).toContain('顾客旅程hotel');
    expect(badFont).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'touchmap: export: --fallback-font: cannot read nope.ttf: no such file\n',
    });
  });

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
      touchmap(['export', 'map.json', '-o', './map.json'], tmp),
      touchmap(['export', HOTEL, '-o', 'other.touchmap'], tmp),
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
    const runs = await Promise.all(cases.map(([args]) => touchmap(args, tmp)));
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

describe('Touchmap PDFs as input', { timeout: 60_000 }, () => {
  it('validates and exports again the map inside a Touchmap PDF; format refuses PDFs', async () => {
    const out = join(tmp, 'out.pdf');
    const exported = await touchmap(['export', HOTEL, '-o', out, '--date', DATE]);
    summaryPages(exported, out);
    const before = await readFile(out);

    const again = join(tmp, 'again.pdf');
    const [validate, reexport, format, formatCheck] = await Promise.all([
      touchmap(['validate', out, HOTEL]),
      touchmap(['export', out, '-o', again, '--date', DATE]),
      touchmap(['format', out]),
      touchmap(['format', '--check', out]),
    ]);
    expect(validate).toMatchObject({ code: 0, stderr: '' });
    expect(validate.out).toEqual([`${out}: ok`, `${HOTEL}: ok`]);
    summaryPages(reexport, again);
    // The embedded map is the same map, so the same options and date give the same bytes.
    expect((await readFile(again)).equals(before)).toBe(true);
    for (const run of [format, formatCheck]) {
      expect(run).toMatchObject({
        code: 1,
        stdout: `${out}: it is a PDF, and format rewrites .touchmap files only\n`,
      });
    }
    expect((await readFile(out)).equals(before)).toBe(true);
  });

  it('says plainly when a PDF has no Touchmap map inside', async () => {
    const plain = join(tmp, 'plain.pdf');
    await writeFile(plain, plainPdf());
    expect(pdfInfo(plain).pages).toBe(1); // a real PDF
    // A Touchmap PDF that another program rewrote (streams compressed) has lost its map.
    const exported = join(tmp, 'exported.pdf');
    expect(await touchmap(['export', HOTEL, '-o', exported, '--date', DATE])).toMatchObject({
      code: 0,
    });
    const resaved = join(tmp, 'resaved.pdf');
    tool('qpdf', ['--compress-streams=y', '--object-streams=generate', exported, resaved]);

    const message = (file: string) =>
      `${file}: this PDF has no Touchmap map inside (it was not exported by Touchmap, or was re-saved by another program)`;
    const [validate, json, exportPlain] = await Promise.all([
      touchmap(['validate', plain, resaved]),
      touchmap(['validate', '--json', plain]),
      touchmap(['export', plain, '-o', join(tmp, 'x.pdf')]),
    ]);
    expect(validate).toMatchObject({ code: 1, stderr: '' });
    expect(validate.out).toEqual([message(plain), message(resaved)]);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        file: plain,
        ok: false,
        error: { kind: 'pdf-without-map', message: message(plain).slice(plain.length + 2) },
      },
    ]);
    expect(exportPlain).toMatchObject({ code: 1, stdout: '', stderr: `${message(plain)}\n` });
    expect((await readdir(tmp)).sort()).toEqual(['exported.pdf', 'plain.pdf', 'resaved.pdf']);
  });
});
