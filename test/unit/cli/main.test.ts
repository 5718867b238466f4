/**
 * The `touchmap` command, run for real as a child process (the compiled bin,
 * `node dist/cli/touchmap.mjs`), against the fixtures and against copies in temporary folders.
 */
import { execFile } from 'node:child_process';
import {
  chmod,
  copyFile,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, ROOT } from './bin.ts';
import { jsonSchemaText } from '../../../src/core/json-schema.ts';
import { USAGE } from '../../../src/cli/usage.ts';

const VALID = 'test/fixtures/valid';
const INVALID = 'test/fixtures/invalid';
const isWindows = process.platform === 'win32';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Non-empty lines of stdout. */
  lines: string[];
}

/** Runs the CLI; every run is also checked to show no stack trace, whatever it was given. */
async function touchmap(args: string[], cwd = ROOT): Promise<Run> {
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

const read = (path: string) => readFile(join(ROOT, path), 'utf8');

/** Bytes and modification time, to prove a file was not touched. */
async function snapshot(path: string) {
  return { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs };
}

/**
 * The same map written differently: 4-space indent, CRLF line ends, and the known keys of
 * every object in reverse order. Unknown keys (the fixture's all start with "x-") and their
 * values are left as they are: their order is the user's and survives formatting.
 */
function scramble(text: string): string {
  const reverse = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverse);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value);
    const known = entries.filter(([k]) => !k.startsWith('x-'));
    const unknown = entries.filter(([k]) => k.startsWith('x-'));
    return Object.fromEntries([...known.reverse().map(([k, v]) => [k, reverse(v)]), ...unknown]);
  };
  return JSON.stringify(reverse(JSON.parse(text)), null, 4).replace(/\n/g, '\r\n');
}

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'touchmap-cli-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('touchmap validate', { timeout: 30_000 }, () => {
  it('says ok for each valid map: minimal, with every key and unknown keys, with a BOM', async () => {
    const run = await touchmap([
      'validate',
      `${VALID}/minimal.touchmap`,
      `${VALID}/every-key.touchmap`,
      `${VALID}/bom.touchmap`,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.lines).toEqual([
      `${VALID}/minimal.touchmap: ok`,
      `${VALID}/every-key.touchmap: ok`,
      `${VALID}/bom.touchmap: ok`,
    ]);
  });

  it('reports every problem of every file on its own line, in order, and exits 1', async () => {
    const run = await touchmap([
      'validate',
      `${VALID}/minimal.touchmap`,
      `${INVALID}/schema-violations.touchmap`,
      `${INVALID}/not-json.touchmap`,
      `${INVALID}/array.touchmap`,
      `${INVALID}/no-format.touchmap`,
      `${INVALID}/too-new.touchmap`,
      `${INVALID}/many-problems.touchmap`,
      'maps/x.touchmap',
      'test/fixtures',
    ]);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    const { lines } = run;
    const of = (file: string) => lines.filter((l) => l.startsWith(`${file}:`));

    expect(lines[0]).toBe(`${VALID}/minimal.touchmap: ok`);

    const violations = of(`${INVALID}/schema-violations.touchmap`);
    expect(violations).toContain(
      `${INVALID}/schema-violations.touchmap: touchpoints[0].kind: expected "service" or "experience", got "support"`,
    );
    expect(violations).toContain(
      `${INVALID}/schema-violations.touchmap: touchpoints[1].id: the id "st-1" is already used by stages[0]; ids must be unique in the file`,
    );
    expect(violations).toContain(
      `${INVALID}/schema-violations.touchmap: touchpoints[1].stageId: no stage has the id "st-gone"`,
    );
    expect(violations).toContain(
      `${INVALID}/schema-violations.touchmap: connections[0].to: no touchpoint has the id "tp-missing"`,
    );
    expect(violations.length).toBeGreaterThanOrEqual(8);
    for (const line of violations) expect(line).toMatch(/^[^:]+: [\w.[\]"]+: .+/);

    expect(of(`${INVALID}/not-json.touchmap`)).toEqual([
      `${INVALID}/not-json.touchmap:5:3: The file is not valid JSON: expected "," or "}", found a quote '"' (is a comma missing before it?).`,
    ]);
    expect(of(`${INVALID}/array.touchmap`)).toEqual([
      expect.stringMatching(/^test\/fixtures\/invalid\/array\.touchmap:1:1: .*not a Touchmap file/),
    ]);
    expect(of(`${INVALID}/no-format.touchmap`)).toEqual([
      expect.stringMatching(/^test\/fixtures\/invalid\/no-format\.touchmap: .*not a Touchmap file/),
    ]);
    expect(of(`${INVALID}/too-new.touchmap`)).toEqual([
      expect.stringMatching(/^test\/fixtures\/invalid\/too-new\.touchmap: .*version 99/),
    ]);

    const many = of(`${INVALID}/many-problems.touchmap`);
    expect(many).toHaveLength(51);
    expect(many[0]).toBe(
      `${INVALID}/many-problems.touchmap: persona.goals[0]: expected a text, got 1`,
    );
    expect(many[50]).toBe(`${INVALID}/many-problems.touchmap: …and 14 more problems (64 in all)`);

    expect(of('maps/x.touchmap')).toEqual(['maps/x.touchmap: cannot read the file: no such file']);
    expect(of('test/fixtures')).toEqual(['test/fixtures: cannot read the file: it is a folder']);
    expect(lines.at(-1)).toBe('test/fixtures: cannot read the file: it is a folder');
  });

  it('refuses files that are not UTF-8, saying where or which encoding, and exits 1', async () => {
    const run = await touchmap([
      'validate',
      `${INVALID}/latin1.touchmap`,
      `${INVALID}/utf16le.touchmap`,
      `${INVALID}/utf16be-no-bom.touchmap`,
    ]);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expect(run.lines).toEqual([
      `${INVALID}/latin1.touchmap: The file is not UTF-8 text: byte 0xE9 at offset 75 (line 5) is not valid UTF-8; save the file as UTF-8.`,
      `${INVALID}/utf16le.touchmap: The file is UTF-16 text (little-endian), and Touchmap reads UTF-8 only; save the file as UTF-8.`,
      `${INVALID}/utf16be-no-bom.touchmap: The file is UTF-16 text (big-endian), and Touchmap reads UTF-8 only; save the file as UTF-8.`,
    ]);
    const json = await touchmap(['validate', '--json', `${INVALID}/latin1.touchmap`]);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        file: `${INVALID}/latin1.touchmap`,
        ok: false,
        error: expect.objectContaining({ kind: 'not-utf8', offset: 75, line: 5, byte: 0xe9 }),
      },
    ]);
  });

  it('refuses a file nested past the depth limit with the JSON path, exit 1, in linear time', async () => {
    // 100,000 nested lists under an unknown key of a valid map: ~200 KB.
    const deep = (await read(`${VALID}/minimal.touchmap`)).replace(
      /\n}\n?$/,
      `,\n  "x-deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}\n}\n`,
    );
    await writeFile(join(tmp, 'deep.touchmap'), deep);
    const start = performance.now();
    const run = await touchmap([
      'validate',
      join(tmp, 'deep.touchmap'),
      `${INVALID}/too-deep.touchmap`,
    ]);
    // A whole process on a shared machine: well under a second when idle; the bound is loose
    // but still refuses the old quadratic walk (5.6 s at 15,000 levels, minutes at 100,000).
    expect(performance.now() - start).toBeLessThan(5000);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    const path = `["x-deep"]${'[0]'.repeat(63)}`;
    expect(run.lines[0]).toBe(
      `${join(tmp, 'deep.touchmap')}: The file is nested more than 64 levels deep at ${path} (line 20, column 76); a Touchmap file may nest at most 64 levels.`,
    );
    expect(run.lines[1]).toContain(`at ["x-nested"]${'[0]'.repeat(63)} (line 20, column 78)`);
    // format refuses it too, and leaves the file as it was.
    const format = await touchmap(['format', join(tmp, 'deep.touchmap')]);
    expect(format.code).toBe(1);
    expect(await readFile(join(tmp, 'deep.touchmap'), 'utf8')).toBe(deep);
  });

  it('prints only problems with --quiet, and a JSON array with --json', async () => {
    const [quietOk, quiet, json] = await Promise.all([
      touchmap(['validate', '--quiet', `${VALID}/minimal.touchmap`, `${VALID}/bom.touchmap`]),
      touchmap(['validate', '-q', `${VALID}/minimal.touchmap`, `${INVALID}/too-new.touchmap`]),
      touchmap([
        'validate',
        '--json',
        `${VALID}/every-key.touchmap`,
        `${INVALID}/not-json.touchmap`,
        `${INVALID}/schema-violations.touchmap`,
        'maps/x.touchmap',
      ]),
    ]);
    expect(quietOk).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(quiet).toMatchObject({ code: 1, stderr: '' });
    expect(quiet.lines).toEqual([
      expect.stringMatching(/^test\/fixtures\/invalid\/too-new\.touchmap: /),
    ]);

    expect(json).toMatchObject({ code: 1, stderr: '' });
    const results = JSON.parse(json.stdout);
    expect(results).toHaveLength(4);
    expect(results[0]).toEqual({ file: `${VALID}/every-key.touchmap`, ok: true, notes: [] });
    expect(results[1]).toMatchObject({
      file: `${INVALID}/not-json.touchmap`,
      ok: false,
      error: { kind: 'not-json', line: 5, column: 3 },
    });
    expect(results[2]).toMatchObject({ ok: false, error: { kind: 'invalid', totalProblems: 11 } });
    expect(results[2].error.problems).toContainEqual({
      path: 'touchpoints[0].kind',
      message: 'expected "service" or "experience", got "support"',
    });
    expect(results[3]).toEqual({
      file: 'maps/x.touchmap',
      ok: false,
      error: { kind: 'unreadable', message: 'cannot read the file: no such file' },
    });
  });
});

