/**
 * The service-blueprint keys through the compiled `touchmap` bin: a file written with them
 * round-trips byte for byte through `format`, `validate` reports an older writer's repairs,
 * and `diff` words rows and notes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './bin.ts';
import { touchmap } from './run-cli.ts';
import { scramble } from './scramble.ts';
import { tmp, tmpFolderEachTest } from './tmp-folder.ts';

const BLUEPRINT = join(ROOT, 'test/fixtures/valid/blueprint.touchmap');
const OLDER = 'test/fixtures/repair/older-writer.touchmap';

tmpFolderEachTest('touchmap-blueprint-');

describe('blueprint files and the CLI', { timeout: 30_000 }, () => {
  it('formats a scrambled blueprint back to the canonical file, byte for byte', async () => {
    const canonical = await readFile(BLUEPRINT, 'utf8');
    expect(await touchmap(['format', '--check', BLUEPRINT])).toMatchObject({ code: 0 });
    const messy = join(tmp, 'messy.touchmap');
    await writeFile(messy, scramble(canonical, { finalNewline: true }));
    expect(await readFile(messy, 'utf8')).not.toBe(canonical);
    const run = await touchmap(['format', messy]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(await readFile(messy, 'utf8')).toBe(canonical);
  });

  it('validates an older writer’s file with its repairs as notes, and leaves it as it was', async () => {
    const before = await readFile(join(ROOT, OLDER), 'utf8');
    const expected = (
      await readFile(join(ROOT, 'test/fixtures/repair/older-writer.notices.txt'), 'utf8')
    )
      .trimEnd()
      .split('\n');
    const run = await touchmap(['validate', OLDER]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      `${OLDER}: ok`,
      ...expected.map((notice) => `${OLDER}: note: ${notice}`),
    ]);
    expect(await readFile(join(ROOT, OLDER), 'utf8')).toBe(before);
  });

  it('describes changed rows, notes and blueprint fields in words', async () => {
    const map = JSON.parse(await readFile(BLUEPRINT, 'utf8'));
    map.scenario = 'Flat tyre on a Monday';
    map.rows = map.rows.filter((row: { id: string }) => row.id !== 'row-pains');
    map.notes[0].rowId = 'row-thoughts';
    map.notes[1].evidence = 'observed';
    map.departments[1].layer = 'support';
    const after = join(tmp, 'after.touchmap');
    await writeFile(after, JSON.stringify(map));
    const run = await touchmap(['diff', BLUEPRINT, after]);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      // A long value is cut short, as every value of the diff is.
      `map "Bike repair, as a service blueprint" scenario: "Mara's bike has a flat tyre on Sunday evening; she needs it back before work o… → "Flat tyre on a Monday"`,
      'department "Workshop" layer: backstage → support',
      'row "Pain points" removed',
      'note "Books a slot on the website" moved to another row: "Customer actions" → "Thoughts"',
      'note "Confirmation email with the price" evidence: reported → observed',
    ]);
  });
});
