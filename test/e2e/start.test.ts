import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from './harness.ts';

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
      .poll(() => page.getByRole('region', { name: 'Outline' }).textContent())
      .toContain('Housekeeping');
    await app.screenshot('template-opened');
  });

  it('opens from the keyboard alone', async () => {
    const { page } = app;
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Untitled journey');
  });
});
