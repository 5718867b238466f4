import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';

describe('start screen (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists the templates and opens one, showing its title', async () => {
    const { page } = app;
    const templates = page.getByRole('list', { name: 'Templates' }).getByRole('button');
    await expect.poll(() => templates.count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => templates.first().textContent()).toContain('Blank map');
    await app.screenshot('start-screen');

    const hotel = page.getByRole('button', { name: /hotel/i });
    const title = (await hotel.locator('.template-title').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(0);
    await hotel.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    await expect
      .poll(() => page.locator('.tm-lane-header').allTextContents())
      .toContain('Housekeeping');
    await app.screenshot('template-opened');
  });

  it('offers to open a map file, and comes back to the open map after New', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /Blank map/ }).click();
    await page.locator('.tm-canvas').waitFor();
    await page.getByRole('button', { name: 'New map' }).click();
    expect(await page.getByRole('button', { name: 'Open a map file…' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Back to the open map' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Untitled journey');
  });

  it('opens from the keyboard alone', async () => {
    const { page } = app;
    await page.getByRole('list', { name: 'Templates' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Untitled journey');
  });
});