describe('touchmap format', { timeout: 30_000 }, () => {
  it('rewrites non-canonical maps in place, keeping unknown keys, and touches nothing else', async () => {
    const everyKey = await read(`${VALID}/every-key.touchmap`);
    await writeFile(join(tmp, 'messy.touchmap'), scramble(everyKey));
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

    const check = await touchmap(['format', '--check', ...args], tmp);
    expect(check).toMatchObject({ code: 1, stderr: '' });
    const broken = check.lines.filter((l) => l.startsWith('broken.touchmap: '));
    expect(broken).toHaveLength(11);
    expect(broken).toContain(
      'broken.touchmap: touchpoints[0].kind: expected "service" or "experience", got "support"',
    );
    expect(check.lines.filter((l) => !broken.includes(l))).toEqual([
      'bom.touchmap: not in canonical form',
      'latin1.touchmap: The file is not UTF-8 text: byte 0xE9 at offset 2 (line 1) is not valid UTF-8; save the file as UTF-8.',
      'messy.touchmap: not in canonical form',
      'minimal.touchmap: not in canonical form',
      expect.stringMatching(/^too-new\.touchmap: .*version 99/),
      'missing.touchmap: cannot read the file: no such file',
    ]);
    for (const name of names) expect(await snapshot(join(tmp, name))).toEqual(before[name]);

    const format = await touchmap(['format', ...args], tmp);
    expect(format).toMatchObject({ code: 1, stderr: '' });
    expect(format.lines.filter((l) => l.startsWith('broken.touchmap: '))).toEqual(broken);
    expect(format.lines.filter((l) => !broken.includes(l))).toEqual([
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
      touchmap(['format', '--check', ...formatted], tmp),
      touchmap(['validate', ...formatted], tmp),
    ]);
    expect(recheck).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(revalidate).toMatchObject({ code: 0, stderr: '' });
    expect(revalidate.lines).toEqual(formatted.map((f) => `${f}: ok`));
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
        'touchmap: no command given (one of validate, format, export, schema, diff, merge, git-setup, import, serve)',
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
        lines: [],
        stderr: `${cases[i]![1]}\nRun "touchmap --help" for usage.\n`,
      });
    });
  });
});
