/**
 * For validate.test.ts and format-schema-usage.test.ts: the `touchmap` command run for real as
 * a child process (the compiled bin, `node dist/cli/touchmap.mjs`), the fixture folders, and a
 * temporary folder for each test.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { CLI, ROOT } from './bin.ts';

export const VALID = 'test/fixtures/valid';
export const INVALID = 'test/fixtures/invalid';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Non-empty lines of stdout. */
  lines: string[];
}

/** Runs the CLI; every run is also checked to show no stack trace, whatever it was given. */
export async function touchmap(args: string[], cwd = ROOT): Promise<Run> {
  const env = { ...process.env };
  delete env.TOUCHMAP_DEBUG;
  const run = await new Promise<Run>((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else {
        const code = error ? (error.code as number) : 0;
        resolve({ code, stdout, stderr, lines: stdout.split('\n').filter((l) => l !== '') });
      }
    });
  });
  expect(run.stdout).not.toContain('    at ');
  expect(run.stderr).not.toContain('    at ');
  return run;
}

/** A file of the repository, as text. */
export const read = (path: string) => readFile(join(ROOT, path), 'utf8');

/** The running test's temporary folder (a live binding, set by tmpFolderEachTest). */
export let tmp: string;

/** Gives each test of the calling file a fresh temporary folder, `tmp`, removed after it. */
export function tmpFolderEachTest() {
  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'touchmap-cli-'));
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });
}
