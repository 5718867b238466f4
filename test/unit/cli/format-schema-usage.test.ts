/**
 * `touchmap format`, `touchmap schema` and the usage (help, version, wrong usage), run for real
 * as a child process (the compiled bin, `node dist/cli/touchmap.mjs`), against the fixtures and
 * against copies in temporary folders.
 */
import { chmod, copyFile, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './bin.ts';
import { jsonSchemaText } from '../../../src/core/json-schema.ts';
import { USAGE } from '../../../src/cli/usage.ts';
import { INVALID, VALID, read, tmp, tmpFolderEachTest, touchmap } from './commands-fixture.ts';
import { scramble } from './scramble.ts';

const isWindows = process.platform === 'win32';

/** Bytes and modification time, to prove a file was not touched. */
async function snapshot(path: string) {
  return { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs };
}

tmpFolderEachTest();

describe('touchmap format', { timeout: 30_000 }, () => {
  it('rewrites non-canonical maps in place, keeping unknown keys, and touches nothing else', async () => {
    const everyKey = await read(`${VALID}/every-key.touchmap`);
    await writeFile(join(tmp, 'messy.touchmap'), scramble(everyKey, { lineEnd: '\r\n' }));
    await copyFile(join(ROOT, VALID, 'minimal.touchmap'), join(tmp, 'minimal.touchmap'));
    await copyFile(join(ROOT, VALID, 'bom.touchmap'), join(tmp, 'bom.touchmap'));
    await copyFile(join(ROOT, VALID, 'every-key.touchmap'), join(tmp, 'canonical.touchmap'));
    await copyFile(join(ROOT, INVALID, 'too-new.touchmap'), join(tmp, 'too-new.touchmap'));
    await copyFile(join(ROOT, INVALID, 'schema-violations.touchmap'), join(tmp, 'broken.touchmap'));
    await writeFile(join(tmp, 'latin1.touchmap'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const names = (await readdir(tmp)).sort();
    // Modification times in the past, so that any rewrite would show.
    const past = new Date('2025-01-01T00:00:00Z');
    for (const name of names) await utimes(join(tmp, name), past, past);
    if (!isWindows) await chmod(join(tmp, 'messy.touchmap'), 0o640);
    const untouched = [
      'canonical.touchmap',
      'too-new.touchmap',
      'broken.touchmap',
      'latin1.touchmap',
    ];
    const before = Object.fromEntries(
      await Promise.all(names.map(async (n) => [n, await snapshot(join(tmp, n))] as const)),
    );
    const args = [...names, 'missing.touchmap'];

    const check = await touchmap(['format', '--check', ...args], { cwd: tmp });
    expect(check).toMatchObject({ code: 1, stderr: '' });
    const broken = check.out.filter((l) => l.startsWith('broken.touchmap: '));
    expect(broken).toHaveLength(11);
    expect(broken).toContain(
      'broken.touchmap: touchpoints[0].kind: expected "service" or "experience", got "support"',
    );
    expect(check.out.filter((l) => !broken.includes(l))).toEqual([
      'bom.touchmap: not in canonical form',
      'latin1.touchmap: The file is not UTF-8 text: byte 0xE9 at offset 2 (line 1) is not valid UTF-8; save the file as UTF-8.',
      'messy.touchmap: not in canonical form',
      'minimal.touchmap: not in canonical form',
      expect.stringMatching(/^too-new\.touchmap: .*version 99/),
      'missing.touchmap: cannot read the file: no such file',
    ]);
    for (const name of names) expect(await snapshot(join(tmp, name))).toEqual(before[name]);

    const format = await touchmap(['format', ...args], { cwd: tmp });
    expect(format).toMatchObject({ code: 1, stderr: '' });
    expect(format.out.filter((l) => l.startsWith('broken.touchmap: '))).toEqual(broken);
    expect(format.out.filter((l) => !broken.includes(l))).toEqual([
      'bom.touchmap: reformatted',
      'latin1.touchmap: The file is not UTF-8 text: byte 0xE9 at offset 2 (line 1) is not valid UTF-8; save the file as UTF-8.',
      'messy.touchmap: reformatted',
      'minimal.touchmap: reformatted',
      expect.stringMatching(/^too-new\.touchmap: .*version 99/),
      'missing.touchmap: cannot read the file: no such file',
    ]);
    // Canonical, too new, invalid or unreadable: the same bytes, never rewritten.
    for (const name of untouched) expect(await snapshot(join(tmp, name))).toEqual(before[name]);
    // Replaced by rename, and nothing left beside them.
    expect((await readdir(tmp)).sort()).toEqual(names);

    // The scrambled copy is back to the canonical file, byte for byte: unknown keys included.
    const messy = await readFile(join(tmp, 'messy.touchmap'), 'utf8');
    expect(messy).toBe(everyKey);
    const value = JSON.parse(messy);
    const original = JSON.parse(everyKey);
    expect(value['x-workshop']).toEqual(original['x-workshop']);
    expect(value.touchpoints[0]['x-cost']).toEqual(original.touchpoints[0]['x-cost']);
    expect(value.touchpoints[0].position['x-pinned']).toBe(true);
    if (!isWindows) expect((await stat(join(tmp, 'messy.touchmap'))).mode & 0o777).toBe(0o640);

    const minimal = await readFile(join(tmp, 'minimal.touchmap'), 'utf8');
    expect(JSON.parse(minimal).connections).toEqual([]);
    const bom = await readFile(join(tmp, 'bom.touchmap'));
    expect(bom[0]).toBe(0x7b); // "{", the byte-order mark is gone

    const formatted = ['bom.touchmap', 'messy.touchmap', 'minimal.touchmap', 'canonical.touchmap'];
    const [recheck, revalidate] = await Promise.all([
      touchmap(['format', '--check', ...formatted], { cwd: tmp }),
      touchmap(['validate', ...formatted], { cwd: tmp }),
    ]);
    expect(recheck).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(revalidate).toMatchObject({ code: 0, stderr: '' });
    expect(revalidate.out).toEqual(formatted.map((f) => `${f}: ok`));
  });
});

describe('touchmap schema', { timeout: 30_000 }, () => {
  it('prints the JSON Schema, or writes it to a file', async () => {
    const target = join(tmp, 'touchmap.schema.json');
    const missing = join(tmp, 'no-such-folder', 'touchmap.schema.json');
    const [printed, written, failed] = await Promise.all([
      touchmap(['schema']),
      touchmap(['schema', '-o', target]),
      touchmap(['schema', '--output', missing]),
    ]);
    expect(printed).toMatchObject({ code: 0, stdout: jsonSchemaText(), stderr: '' });
    expect(written).toMatchObject({ code: 0, stdout: `${target}: written\n`, stderr: '' });
    expect(await readFile(target, 'utf8')).toBe(jsonSchemaText());
    expect(failed).toMatchObject({
      code: 1,
      stdout: `${missing}: cannot write the file: the folder does not exist\n`,
    });

    const again = await touchmap(['schema', '-o', target]);
    expect(again).toMatchObject({ code: 0, stdout: `${target}: up to date\n` });
  });
});

describe('touchmap usage', { timeout: 30_000 }, () => {
  it('prints help and the version', async () => {
    const version = JSON.parse(await read('package.json')).version as string;
    const runs = await Promise.all([
      touchmap(['--help']),
      touchmap(['-h']),
      touchmap(['help']),
      touchmap(['validate', '--help']),
      touchmap(['--version']),
    ]);
    for (const run of runs.slice(0, 4)) {
      expect(run).toMatchObject({ code: 0, stdout: USAGE, stderr: '' });
    }
    expect(runs[4]).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 on wrong usage, with one line saying what and one pointing to --help', async () => {
    const cases: [string[], string][] = [
      [
        [],
        'touchmap: no command given (one of validate, format, export, schema, diff, merge, git-setup, import, check, serve)',
      ],
      [['frobnicate', 'x.touchmap'], 'touchmap: unknown command "frobnicate"'],
      [['--quiet', 'validate'], 'touchmap: unknown option "--quiet"'],
      [['validate'], 'touchmap: validate: no files given'],
      [['format', '--check'], 'touchmap: format: no files given'],
      [['validate', '--bogus', 'x.touchmap'], 'touchmap: validate: unknown option "--bogus"'],
      [
        ['format', '--check=yes', 'x.touchmap'],
        'touchmap: format: option "--check" takes no value',
      ],
      [['schema', 'extra'], 'touchmap: schema: unexpected argument "extra"'],
      [['schema', '-o'], 'touchmap: schema: option "-o" needs a value'],
    ];
    const runs = await Promise.all(cases.map(([args]) => touchmap(args)));
    runs.forEach((run, i) => {
      expect({ args: cases[i]![0], ...run }).toEqual({
        args: cases[i]![0],
        code: 2,
        stdout: '',
        out: [],
        stderr: `${cases[i]![1]}\nRun "touchmap --help" for usage.\n`,
        err: [cases[i]![1], 'Run "touchmap --help" for usage.'],
      });
    });
  });
});
