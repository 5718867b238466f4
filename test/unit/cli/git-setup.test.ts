/**
 * `touchmap git-setup` in a real, temporary git repository, then real `git merge` and
 * `git diff` runs that go through the driver it set up: two branches that edited different
 * touchpoints merge cleanly; two that changed the same field stop with the conflict recorded
 * in the map, which stays valid JSON.
 */
import { readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { CLI, ROOT } from './bin.ts';
import { runProgram, touchmap, type CliRun } from './run-cli.ts';
import { tmp, tmpFolderEachTest } from './tmp-folder.ts';

let home: string;
let repo: string;
let env: NodeJS.ProcessEnv;
let hotel: JourneyMap;

// The test's temporary folder is made first (hooks run in the order given), then used as HOME.
tmpFolderEachTest('touchmap-git-');
beforeEach(async () => {
  home = tmp;
  repo = join(home, 'repo');
  // Git's and our own global settings stay inside the temporary home; `touchmap` is not on
  // this PATH, so git-setup names this very bin.
  env = {
    PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  };
  const parsed = parse(await readFile(join(ROOT, 'examples/hotel-stay.touchmap'), 'utf8'));
  if (!parsed.ok) throw new Error('the example does not parse');
  hotel = parsed.map;
});

async function git(...args: string[]): Promise<CliRun> {
  return runProgram('git', args, { cwd: repo, env });
}

async function gitOk(...args: string[]): Promise<string> {
  const run = await git(...args);
  if (run.code !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

async function commitMap(message: string, edit: (map: JourneyMap) => void): Promise<void> {
  const map = parse(await readFile(join(repo, 'hotel.touchmap'), 'utf8'));
  if (!map.ok) throw new Error('the map in the repository does not parse');
  edit(map.map);
  await writeFile(join(repo, 'hotel.touchmap'), `${JSON.stringify(map.map, null, 2)}\n`);
  await gitOk('commit', '-qam', message);
}

async function startRepository(): Promise<void> {
  await runProgram('git', ['init', '-q', '-b', 'main', repo], { cwd: home, env });
  await writeFile(join(repo, 'hotel.touchmap'), `${JSON.stringify(hotel, null, 2)}\n`);
  await gitOk('add', '.');
  await gitOk('commit', '-qm', 'The hotel map');
}

/**
 * A repository whose maps merge through the driver `touchmap git-setup` set up, then one edit
 * of the map committed on a branch `theirs` and another on `main`, which is checked out.
 */
async function branchesToMerge(
  theirs: (map: JourneyMap) => void,
  ours: (map: JourneyMap) => void,
): Promise<void> {
  await startRepository();
  await touchmap(['git-setup'], { cwd: repo, env });
  await gitOk('add', '.gitattributes');
  await gitOk('commit', '-qm', 'Maps merge by id');
  await gitOk('checkout', '-qb', 'theirs');
  await commitMap('Theirs', theirs);
  await gitOk('checkout', '-q', 'main');
  await commitMap('Ours', ours);
}

const mapInRepository = async () => {
  const text = await readFile(join(repo, 'hotel.touchmap'), 'utf8');
  return { text, parsed: parse(text) };
};

describe('touchmap git-setup with a real git', { timeout: 60_000 }, () => {
  it('sets up the repository once, printing what it changed; a second run changes nothing', async () => {
    await startRepository();
    const first = await touchmap(['git-setup'], { cwd: repo, env });
    expect(first.code).toBe(0);
    const command = `${process.execPath} ${await realpath(CLI)}`;
    expect(first.stdout.split('\n').filter(Boolean)).toEqual([
      '.gitattributes: added "*.touchmap merge=touchmap diff=touchmap"',
      'git config --local merge.touchmap.name "Touchmap maps, merged by id"',
      `git config --local merge.touchmap.driver "${command} merge %O %A %B --name %P"`,
      `git config --local diff.touchmap.command "${command} diff --git"`,
    ]);
    expect(await readFile(join(repo, '.gitattributes'), 'utf8')).toBe(
      '*.touchmap merge=touchmap diff=touchmap\n',
    );
    expect((await gitOk('check-attr', 'merge', 'diff', '--', 'hotel.touchmap')).trim()).toBe(
      'hotel.touchmap: merge: touchmap\nhotel.touchmap: diff: touchmap',
    );
    const second = await touchmap(['git-setup'], { cwd: repo, env });
    expect(second).toEqual({
      code: 0,
      stdout: 'git-setup: nothing to change, git already merges and diffs maps with touchmap\n',
      stderr: '',
    });
  });

  it('with --global, writes the global attributes file and config, once', async () => {
    const first = await touchmap(['git-setup', '--global'], { cwd: home, env });
    expect(first.code).toBe(0);
    const attributes = join(home, '.config', 'git', 'attributes');
    expect(first.stdout).toContain(`${attributes}: added`);
    expect(await readFile(attributes, 'utf8')).toBe('*.touchmap merge=touchmap diff=touchmap\n');
    expect(await readFile(join(home, '.gitconfig'), 'utf8')).toContain('[merge "touchmap"]');
    const second = await touchmap(['git-setup', '--global'], { cwd: home, env });
    expect(second.stdout).toContain('nothing to change');
  });

  it('outside a repository, says so and exits 1', async () => {
    const run = await touchmap(['git-setup'], { cwd: home, env });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('not inside a git repository');
  });

  it('lets git merge branches that edited different touchpoints, and diff by name', async () => {
    // Neighbouring lines of the file: a line merge would conflict where the map merge does not.
    await branchesToMerge(
      (m) => void (m.touchpoints[0]!.channel = 'app'),
      (m) => void (m.touchpoints[0]!.kind = 'service'),
    );

    const merge = await git('merge', '--no-edit', 'theirs');
    expect(merge.code).toBe(0);
    // The driver ran: its report is in git's output.
    expect(merge.stdout).toContain('hotel.touchmap: merged\n');
    const { parsed } = await mapInRepository();
    if (!parsed.ok) throw new Error('the merged map does not parse');
    expect(parsed.map.touchpoints[0]).toMatchObject({ kind: 'service', channel: 'app' });
    expect(parsed.map.conflicts).toBeUndefined();

    await commitMap('Later', (m) => void (m.touchpoints[1]!.channel = 'email'));
    const diff = await gitOk('diff', 'HEAD~1', 'HEAD');
    expect(diff).toContain(`touchpoint "Friend's recommendation" channel: other → email`);
  });

  it('stops a merge of one field changed two ways, with the conflict recorded in valid JSON', async () => {
    await branchesToMerge(
      (m) => void (m.touchpoints[1]!.channel = 'chat'),
      (m) => void (m.touchpoints[1]!.channel = 'email'),
    );

    const merge = await git('merge', '--no-edit', 'theirs');
    expect(merge.code).not.toBe(0);
    expect(merge.stdout).toContain('hotel.touchmap: merged with 1 conflict');
    const { text, parsed } = await mapInRepository();
    expect(text).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m);
    if (!parsed.ok) throw new Error('the merged map does not parse');
    expect(parsed.map.touchpoints[1]!.channel).toBe('email');
    expect(parsed.map.conflicts).toEqual([
      {
        path: ['touchpoints', hotel.touchpoints[1]!.id, 'channel'],
        base: 'other',
        ours: 'email',
        theirs: 'chat',
      },
    ]);
    expect(await gitOk('diff', '--name-only', '--diff-filter=U')).toBe('hotel.touchmap\n');
  });
});
