/**
 * The appendix's paper and type: the poster's own paper up to A3, A3 landscape sheets of two
 * columns for larger posters, and table text of at least 8 pt whatever the poster size; checked on the
 * 1,500-touchpoint map exported on A0, in the PDF itself (page sizes from pdfinfo, font
 * sizes from the uncompressed content streams).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_SIZES } from '../../../src/core/paper.ts';
import { exportPdf, resolveOptions, type ExportOptions } from '../../../src/pdf/index.ts';
import { appendixColumns, appendixPaper } from '../../../src/pdf/page-kit.ts';
import { DATE, bundledFonts, tool, writePdf } from './helpers.ts';
import { generatedMap } from './maps.ts';

// Exports of 1,500 touchpoints: slow on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

const resolved = (options: ExportOptions) => {
  const r = resolveOptions(options);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.options;
};

/** Each page's size in points, from pdfinfo. */
function pageSizes(path: string, pages: number): { width: number; height: number }[] {
  const out = tool('pdfinfo', ['-f', '1', '-l', String(pages), path]);
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The font sizes ("… Tf") each page's content stream sets, from a copy qpdf wrote plain. */
function fontSizesByPage(path: string): Map<number, number[]> {
  const plain = `${path}.plain.pdf`;
  tool('qpdf', ['--qdf', '--object-streams=disable', path, plain]);
  const text = readFileSync(plain, 'latin1');
  const sizes = new Map<number, number[]>();
  const parts = text.split(/^%% Contents for page (\d+)$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const body = parts[i + 1]!.split(/^endstream$/m)[0]!;
    const found = [...body.matchAll(/\s(\d+\.?\d*) Tf\b/g)].map((m) => Number(m[1]));
    sizes.set(Number(parts[i]), found);
  }
  return sizes;
}

describe('the appendix paper', () => {
  it('is the poster’s own paper up to A3 and Tabloid', () => {
    for (const pageSize of ['A4', 'A3', 'Letter', 'Legal', 'Tabloid'] as const)
      for (const orientation of ['portrait', 'landscape'] as const) {
        const o = resolved({ pageSize, orientation });
        expect(appendixPaper(o)).toEqual({
          width: o.pageWidth,
          height: o.pageHeight,
          margins: o.margins,
        });
        expect(appendixColumns(o)).toBe(1);
      }
  });

  it('is A3 landscape in two columns for A2, A1 and A0 posters, margins at most 60 pt', () => {
    for (const pageSize of ['A2', 'A1', 'A0'] as const)
      for (const orientation of ['portrait', 'landscape'] as const) {
        const o = resolved({ pageSize, orientation, margins: 28 });
        const paper = appendixPaper(o);
        expect(paper).toMatchObject({ width: PAGE_SIZES.A3.height, height: PAGE_SIZES.A3.width });
        expect(paper.margins).toEqual({ top: 28, right: 28, bottom: 28, left: 28 });
        expect(appendixColumns(o)).toBe(2);
      }
    const wide = appendixPaper(resolved({ pageSize: 'A0', margins: 300 }));
    expect(wide.margins.left).toBeCloseTo(PAGE_SIZES.A4.width / 10, 5);
  });
});

describe('the appendix of the 1,500-touchpoint map on an A0 poster', () => {
  it('is set in two columns on A3 sheets in type of at least 8 pt, as on an A2 poster', async () => {
    const map = generatedMap(1500);
    const fonts = await bundledFonts();
    const a0 = await exportPdf(map, { pageSize: 'A0', appendix: true, date: DATE }, fonts);
    const path = writePdf('appendix-a0-1500', a0.bytes);
    const sizes = pageSizes(path, a0.pageCount);
    expect(sizes).toHaveLength(a0.pageCount);
    // The map on one A0 sheet, then only A3 landscape sheets.
    expect(sizes[0]!.width).toBeCloseTo(PAGE_SIZES.A0.height, 0);
    const appendix = sizes.slice(1);
    for (const size of appendix) {
      expect(size.width).toBeCloseTo(PAGE_SIZES.A3.height, 0);
      expect(size.height).toBeCloseTo(PAGE_SIZES.A3.width, 0);
    }
    // Sensible: 1,500 inventory rows and 375 friction rows, never fewer than 25 to a column
    // and two columns to a sheet (A0 pages of 24 pt type once held 29 pages' worth, A4
    // pages 69); and not more because the poster is larger.
    const rows = map.touchpoints.length + map.touchpoints.filter((t) => t.frictions.length).length;
    expect(appendix.length).toBeLessThanOrEqual(Math.ceil(rows / 50) + 2);
    // Both columns of a full sheet hold table text: words left and right of the middle.
    const words = [
      ...tool('pdftotext', ['-bbox', '-f', '3', '-l', '3', path, '-']).matchAll(/xMin="([\d.]+)"/g),
    ].map((m) => Number(m[1]));
    const middle = PAGE_SIZES.A3.height / 2;
    expect(words.filter((x) => x < middle - 14).length).toBeGreaterThan(100);
    expect(words.filter((x) => x > middle + 14).length).toBeGreaterThan(100);
    const a2 = await exportPdf(map, { pageSize: 'A2', appendix: true, date: DATE }, fonts);
    expect(a2.pageCount).toBe(a0.pageCount);

    const byPage = fontSizesByPage(path);
    for (let page = 2; page <= a0.pageCount; page++) {
      const set = byPage.get(page) ?? [];
      expect(set.length, `page ${page} sets its fonts`).toBeGreaterThan(0);
      // The footer's 7 pt is page furniture; every cell, caption and heading is 8 pt or more.
      const body = set.filter((s) => Math.abs(s - 7) > 0.01);
      expect(Math.min(...body), `page ${page}`).toBeGreaterThanOrEqual(8);
      expect(Math.min(...set), `page ${page}`).toBeGreaterThanOrEqual(7);
    }
  });
});
