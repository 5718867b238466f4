/**
 * `touchmap git-setup [--global]`: lets git merge and diff maps by id. It adds
 * `*.touchmap merge=touchmap diff=touchmap` to the repository's .gitattributes (with
 * `--global`: git's global attributes file) and sets the `touchmap` merge driver and diff
 * command in the repository's git config (or the global one). It prints each change it makes,
 * and makes none that is already there, so running it twice changes nothing.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, readFile, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../node/atomic-write.ts';
import { readErrorReason, writeErrorReason } from '../node/file-errors.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';
import { USAGE } from './usage.ts';

const ATTRIBUTES_LINE = '*.touchmap merge=touchmap diff=touchmap';

class SetupError extends Error {}

type GitResult = { ok: true; stdout: string } | { ok: false; code: number | null; stderr: string };

function git(args: readonly string[]): Promise<GitResult> {
  return new Promise((done, fail) => {
    execFile('git', args, (error, stdout, stderr) => {
      if (error === null) return done({ ok: true, stdout });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') fail(new SetupError('git is not installed (or not on the PATH)'));
      else done({ ok: false, code: typeof code === 'number' ? code : null, stderr });
    });
  });
}

/** Single quotes for the shell git runs drivers with. */
const shellQuote = (text: string): string =>
  /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;

async function onPath(name: string): Promise<boolean> {
  const names = process.platform === 'win32' ? [`${name}.cmd`, `${name}.exe`] : [name];
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    for (const file of names) {
      if (folder === '') continue;
      try {
        await access(join(folder, file), constants.X_OK);
        return true;
      } catch {
        // Not in this folder.
      }
    }
  }
  return false;
}

/** `touchmap` when the shell finds it; else this very Node and script, by absolute path. */
async function touchmapCommand(): Promise<string> {
  if (await onPath('touchmap')) return 'touchmap';
  const script = process.argv[1];
  if (script === undefined) return 'touchmap';
  return `${shellQuote(process.execPath)} ${shellQuote(await realpath(script))}`;
}

async function attributesFile(global: boolean): Promise<string> {
  if (!global) {
    const top = await git(['rev-parse', '--show-toplevel']);
    if (!top.ok) {
      throw new SetupError('not inside a git repository (run it in one, or use --global)');
    }
    return join(top.stdout.trim(), '.gitattributes');
  }
  const configured = await git(['config', '--global', '--path', '--get', 'core.attributesFile']);
  if (configured.ok && configured.stdout.trim() !== '') return resolve(configured.stdout.trim());
  const xdg = process.env.XDG_CONFIG_HOME;
  const base = xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.config');
  return join(base, 'git', 'attributes');
}

async function readOrEmpty(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new SetupError(`${file}: cannot read the file: ${readErrorReason(error)}`);
  }
}

/** Adds the attributes line unless the file has it; what was done, or null. */
async function addAttributes(file: string, shown: string): Promise<string | null> {
  const text = await readOrEmpty(file);
  if (text.split(/\r?\n/).some((line) => line.trim() === ATTRIBUTES_LINE)) return null;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, `${text}${separator}${ATTRIBUTES_LINE}\n`);
  } catch (error) {
    throw new SetupError(`${file}: cannot write the file: ${writeErrorReason(error)}`);
  }
  return `${shown}: added "${ATTRIBUTES_LINE}"`;
}

/** Sets a git config key unless it has that value already; what was done, or null. */
async function setConfig(scope: string, key: string, value: string): Promise<string | null> {
  const current = await git(['config', scope, '--get', key]);
  if (current.ok && current.stdout.replace(/\n$/, '') === value) return null;
  const set = await git(['config', scope, key, value]);
  if (!set.ok) throw new SetupError(`git config ${key}: ${set.stderr.trim()}`);
  return `git config ${scope} ${key} "${value}"`;
}

export async function gitSetup(args: string[], io: Io): Promise<number> {
  const { values, help } = parseCommandArgs(
    'git-setup',
    args,
    { global: { type: 'boolean' } },
    { allowPositionals: false },
  );
  if (help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  const global = values.global === true;
  const scope = global ? '--global' : '--local';
  try {
    const file = await attributesFile(global);
    const command = await touchmapCommand();
    const shown = global ? file : relative(process.cwd(), file) || file;
    const changes = [
      await addAttributes(file, shown),
      await setConfig(scope, 'merge.touchmap.name', 'Touchmap maps, merged by id'),
      await setConfig(scope, 'merge.touchmap.driver', `${command} merge %O %A %B --name %P`),
      await setConfig(scope, 'diff.touchmap.command', `${command} diff --git`),
    ].filter((change) => change !== null);
    io.out(
      changes.length === 0
        ? 'git-setup: nothing to change, git already merges and diffs maps with touchmap\n'
        : changes.map((change) => `${change}\n`).join(''),
    );
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    io.err(`git-setup: ${error.message}\n`);
    return EXIT_PROBLEMS;
  }
}
