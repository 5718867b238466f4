/**
 * `touchmap diff` and `touchmap merge`, run for real (the compiled bin) on maps written to a
 * temporary folder: edits of the example hotel-stay map.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { hotelFolder } from './hotel-folder.ts';
import { touchmap } from './run-cli.ts';

const folder = hotelFolder('touchmap-diff-');
const { mapFile } = folder;

describe('touchmap diff', { timeout: 30_000 }, () => {
  it('prints nothing and exits 0 for the same map', async () => {
    const a = await mapFile('a.touchmap');
    const b = await mapFile('b.touchmap', (m) => m.touchpoints.reverse());
    expect(await touchmap(['diff', a, b])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints one line per change, by name, and exits 1', async () => {
    const a = await mapFile('a.touchmap');
    const b = await mapFile('b.touchmap', (m) => {
      m.touchpoints[0]!.kind = 'service';
      m.touchpoints[1]!.stageId = m.stages[1]!.id;
      m.stages[0]!.name = 'Dreaming';
    });
    const run = await touchmap(['diff', a, b]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'stage "Dreaming" name: "Inspiration" → "Dreaming"',
      'touchpoint "Instagram reel of family rooms" kind: experience → service',
      `touchpoint "Friend's recommendation" moved to another stage: "Inspiration" → "Search and compare"`,
    ]);
    const json = await touchmap(['diff', '--json', a, b]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toContainEqual({
      entity: 'touchpoint',
      id: folder.hotel.touchpoints[0]!.id,
      name: 'Instagram reel of family rooms',
      change: 'field',
      field: 'kind',
      before: 'experience',
      after: 'service',
    });
  });

  it('gives a broken file the message validate gives, and exits 2', async () => {
    const a = await mapFile('a.touchmap');
    const broken = join(folder.dir, 'broken.touchmap');
    await writeFile(broken, '{"format": "touchmap", "version": 1,');
    const run = await touchmap(['diff', a, broken]);
    const validate = await touchmap(['validate', broken]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(validate.stdout);
    expect(run.stderr).toMatch(/^.*broken\.touchmap:1:\d+: The file is not valid JSON/);
  });

  it("takes git's seven arguments with --git, names the path, and exits 0 for git", async () => {
    const a = await mapFile('a.touchmap');
    const b = await mapFile('b.touchmap', (m) => void (m.touchpoints[0]!.kind = 'service'));
    const broken = join(folder.dir, 'broken.touchmap');
    await writeFile(broken, '[]');
    const git = (old: string, now: string) =>
      touchmap([
        'diff',
        '--git',
        'maps/hotel.touchmap',
        old,
        'abc',
        '100644',
        now,
        'def',
        '100644',
      ]);
    expect(await git(a, b)).toEqual({
      code: 0,
      stdout:
        'touchmap diff a/maps/hotel.touchmap b/maps/hotel.touchmap\n' +
        'touchpoint "Instagram reel of family rooms" kind: experience → service\n',
      stderr: '',
    });
    expect((await git('/dev/null', b)).stdout).toContain('new map');
    const problems = await git(a, broken);
    expect(problems.code).toBe(0);
    expect(problems.stdout).toMatch(/^b\/maps\/hotel\.touchmap:1:1: The file holds a list/m);
    expect((await touchmap(['diff', '--git', a, b])).code).toBe(2);
  });

  it('refuses to run without two files', async () => {
    expect((await touchmap(['diff', 'a.touchmap'])).code).toBe(2);
  });
});

describe('touchmap merge', { timeout: 30_000 }, () => {
  it('merges edits of different touchpoints into OURS, atomically, and exits 0', async () => {
    const base = await mapFile('base.touchmap');
    const ours = await mapFile('ours.touchmap', (m) => void (m.touchpoints[0]!.title = 'Reel'));
    const theirs = await mapFile('theirs.touchmap', (m) => void (m.touchpoints[1]!.emotion = -2));
    const run = await touchmap(['merge', base, ours, theirs]);
    expect(run).toEqual({ code: 0, stdout: `${ours}: merged\n`, stderr: '' });
    const merged = parse(await readFile(ours, 'utf8'));
    expect(merged.ok && merged.map.touchpoints[0]!.title).toBe('Reel');
    expect(merged.ok && merged.map.touchpoints[1]!.emotion).toBe(-2);
    expect(merged.ok && merged.map.conflicts).toBeUndefined();
    // No temporary file left beside it.
    expect((await readdir(folder.dir)).sort()).toEqual([
      'base.touchmap',
      'ours.touchmap',
      'theirs.touchmap',
    ]);
  });

  it('writes a valid map with the conflicts listed, and exits 1, for a field changed two ways', async () => {
    const base = await mapFile('base.touchmap');
    const ours = await mapFile('ours.touchmap', (m) => void (m.touchpoints[1]!.channel = 'email'));
    const theirs = await mapFile(
      'theirs.touchmap',
      (m) => void (m.touchpoints[1]!.channel = 'chat'),
    );
    const out = join(folder.dir, 'out.touchmap');
    const before = await readFile(ours, 'utf8');
    const run = await touchmap(['merge', base, ours, theirs, '-o', out]);
    expect(run.code).toBe(1);
    const id = folder.hotel.touchpoints[1]!.id;
    expect(run.stdout).toBe(
      `${out}: merged with 1 conflict, kept our side and listed under "conflicts" to resolve:\n` +
        `  touchpoints["${id}"].channel: ours email, theirs chat (base other)\n`,
    );
    expect(await readFile(ours, 'utf8')).toBe(before);
    const text = await readFile(out, 'utf8');
    expect(text).not.toContain('<<<<<<<');
    const merged = parse(text);
    if (!merged.ok) throw new Error('the merged map does not parse');
    expect(merged.map.touchpoints[1]!.channel).toBe('email');
    expect(merged.map.conflicts).toEqual([
      { path: ['touchpoints', id, 'channel'], base: 'other', ours: 'email', theirs: 'chat' },
    ]);
    expect((await touchmap(['validate', out])).code).toBe(0);
  });

  it('writes nothing when an input is broken, with the message validate gives', async () => {
    const base = await mapFile('base.touchmap');
    const ours = await mapFile('ours.touchmap', (m) => void (m.touchpoints[0]!.title = 'Reel'));
    const theirs = join(folder.dir, 'theirs.touchmap');
    await writeFile(theirs, JSON.stringify({ ...folder.hotel, stages: [] }));
    const before = await stat(ours);
    const run = await touchmap(['merge', base, ours, theirs]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe((await touchmap(['validate', theirs])).stdout);
    expect((await stat(ours)).mtimeMs).toBe(before.mtimeMs);
  });

  it('refuses to run without three files', async () => {
    const run = await touchmap(['merge', 'a', 'b']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('merge: expected three files');
  });
});
