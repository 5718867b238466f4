/**
 * Helpers for the editor's end-to-end tests: start a map, find cards by title, drag with the
 * real mouse, read what a card says about itself (data-* attributes on `.tm-card`).
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { generateMap } from '../../bench/generate-map.ts';

export const CARD = '.react-flow__node-touchpoint';

/**
 * Opens the benchmark's generated map of `count` touchpoints in place of the start screen
 * (the page reads it at start-up: src/app/shell/bench-hook.ts) and waits for cards on screen.
 */
export async function openLargeMap(page: Page, count = 1500): Promise<void> {
  await page.addInitScript((text: string) => {
    window.__TOUCHMAP_BENCH_MAP__ = text;
  }, generateMap(count).text);
  await page.reload();
  await expect.poll(() => page.locator(CARD).count()).toBeGreaterThan(20);
}

/** Clicks a template on the start screen ("Blank map" or part of a journey's title) and waits for the editor. */
export async function startFromTemplate(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('list', { name: 'Templates' }).getByRole('button', { name }).click();
  await page.locator('.tm-canvas').waitFor();
  // The opening viewport is set once React Flow knows its size.
  await page.waitForFunction(() => {
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement | null;
    return viewport !== null && viewport.style.transform !== '';
  });
}

export function cards(page: Page): Locator {
  return page.locator(CARD);
}

/**
 * The card node whose title is exactly `title`: its tooltip, which holds the whole title
 * at every level (a compact card shows whole words of it, title-lines.ts).
 */
export function card(page: Page, title: string): Locator {
  return page.locator(CARD).filter({
    has: page.locator(`.tm-card-title[title=${JSON.stringify(title)}]`),
  });
}

export async function cardAttribute(locator: Locator, name: string): Promise<string | null> {
  return locator.locator('.tm-card').getAttribute(name);
}

export async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses, moves in small steps (so React Flow sees a drag), and releases. */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 12,
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      from.x + ((to.x - from.x) * i) / steps,
      from.y + ((to.y - from.y) * i) / steps,
    );
  }
  await page.mouse.up();
}

/** The screen box of a lane header (department) or stage header (stage) by its id. */
export async function laneBox(page: Page, departmentId: string) {
  const box = await page
    .locator(`.tm-lane-header[data-department-id="${departmentId}"]`)
    .boundingBox();
  if (box === null) throw new Error(`no lane ${departmentId}`);
  return box;
}

export async function stageBox(page: Page, stageId: string) {
  const box = await page.locator(`.tm-stage-header[data-stage-id="${stageId}"]`).boundingBox();
  if (box === null) throw new Error(`no stage ${stageId}`);
  return box;
}

/** Opens a file through the web platform's file picker (the Open button). */
export async function openFile(
  page: Page,
  path: string,
  trigger: () => Promise<void>,
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(path);
}

/** Ctrl on Linux and Windows, Meta on a Mac: the app's "mod" key. */
export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

export async function selectedIds(page: Page): Promise<string[]> {
  return page
    .locator(`${CARD} .tm-card[data-selected="true"]`)
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('data-touchpoint-id') ?? ''));
}

/**
 * Waits until the view stops moving: a palette click reveals its new card with a 200 ms
 * animated pan, and React Flow's smooth (d3 interpolateZoom) transition dips the zoom by a
 * fraction of a percent mid-flight even when it ends at the same zoom.
 */
export async function viewSettled(page: Page): Promise<void> {
  const transform = () =>
    page.evaluate(
      () => (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform,
    );
  let last = await transform();
  await expect
    .poll(async () => {
      await page.waitForTimeout(100);
      const now = await transform();
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}
