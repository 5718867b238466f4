/**
 * SVG and PNG export benchmark (issue 13): the 1,500-touchpoint generated map as one SVG
 * picture (src/pdf/svg-export.ts) and as the PNG the command line makes of it (resvg, at the
 * default scale, lowered to the 64-megapixel limit for a map this large). For each: the
 * median time of a few runs (after one warm-up for the SVG) and the size.
 *
 * Run with `npm run bench -- vector`.
 */
import { renderPng } from '../../src/cli/export-vector.ts';
import { loadPdfFonts } from '../../src/node/pdf-fonts.ts';
import { exportSvg } from '../../src/pdf/svg-export.ts';
import { pngScale } from '../../src/pdf/svg-raster.ts';
import { generateMap } from './generate-map.ts';

const DATE = '2026-11-22T09:00:00Z';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Figures keyed `vector.1500.svg.ms` / `.kb` (the SVG), `vector.1500.png.ms` / `.kb` (the PNG
 * from that SVG, rasterising only), its pixel size and scale.
 */
export async function benchVector(runs = 3): Promise<Record<string, number>> {
  const fonts = await loadPdfFonts();
  const { map } = generateMap(1500);
  let svg = exportSvg(map, { date: DATE }, fonts); // warm-up
  const svgTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    svg = exportSvg(map, { date: DATE }, fonts);
    svgTimes.push(performance.now() - start);
  }
  const size = pngScale(svg.width, svg.height, null);
  if (!size.ok) throw new Error(size.problem);
  let png: Uint8Array = new Uint8Array();
  const pngTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    png = await renderPng(svg.svg, size.scale, null);
    pngTimes.push(performance.now() - start);
  }
  return {
    'vector.1500.svg.ms': Math.round(median(svgTimes)),
    'vector.1500.svg.kb': Math.round(svg.svg.length / 1000),
    'vector.1500.svg.width': svg.width,
    'vector.1500.svg.height': svg.height,
    'vector.1500.png.ms': Math.round(median(pngTimes)),
    'vector.1500.png.kb': Math.round(png.length / 1000),
    'vector.1500.png.scale': size.scale,
    'vector.1500.png.megapixels': Math.round((size.width * size.height) / 1e5) / 10,
  };
}
