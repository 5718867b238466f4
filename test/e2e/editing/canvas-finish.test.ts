/**
 * The canvas's finish in Chromium (built renderer): no library credit, one set of zoom
 * controls (the toolbar's), an overview map that folds away, follows the dark theme and is
 * off the cards after Fit, and panning from anywhere on a dense map (Space held, or the
 * middle button) without moving the card under the pointer.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { CARD, openLargeMap, startFromTemplate } from '../support/editor-helpers.ts';

const ARTIFACTS = resolve('test/artifacts');
const SIZE = { width: 1280, height: 720 };
const OVERVIEW = '.tm-overview';

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

async function transform(page: Page): Promise<string> {
  return page.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform);
}

/** Where a card is drawn on the page, and its node's own place on the map. */
async function cardPlace(page: Page, id: string) {
  const node = page.locator(`${CARD}[data-id="${id}"]`);
  const box = (await node.boundingBox())!;
  const style = await node.evaluate((e) => (e as HTMLElement).style.transform);
  return { box, style };
}

/** A card well inside the window, away from the headers and the overview. */
async function middleCard(page: Page): Promise<string> {
  const id = await page.locator(CARD).evaluateAll((nodes) => {
    const cx = window.innerWidth / 2;
    const cy = window.innerHeight / 2;
    let best: { id: string; d: number } | null = null;
    for (const node of nodes) {
      const r = node.getBoundingClientRect();
      const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
      if (best === null || d < best.d) best = { id: node.getAttribute('data-id')!, d };
    }
    return best?.id ?? null;
  });
  if (id === null) throw new Error('no card on screen');
  return id;
}

async function dragBy(
  page: Page,
  from: { x: number; y: number },
  by: { x: number; y: number },
  button: 'left' | 'middle',
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down({ button });
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(from.x + (by.x * i) / 10, from.y + (by.y * i) / 10);
  }
  await page.mouse.up({ button });
}

