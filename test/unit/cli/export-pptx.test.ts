/**
 * `touchmap export FILE -o OUT.pptx`, run for real as a child process (the compiled bin) into
 * temporary folders: the deck is written, opened as a zip, and its slides counted; PDF options
 * are refused by name; a broken map or an unwritable place writes nothing.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT } from './bin.ts';
import { touchmapLines } from './run-cli.ts';
import { tmp, tmpFolderEachTest } from './tmp-folder.ts';

const HOTEL = join(ROOT, 'assets/templates/hotel-stay.touchmap');
const BROKEN = join(ROOT, 'test/fixtures/invalid/schema-violations.touchmap');

/** The CLI run in the test's folder. */
const touchmap = (args: string[], cwd: string) => touchmapLines(args, { cwd });

tmpFolderEachTest('touchmap-pptx-cli-');

describe('touchmap export -o OUT.pptx', () => {
  it('writes the deck and says how many slides it has', async () => {
    const run = await touchmap(['export', HOTEL, '-o', 'hotel.pptx'], tmp);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    const m = /^hotel\.pptx: (\d+) slides, (\d+) KB$/.exec(run.out[0] ?? '');
    expect(m, run.out.join('\n')).not.toBeNull();
    const files = unzipSync(new Uint8Array(await readFile(join(tmp, 'hotel.pptx'))));
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBe(Number(m![1]));
    expect(strFromU8(files['ppt/slides/slide1.xml']!)).toContain(
      '<a:t>Hotel stay: from search to loyalty</a:t>',
    );
    // Nothing but the deck is left in the folder (no temporary file).
    expect(await readdir(tmp)).toEqual(['hotel.pptx']);
  });

  it('takes the extension in any case', async () => {
    const run = await touchmap(['export', HOTEL, '-o', 'Deck.PPTX'], tmp);
    expect(run.code).toBe(0);
    expect(await readdir(tmp)).toEqual(['Deck.PPTX']);
  });

  it('refuses the PDF options by name and writes nothing', async () => {
    const run = await touchmap(
      ['export', HOTEL, '-o', 'x.pptx', '--page', 'a4', '--no-appendix'],
      tmp,
    );
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe(
      'touchmap: export: --page, --no-appendix: for PDF exports only; OUT.pptx takes no options',
    );
    expect(await readdir(tmp)).toEqual([]);
  });

  it('leaves an existing deck as it was when the map is broken', async () => {
    await writeFile(join(tmp, 'x.pptx'), 'old');
    const run = await touchmap(['export', BROKEN, '-o', 'x.pptx'], tmp);
    expect(run.code).toBe(1);
    expect(run.err.length).toBeGreaterThan(0);
    expect(run.err.every((l) => l.startsWith(BROKEN))).toBe(true);
    expect(await readFile(join(tmp, 'x.pptx'), 'utf8')).toBe('old');
  });

  it('says why when the deck cannot be written', async () => {
    const run = await touchmap(['export', HOTEL, '-o', join(tmp, 'missing', 'x.pptx')], tmp);
    expect(run.code).toBe(1);
    expect(run.err[0]).toMatch(/x\.pptx: cannot write the file: /);
  });
});
