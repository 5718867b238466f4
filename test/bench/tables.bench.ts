/**
 * CSV and Excel export and import of the 1,500-touchpoint map of generate-map.ts: the median
 * time of a few runs (after one warm-up) of each export and of reading each file back into a
 * map, and the files' sizes. Run with `npm run bench -- tables`.
 */
import { mapToCsv } from '../../src/tables/csv.ts';
import { importTableFile } from '../../src/tables/import-file.ts';
import { mapToXlsx } from '../../src/tables/xlsx-write.ts';
import { generateMap } from './generate-map.ts';
import { median } from './stats.ts';

async function timed<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  return { ms: Math.round(median(times)), result };
}

/** `tables.<format>.export.ms`, `tables.<format>.import.ms` and `tables.<format>.kb`. */
export async function benchTables(runs = 3): Promise<Record<string, number>> {
  const { map } = generateMap(1500);
  const out: Record<string, number> = {};
  const formats: [string, () => Promise<Uint8Array>][] = [
    ['csv', async () => mapToCsv(map)],
    ['xlsx', () => mapToXlsx(map)],
  ];
  for (const [format, write] of formats) {
    const written = await timed(runs, write);
    const read = await timed(runs, () =>
      importTableFile(`bench.${format}`, written.result, {
        id: 'bench',
        now: '2026-12-07T00:00:00Z',
      }),
    );
    if (!read.result.ok || read.result.map.touchpoints.length !== map.touchpoints.length)
      throw new Error(`the ${format} file did not read back whole`);
    out[`tables.${format}.1500.export.ms`] = written.ms;
    out[`tables.${format}.1500.import.ms`] = read.ms;
    out[`tables.${format}.1500.kb`] = Math.round(written.result.length / 1000);
  }
  return out;
}
