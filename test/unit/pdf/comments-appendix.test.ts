/** The optional Comments appendix page: off by default, its text read back with pdftotext. */
import { describe, expect, it } from 'vitest';
import { exportPdf, resolveOptions } from '../../../src/pdf/index.ts';
import { addComment, replyToComment, setCommentResolved } from '../../../src/core/ops/index.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { DATE, bundledFonts, loadMap, TEMPLATE_DIR, tool, writePdf } from './helpers.ts';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';

function commentedMap(): JourneyMap {
  const file = readdirSync(TEMPLATE_DIR).find((name) => name.includes('hotel'))!;
  let map = loadMap(join(TEMPLATE_DIR, file));
  const card = map.touchpoints[0]!;
  const at = (minute: number) => `2026-03-01T09:${String(minute).padStart(2, '0')}:00Z`;
  map = addComment(
    map,
    { type: 'touchpoint', id: card.id },
    {
      author: 'Ana',
      text: 'Queue at the desk is too long on Fridays',
      createdAt: at(5),
      id: 'cm-a',
    },
  );
  map = replyToComment(map, 'cm-a', {
    author: 'Ben',
    text: 'Add a second desk',
    createdAt: at(20),
  });
  map = addComment(
    map,
    { type: 'map', id: map.id },
    {
      author: '',
      text: 'Check the wording with legal',
      createdAt: at(30),
      id: 'cm-b',
    },
  );
  map = addComment(
    map,
    { type: 'stage', id: map.stages[0]!.id },
    {
      author: 'Cy',
      text: 'Split this stage',
      createdAt: at(40),
      id: 'cm-c',
    },
  );
  return setCommentResolved(map, 'cm-c', true);
}

const text = (path: string, first: number, last: number) =>
  tool('pdftotext', ['-layout', '-f', String(first), '-l', String(last), path, '-']);

describe('the Comments appendix', { timeout: 120_000 }, () => {
  it('is off by default and on with comments: true', () => {
    const map = commentedMap();
    const off = resolveOptions({}, map);
    expect(off.ok && off.options.comments).toBe(false);
    const on = resolveOptions({ comments: true }, map);
    expect(on.ok && on.options.comments).toBe(true);
    expect(resolveOptions({ comments: 'yes' } as never, map).ok).toBe(false);
  });

  it('lists every thread by element, replies under it, authors, UTC times and status', async () => {
    const map = commentedMap();
    const fonts = await bundledFonts();
    const without = await exportPdf(map, { date: DATE }, fonts);
    const result = await exportPdf(map, { comments: true, date: DATE }, fonts);
    expect(result.pageCount).toBe(without.pageCount + 1);
    const path = writePdf('comments-appendix', result.bytes);
    const page = text(path, result.pageCount, result.pageCount);
    expect(page).toContain('Appendix A · Comments');
    const lines = page.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    const index = (needle: string) => lines.findIndex((l) => l.includes(needle));
    // Map first, then the stage, then the card; the reply right under its comment.
    expect(index('Check the wording with legal')).toBeGreaterThan(0);
    expect(index('Check the wording with legal')).toBeLessThan(index('Split this stage'));
    expect(index('Split this stage')).toBeLessThan(index('Queue at the desk is too long'));
    expect(index('Queue at the desk is too long')).toBeLessThan(index('Reply: Add a second desk'));
    expect(page).toContain('Anonymous');
    expect(page).toContain('2026-03-01 09:05 UTC');
    expect(lines[index('Split this stage')]).toContain('resolved');
    expect(lines[index('Queue at the desk is too long')]).toContain('open');
    expect(lines[index('Queue at the desk is too long')]).toContain(
      `Touchpoint “${map.touchpoints[0]!.title}”`.slice(0, 12),
    );
  });

  it('follows the other appendix sections as the next letter', async () => {
    const fonts = await bundledFonts();
    const result = await exportPdf(
      commentedMap(),
      { appendix: ['frictions'], comments: true, date: DATE },
      fonts,
    );
    const path = writePdf('comments-appendix-b', result.bytes);
    const all = text(path, 2, result.pageCount);
    expect(all).toContain('Appendix A · Friction points');
    expect(all).toContain('Appendix B · Comments');
  });
});
