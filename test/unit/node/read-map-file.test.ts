/**
 * The Node hosts (CLI, Electron main) read bytes through the core's decoder: the same files
 * are refused as in the browser build, with the same failure and message.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/core/parse.ts';
import { openDocument } from '../../../src/node/document-files.ts';
import { mapTextFromBytes, readMapText } from '../../../src/node/read-map-file.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const BAD = ['latin1.touchmap', 'utf16le.touchmap', 'utf16be-no-bom.touchmap'];

describe('reading map bytes in Node', () => {
  it('drops a byte-order mark and says it was there', async () => {
    const read = await readMapText(join(FIXTURES, 'valid/bom.touchmap'));
    expect(read).toMatchObject({ ok: true, bom: true, fromPdf: false });
    expect(read.ok && read.text.startsWith('{')).toBe(true);
    const plain = await readMapText(join(FIXTURES, 'valid/minimal.touchmap'));
    expect(plain).toMatchObject({ ok: true, bom: false });
  });

  it.each(BAD)('refuses %s with the failure of parseBytes', async (name) => {
    const bytes = new Uint8Array(await readFile(join(FIXTURES, 'invalid', name)));
    const core = parseBytes(bytes);
    expect(core.ok).toBe(false);
    const expected = !core.ok && core.error;
    expect(mapTextFromBytes(bytes)).toEqual({
      ok: false,
      problem: { kind: 'not-utf8', failure: expected },
    });
    // Electron main opens through openDocument: the same failure goes to the window.
    const opened = await openDocument(join(FIXTURES, 'invalid', name));
    expect(opened).toMatchObject({ ok: false, error: expected, text: null });
  });

  it('opens a file with a byte-order mark without it, as the CLI and the browser do', async () => {
    const opened = await openDocument(join(FIXTURES, 'valid/bom.touchmap'));
    expect(opened.ok && opened.text.charCodeAt(0)).toBe('{'.charCodeAt(0));
  });
});
