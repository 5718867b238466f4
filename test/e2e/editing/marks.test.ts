/**
 * The 'marks' level on the 1,500-card map in Chromium (built renderer): after Fit the cards
 * are painted on one canvas, not 1,500 nodes, and a mark still answers the pointer like a card:
 * hover names it, a click selects it (the inspector shows it), a drag moves it to another
 * cell, a double-click zooms in onto it, Shift+drag on the background selects the marks in
 * its box; labelled connections show their labels where legible. Where a mark is on screen
 * comes from the same layout the app draws it from, and React Flow's viewport transform.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { CARD, drag } from '../support/editor-helpers.ts';
import { generateMap } from '../../bench/generate-map.ts';
import { computeLayout, type LayoutCard } from '../../../src/core/layout.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { EdgeRouter } from '../../../src/core/edge-routing.ts';
import { ConnectionRoutes } from '../../../src/core/connection-routes.ts';
import { halfwayAlong } from '../../../src/app/canvas/mark-labels.ts';

const ARTIFACTS = resolve('test/artifacts');
const GENERATED = generateMap(1500);
const LAYOUT = computeLayout(GENERATED.map);
/** The routes the app draws the connections along (labels change no route). */
const ROUTES = new ConnectionRoutes(new EdgeRouter(LAYOUT), GENERATED.map.connections);
/** The same map with every third connection labelled (labels change no layout). */
const LABELS = ['Email', 'Next day', 'Follow-up call'];
const LABELLED = serialize({
  ...GENERATED.map,
  connections: GENERATED.map.connections.map((c, i) =>
    i % 3 === 0 ? { ...c, label: LABELS[(i / 3) % LABELS.length] } : c,
  ),
});

