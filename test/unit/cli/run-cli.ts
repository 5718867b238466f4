/** Runs the compiled `touchmap` bin as a child process, as a user's shell would. */
import { execFile } from 'node:child_process';
import { expect } from 'vitest';
import { CLI, ROOT } from './bin.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A run with its output cut into lines. */
export interface CliLines extends CliRun {
  /** Non-empty lines of stdout and of stderr. */
  out: string[];
  err: string[];
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

/** The tests' environment without TOUCHMAP_DEBUG, which would print stack traces. */
function quietEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.TOUCHMAP_DEBUG;
  return env;
}

/** Runs a program; every run is also checked to show no stack trace. */
export function runProgram(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd ?? ROOT, env: options.env ?? quietEnv() },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

export async function touchmap(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  const run = await runProgram(process.execPath, [CLI, ...args], options);
  expect(run.stdout).not.toContain('    at ');
  expect(run.stderr).not.toContain('    at ');
  return run;
}

/** `touchmap`, with stdout and stderr cut into their non-empty lines. */
export async function touchmapLines(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliLines> {
  const run = await touchmap(args, options);
  return { ...run, out: lines(run.stdout), err: lines(run.stderr) };
}
