/**
 * One set of export defaults: the app's Export dialog, opened for the first time with the
 * default preferences, makes the very file `touchmap export` makes with no option (same
 * date). And `--empty-lanes`, the command line's way to draw lanes with no touchpoint.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultForm, formToOptions } from '../../../src/app/export/export-form.ts';
import { parseBytes } from '../../../src/core/parse.ts';
import { DEFAULT_USER_PREFERENCES } from '../../../src/ipc/preferences.ts';
import { exportPdf, resolveOptions } from '../../../src/pdf/index.ts';
import { REPORT_DEFAULTS } from '../../../src/pdf/options.ts';
import { bundledFonts, compact, pdfTextCompact } from '../pdf/helpers.ts';
import { ROOT } from './bin.ts';
import { touchmap } from './run-cli.ts';
import { tmp, tmpFolderEachTest } from './tmp-folder.ts';

const HOTEL = join(ROOT, 'assets/templates/hotel-stay.touchmap');
const DATE = '2026-11-22T09:00:00.000Z';
const ALL = { kind: 'all', departmentId: null, evidence: 'all' } as const;

async function hotel() {
  const parsed = parseBytes(await readFile(HOTEL));
  if (!parsed.ok) throw new Error('the hotel-stay template does not parse');
  return parsed.map;
}

/** The dialog's first form in the app: seeded from the (default) preferences. */
async function dialogOptions() {
  const map = await hotel();
  const prefs = DEFAULT_USER_PREFERENCES;
  const form = defaultForm(map, ALL, {
    pageSize: prefs.pdf.pageSize,
    orientation: prefs.pdf.orientation,
    author: prefs.authorName,
  });
  const result = formToOptions(form, map);
  expect(result.ok).toBe(true);
  return { map, options: { ...result.options, date: DATE } };
}

tmpFolderEachTest('touchmap-defaults-');

describe('the export defaults', { timeout: 60_000 }, () => {
  it('are the same in the dialog (from the preferences) and on the command line', async () => {
    const { map, options } = await dialogOptions();
    const dialog = resolveOptions(options, map);
    const cli = resolveOptions({ ...REPORT_DEFAULTS, date: DATE }, map);
    expect(dialog.ok && cli.ok).toBe(true);
    if (!dialog.ok || !cli.ok) return;
    expect(dialog.options).toEqual(cli.options);
    expect(dialog.options).toMatchObject({
      pageSize: 'A3',
      orientation: 'landscape',
      appendix: ['frictions', 'insights', 'inventory'],
      emptyLanes: false,
      comments: false,
    });
  });

  it('make byte-identical files from the dialog and from `touchmap export`', async () => {
    const out = join(tmp, 'cli.pdf');
    const run = await touchmap(['export', HOTEL, '-o', out, '--date', DATE]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const { map, options } = await dialogOptions();
    const fromDialog = await exportPdf(map, options, await bundledFonts());
    const fromCli = new Uint8Array(await readFile(out));
    expect(fromCli.length).toBe(fromDialog.bytes.length);
    expect(Buffer.compare(Buffer.from(fromCli), Buffer.from(fromDialog.bytes))).toBe(0);
  });
});

describe('touchmap export --empty-lanes', { timeout: 60_000 }, () => {
  it('draws the lane of a department with no touchpoint, which is left out otherwise', async () => {
    const map = await hotel();
    const withEmpty = {
      ...map,
      departments: [
        ...map.departments,
        { id: 'dep-legal', name: 'Legal Affairs', color: '#777777' },
      ],
    };
    const file = join(tmp, 'lanes.touchmap');
    await writeFile(file, JSON.stringify(withEmpty));
    const plain = join(tmp, 'plain.pdf');
    const asked = join(tmp, 'asked.pdf');
    const runs = await Promise.all([
      touchmap(['export', file, '-o', plain, '--no-appendix']),
      touchmap(['export', file, '-o', asked, '--no-appendix', '--empty-lanes']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(pdfTextCompact(plain)).not.toContain(compact('Legal Affairs'));
    expect(pdfTextCompact(asked)).toContain(compact('Legal Affairs'));
  });
});
