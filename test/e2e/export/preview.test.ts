/**
 * The Export dialog's preview in Chromium, at 1280x720 and 1440x900: large (most of the
 * dialog, the dialog most of the window), zoomed with its buttons and Ctrl+wheel, back to
 * Fit, and paged through a tiled poster. Screenshots under test/artifacts/export.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { startFromTemplate } from '../support/editor-helpers.ts';

const SHOTS = resolve('test/artifacts/export');

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Waits until the preview shows a page of the current options, drawn at the current zoom. */
async function previewShown(page: Page): Promise<void> {
  const frame = page.locator('.tm-export-page');
  await expect.poll(() => frame.getAttribute('data-preview'), { timeout: 60_000 }).toBe('shown');
  await expect.poll(() => frame.getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
}

async function canvasBox(page: Page) {
  const box = await page.locator('canvas.tm-export-canvas').boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/** The zoom the label shows, as a number of per cent. */
async function zoomPercent(page: Page): Promise<number> {
  const text = (await page.getByTestId('preview-zoom').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0]);
}

describe('the export preview (built renderer in Chromium)', () => {
  let app: App | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`is large and zooms at ${width}x${height}`, async () => {
      app = await openApp({ width, height });
      const { page } = app;
      await startFromTemplate(page, /hotel/i);
      await page.getByRole('button', { name: 'Export PDF…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export PDF' });
      await dialog.waitFor();
      await previewShown(page);
      await shoot(page, `preview-fit-${width}x${height}`);

      // The dialog takes most of the window, and the fitted page most of the dialog's width
      // beside the options.
      const frame = (await dialog.boundingBox())!;
      expect(frame.width).toBeGreaterThanOrEqual(width * 0.85);
      expect(frame.height).toBeGreaterThanOrEqual(height * 0.85);
      const fit = await canvasBox(page);
      const viewer = (await page.locator('.tm-export-viewport').boundingBox())!;
      expect(viewer.width).toBeGreaterThanOrEqual(frame.width * 0.55);
      // A3 landscape in its proportions, filling the viewer one way or the other.
      expect(fit.width / fit.height).toBeCloseTo(1190.55 / 841.89, 1);
      expect(
        Math.max(fit.width / (viewer.width - 34), fit.height / (viewer.height - 34)),
      ).toBeGreaterThan(0.97);
      const fitZoom = await zoomPercent(page);

      // Zoom in twice with the button: the page grows and the viewer scrolls.
      await dialog.getByRole('button', { name: 'Zoom in' }).click();
      await dialog.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => zoomPercent(page)).toBeGreaterThan(fitZoom);
      await previewShown(page);
      await expect.poll(async () => (await canvasBox(page)).width).toBeGreaterThan(fit.width * 1.3);
      const scroll = await page
        .locator('.tm-export-viewport')
        .evaluate((e) => e.scrollWidth > e.clientWidth);
      expect(scroll).toBe(true);

      // 100 %: the page at its actual size (96 CSS pixels an inch).
      await dialog.getByRole('button', { name: '100 %' }).click();
      await expect.poll(() => zoomPercent(page)).toBe(100);
      await expect
        .poll(async () => Math.round((await canvasBox(page)).width))
        .toBe(Math.floor((1190.55 * 96) / 72));
      await previewShown(page);
      await shoot(page, `preview-100-${width}x${height}`);

      // Ctrl+wheel over the page zooms it (and not the app).
      await page.locator('.tm-export-viewport').hover();
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      await expect.poll(() => zoomPercent(page)).toBeGreaterThan(120);
      expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);

      // Fit again.
      await dialog.getByRole('button', { name: 'Fit' }).click();
      await expect.poll(() => zoomPercent(page)).toBe(fitZoom);
      await expect
        .poll(async () => Math.round((await canvasBox(page)).width))
        .toBe(Math.round(fit.width));
    });
  }

  it('pages through a tiled A4 poster', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.waitFor();
    await dialog.getByLabel('Size').selectOption('A4');
    await dialog.getByRole('radio', { name: /Tile it across pages/ }).check();
    await dialog.getByRole('checkbox', { name: /Appendix/ }).uncheck();
    await previewShown(page);
    const count = Number(
      /\d+/.exec((await dialog.getByTestId('page-count').textContent()) ?? '')?.[0],
    );
    expect(count).toBeGreaterThan(2);
    expect(await dialog.getByTestId('preview-page').textContent()).toBe(`Page 1 of ${count}`);
    await dialog.getByRole('button', { name: 'Next page' }).click();
    await previewShown(page);
    expect(await dialog.getByTestId('preview-page').textContent()).toBe(`Page 2 of ${count}`);
    await shoot(page, 'preview-tile-a4-page2-1280x720');
    // Page Down in the viewer turns to the last page; Next is then disabled.
    await page.locator('.tm-export-viewport').focus();
    for (let i = 2; i < count; i++) await page.keyboard.press('PageDown');
    expect(await dialog.getByTestId('preview-page').textContent()).toBe(
      `Page ${count} of ${count}`,
    );
    expect(await dialog.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
  });
});
