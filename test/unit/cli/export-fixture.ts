/**
 * For the export-*.test.ts files of `touchmap export` and Touchmap PDFs as input: the CLI run
 * for real as a child process (the compiled bin, `node dist/cli/touchmap.mjs`), the maps and
 * the date they use, an export's summary line, and a temporary folder for each test.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './bin.ts';
import type { CliLines } from './run-cli.ts';

export const HOTEL = join(ROOT, 'assets/templates/hotel-stay.touchmap');
export const HOTEL_TITLE = 'Hotel stay: from search to loyalty';
export const BROKEN = join(ROOT, 'test/fixtures/invalid/schema-violations.touchmap');
export const DATE = '2026-11-22T09:00:00Z';
export const HINT = 'Run "touchmap --help" for usage.';

export { touchmapLines as touchmap } from './run-cli.ts';
export { tmp, tmpFolderEachTest } from './tmp-folder.ts';

/** The page count of an export's summary line, "OUT: 4 pages, 103 KB". */
export function summaryPages(run: CliLines, out: string): number {
  expect(run).toMatchObject({ code: 0 });
  expect(run.out).toEqual([expect.stringMatching(/^.+: \d+ pages?, \d+ KB$/)]);
  const m = /^(.+): (\d+) pages?, (\d+) KB$/.exec(run.out[0]!)!;
  expect(m[1]).toBe(out);
  return Number(m[2]);
}
