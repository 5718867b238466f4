/** Runs the compiled `touchmap` bin as a child process, as a user's shell would. */
import { execFile } from 'node:child_process';
import { expect } from 'vitest';
import { CLI, ROOT } from './bin.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
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
      { cwd: options.cwd ?? ROOT, env: options.env ?? process.env },
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
