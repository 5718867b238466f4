/**
 * A Touchmap PDF opened in the desktop app (the main process): the map inside comes back
 * editable, the PDF itself is only read (never watched, never saved over: Save asks where to
 * write a .touchmap file), and a PDF without a map is refused with the reason.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/core/parse.ts';
import { exportPdf } from '../../../../src/pdf/index.ts';
import { loadPdfFonts } from '../../../../src/node/pdf-fonts.ts';
import { openDocument } from '../../../../src/node/document-files.ts';
import { mapText, tempFolder } from '../../node/helpers.ts';
import { makeDesktop, readyWindow } from './fakes.ts';

async function touchmapPdf(dir: string, name = 'hotel.pdf'): Promise<string> {
  const parsed = parse(mapText('Hotel from a PDF', 3));
  if (!parsed.ok) throw new Error('fixture does not parse');
  const { bytes } = await exportPdf(
    parsed.map,
    { date: '2026-01-02T03:04:05Z' },
    await loadPdfFonts(),
  );
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe('opening a Touchmap PDF in the desktop app', () => {
  it('reads the map out of the PDF (document-files)', async () => {
    const dir = await tempFolder('touchmap-open-pdf-');
    const opened = await openDocument(await touchmapPdf(dir));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.fromPdf).toBe(true);
    expect(opened.map.title).toBe('Hotel from a PDF');
    expect(opened.map.touchpoints).toHaveLength(3);

    const plain = join(dir, 'plain.touchmap');
    await writeFile(plain, mapText('Plain'));
    const text = await openDocument(plain);
    expect(text.ok && text.fromPdf).toBe(false);
  });

  it('opens it editable, but only reads the PDF: Save asks where to write a .touchmap', async () => {
    const dir = await tempFolder('touchmap-open-pdf-');
    const env = makeDesktop(dir);
    const one = readyWindow(env.desktop);
    const pdf = await touchmapPdf(dir);
    const before = await readFile(pdf);
    env.shell.openAnswers.push(pdf);
    const result = await env.desktop.documents.openFromDialog(one);
    expect(result).toMatchObject({ status: 'opened', file: { name: 'hotel.pdf' } });
    if (result.status !== 'opened') return;
    expect(parse(result.text).ok).toBe(true);
    expect(env.desktop.grants.resolve(one, result.file.token)?.access).toBe('read');
    expect(env.desktop.windows.get(one)?.documentPath).toBeNull();
    expect(env.watching.watches.has(pdf)).toBe(false);

    // Reading it again keeps it read-only.
    const again = await env.desktop.documents.reloadFile(one, result.file.token);
    expect(again.status).toBe('opened');
    if (again.status === 'opened')
      expect(env.desktop.grants.resolve(one, again.file.token)?.access).toBe('read');

    // Save: cancelled in the dialog, nothing written.
    const request = {
      file: result.file,
      text: result.text,
      suggestedName: 'hotel.pdf',
      force: false,
    };
    expect(await env.desktop.saving.saveFile(one, request)).toEqual({ status: 'cancelled' });
    // Save: a new .touchmap file where the user chose; the PDF untouched.
    env.shell.saveAnswers.push(join(dir, 'hotel'));
    const saved = await env.desktop.saving.saveFile(one, request);
    expect(saved).toMatchObject({ status: 'saved', file: { name: 'hotel.touchmap' } });
    expect(await readFile(join(dir, 'hotel.touchmap'), 'utf8')).toBe(result.text);
    expect(Buffer.compare(await readFile(pdf), before)).toBe(0);
    expect(env.desktop.windows.get(one)?.documentPath).toBe(join(dir, 'hotel.touchmap'));
  });

  it('refuses a PDF without a map, with the reason', async () => {
    const dir = await tempFolder('touchmap-open-pdf-');
    const env = makeDesktop(dir);
    const one = readyWindow(env.desktop);
    const path = join(dir, 'other.pdf');
    await writeFile(path, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    env.shell.openAnswers.push(path);
    expect(await env.desktop.documents.openFromDialog(one)).toEqual({
      status: 'failed',
      reason: 'unreadable',
      message: expect.stringContaining('this PDF has no Touchmap map inside'),
    });
    expect(env.desktop.grants.count(one)).toBe(0);
  });
});
