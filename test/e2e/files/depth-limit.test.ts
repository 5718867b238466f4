/**
 * The browser build refuses a file nested past the format's depth limit (a 10 KB map with
 * 5,000 nested lists under an unknown key, which once opened and then could not be saved),
 * showing the JSON path where the limit is passed, and opens nothing.
 */
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { openFile } from '../support/editor-helpers.ts';

const TOO_DEEP = resolve('test/fixtures/invalid/too-deep.touchmap');
const MESSAGE = `The file is nested more than 64 levels deep at ["x-nested"]${'[0]'.repeat(63)} (line 20, column 78); a Touchmap file may nest at most 64 levels.`;

describe('depth limit (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('refuses a too-deep file from the picker with the JSON path, and opens nothing', async () => {
    const { page } = app;
    const openButton = page.getByRole('button', { name: 'Open a map file…' });
    await openFile(page, TOO_DEEP, () => openButton.click());
    const dialog = page.getByRole('alertdialog', { name: '“too-deep.touchmap” cannot be opened' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(MESSAGE);
    await app.screenshot('open-too-deep');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.locator('.tm-doc-title').count()).toBe(0);
    expect(await openButton.count()).toBe(1);
  });
});
