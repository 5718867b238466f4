/**
 * `touchmap export`, run for real as a child process (the compiled bin,
 * `node dist/cli/touchmap.mjs`) into temporary folders: what the PDF holds, by option (page,
 * layout, appendix, filters, date, text size, fallback font) and for overlapping cards. The
 * PDFs are checked with poppler-utils (pdfinfo, pdftotext): a missing tool fails the test with
 * a one-line install hint, it never skips it.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tidyOverlaps } from '../../../src/core/ops/index.ts';
import { readMapFile } from '../../../src/cli/files.ts';
import { FALLBACK_FONT, compact, pdfInfo, pdfTextCompact, tool } from '../pdf/helpers.ts';
import {
  DATE,
  HOTEL,
  HOTEL_TITLE,
  summaryPages,
  tmp,
  tmpFolderEachTest,
  touchmap,
} from './export-fixture.ts';

tmpFolderEachTest();

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
});
