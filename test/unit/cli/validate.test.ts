/**
 * `touchmap validate`, run for real as a child process (the compiled bin,
 * `node dist/cli/touchmap.mjs`), against the fixtures and against files in a temporary folder.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVALID, VALID, read, tmp, tmpFolderEachTest, touchmap } from './commands-fixture.ts';

tmpFolderEachTest();

describe('touchmap validate', { timeout: 30_000 }, () => {
  it('says ok for each valid map: minimal, with every key and unknown keys, with a BOM', async () => {
    const run = await touchmap([
      'validate',
      `${VALID}/minimal.touchmap`,
      `${VALID}/every-key.touchmap`,
      `${VALID}/bom.touchmap`,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.out).toEqual([
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
    const lines = run.out;
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
    expect(run.out).toEqual([
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
    expect(run.out[0]).toBe(
      `${join(tmp, 'deep.touchmap')}: The file is nested more than 64 levels deep at ${path} (line 20, column 76); a Touchmap file may nest at most 64 levels.`,
    );
    expect(run.out[1]).toContain(`at ["x-nested"]${'[0]'.repeat(63)} (line 20, column 78)`);
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
    expect(quiet.out).toEqual([
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
