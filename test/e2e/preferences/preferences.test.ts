/**
 * The preferences panel in the browser build: switching to the dark theme changes the page's
 * colours at once and after a reload (the preferences live in localStorage); a blank map
 * starts with the stages chosen there. Help and About open from the start screen.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { startFromTemplate } from '../support/editor-helpers.ts';

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('preferences (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('switches to the dark theme, and keeps it after a reload', async () => {
    const { page } = app;
    await page.getByRole('list', { name: 'Templates' }).waitFor();
    const light = await background(page);
    expect(light).toBe('rgb(247, 247, 245)');

    await page.getByRole('button', { name: 'Preferences…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preferences' });
    await dialog.waitFor();
    await app.screenshot('shell-preferences');
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await dialog.getByLabel('Your name').fill('Alex Morgan');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe('rgb(27, 29, 32)');
    await app.screenshot('shell-start-dark');

    await startFromTemplate(page, /hotel/i);
    const canvas = await page
      .locator('.tm-canvas')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(canvas).toBe('rgb(27, 29, 32)');
    await app.screenshot('shell-editor-dark');

    // A template copy opens unedited: no leave-page question, no draft to recover.
    await page.reload();
    await page.getByRole('list', { name: 'Templates' }).waitFor();
    expect(await background(page)).toBe('rgb(27, 29, 32)');

    // And back to light.
    expect(await page.getByRole('button', { name: 'Not now' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Preferences…' }).click();
    await dialog.getByRole('radio', { name: 'Light' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => background(page)).toBe(light);
  });

  it('starts blank maps with the stages of the preferences', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Preferences…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preferences' });
    const stages = dialog.getByRole('list', { name: 'Stages of a new map' });
    await stages.getByLabel('Stage 1').fill('Discover');
    await stages.getByRole('button', { name: 'Remove Loyalty' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await startFromTemplate(page, 'Blank map');
    const names = await page.locator('.tm-stage-name').allTextContents();
    expect(names[0]).toBe('Discover');
    expect(names).not.toContain('Loyalty');
    expect(names).toHaveLength(6);
  });

  it('shows the user guide, the file format and the version, offline', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Help' }).click();
    const help = page.getByRole('dialog', { name: 'Touchmap help' });
    await help.getByRole('heading', { name: 'Touchmap user guide' }).waitFor();
    await app.screenshot('shell-help-guide');
    await help.getByRole('tab', { name: 'File format' }).click();
    await help.getByRole('heading', { name: /file format, version 1/ }).waitFor();
    expect(await help.locator('table').count()).toBeGreaterThan(1);
    await app.screenshot('shell-help-format');
    await help.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'About' }).click();
    const about = page.getByRole('dialog', { name: 'About Touchmap' });
    expect(await about.textContent()).toMatch(/version \d+\.\d+\.\d+/);
    await app.screenshot('shell-about');
    await about.getByRole('button', { name: 'OK' }).click();
  });
});
