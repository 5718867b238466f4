/**
 * Files and the unsaved-changes question in the browser build: a dirty map is replaced only
 * after asking (Cancel keeps it, Don't save replaces it), and maps open by dropping a
 * .touchmap file, or a PDF exported by Touchmap, on the window. (Opening a broken file via
 * the Open button is covered in editor-files.test.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { cards, startFromTemplate } from '../support/editor-helpers.ts';

const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');
const BROKEN = readFileSync('test/fixtures/e2e/broken.touchmap', 'utf8');

/** A PDF carrying its map the way Touchmap writes it (src/pdf/embed.ts). */
function touchmapPdf(text: string): string {
  const length = Buffer.byteLength(text, 'utf8');
  return (
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' +
    `5 0 obj\n<< /Type /EmbeddedFile /Subtype /application#2Fvnd.touchmap+json /Params << /Size ${length} >> /Length ${length} >>\nstream\n` +
    `${text}\nendstream\nendobj\n%%EOF\n`
  );
}

/** Drags a file over the window and drops it, as the system would. */
async function dropFile(page: Page, name: string, text: string, type = ''): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, text, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type }));
      return data;
    },
    { name, text, type },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.getByText('Drop to open the map').waitFor();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

describe('files and unsaved changes (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('asks before New replaces an unsaved map: Cancel keeps it, Don’t save replaces it', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    // A map from a template is unedited until changed: change it.
    const before = await cards(page).count();
    await cards(page).first().click();
    await page.keyboard.press('Delete');
    await expect.poll(() => cards(page).count()).toBe(before - 1);
    const hotel = before - 1;
    await page.getByRole('button', { name: 'New map' }).click();
    await page
      .getByRole('list', { name: 'Templates' })
      .getByRole('button', { name: 'Blank map' })
      .click();
    const ask = page.getByRole('alertdialog', { name: /Save the changes/ });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    // Still choosing; back to the map, it is untouched.
    await page.getByRole('button', { name: 'Back to the open map' }).click();
    await expect.poll(() => cards(page).count()).toBe(hotel);
    expect(await page.locator('.tm-doc-title').textContent()).toContain('Hotel stay');

    await page.getByRole('button', { name: 'New map' }).click();
    await page
      .getByRole('list', { name: 'Templates' })
      .getByRole('button', { name: 'Blank map' })
      .click();
    await ask.getByRole('button', { name: 'Don’t save' }).click();
    await expect.poll(() => page.locator('.tm-doc-title').textContent()).toBe('Untitled journey');
    expect(await cards(page).count()).toBe(0);
  });

  it('opens a .touchmap file dropped on the window', async () => {
    const { page } = app;
    await dropFile(page, 'small.touchmap', SMALL);
    await expect.poll(() => cards(page).count()).toBe(4);
    expect(await page.locator('.tm-doc-title').textContent()).toBe('Bike repair (e2e)');
    expect(await page.locator('.tm-doc-file').textContent()).toBe('small.touchmap');
    expect(await page.getByText('Drop to open the map').count()).toBe(0);
    await app.screenshot('shell-dropped-file');
  });

  it('shows the drop overlay while a file is over the window', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{}'], 'map.touchmap'));
      return data;
    });
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await page.getByText('Drop to open the map').waitFor();
    await app.screenshot('shell-drop-overlay');
    await page.dispatchEvent('body', 'dragleave', { dataTransfer: transfer });
    await expect.poll(() => page.getByText('Drop to open the map').count()).toBe(0);
  });

  it('opens the map inside a Touchmap PDF dropped on the window, as untitled', async () => {
    const { page } = app;
    await dropFile(page, 'Bike repair.pdf', touchmapPdf(SMALL), 'application/pdf');
    await expect.poll(() => cards(page).count()).toBe(4);
    expect(await page.locator('.tm-doc-file').textContent()).toContain('Not saved yet');
  });

  it('lists the problems of a broken dropped file and keeps the open map', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const before = await cards(page).count();
    await dropFile(page, 'broken.touchmap', BROKEN);
    const dialog = page.getByRole('alertdialog', { name: '“broken.touchmap” cannot be opened' });
    await dialog.waitFor();
    expect(await dialog.locator('.tm-problem-path').allTextContents()).toContain(
      'touchpoints[0].kind',
    );
    await dialog.getByRole('button', { name: 'OK' }).click();
    expect(await cards(page).count()).toBe(before);
    expect(await page.locator('.tm-doc-title').textContent()).toContain('Hotel stay');
  });
});
