/**
 * The start screen shows each template, and each draft to recover, as a miniature of its real
 * layout: one SVG per card, one rectangle per touchpoint.
 */
import { describe, expect, it } from 'vitest';
import { SCREEN_SIZES, appsClosedAfterEach } from '../support/harness.ts';
import { cards, startFromTemplate } from '../support/editor-helpers.ts';

describe('start screen thumbnails (built renderer in Chromium)', () => {
  const apps = appsClosedAfterEach();

  it.each(SCREEN_SIZES)('draws every template from its layout at %ix%i', async (width, height) => {
    const app = await apps.open({ width, height });
    const { page } = app;
    const buttons = page.getByRole('list', { name: 'Templates' }).getByRole('button');
    await expect.poll(() => buttons.count()).toBeGreaterThanOrEqual(4);
    const count = await buttons.count();
    for (let i = 0; i < count; i++) {
      const thumbnail = buttons.nth(i).locator('svg.template-thumbnail');
      expect(await thumbnail.count()).toBe(1);
      const touchpoints = Number(await thumbnail.getAttribute('data-touchpoints'));
      expect(await thumbnail.locator('rect.tm-miniature-card').count()).toBe(touchpoints);
      const box = (await thumbnail.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.height).toBeGreaterThanOrEqual(90);
    }
    // The journeys have cards; the blank map has its lanes only.
    const hotel = page.getByRole('button', { name: /hotel/i }).locator('rect.tm-miniature-card');
    expect(await hotel.count()).toBeGreaterThanOrEqual(10);
    const blank = page.getByRole('button', { name: /Blank map/ });
    expect(await blank.locator('rect.tm-miniature-card').count()).toBe(0);
    // A card rectangle is drawn in its department's colour, not left black or transparent.
    const fill = await hotel.first().getAttribute('fill');
    expect(fill).toMatch(/^#[0-9a-f]{6}$/i);
    await app.screenshot(`start-thumbnails-${width}x${height}`);
  });

  it('draws each draft to recover too', async () => {
    const app = await apps.open();
    const { page } = app;
    page.on('dialog', (dialog) => void dialog.accept());
    await startFromTemplate(page, /hotel/i);
    await cards(page).first().click();
    await page.keyboard.press('Delete');
    const left = (await cards(page).count()) as number;
    await page.reload();
    const region = page.getByRole('region', { name: 'Recover unsaved work' });
    await region.waitFor();
    const thumbnail = region.locator('svg.recovery-thumbnail');
    expect(await thumbnail.count()).toBe(1);
    expect(await thumbnail.locator('rect.tm-miniature-card').count()).toBe(left);
    await app.screenshot('start-recovery-thumbnail');
  });
});
