/**
 * PowerPoint export benchmark: the deck of generated maps of 60, 300 and 1,500 touchpoints
 * (test/bench/generate-map.ts): the median time of a few runs (after one warm-up) to build the
 * slides and write the .pptx, its size and its slide count. Run with `npm run bench -- pptx`.
 */
import { buildDeck } from '../../src/slides/deck.ts';
import { writePptx } from '../../src/slides/pptx.ts';
import { generateMap } from './generate-map.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Figures keyed `pptx.<n>.ms` (median), `pptx.<n>.kb` (1,000 bytes) and `pptx.<n>.slides`. */
export async function benchPptx(runs = 3): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of [60, 300, 1500]) {
    const { map } = generateMap(n);
    let bytes = await writePptx(map); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      bytes = await writePptx(map);
      times.push(performance.now() - start);
    }
    out[`pptx.${n}.ms`] = Math.round(median(times));
    out[`pptx.${n}.kb`] = Math.round(bytes.length / 1000);
    out[`pptx.${n}.slides`] = buildDeck(map).length;
  }
  return out;
}
