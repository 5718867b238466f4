/**
 * `touchmap check`, run for real (the compiled bin) on maps written to a temporary folder:
 * a quiet map, the example hotel-stay map as it is, and broken files.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { hotelFolder } from './hotel-folder.ts';
import { touchmap } from './run-cli.ts';

const folder = hotelFolder('touchmap-check-');
const { mapFile } = folder;

/** Hotel-stay with every question answered: rated, no crowded stage, nothing empty. */
function quiet(map: JourneyMap): void {
  for (const t of map.touchpoints) t.emotion ??= 0;
  map.connections = [];
  const used = new Set(map.touchpoints.map((t) => t.departmentId));
  map.departments = map.departments.filter((d) => used.has(d.id));
}

describe('touchmap check', { timeout: 30_000 }, () => {
  it('prints nothing and exits 0 when there is nothing to ask', async () => {
    const file = await mapFile('quiet.touchmap', quiet);
    expect(await touchmap(['check', file])).toEqual({ code: 0, stdout: '', stderr: '' });
    const json = await touchmap(['check', '--json', file]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([{ file, ok: true, findings: [] }]);
  });

  it('prints one line per finding, FILE: PATH: RULE: MESSAGE, and exits 1', async () => {
    const file = await mapFile('hotel.touchmap', (m) => {
      quiet(m);
      m.touchpoints[2]!.emotion = null;
    });
    const run = await touchmap(['check', file]);
    expect(run).toEqual({
      code: 1,
      stdout: `${file}: touchpoints[2]: touchpoint-no-emotion: "${folder.hotel.touchpoints[2]!.title}" has no emotion yet: how does the customer feel here?\n`,
      stderr: '',
    });
  });

  it('skips the rules the map switched off', async () => {
    const file = await mapFile('off.touchmap', (m) => {
      quiet(m);
      m.touchpoints[2]!.emotion = null;
      m.checks = { disabled: ['touchpoint-no-emotion'] };
    });
    expect((await touchmap(['check', file])).code).toBe(0);
  });

  it('checks several files, in order, and gives JSON with the targets', async () => {
    const a = await mapFile('a.touchmap', quiet);
    const b = await mapFile('b.touchmap');
    const run = await touchmap(['check', a, b]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.startsWith(`${b}: `))).toBe(true);
    expect(lines).toContain(
      `${b}: touchpoints[13]: touchpoint-no-emotion: "Breakfast restaurant" has no emotion yet: how does the customer feel here?`,
    );
    const json = await touchmap(['check', '--json', a, b]);
    expect(json.code).toBe(1);
    const results = JSON.parse(json.stdout) as { file: string; findings: unknown[] }[];
    expect(results.map((r) => r.file)).toEqual([a, b]);
    expect(results[1]!.findings).toContainEqual({
      rule: 'touchpoint-no-emotion',
      severity: 'question',
      path: 'touchpoints[13]',
      message: '"Breakfast restaurant" has no emotion yet: how does the customer feel here?',
      target: { type: 'touchpoint', id: folder.hotel.touchpoints[13]!.id },
      stageId: folder.hotel.touchpoints[13]!.stageId,
    });
  });

  it('exits 2 for a file that is missing or not a valid map, and still checks the others', async () => {
    const good = await mapFile('good.touchmap', (m) => {
      quiet(m);
      m.touchpoints[0]!.emotion = null;
    });
    const broken = join(folder.dir, 'broken.touchmap');
    await writeFile(broken, '{"format": "touchmap", "version": 1}');
    const missing = join(folder.dir, 'missing.touchmap');
    const run = await touchmap(['check', missing, good, broken]);
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stdout).toContain(`${good}: touchpoints[0]: touchpoint-no-emotion: `);
    expect(run.stderr).toContain(`${missing}: cannot read the file`);
    expect(run.stderr).toContain(`${broken}: `);
    const validate = await touchmap(['validate', '--quiet', broken]);
    expect(run.stderr).toContain(validate.stdout);
    const json = await touchmap(['check', '--json', broken]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({
        file: broken,
        ok: false,
        error: expect.objectContaining({ kind: 'invalid' }),
      }),
    ]);
  });

  it('exits 2 on wrong usage', async () => {
    expect(await touchmap(['check'])).toMatchObject({ code: 2, stdout: '' });
    const bogus = await touchmap(['check', '--bogus', 'x.touchmap']);
    expect(bogus).toMatchObject({ code: 2, stdout: '' });
    expect(bogus.stderr).toContain('check: unknown option "--bogus"');
  });
});
