/**
 * Opening map files through the web platform's file picker: a valid file opens in the
 * editor, a broken one shows its problems with their paths and changes nothing, and an
 * unsaved map is not replaced without asking.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import {
  card,
  cardAttribute,
  cards,
  openFile,
  startFromTemplate,
} from '../support/editor-helpers.ts';

const FIXTURES = resolve('test/fixtures/e2e');

/** A map from a template is unedited until changed: renames it in the top bar. */
async function renameInPlace(page: Page): Promise<void> {
  await page.locator('.tm-doc-title').getByRole('button').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (ours)');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.tm-dirty').count()).toBe(1);
}

describe('opening files (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('opens a valid file from the start screen', async () => {
    const { page } = app;
    await openFile(page, `${FIXTURES}/small.touchmap`, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    await expect.poll(() => cards(page).count()).toBe(4);
    expect(await page.locator('.tm-doc-title').textContent()).toBe('Bike repair (e2e)');
    expect(await page.locator('.tm-doc-file').textContent()).toBe('small.touchmap');
    const call = card(page, 'Phone the shop');
    expect(await cardAttribute(call, 'data-kind')).toBe('service');
    expect(await cardAttribute(call, 'data-emotion')).toBe('-1');
    expect(await call.locator('.tm-card-friction').textContent()).toContain('2 · High');
    expect(await call.locator('.tm-card-csat').textContent()).toBe('CSAT 3');
    expect(await page.title()).toBe('small.touchmap — Touchmap');
    await app.screenshot('editor-open-valid');
  });

  it('lists the problems of a broken file with their paths, and keeps the open map', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await renameInPlace(page);
    const before = await cards(page).count();
    await page.locator('.tm-canvas').click({ position: { x: 5, y: 300 } });
    // The map has unsaved changes: opening another file asks first.
    await openFile(page, `${FIXTURES}/broken.touchmap`, async () => {
      await page.keyboard.press('Control+o');
      const ask = page.getByRole('alertdialog', { name: /Save the changes/ });
      await ask.getByRole('button', { name: 'Don’t save' }).click();
    });
    const dialog = page.getByRole('alertdialog', { name: '“broken.touchmap” cannot be opened' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('The map has 4 problems.');
    const paths = await dialog.locator('.tm-problem-path').allTextContents();
    expect(paths).toEqual([
      'departments[0].color',
      'touchpoints[0].kind',
      'touchpoints[0].emotion',
      'touchpoints[1].stageId',
    ]);
    expect(await dialog.locator('.tm-problem').nth(1).textContent()).toContain(
      'expected "service" or "experience", got "support"',
    );
    await app.screenshot('editor-open-broken');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Nothing lost: the map that was open is still open.
    expect(await cards(page).count()).toBe(before);
    expect(await page.locator('.tm-doc-title').textContent()).toContain('Hotel stay');
  });

  it('says where a file that is not JSON breaks', async () => {
    const { page } = app;
    await openFile(page, `${FIXTURES}/not-json.touchmap`, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    const dialog = page.getByRole('alertdialog', { name: /cannot be opened/ });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('line 5, column 3');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Still on the start screen, nothing half-opened.
    expect(await page.getByRole('list', { name: 'Templates' }).count()).toBe(1);
  });

  it('keeps an unsaved map when the user cancels the replacement', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await renameInPlace(page);
    await page.locator('.tm-canvas').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+o');
    const ask = page.getByRole('alertdialog', { name: /Save the changes/ });
    await ask.waitFor();
    await app.screenshot('editor-confirm-replace');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await page.locator('.tm-doc-title').textContent()).toContain('Hotel stay');
  });
});