const inspector = (page: Page): Locator => page.getByRole('complementary', { name: 'Inspector' });

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((e) => (e as HTMLElement).style.transform);
  const match = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec(transform);
  if (match === null) throw new Error(`cannot read ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

/** Where the centre of `card` is on screen now. */
async function onScreen(page: Page, card: LayoutCard): Promise<{ x: number; y: number }> {
  const flow = (await page.locator('.react-flow').boundingBox())!;
  const { x, y, zoom } = await viewport(page);
  return {
    x: flow.x + x + (card.x + card.width / 2) * zoom,
    y: flow.y + y + (card.y + card.height / 2) * zoom,
  };
}

/** The card whose centre is nearest a point of the map, in a stage other than `except`. */
function cardNear(x: number, y: number, except?: string): LayoutCard {
  const candidates = LAYOUT.cards.filter((c) => c.stageId !== except);
  const distance = (c: LayoutCard) => Math.hypot(c.x + c.width / 2 - x, c.y + c.height / 2 - y);
  return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

async function openFitted(app: App, text = GENERATED.text): Promise<void> {
  const { page } = app;
  await page.addInitScript((map: string) => {
    window.__TOUCHMAP_BENCH_MAP__ = map;
  }, text);
  await page.reload();
  await expect.poll(() => page.locator(CARD).count()).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
  await expect.poll(() => page.locator('.tm-marks').getAttribute('data-mark-count')).toBe('1500');
  // The Fit animation lasts 200 ms.
  await page.waitForTimeout(400);
}

/** The colour on screen at a point (a screenshot: the worker's canvas cannot be read). */
async function pixelAt(page: Page, point: { x: number; y: number }): Promise<number[]> {
  const png = await page.screenshot({
    clip: { x: Math.round(point.x), y: Math.round(point.y), width: 1, height: 1 },
  });
  return page.evaluate(
    async (source) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const context = new OffscreenCanvas(1, 1).getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

/** Whether the mark canvas changes the colour on screen at a point. */
async function paintedAt(page: Page, point: { x: number; y: number }): Promise<boolean> {
  const canvas = page.locator('.tm-marks');
  const withMarks = await pixelAt(page, point);
  await canvas.evaluate((element) => ((element as HTMLElement).style.visibility = 'hidden'));
  const without = await pixelAt(page, point);
  await canvas.evaluate((element) => ((element as HTMLElement).style.visibility = ''));
  return withMarks.some((channel, i) => Math.abs(channel - without[i]!) > 8);
}

const titleOf = (id: string) => GENERATED.map.touchpoints.find((t) => t.id === id)!.title;

describe('marks far out (built renderer in Chromium)', () => {
  let app: App;
  afterEach(async () => {
    await app.close();
  });

  it('paints the 1,500 cards on one canvas: no card nodes, under 6,000 DOM elements', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await openFitted(app);
    expect(await page.locator(CARD).count()).toBe(0);
    expect(await page.locator('.tm-marks').count()).toBe(1);
    // Painted off the page's thread.
    expect(await page.locator('.tm-marks').getAttribute('data-painter')).toBe('worker');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(6000);
    await shoot(page, 'marks-1500-fit');

    // Hovering a mark names its card.
    const card = cardNear(LAYOUT.width / 2, LAYOUT.height / 2);
    const at = await onScreen(page, card);
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => page.locator('.react-flow__pane').getAttribute('title'))
      .toBe(titleOf(card.id));
    expect(
      await page.locator('.react-flow__pane').evaluate((e) => (e as HTMLElement).style.cursor),
    ).toBe('pointer');
    // The mark is painted where the layout puts the card, and the canvas below the map is not.
    expect(await paintedAt(page, at)).toBe(true);
    const below = await onScreen(page, { ...card, y: LAYOUT.height + 40 - card.height / 2 });
    expect(await paintedAt(page, below)).toBe(false);
  });

  it('selects a mark on click, moves it on drag and zooms in to it on double-click', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await openFitted(app);
    const card = cardNear(LAYOUT.width / 2, LAYOUT.height / 2);
    const at = await onScreen(page, card);
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => inspector(page).getByLabel('Title').inputValue())
      .toBe(titleOf(card.id));

    // Onto the next stage's column, same lane.
    const stageIndex = LAYOUT.columns.findIndex((c) => c.id === card.stageId);
    const next = LAYOUT.columns[stageIndex + 1]!;
    const target = await onScreen(page, {
      ...card,
      x: next.x + next.width / 2 - card.width / 2,
    });
    await drag(page, at, { x: target.x, y: at.y });
    await expect.poll(() => inspector(page).getByLabel('Stage').inputValue()).toBe(next.id);
    expect(await inspector(page).getByLabel('Title').inputValue()).toBe(titleOf(card.id));

    // Another card, far from the moved one: a double-click zooms in until it is a full card.
    const other = cardNear(LAYOUT.width * 0.3, LAYOUT.height * 0.5, next.id);
    const there = await onScreen(page, other);
    await page.mouse.dblclick(there.x, there.y);
    await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThanOrEqual(1);
    const node = page.locator(`.tm-card[data-touchpoint-id="${other.id}"]`);
    await expect.poll(() => node.getAttribute('data-level')).toBe('full');
    const box = (await node.boundingBox())!;
    const flow = (await page.locator('.react-flow').boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (flow.x + flow.width / 2))).toBeLessThan(20);
    expect(Math.abs(box.y + box.height / 2 - (flow.y + flow.height / 2))).toBeLessThan(20);
    await shoot(page, 'marks-1500-zoomed-in');
  });

  it('selects the marks a Shift+drag box touches, from the background', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await openFitted(app);
    const flow = (await page.locator('.react-flow').boundingBox())!;
    const { x, y, zoom } = await viewport(page);
    const toScreen = (p: { x: number; y: number }) => ({
      x: flow.x + x + p.x * zoom,
      y: flow.y + y + p.y * zoom,
    });
    // From the margin below the grid (background) up into the map's middle.
    const from = { x: LAYOUT.width * 0.62, y: LAYOUT.height + 6 / zoom };
    const to = { x: LAYOUT.width * 0.48, y: LAYOUT.height * 0.8 };
    const inBox = LAYOUT.cards.filter(
      (c) => c.x <= from.x && c.x + c.width >= to.x && c.y <= from.y && c.y + c.height >= to.y,
    );
    expect(inBox.length).toBeGreaterThan(5);
    expect(inBox.length).toBeLessThan(LAYOUT.cards.length / 4);

    const start = toScreen(from);
    const end = toScreen(to);
    await page.keyboard.down('Shift');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
    await page.mouse.move(end.x, end.y, { steps: 4 });
    const box = (await page.locator('.tm-mark-box').boundingBox())!;
    expect(Math.abs(box.x - end.x)).toBeLessThan(2);
    expect(Math.abs(box.y + box.height - start.y)).toBeLessThan(2);
    await shoot(page, 'marks-1500-box');
    await page.mouse.up();
    await page.keyboard.up('Shift');
    expect(await page.locator('.tm-mark-box').count()).toBe(0);
    await expect
      .poll(() => inspector(page).getByRole('heading', { level: 2 }).first().textContent())
      .toBe(`${inBox.length} touchpoints selected`);
    // The map did not pan: React Flow neither dragged the view nor drew a box of its own.
    expect(await viewport(page)).toEqual({ x, y, zoom });
    await shoot(page, 'marks-1500-box-selected');
  });

  it("shows a connection's label far out only where it is legible, whole and in place", async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await openFitted(app, LABELLED);
    // After Fit (8 %) a label's letters would be 2 px: none is drawn.
    expect(await page.locator('.tm-mark-label').count()).toBe(0);
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    // Still marks (under 55 %), where 28-unit letters are 11 px or more (from 39 %).
    while ((await viewport(page)).zoom < 0.4) {
      await zoomIn.click();
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(300);
    expect(await page.locator('.tm-marks').count()).toBe(1);
    const labels = page.locator('.tm-mark-label');
    await expect.poll(() => labels.count()).toBeGreaterThan(2);
    await shoot(page, 'marks-1500-labels');

    const flow = (await page.locator('.react-flow').boundingBox())!;
    const { x, y, zoom } = await viewport(page);
    const drawn = await labels.evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          id: e.getAttribute('data-connection-id')!,
          text: e.textContent ?? '',
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
          fontPx: Number.parseFloat(getComputedStyle(e).fontSize),
          whole: e.scrollWidth <= e.clientWidth,
        };
      }),
    );
    const stages = (await page.locator('.tm-stage-headers').boundingBox())!;
    const lanes = (await page.locator('.tm-lane-headers').boundingBox())!;
    for (const label of drawn) {
      expect(label.fontPx).toBeGreaterThanOrEqual(11);
      expect(label.whole, label.text).toBe(true);
      expect(LABELS).toContain(label.text);
      // Inside the map's free part of the window: not under the pinned headers, not cut.
      expect(label.x).toBeGreaterThanOrEqual(lanes.x + lanes.width - 0.5);
      expect(label.y).toBeGreaterThanOrEqual(stages.y + stages.height - 0.5);
      expect(label.x + label.width).toBeLessThanOrEqual(flow.x + flow.width + 0.5);
      expect(label.y + label.height).toBeLessThanOrEqual(flow.y + flow.height + 0.5);
      // Centred halfway along its connection's route (the curve's middle without one).
      const connection = GENERATED.map.connections.find((c) => c.id === label.id)!;
      const a = LAYOUT.cards.find((c) => c.id === connection.from)!;
      const b = LAYOUT.cards.find((c) => c.id === connection.to)!;
      const route = ROUTES.route(label.id);
      const middle = route
        ? halfwayAlong(route.points)
        : {
            x: (a.x + a.width + b.x - 40) / 2,
            y: (a.y + a.height / 2 + b.y + b.height / 2) / 2,
          };
      expect(Math.abs(label.x + label.width / 2 - (flow.x + x + middle.x * zoom))).toBeLessThan(1);
      expect(Math.abs(label.y + label.height / 2 - (flow.y + y + middle.y * zoom))).toBeLessThan(1);
    }
    // No two overlap.
    for (const one of drawn) {
      for (const other of drawn) {
        if (one === other) continue;
        const apart =
          one.x + one.width <= other.x ||
          other.x + other.width <= one.x ||
          one.y + one.height <= other.y ||
          other.y + other.height <= one.y;
        expect(apart, `${one.id} and ${other.id}`).toBe(true);
      }
    }

    // Nearer in the cards are nodes again (compact: title only), whose titles a label must
    // not hide: a label shows at the 11 px the full level's labels have at 100 %, over no
    // card. (On a map this dense, that can be none: zoom.test.ts sees one on the hotel.)
    const first = drawn[0]!;
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
    while ((await viewport(page)).zoom < 0.7) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(100);
    }
    await expect.poll(() => page.locator(CARD).count()).toBeGreaterThan(0);
    expect(await page.locator('.tm-marks').count()).toBe(0);
    await page.waitForTimeout(300);
    const compact = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('.tm-card')].map((e) =>
        e.getBoundingClientRect(),
      );
      return [...document.querySelectorAll<HTMLElement>('.tm-mark-label')].map((e) => {
        const box = e.getBoundingClientRect();
        return {
          px: Number.parseFloat(getComputedStyle(e).fontSize),
          whole: e.scrollWidth <= e.clientWidth,
          overCard: cards.some(
            (c) =>
              box.left < c.right && c.left < box.right && box.top < c.bottom && c.top < box.bottom,
          ),
        };
      });
    });
    for (const label of compact) expect(label).toEqual({ px: 11, whole: true, overCard: false });
    await shoot(page, 'compact-1500-labels');
  });
});
