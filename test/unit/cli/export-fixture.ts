/**
 * For the export-*.test.ts files of `touchmap export` and Touchmap PDFs as input: the CLI run
 * for real as a child process (the compiled bin, `node dist/cli/touchmap.mjs`), the maps and
 * the date they use, an export's summary line, and a temporary folder for each test.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { CLI, ROOT } from './bin.ts';

export const HOTEL = join(ROOT, 'assets/templates/hotel-stay.touchmap');
export const HOTEL_TITLE = 'Hotel stay: from search to loyalty';
export const BROKEN = join(ROOT, 'test/fixtures/invalid/schema-violations.touchmap');
export const DATE = '2026-11-22T09:00:00Z';
export const HINT = 'Run "touchmap --help" for usage.';

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
export async function touchmap(args: string[], cwd = ROOT): Promise<Run> {
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
export function summaryPages(run: Run, out: string): number {
  expect(run).toMatchObject({ code: 0 });
  expect(run.out).toEqual([expect.stringMatching(/^.+: \d+ pages?, \d+ KB$/)]);
  const m = /^(.+): (\d+) pages?, (\d+) KB$/.exec(run.out[0]!)!;
  expect(m[1]).toBe(out);
  return Number(m[2]);
}

/** The running test's temporary folder (a live binding, set by tmpFolderEachTest). */
export let tmp: string;

/** Gives each test of the calling file a fresh temporary folder, `tmp`, removed after it. */
export function tmpFolderEachTest() {
  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'touchmap-cli-export-'));
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });
}
