/**
 * Spreadsheets in the built renderer, in Chromium: Export as CSV from the command palette
 * (the desktop menu's File › Export › Export CSV… runs the same command), saved through the
 * web platform; Import a table through the file picker: a table with a wrong cell lists it in
 * the error dialog and the open map stays, a good one opens as a new map.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { MOD, cards, openFile, startFromTemplate } from '../support/editor-helpers.ts';
import { captureSavesNow, savedFiles } from '../support/save-capture.ts';

async function runFromPalette(page: Page, words: string): Promise<void> {
  await page.keyboard.press(`${MOD}+k`);
  const dialog = page.getByRole('dialog', { name: 'Commands' });
  await dialog.waitFor();
  await page.keyboard.type(words);
  await expect.poll(() => dialog.getByRole('option').count()).toBe(1);
  await page.keyboard.press('Enter');
}

describe('Spreadsheets (built renderer in Chromium)', () => {
  let app: App;
  const dir = mkdtempSync(join(tmpdir(), 'touchmap-e2e-tables-'));
  beforeEach(async () => {
    app = await openApp({ width: 1280, height: 720 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('exports the open map as CSV, one row per touchpoint', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await captureSavesNow(page);
    await runFromPalette(page, 'export as csv');
    await expect.poll(async () => (await savedFiles(page)).length, { timeout: 20_000 }).toBe(1);
    const [file] = await savedFiles(page);
    expect(file!.name).toBe('Hotel stay- from search to loyalty.csv');
    expect([...file!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file!.bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'Stage,Department,Kind,Channel,Title,Description,Emotion,Emotion note,CSAT,Evidence,Source,Frictions,Opportunities,ID',
    );
    expect(text).toContain('Instagram reel of family rooms');
  });

  it('lists a bad table by cell and keeps the map; opens a good one as a new map', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const before = await cards(page).count();
    const bad = join(dir, 'workshop.csv');
    writeFileSync(bad, 'Stage,Department,Title,Emotion\nArrive,Desk,Check-in,5\n,Desk,Pay,\n');
    await openFile(page, bad, () => runFromPalette(page, 'import a table'));
    const error = page
      .locator('[role="dialog"], [role="alertdialog"]')
      .filter({ hasText: '“workshop.csv” could not be imported' });
    await error.waitFor();
    const said = await error.textContent();
    expect(said).toContain('D2');
    expect(said).toContain('emotion "5" is not between -2 and 2');
    expect(said).toContain('A3');
    expect(said).toContain('the stage is empty');
    await app.screenshot('tables-import-error');
    await error.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => error.count()).toBe(0);
    expect(await cards(page).count()).toBe(before);

    const good = join(dir, 'Workshop day.csv');
    writeFileSync(
      good,
      'stage;department;title;emotion;frictions\nArrive;Front desk;Check-in;-1;High: Long queue\nArrive;Front desk;Keys;Positive;\nStay;Housekeeping;Room;2;\n',
    );
    await openFile(page, good, () => runFromPalette(page, 'import a table'));
    await expect.poll(() => cards(page).count(), { timeout: 20_000 }).toBe(3);
    await expect.poll(() => page.title()).toContain('Workshop day');
    await app.screenshot('tables-imported-map');
  });
});
