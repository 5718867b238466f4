/** `touchmap export --comments`: the Comments appendix page, only when asked for. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './bin.ts';
import { touchmap } from './run-cli.ts';
import { tmp, tmpFolderEachTest } from './tmp-folder.ts';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { addComment } from '../../../src/core/ops/index.ts';
import { pdfInfo, tool } from '../pdf/helpers.ts';

tmpFolderEachTest('touchmap-comments-');

describe('touchmap export --comments', { timeout: 120_000 }, () => {
  it('adds the Comments appendix page only with the flag', async () => {
    const text = await readFile(join(ROOT, 'assets/templates/hotel-stay.touchmap'), 'utf8');
    const parsed = parse(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const map = addComment(
      parsed.map,
      { type: 'touchpoint', id: parsed.map.touchpoints[0]!.id },
      { author: 'Ana', text: 'Reel shows the wrong rooms', createdAt: '2026-03-01T09:30:00Z' },
    );
    const file = join(tmp, 'hotel.touchmap');
    await writeFile(file, serialize(map));
    const date = ['--date', '2026-11-22T09:00:00Z', '--no-appendix'];
    const [plain, commented] = await Promise.all([
      touchmap(['export', file, '-o', join(tmp, 'plain.pdf'), ...date]),
      touchmap(['export', file, '-o', join(tmp, 'commented.pdf'), '--comments', ...date]),
    ]);
    expect(plain.code).toBe(0);
    expect(commented.code).toBe(0);
    const pages = pdfInfo(join(tmp, 'commented.pdf')).pages;
    expect(pages).toBe(pdfInfo(join(tmp, 'plain.pdf')).pages + 1);
    const last = tool('pdftotext', ['-f', String(pages), join(tmp, 'commented.pdf'), '-']);
    expect(last).toContain('Appendix A · Comments');
    expect(last).toContain('Reel shows the wrong rooms');
    expect(tool('pdftotext', [join(tmp, 'plain.pdf'), '-'])).not.toContain('Reel shows');
  });
});
