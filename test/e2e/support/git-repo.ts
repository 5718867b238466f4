/**
 * A temporary git repository for end-to-end tests of the merge driver: git and the compiled
 * `touchmap` bin (dist/cli/touchmap.mjs, from `npm run build:cli`) run as child processes,
 * with git's global settings kept inside the temporary home.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { JourneyMap } from '../../../src/core/model.ts';

const CLI = resolve('dist/cli/touchmap.mjs');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitRepo {
  dir: string;
  git: (...args: string[]) => Promise<Run>;
  /** Fails with git's words unless the command succeeds. */
  gitOk: (...args: string[]) => Promise<string>;
  touchmap: (...args: string[]) => Promise<Run>;
  /** Reads the map file, edits it as JSON, writes it back and commits it. */
  commitEdit: (file: string, message: string, edit: (map: JourneyMap) => void) => Promise<void>;
  remove: () => Promise<void>;
}

function run(
  file: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Run> {
  return new Promise((done, fail) => {
    execFile(file, args, { cwd, env }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') fail(error);
      else done({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/** A new repository on branch main holding `files` in one commit. */
export async function createGitRepo(files: Record<string, string>): Promise<GitRepo> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build:cli" first.`);
  const home = await mkdtemp(join(tmpdir(), 'touchmap-e2e-git-'));
  const dir = join(home, 'repo');
  const env: NodeJS.ProcessEnv = {
    PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  };
  const git = (...args: string[]) => run('git', args, dir, env);
  const gitOk = async (...args: string[]) => {
    const result = await git(...args);
    if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  await run('git', ['init', '-q', '-b', 'main', dir], home, env);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  await gitOk('add', '.');
  await gitOk('commit', '-qm', 'Start');
  return {
    dir,
    git,
    gitOk,
    touchmap: (...args) => run(process.execPath, [CLI, ...args], dir, env),
    async commitEdit(file, message, edit) {
      const map = JSON.parse(await readFile(join(dir, file), 'utf8')) as JourneyMap;
      edit(map);
      await writeFile(join(dir, file), `${JSON.stringify(map, null, 2)}\n`);
      await gitOk('commit', '-qam', message);
    },
    remove: () => rm(home, { recursive: true, force: true }),
  };
}
