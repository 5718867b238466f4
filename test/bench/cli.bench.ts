/**
 * The `touchmap` command as a user runs it, each run a fresh `node` process timed by the
 * wall clock: `touchmap --help` start-up (median of 5) and `touchmap export` of a generated
 * 1,500-touchpoint map on one A0 page (median of 3, and the PDF's size).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateMap } from './generate-map.ts';
import { median } from './stats.ts';

/** The compiled bin users run (`npm run build:cli`; `prepare` builds it on `npm ci`). */
const CLI = resolve('dist/cli/touchmap.mjs');
const STARTUP_RUNS = 5;
const EXPORT_RUNS = 3;

/** Wall-clock ms of `node touchmap.mjs ...args`; throws if it fails. */
function timeCli(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) {
    throw new Error(`touchmap ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  }
  return ms;
}

export async function benchCli(): Promise<Record<string, number>> {
  const startup = Array.from({ length: STARTUP_RUNS }, () => timeCli(['--help']));
  const dir = await mkdtemp(join(tmpdir(), 'touchmap-bench-cli-'));
  try {
    const map = join(dir, 'map-1500.touchmap');
    const pdf = join(dir, 'map-1500.pdf');
    await writeFile(map, generateMap(1500).text);
    const exportArgs = ['export', map, '-o', pdf, '--page', 'a0', '--date', '2026-11-22T09:00:00Z'];
    const exports = Array.from({ length: EXPORT_RUNS }, () => timeCli(exportArgs));
    return {
      'cli.help-startup-ms': Math.round(median(startup)),
      'cli.export-1500-a0-ms': Math.round(median(exports)),
      'cli.export-1500-a0-kb': Math.round((await stat(pdf)).size / 1000),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