describe('canvas finish (built renderer in Chromium)', () => {
  let app: App;
  afterEach(async () => {
    await app.close();
  });

  it('shows no library credit and one set of zoom controls, with the zoom level', async () => {
    app = await openApp(SIZE);
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    expect(await page.locator('.react-flow__attribution').count()).toBe(0);
    expect(await page.getByText('React Flow', { exact: false }).count()).toBe(0);
    // One Fit, one zoom in, one zoom out in the whole window: the toolbar's.
    for (const name of ['Fit the map to the window', 'Zoom in', 'Zoom out']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.locator('.react-flow__controls').count()).toBe(0);
    const level = page.getByRole('button', { name: /^Zoom \d+ percent/ });
    const before = await level.textContent();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(() => level.textContent()).not.toBe(before);
    await shoot(page, 'canvas-finish-toolbar');
  });

  it('folds the overview, keeps it off the cards after Fit, and themes it dark', async () => {
    app = await openApp(SIZE);
    const { page } = app;
    await openLargeMap(app.page);
    // A big map opens zoomed in at its top-left: the overview shows where the view is.
    const overview = page.locator(OVERVIEW);
    await expect.poll(() => overview.locator('svg[role="img"]').count()).toBe(1);
    await shoot(page, 'canvas-overview-open');

    await page.getByRole('button', { name: 'Hide the overview map' }).click();
    await expect.poll(() => overview.locator('svg[role="img"]').count()).toBe(0);
    const tab = page.getByRole('button', { name: 'Show the overview map' });
    const tabBox = (await tab.boundingBox())!;
    expect(tabBox.width).toBeLessThan(120);
    expect(tabBox.height).toBeLessThan(40);
    // The toolbar's button says it is folded.
    const toolbarToggle = page.locator('.tm-toolbar [data-command="toggleMinimap"]');
    expect(await toolbarToggle.getAttribute('aria-pressed')).toBe('false');
    await shoot(page, 'canvas-overview-folded');
    await tab.click();
    await expect.poll(() => overview.locator('svg[role="img"]').count()).toBe(1);
    expect(await toolbarToggle.getAttribute('aria-pressed')).toBe('true');

    // After Fit every card is on screen, painted on the far-out level's one canvas, and the
    // overview steps aside: with the whole map in view it would only cover cards.
    await page.getByRole('button', { name: 'Fit the map to the window' }).click();
    await expect
      .poll(() => page.locator('[data-mark-count]').getAttribute('data-mark-count'))
      .toBe('1500');
    await expect.poll(() => overview.count()).toBe(0);
    await shoot(page, 'canvas-overview-after-fit');

    // Zoomed in again it is back, in the dark theme's colours.
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.getByRole('button', { name: /^Zoom \d+ percent/ }).click();
    await expect.poll(() => overview.count()).toBe(1);
    const colours = await overview.evaluate((e) => ({
      panel: getComputedStyle(e).backgroundColor,
      page: getComputedStyle(document.querySelector('.tm-canvas')!).backgroundColor,
      bg: getComputedStyle(e.querySelector('.tm-miniature-bg')!).fill,
    }));
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    expect(luminance(colours.page)).toBeLessThan(0.2);
    expect(luminance(colours.panel)).toBeLessThan(0.2);
    expect(luminance(colours.bg)).toBeLessThan(0.3);
    await shoot(page, 'canvas-overview-dark');
  });

  it('pans over cards with Space held or the middle button, moving no card', async () => {
    app = await openApp(SIZE);
    const { page } = app;
    await openLargeMap(app.page);
    await page.locator('.tm-canvas').focus();

    for (const way of ['space', 'middle'] as const) {
      const id = await middleCard(page);
      const before = await cardPlace(page, id);
      const view = await transform(page);
      const from = {
        x: before.box.x + before.box.width / 2,
        y: before.box.y + before.box.height / 2,
      };
      if (way === 'space') {
        await page.keyboard.down('Space');
        await dragBy(page, from, { x: -180, y: -90 }, 'left');
        await page.keyboard.up('Space');
      } else {
        await dragBy(page, from, { x: -180, y: -90 }, 'middle');
      }
      // The view moved by the drag; the card stayed in its place on the map.
      await expect.poll(() => transform(page), { message: way }).not.toBe(view);
      const after = await cardPlace(page, id);
      expect(after.style, way).toBe(before.style);
      expect(after.box.x - before.box.x, way).toBeCloseTo(-180, -1);
      expect(after.box.y - before.box.y, way).toBeCloseTo(-90, -1);
      expect(await page.locator(`${CARD}.dragging`).count(), way).toBe(0);
    }

    // Without Space, a left drag on a card still moves the card (the view stays). Checked
    // while the button is held: let go 40 px away, the card snaps back into its own slot
    // (tidy slots), so where it ends says nothing about whether it was dragged.
    const id = await middleCard(page);
    const before = await cardPlace(page, id);
    const view = await transform(page);
    const from = {
      x: before.box.x + before.box.width / 2,
      y: before.box.y + before.box.height / 2,
    };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down({ button: 'left' });
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + 4 * i, from.y);
    await expect.poll(async () => (await cardPlace(page, id)).style).not.toBe(before.style);
    expect(await page.locator(`${CARD}[data-id="${id}"].dragging`).count()).toBe(1);
    expect(await transform(page)).toBe(view);
    await page.mouse.up({ button: 'left' });
    expect(await transform(page)).toBe(view);
  });

  it('still types a space in a text field while Space pans the canvas', async () => {
    app = await openApp(SIZE);
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const title = page.locator(`${CARD} .tm-card-title`).first();
    await title.dblclick();
    const input = page.locator('.tm-card-title-input');
    await input.waitFor();
    await input.fill('Front');
    await input.press('Space');
    await input.type('desk');
    expect(await input.inputValue()).toBe('Front desk');
  });
});
