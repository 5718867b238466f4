/**
 * The browser build reads bytes through the core's decoder, as the CLI and Electron do: a
 * file that is not UTF-8 (Latin-1, UTF-16) is refused with the offset of its first bad byte,
 * from the file picker and from a drop, and nothing opens; a byte-order mark is tolerated.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { openFile } from '../support/editor-helpers.ts';

const INVALID = resolve('test/fixtures/invalid');
const VALID = resolve('test/fixtures/valid');
const LATIN1_MESSAGE =
  'The file is not UTF-8 text: byte 0xE9 at offset 75 (line 5) is not valid UTF-8; save the file as UTF-8.';

/** Drops a file with these exact bytes on the window, as the system would. */
async function dropBytes(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name));
      return data;
    },
    { name, bytes: [...bytes] },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.getByText('Drop to open the map').waitFor();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

const openButton = (page: Page) => page.getByRole('button', { name: 'Open a map file…' });

describe('file encodings (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('refuses a Latin-1 file from the picker with the offset, and opens nothing', async () => {
    const { page } = app;
    await openFile(page, `${INVALID}/latin1.touchmap`, () => openButton(page).click());
    const dialog = page.getByRole('alertdialog', { name: 'The file could not be opened' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(LATIN1_MESSAGE);
    await app.screenshot('open-latin1');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Still the start screen: no map was opened "repaired".
    expect(await page.locator('.tm-doc-title').count()).toBe(0);
    expect(await openButton(page).count()).toBe(1);
  });

  it('names UTF-16 files from the picker', async () => {
    const { page } = app;
    await openFile(page, `${INVALID}/utf16le.touchmap`, () => openButton(page).click());
    const dialog = page.getByRole('alertdialog', { name: 'The file could not be opened' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'The file is UTF-16 text (little-endian), and Touchmap reads UTF-8 only; save the file as UTF-8.',
    );
    await dialog.getByRole('button', { name: 'OK' }).click();
    expect(await page.locator('.tm-doc-title').count()).toBe(0);
  });

  it('says a dropped image is a binary file, naming the byte, with no box for it', async () => {
    const { page } = app;
    const png = readFileSync(resolve('test/fixtures/pdf-approved/hotel-a4-tile-a1.png'));
    await dropBytes(page, 'photo.touchmap', new Uint8Array(png));
    const dialog = page.getByRole('alertdialog', { name: /cannot be opened|could not be opened/ });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain(
      'This looks like a binary file, not a .touchmap map (byte 0x1A at offset 6).',
    );
    expect(text).not.toMatch(/[\u25a0-\u25ff\ufffd]/);
    await app.screenshot('open-binary');
    await dialog.getByRole('button', { name: 'OK' }).click();
    expect(await page.locator('.tm-doc-title').count()).toBe(0);
  });

  it('says once that a newer map was not changed', async () => {
    const { page } = app;
    await openFile(page, `${INVALID}/too-new.touchmap`, () => openButton(page).click());
    const dialog = page.getByRole('alertdialog', { name: /cannot be opened/ });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Update Touchmap to open it.');
    expect(text.match(/not changed/gi)).toHaveLength(1);
    await app.screenshot('open-too-new');
  });

  it('refuses a dropped Latin-1 file with the same message', async () => {
    const { page } = app;
    await dropBytes(page, 'latin1.touchmap', readFileSync(`${INVALID}/latin1.touchmap`));
    const dialog = page.getByRole('alertdialog', { name: '“latin1.touchmap” cannot be opened' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(LATIN1_MESSAGE);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.locator('.tm-doc-title').count()).toBe(0);
  });

  it('opens a file with a byte-order mark, from the picker and from a drop', async () => {
    const { page } = app;
    await openFile(page, `${VALID}/bom.touchmap`, () => openButton(page).click());
    const title = 'Saved by an editor that writes a byte-order mark';
    await expect.poll(() => page.locator('.tm-doc-title').textContent()).toBe(title);

    await app.close();
    app = await openApp();
    await dropBytes(app.page, 'bom.touchmap', readFileSync(`${VALID}/bom.touchmap`));
    await expect.poll(() => app.page.locator('.tm-doc-title').textContent()).toBe(title);
  });
});
