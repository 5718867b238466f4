/**
 * The exporter's real output, checked with the tools a person would use: qpdf (structure),
 * pdfinfo (pages, sizes, metadata), pdffonts (embedded fonts) and pdftotext (searchable text).
 */
import { describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { singleLine } from '../../../src/pdf/fonts.ts';
import {
  ExportError,
  exportPdf,
  exportPdfSync,
  planTiles,
  type ExportOptions,
} from '../../../src/pdf/index.ts';
import { PAGE_SIZES } from '../../../src/core/paper.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import { mapContent } from '../../../src/pdf/tile-content.ts';
import { tilesWithContent } from '../../../src/pdf/tiling.ts';
import {
  DATE,
  bundledFonts,
  compact,
  fallbackFontBytes,
  pdfFonts,
  pdfInfo,
  pdfTextCompact,
  templates,
  tool,
  writePdf,
} from './helpers.ts';
import { CHINESE_TITLE, generatedMap, stressMap } from './maps.ts';

// Real exports and external tools: slower than a unit test, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** Every title, stage and department name that `text` lacks. */
function missingNames(map: JourneyMap, text: string, skip: (s: string) => boolean = () => false) {
  const names = [
    ...map.touchpoints.map((t) => t.title),
    ...map.stages.map((s) => s.name),
    ...map.departments.map((d) => d.name),
  ];
  return names.filter((n) => !skip(n) && !text.includes(compact(singleLine(n))));
}

function checkStructure(path: string): void {
  const out = tool('qpdf', ['--check', path]);
  expect(out).toMatch(/No syntax or stream encoding errors found/);
  expect(out).not.toMatch(/WARNING|^ERROR/m);
}

async function exportTo(name: string, map: JourneyMap, options: ExportOptions) {
  const result = await exportPdf(map, { date: DATE, ...options }, await bundledFonts());
  return { ...result, path: writePdf(name, result.bytes) };
}

describe('exportPdf on the templates, A3 landscape, fit on one page', () => {
  for (const { name, map } of templates()) {
    it(`${name}: a valid one-page A3 PDF with embedded fonts and every name searchable`, async () => {
      const r = await exportTo(`template-${name}`, map, {
        pageSize: 'A3',
        orientation: 'landscape',
      });
      checkStructure(r.path);
      const info = pdfInfo(r.path);
      expect(info.pages).toBe(1);
      expect(r.pageCount).toBe(1);
      expect(Math.round(info.width)).toBe(1191);
      expect(Math.round(info.height)).toBe(842);
      const fonts = pdfFonts(r.path);
      expect(fonts.length).toBeGreaterThanOrEqual(1);
      for (const f of fonts) {
        expect(f.embedded, `${f.name} embedded`).toBe(true);
        expect(f.subset, `${f.name} subset`).toBe(true);
        expect(f.unicode, `${f.name} has a ToUnicode map`).toBe(true);
        expect(f.name).toMatch(/^TM(REGU|BOLD)\+NotoSans-(Regular|Bold)$/);
      }
      expect(missingNames(map, pdfTextCompact(r.path))).toEqual([]);
      expect(r.missingCharacters).toEqual([]);
      expect(r.bytes.length).toBeLessThan(500_000);
    });
  }
});

describe('exportPdf options', () => {
  it('gives the page size and orientation asked for', async () => {
    const map = templates()[1]!.map;
    const cases: [ExportOptions, number, number][] = [
      [{ pageSize: 'A4', orientation: 'portrait' }, 595, 842],
      [{ pageSize: 'Letter', orientation: 'landscape' }, 792, 612],
      [{ pageSize: 'A0', orientation: 'portrait' }, 2384, 3370],
      [{ pageSize: 'Tabloid', orientation: 'portrait' }, 792, 1224],
    ];
    for (const [options, w, h] of cases) {
      const r = await exportTo(`size-${options.pageSize}`, map, options);
      const info = pdfInfo(r.path);
      expect([Math.round(info.width), Math.round(info.height)]).toEqual([w, h]);
    }
  });

  it('tiles a poster: a cover page, then one page per tile of the planned grid that shows something', async () => {
    const map = templates().find((t) => t.name === 'hotel-stay')!.map;
    const options: ExportOptions = {
      pageSize: 'A4',
      orientation: 'portrait',
      layout: 'tile',
      scale: 1,
    };
    const r = await exportTo('tiled-a4', map, options);
    checkStructure(r.path);
    const layout = computeLayout(map);
    const a4 = PAGE_SIZES.A4;
    const grid = planTiles({
      mapWidth: layout.width,
      mapHeight: layout.height,
      scale: 1,
      contentWidth: a4.width - 56,
      contentHeight: a4.height - 56,
      overlap: 20,
    });
    // Tiles of empty grid only are left out (see poster-pages.test.ts).
    const printed = tilesWithContent(grid, mapContent({ map, layout, curve: layout.curve }));
    expect(printed.length).toBeGreaterThan(1);
    expect(r.pageCount).toBe(1 + printed.length);
    expect(pdfInfo(r.path).pages).toBe(1 + printed.length);
    const text = pdfTextCompact(r.path);
    expect(text).toContain(compact('How to assemble the poster'));
    for (const tile of printed) expect(text).toContain(compact(`${tile.label} · page`));
    // A card that a page edge cuts is cut in its text too; every other title is there whole.
    const whole = layout.cards.filter((c) =>
      printed.some(
        (t) =>
          c.x >= t.x &&
          c.y >= t.y &&
          c.x + c.width <= t.x + t.width &&
          c.y + c.height <= t.y + t.height,
      ),
    );
    expect(whole.length).toBeGreaterThan(map.touchpoints.length / 2);
    for (const card of whole) {
      const title = map.touchpoints.find((t) => t.id === card.id)!.title;
      expect(text).toContain(compact(title));
    }
  });

  it('refuses a poster of too many pages', async () => {
    const map = generatedMap(300);
    await expect(
      exportPdf(map, { layout: 'tile', pageSize: 'A4', scale: 20 }, await bundledFonts()),
    ).rejects.toThrow(ExportError);
  });

  it('refuses invalid options, listing every problem', async () => {
    const fonts = await bundledFonts();
    let caught: unknown;
    try {
      exportPdfSync(stressMap(), { pageSize: 'B5' as never, scale: -1 }, fonts);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExportError);
    expect((caught as ExportError).problems).toHaveLength(2);
  });

  it('adds appendix pages: frictions, insights and the inventory, headers repeated', async () => {
    const map = stressMap();
    const r = await exportTo('appendix', map, {
      pageSize: 'A4',
      orientation: 'portrait',
      appendix: true,
    });
    checkStructure(r.path);
    expect(r.pageCount).toBeGreaterThan(3);
    const text = pdfTextCompact(r.path);
    for (const heading of [
      'Appendix A · Friction points',
      'Appendix B · Insights',
      'Appendix C · Touchpoint inventory',
      'Friction points by stage and severity (continued)',
      'Lowest moments',
    ])
      expect(text).toContain(compact(heading));
    for (const tp of map.touchpoints)
      for (const f of tp.frictions) expect(text).toContain(compact(f.text));
    // Every title (in the inventory at least), except the one no font can draw.
    expect(missingNames(map, text, (n) => n === CHINESE_TITLE)).toEqual([]);
  });

  it('filters: omit leaves out other kinds and departments, dim greys them', async () => {
    const map = templates().find((t) => t.name === 'hotel-stay')!.map;
    const service = map.touchpoints.find((t) => t.kind === 'service')!;
    const experience = map.touchpoints.find((t) => t.kind === 'experience')!;
    const omitted = await exportTo('omit', map, { kinds: ['service'], filterMode: 'omit' });
    const omittedText = pdfTextCompact(omitted.path);
    expect(omittedText).toContain(compact(service.title));
    expect(omittedText).not.toContain(compact(experience.title));
    expect(omittedText).toContain(compact('Showing only service touchpoints'));

    const dimmed = await exportTo('dim', map, { kinds: ['service'], filterMode: 'dim' });
    expect(pdfTextCompact(dimmed.path)).toContain(compact(experience.title));

    const dept = map.departments[0]!;
    const others = map.departments.slice(1);
    const byDept = await exportTo('omit-dept', map, { departments: [dept.id], filterMode: 'omit' });
    const deptText = pdfTextCompact(byDept.path);
    expect(deptText).toContain(compact(dept.name));
    const drawnElsewhere = compact(
      [map.title, map.description ?? '', JSON.stringify(map.persona ?? {})]
        .concat(map.touchpoints.filter((t) => t.departmentId === dept.id).map((t) => t.title))
        .join(' '),
    );
    const absent = others.filter((d) => !drawnElsewhere.includes(compact(d.name)));
    expect(absent.length).toBeGreaterThan(2);
    for (const d of absent) expect(deptText).not.toContain(compact(d.name));
  });

  it('filters by evidence: only the assumed cards, said in the title block', async () => {
    const map = templates().find((t) => t.name === 'service-blueprint-family-weekend')!.map;
    const assumed = map.touchpoints.filter((t) => t.evidence === 'assumed');
    const others = map.touchpoints.filter((t) => t.evidence !== 'assumed');
    expect(assumed.length).toBeGreaterThan(0);
    const omitted = await exportTo('omit-evidence', map, {
      evidence: ['assumed'],
      filterMode: 'omit',
      appendix: false,
    });
    const text = pdfTextCompact(omitted.path);
    for (const tp of assumed) expect(text).toContain(compact(tp.title));
    for (const tp of others) expect(text).not.toContain(compact(tp.title));
    expect(text).toContain(
      compact('Showing only touchpoints marked assumed; the others are left out.'),
    );
  });

  it('reports progress page by page', async () => {
    const calls: [number, number][] = [];
    const r = await exportPdf(
      stressMap(),
      { date: DATE, appendix: true, onProgress: (done, total) => calls.push([done, total]) },
      await bundledFonts(),
    );
    const total = r.pageCount;
    expect(calls[0]).toEqual([0, total]);
    expect(calls[calls.length - 1]).toEqual([total, total]);
    expect(calls.map((c) => c[0])).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
  });
});

describe('the stress map', () => {
  it('exports, and reports the characters no font has (no fallback)', async () => {
    const map = stressMap();
    const r = await exportTo('stress', map, { pageSize: 'A3', orientation: 'landscape' });
    checkStructure(r.path);
    expect(r.missingCharacters).toEqual([...new Set(CHINESE_TITLE)].sort());
    expect(r.warnings).toEqual([]);
    const text = pdfTextCompact(r.path);
    const long = map.touchpoints.find((t) => t.id === 'long')!;
    // Cut with an ellipsis on the card: not whole on the map page.
    const titlesOnCards = (n: string) => n === CHINESE_TITLE || n === long.title;
    expect(missingNames(map, text, titlesOnCards)).toEqual([]);
    expect(text).toContain(compact('Žluťoučký kůň úpěl ďábelské ódy'));
  });

  it('draws the characters from the fallback font when one is given', async () => {
    const map = stressMap();
    const result = await exportPdf(
      map,
      { date: DATE, pageSize: 'A4', orientation: 'portrait' },
      { ...(await bundledFonts()), fallback: fallbackFontBytes() },
    );
    const path = writePdf('stress-fallback', result.bytes);
    checkStructure(path);
    expect(result.missingCharacters).toEqual([]);
    const fonts = pdfFonts(path);
    expect(fonts.map((f) => f.name).sort()).toEqual([
      'TMBOLD+NotoSans-Bold',
      'TMFALL+Fallback-Regular',
      'TMREGU+NotoSans-Regular',
    ]);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
    expect(pdfTextCompact(path)).toContain(CHINESE_TITLE);
  });

  it('writes the document information, Unicode included', async () => {
    const map = { ...stressMap(), title: 'Zákaznická cesta: Čeština, Ελληνικά (test)' };
    const r = await exportTo('metadata', map, { author: 'Jiří Novák', keywords: 'cx, ščř' });
    const info = pdfInfo(r.path).fields;
    expect(info.Title).toBe('Zákaznická cesta: Čeština, Ελληνικά (test)');
    expect(info.Author).toBe('Jiří Novák');
    expect(info.Keywords).toBe('cx, ščř');
    expect(info.Subject).toMatch(/^Customer journey map: Every emotion and severity/);
    expect(info.Creator).toBe('Touchmap');
    expect(info.CreationDate).toMatch(/Nov 22 09:00:00 2026/);
    checkStructure(r.path);
  });
});

describe('the PDF tools', () => {
  it('fail with a one-line install hint when missing, never skip', () => {
    expect(() => tool('no-such-pdf-tool', [])).toThrow(
      /^no-such-pdf-tool is not installed: run apt-get install -y no-such-pdf-tool$/,
    );
  });
});

describe('determinism', () => {
  it('gives byte-identical files for the same map and options', async () => {
    const fonts = await bundledFonts();
    for (const options of [
      { date: DATE },
      { date: DATE, layout: 'tile', pageSize: 'A4', appendix: true },
    ] as ExportOptions[]) {
      const a = exportPdfSync(stressMap(), options, fonts);
      const b = exportPdfSync(stressMap(), options, fonts);
      expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    }
  });

  it('changes with the date, and with nothing else it was not given', async () => {
    const fonts = await bundledFonts();
    const a = exportPdfSync(stressMap(), { date: DATE }, fonts);
    const b = exportPdfSync(stressMap(), { date: '2026-11-23T09:00:00Z' }, fonts);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(false);
  });
});
