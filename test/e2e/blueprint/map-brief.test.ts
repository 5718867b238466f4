/**
 * The persona and scenario on the map itself (built renderer in Chromium): a quote and a
 * scenario typed in the map inspector show in the brief band above the stage names, at a
 * readable size and whole; stage headers hold their expectations; a long note grows to its
 * text; a click (or Enter) on the brief opens the map in the inspector. Looked at in
 * 1600×900 and 1280×720, where the brief, the stage headers and the cards must not overlap.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type App } from '../support/harness.ts';
import { CARD, startFromTemplate, viewSettled } from '../support/editor-helpers.ts';

const ARTIFACTS = resolve('test/artifacts');

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

const QUOTE = 'I just want the room ready when we arrive, with the cot already up';
const SCENARIO =
  'Fiona books a family room for a long weekend in York and arrives after a four-hour drive with two tired children, hoping the room is ready early.';
const LONG_NOTE =
  'Unpacks the car in the rain, carries both sleeping children up two flights of stairs because the lift is out of order, and only then finds that the cot she booked is missing';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxes = (page: Page, selector: string): Promise<Box[]> =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/**
 * Every text matching `selector`: its size on screen and whether it is cut. `inMap`: it
 * zooms with the map, so its font (canvas units) is multiplied by the viewport's zoom.
 */
const texts = (page: Page, selector: string, inMap: boolean) =>
  page.locator(selector).evaluateAll((els, zoomed) => {
    const viewport = document.querySelector('.react-flow__viewport');
    const zoom = zoomed && viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
    return els.map((el) => {
      const h = el as HTMLElement;
      return {
        text: h.innerText,
        px: parseFloat(getComputedStyle(el).fontSize) * zoom,
        cut: h.scrollHeight > h.clientHeight + 1,
      };
    });
  }, inMap);

async function typeInInspector(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.blur();
}

describe('the brief on the map', () => {
  let app: App | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('shows persona and scenario whole and legible, headers with expectations, notes sized to their text, nothing overlapping', async () => {
    app = await openApp({ width: 1600, height: 900 });
    const { page } = app;
    await startFromTemplate(page, /service blueprint/i);
    await viewSettled(page);

    // Typed in the map inspector, shown on the map.
    await page.getByRole('tab', { name: 'Inspector' }).click();
    await typeInInspector(page, 'Quote', QUOTE);
    await typeInInspector(page, 'Scenario', SCENARIO);
    const brief = page.locator('.tm-brief');
    await expect.poll(() => brief.locator('.tm-brief-quote').innerText()).toBe(`“${QUOTE}”`);
    expect(await brief.locator('.tm-brief-scenario').innerText()).toBe(SCENARIO);
    expect(await brief.locator('.tm-brief-name').innerText()).toBe('Fiona Mackay');
    expect(await brief.locator('.tm-brief-goal').count()).toBeGreaterThan(1);

    // At the zoom the map opens at: every word at 11 px or more and none cut.
    for (const t of await texts(page, '.tm-brief-heading, .tm-brief-text', true)) {
      expect(t.px, t.text).toBeGreaterThanOrEqual(11);
      expect(t.cut, t.text).toBe(false);
    }
    const expectations = await texts(page, '.tm-stage-expectations', false);
    expect(expectations.length).toBe(4);
    for (const t of expectations) {
      expect(t.px, t.text).toBeGreaterThanOrEqual(11);
      expect(t.cut, t.text).toBe(false);
    }
    await shot(page, 'brief-1-1600');

    // A long note grows to its text, and its text is whole at 100 %.
    const note = page.locator('.tm-note[data-note-id="nt-unpacks"]');
    const before = (await note.boundingBox())!.height;
    await note.dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(LONG_NOTE);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await note.boundingBox())!.height).toBeGreaterThan(before);
    await page.locator('.tm-zoom-level').first().click();
    await viewSettled(page);
    await note.scrollIntoViewIfNeeded();
    const noteText = note.locator('.tm-note-text');
    expect(await noteText.innerText()).toBe(LONG_NOTE);
    expect(await noteText.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await note.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(page, 'brief-2-long-note-100');

    // Enter on the brief, and a click on it, open the map in the inspector after a card was
    // selected.
    const shower = page.locator(CARD).filter({ hasText: 'shower' });
    await shower.click({ position: { x: 30, y: 12 } });
    await expect.poll(() => page.getByLabel('Map title').count()).toBe(0);
    // Focused as Tab would, without scrolling the canvas's pane.
    await brief.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Map title').count()).toBe(1);
    await shower.click({ position: { x: 30, y: 12 } });
    await expect.poll(() => page.getByLabel('Map title').count()).toBe(0);
    await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
    await viewSettled(page);
    await brief.click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.getByLabel('Map title').count()).toBe(1);

    // 1280×720, as the map opens: the brief above the stage headers, its sections apart,
    // no card under either.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('.tm-zoom-level').first().click();
    await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
    await viewSettled(page);
    await shot(page, 'brief-3-fit-1280');
    const briefBox = (await brief.boundingBox())!;
    const sections = await boxes(page, '.tm-brief-section');
    const headers = await boxes(page, '.tm-stage-header');
    const cardBoxes = await boxes(page, `${CARD}, .tm-note`);
    expect(sections.length).toBe(3);
    for (const [i, a] of sections.entries()) {
      for (const b of sections.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
    for (const h of headers) expect(h.y).toBeGreaterThanOrEqual(briefBox.y + briefBox.height - 1);
    for (const c of cardBoxes) {
      expect(overlap(c, briefBox)).toBe(false);
      for (const h of headers) expect(overlap(c, h)).toBe(false);
    }
  });
});
