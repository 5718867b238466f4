/**
 * PDF export benchmark: generated maps of 60, 300 and 1,500 touchpoints exported as one A3
 * landscape page (the app's default) and, for 1,500, with the appendix too. For each: the
 * median export time of a few runs (after one warm-up) and the file size.
 *
 * Targets (issue 5): 1,500 touchpoints in under 3 s; a 60-touchpoint map under 500 KB.
 * Run with `npm run bench -- pdf`.
 */
import { exportPdfSync, type ExportOptions } from '../../src/pdf/index.ts';
import { loadPdfFonts } from '../../src/node/pdf-fonts.ts';
import { generatedMap } from '../unit/pdf/maps.ts';

const DATE = '2026-11-22T09:00:00Z';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Figures, keyed `pdf.<case>.ms` (median export time, milliseconds) and `pdf.<case>.kb`
 * (file size, kilobytes of 1,000 bytes).
 */
export async function benchPdf(runs = 5): Promise<Record<string, number>> {
  const fonts = await loadPdfFonts();
  const cases: [string, number, ExportOptions][] = [
    ['60', 60, {}],
    ['300', 300, {}],
    ['1500', 1500, {}],
    ['1500-appendix', 1500, { appendix: true }],
  ];
  const out: Record<string, number> = {};
  for (const [name, n, options] of cases) {
    const map = generatedMap(n);
    const opts: ExportOptions = {
      date: DATE,
      pageSize: 'A3',
      orientation: 'landscape',
      ...options,
    };
    let size = exportPdfSync(map, opts, fonts).bytes.length; // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      size = exportPdfSync(map, opts, fonts).bytes.length;
      times.push(performance.now() - start);
    }
    out[`pdf.${name}.ms`] = Math.round(median(times));
    out[`pdf.${name}.kb`] = Math.round(size / 1000);
  }
  return out;
}
