/**
 * What the map looks like in its different states: empty, fitted to the window, filtered,
 * zoomed far out (names stay readable), dark mode, and a large generated map. Each test
 * saves a screenshot for a person to look at.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import {
  MOD,
  card,
  cardAttribute,
  cards,
  center,
  drag,
  openLargeMap,
  stageBox,
  startFromTemplate,
} from '../support/editor-helpers.ts';

async function zoom(app: App): Promise<number> {
  const text = (await app.page.locator('.tm-zoom-level').textContent()) ?? '';
  return Number.parseInt(text, 10);
}

describe('views of the map (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('helps with an empty map', async () => {
    const { page } = app;
    await startFromTemplate(page, /Blank map/);
    const hint = page.getByRole('note');
    expect(await hint.textContent()).toContain('double-click a cell');
    expect(await page.locator('.tm-stage-header').count()).toBe(7);
    await app.screenshot('editor-empty');
  });

  it('fits the whole map in the window, and zooms with the keyboard', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
    await expect.poll(() => zoom(app)).toBeLessThan(60);
    await page.waitForTimeout(300);
    await app.screenshot('editor-fit');
    const fitted = await zoom(app);
    await page.locator('.tm-canvas').focus();
    await page.keyboard.press(`${MOD}+0`);
    await expect.poll(() => zoom(app)).toBe(100);
    await page.keyboard.press(`${MOD}+-`);
    await expect.poll(() => zoom(app)).toBeLessThan(100);
    await page.keyboard.press('Shift+!');
    await expect.poll(() => zoom(app)).toBe(fitted);
  });

  it('dims the cards the filters leave out', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    // The filter bar's kind switch (built by the panels): show service touchpoints only.
    await page
      .getByRole('search')
      .getByRole('radio', { name: /Service/ })
      .first()
      .click();
    await expect
      .poll(() => page.locator('.tm-card[data-kind="experience"][data-dimmed="true"]').count())
      .toBeGreaterThan(5);
    expect(await page.locator('.tm-card[data-kind="service"][data-dimmed="true"]').count()).toBe(0);
    await app.screenshot('editor-filtered');
  });

  it('keeps stage and department names readable far out and while panning', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await page.locator('.tm-canvas').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press(`${MOD}+-`);
    await page.waitForTimeout(300);
    const name = page.locator('.tm-lane-name').first();
    expect(
      Number.parseFloat(await name.evaluate((e) => getComputedStyle(e).fontSize)),
    ).toBeGreaterThanOrEqual(10);
    await app.screenshot('editor-zoomed-out');
    // Fit, then drag the empty background below the grid up and left: the map moves under
    // the headers, which stick to the top and the left edge.
    await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
    await page.waitForTimeout(300);
    const canvas = (await page.locator('.tm-canvas').boundingBox())!;
    const start = { x: canvas.x + canvas.width * 0.45, y: canvas.y + canvas.height - 30 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 250, start.y - 250, { steps: 10 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
    const stage = (await page.locator('.tm-stage-header').first().boundingBox())!;
    const lane = (await page.locator('.tm-lane-header').first().boundingBox())!;
    expect(Math.round(stage.y)).toBe(Math.round(canvas.y));
    expect(Math.round(lane.x)).toBe(Math.round(canvas.x));
    await app.screenshot('editor-panned-sticky-headers');
  });

  it('reads in dark mode', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await startFromTemplate(page, /hotel/i);
    // By its top left corner: the overview, bottom right, covers the rest of it here.
    await card(page, 'Phone call: early check-in').click({ position: { x: 12, y: 12 } });
    expect(await cardAttribute(card(page, 'Phone call: early check-in'), 'data-selected')).toBe(
      'true',
    );
    await app.screenshot('editor-dark');
  });
});

describe('a large map (built renderer in Chromium)', () => {
  let app: App;
  afterEach(async () => {
    await app.close();
  });

  it('opens 1,500 cards and renders those on screen', async () => {
    app = await openApp({ width: 1440, height: 900 });
    const { page } = app;
    await openLargeMap(page);
    expect(await cards(page).count()).toBeLessThan(200);
    expect(await page.locator('.tm-doc-title').textContent()).toContain('1500 touchpoints');
    await app.screenshot('editor-large-map');

    // A drop on the big map is laid out in the background (use-shown-map.ts): the card
    // still lands in the stage it was let go in (at the end of the cell, off screen here),
    // in one undo step.
    const moved = cards(page).nth(3);
    const title = (await moved.locator('.tm-card-title').getAttribute('title'))!;
    const stage = (await cardAttribute(moved, 'data-stage-id'))!;
    const stageIds = await page
      .locator('.tm-stage-header[data-stage-id]')
      .evaluateAll((all) => all.map((e) => e.getAttribute('data-stage-id')!));
    // The stage before: on screen at the opening view (the next may be under the side panel).
    const before = stageIds[stageIds.indexOf(stage) - 1]!;
    const target = await stageBox(page, before);
    const from = await center(moved);
    await drag(page, from, { x: target.x + target.width / 2, y: from.y }, 16);
    const stageName = async (id: string) =>
      (await page.locator(`.tm-stage-header[data-stage-id="${id}"]`).textContent())!.trim();
    const status = page.getByText(`Selected: ${title} (`);
    const inspectorStage = page.locator('.pn-inspector').getByLabel('Stage');
    await expect.poll(() => inspectorStage.inputValue()).toBe(before);
    expect(await status.textContent()).toContain(
      await stageName(before).then((n) => n.replace(/^\d+\s*/, '')),
    );
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => inspectorStage.inputValue()).toBe(stage);
    await app.screenshot('editor-large-map-after-undo');
  });
});
