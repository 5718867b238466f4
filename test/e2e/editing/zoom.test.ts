/**
 * Semantic zoom in Chromium (built renderer): Fit shows every stage of a 1,500-card map
 * with readable headers, no card text is drawn under 11 px on screen, and far out (the
 * 'marks' level) cards can still be selected, dragged and double-clicked to zoom in.
 * Screenshots for a person to look at go to test/artifacts/ (git-ignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import {
  MOD,
  CARD,
  drag,
  openLargeMap,
  stageBox,
  startFromTemplate,
} from '../support/editor-helpers.ts';
import { parse } from '../../../src/core/parse.ts';
import { computeLayout } from '../../../src/core/layout.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { moveTouchpoints } from '../../../src/core/ops/index.ts';
import { movesForDrop } from '../../../src/app/canvas/placement.ts';

const ARTIFACTS = resolve('test/artifacts');
const SIZE = { width: 1280, height: 720 };

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

/** React Flow's zoom, from its viewport's transform. */
async function zoom(page: Page): Promise<number> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((e) => (e as HTMLElement).style.transform);
  const match = /scale\(([\d.e-]+)\)/.exec(transform);
  if (match === null) throw new Error(`no scale in ${transform}`);
  return Number(match[1]);
}

const HOTEL = (() => {
  const result = parse(readFileSync('assets/templates/hotel-stay.touchmap', 'utf8'));
  if (!result.ok) throw new Error('hotel-stay template');
  return result.map;
})();

/** Where a card of the hotel template is on screen now: its layout box through the viewport. */
const CANVAS = { brief: true } as const;

async function markCentre(
  page: Page,
  id: string,
  map: JourneyMap = HOTEL,
): Promise<{ x: number; y: number }> {
  // The canvas's layout: with the map's brief above the stage names.
  const card = computeLayout(map, CANVAS).cards.find((c) => c.id === id)!;
  const flow = (await page.locator('.react-flow').boundingBox())!;
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((e) => (e as HTMLElement).style.transform);
  const match = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\)/.exec(transform)!;
  const scale = await zoom(page);
  return {
    x: flow.x + Number(match[1]) + (card.x + card.width / 2) * scale,
    y: flow.y + Number(match[2]) + (card.y + card.height / 2) * scale,
  };
}

async function fit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
  // The Fit animation lasts 200 ms.
  await page.waitForTimeout(500);
}

interface HeaderReading {
  name: string;
  fontPx: number;
  lines: number;
  box: { left: number; right: number; top: number; bottom: number };
  whiteSpace: string;
  overflowWrap: string;
  wordBreak: string;
}

/** Each header name's size, lines and how it may wrap, as drawn. */
/** What names a stage in its header: its name, or its number standing in for it. */
const STAGE_LABELS = '.tm-stage-name, .tm-stage-index[title]';

async function readHeaders(page: Page, selector: string): Promise<HeaderReading[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((e) => {
      const style = getComputedStyle(e);
      const range = document.createRange();
      range.selectNodeContents(e);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      const header = e.parentElement!.getBoundingClientRect();
      return {
        name: e.textContent ?? '',
        fontPx: Number.parseFloat(style.fontSize),
        lines: tops.size,
        box: { left: header.left, right: header.right, top: header.top, bottom: header.bottom },
        whiteSpace: style.whiteSpace,
        overflowWrap: style.overflowWrap,
        wordBreak: style.wordBreak,
      };
    }),
  );
}

/**
 * No header breaks inside a word: stage names break only where StickyHeaders puts a line
 * break, lane names wrap at spaces.
 */
function expectReadable(headers: HeaderReading[], minPx: number): void {
  for (const header of headers) {
    expect(header.fontPx, header.name).toBeGreaterThanOrEqual(minPx);
    expect(header.wordBreak, header.name).not.toBe('break-all');
    expect(['normal'], header.name).toContain(header.overflowWrap);
    // A one-word name on two lines was broken inside the word.
    if (!header.name.includes(' ')) expect(header.lines, header.name).toBeLessThanOrEqual(1);
  }
}

/** The on-screen size (font size x zoom) of every visible piece of card text. */
async function cardTextSizes(page: Page, scale: number): Promise<number[]> {
  const sizes = await page.locator(`${CARD} .tm-card`).evaluateAll((cardsOnPage) => {
    const out: number[] = [];
    for (const card of cardsOnPage) {
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if ((node.textContent ?? '').trim() === '' || !parent.checkVisibility()) continue;
        out.push(Number.parseFloat(getComputedStyle(parent).fontSize));
      }
    }
    return out;
  });
  return sizes.map((px) => px * scale);
}

describe('semantic zoom (built renderer in Chromium)', () => {
  let app: App;
  afterEach(async () => {
    await app.close();
  });

  it('fits the 1,500-card map with every stage header on screen and readable', async () => {
    app = await openApp(SIZE);
    const { page } = app;
    await openLargeMap(app.page);
    // Fit takes the card nodes out before it zooms: no card node is mounted on the way out
    // (zooming first drew all 1,500 at the marks level for one frame, a second's work).
    await page.locator('.react-flow__nodes').evaluate((nodes) => {
      document.body.dataset.cardsAdded = '0';
      new MutationObserver((records) => {
        const added = records.flatMap((r) => [...r.addedNodes]).length;
        document.body.dataset.cardsAdded = String(Number(document.body.dataset.cardsAdded) + added);
      }).observe(nodes, { childList: true });
    });
    await fit(page);
    expect(await page.locator('body').getAttribute('data-cards-added')).toBe('0');
    const canvas = (await page.locator('.tm-canvas').boundingBox())!;
    // Each stage by its name in whole words or, with room for none, by its number (the
    // name in its tooltip).
    const stages = await readHeaders(page, STAGE_LABELS);
    expect(stages).toHaveLength(10);
    for (const stage of stages) {
      expect(stage.box.left).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(stage.box.right).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      expect(stage.box.top).toBeGreaterThanOrEqual(canvas.y - 1);
      // The browser breaks no line of its own: the lines are the header's, in whole words.
      // (A name's white-space is pre, its lines broken by StickyHeaders; a number's nowrap.)
      expect(['pre', 'nowrap']).toContain(stage.whiteSpace);
      expect(stage.lines, stage.name).toBeLessThanOrEqual(stage.name.split('\n').length);
    }
    expectReadable(stages, 12);
    expectReadable(await readHeaders(page, '.tm-lane-name'), 12);
    // The whole map is on screen, and far out cards are light marks with no text: one
    // layer of paths (MarkLayer) draws all 1,500, with no card node in the DOM.
    expect(await page.locator('.tm-marks').getAttribute('data-mark-count')).toBe('1500');
    expect(await page.locator(CARD).count()).toBe(0);
    expect(await cardTextSizes(page, await zoom(page))).toEqual([]);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(6000);
    await shoot(page, 'large-map-fit');

    // Zoomed out as far as it goes: still every header in words of 12 px or more.
    await page.locator('.tm-canvas').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press(`${MOD}+-`);
    await page.waitForTimeout(400);
    expect(await zoom(page)).toBeLessThanOrEqual(0.1);
    expectReadable(await readHeaders(page, STAGE_LABELS), 12);
    expectReadable(await readHeaders(page, '.tm-lane-name'), 12);
    await shoot(page, 'large-map-min-zoom');
  });

  it('draws no card text under 11 px on screen: hotel stay after Fit and at a mid zoom', async () => {
    app = await openApp(SIZE);
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await fit(page);
    for (const px of await cardTextSizes(page, await zoom(page))) {
      expect(px).toBeGreaterThanOrEqual(11 - 1e-3);
    }
    await shoot(page, 'hotel-fit');

    // Between the levels: 100 %, then one step out.
    await page.locator('.tm-canvas').focus();
    await page.keyboard.press(`${MOD}+0`);
    await expect.poll(() => zoom(page)).toBe(1);
    await page.keyboard.press(`${MOD}+-`);
    await page.waitForTimeout(400);
    const mid = await zoom(page);
    expect(mid).toBeGreaterThan(0.5);
    expect(mid).toBeLessThan(1);
    expect(await page.locator('.tm-card[data-level="compact"]').count()).toBeGreaterThan(0);
    const sizes = await cardTextSizes(page, mid);
    expect(sizes.length).toBeGreaterThan(0);
    for (const px of sizes) expect(px).toBeGreaterThanOrEqual(11 - 1e-3);
    // Whole words only: no title line holds part of a word, and none is wider than the card.
    const titles = await page
      .locator('.tm-card[data-level="compact"] .tm-card-title')
      .evaluateAll((elements) =>
        elements.map((e) => {
          const text = e.firstChild!;
          const lines = (e.textContent ?? '').split('\n');
          // The first line's letters, beside the kind mark (an empty first line has none).
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, lines[0]!.length);
          const mark = e.parentElement!.querySelector('.tm-card-kind-mark')!;
          return {
            title: e.getAttribute('title') ?? '',
            lines,
            fits: e.scrollWidth <= e.clientWidth + 0.5,
            clearOfMark:
              lines[0] === '' ||
              range.getBoundingClientRect().left >= mark.getBoundingClientRect().right,
            font: getComputedStyle(e).fontFamily,
          };
        }),
      );
    expect(titles.length).toBeGreaterThan(3);
    // Drawn in the map's own font, the PDF's (measured in it too: title-lines.ts).
    expect(await page.evaluate(() => document.fonts.check('700 20px "Touchmap Sans"'))).toBe(true);
    // Later lines run under the kind mark: a long word fits whole there.
    expect(titles.find((t) => t.title === "Friend's recommendation")?.lines).toEqual([
      "Friend's",
      'recommendation',
    ]);
    for (const { title, lines, fits, clearOfMark, font } of titles) {
      expect(fits, title).toBe(true);
      expect(clearOfMark, title).toBe(true);
      expect(font, title).toMatch(/^"?Touchmap Sans"?,/);
      // The lines rejoined (no space after a hyphen; the first may be empty, its first word
      // under the mark) are the title's start, ending between words where an ellipsis says
      // words were left out.
      const shown = lines
        .filter((line, i) => i > 0 || line !== '')
        .reduce(
          (text, line, i) => (i === 0 || text.endsWith('-') ? text + line : `${text} ${line}`),
          '',
        );
      const start = shown.replace(/…$/, '');
      expect(title.startsWith(start), `${JSON.stringify(shown)} of ${JSON.stringify(title)}`).toBe(
        true,
      );
      if (start.length < title.length && lines.length > 1) {
        expect(/[\s-]/.test(title[start.length] ?? ' ') || start.endsWith('-'), title).toBe(true);
      }
    }
    // Connection labels are drawn where they leave every card's title in view.
    const labels = await page.evaluate(() => {
      const boxes = (selector: string) =>
        [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
      const cards = boxes('.tm-card');
      const meets = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const shown = boxes('.tm-mark-label');
      return {
        texts: [...document.querySelectorAll('.tm-mark-label')].map((e) => e.textContent),
        overCards: shown.filter((l) => cards.some((c) => meets(l, c))),
      };
    });
    // 'compares prices' is halfway along its route beside a card: it moves along the route
    // to a clear place.
    expect(labels.texts).toContain('compares prices');
    expect(labels.overCards).toEqual([]);
    await shoot(page, 'hotel-mid-zoom');
  });

  it('selects and drags a card far out, and double-click zooms in to it', async () => {
    app = await openApp(SIZE);
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await fit(page);
    const title = 'Booking confirmation email';
    expect(await page.locator('.tm-marks').getAttribute('data-mark-count')).not.toBeNull();
    const start = await markCentre(page, HOTEL.touchpoints.find((t) => t.title === title)!.id);
    await page.mouse.click(start.x, start.y);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect.poll(() => inspector.getByLabel('Title').inputValue()).toBe(title);
    const id = HOTEL.touchpoints.find((t) => t.title === title)!.id;

    const next = await stageBox(page, 'st-arrival');
    const to = { x: next.x + next.width / 2, y: start.y };
    const scale = await zoom(page);
    await drag(page, start, to);
    await expect.poll(() => inspector.getByLabel('Stage').inputValue()).toBe('st-arrival');

    // Where the app's own drop rule puts it, from the same layout: double-click it there.
    const before = computeLayout(HOTEL, CANVAS).cards.find((c) => c.id === id)!;
    const dropped = {
      id,
      position: { x: before.x + (to.x - start.x) / scale, y: before.y + (to.y - start.y) / scale },
    };
    const moved = moveTouchpoints(
      HOTEL,
      movesForDrop(HOTEL, computeLayout(HOTEL, CANVAS), [dropped]),
    );
    const landed = await markCentre(page, id, moved);
    await page.mouse.dblclick(landed.x, landed.y);
    await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(1);
    const card = page.locator('.tm-card[data-touchpoint-id]', {
      has: page.locator('.tm-card-title[title="Booking confirmation email"]'),
    });
    expect(await card.getAttribute('data-level')).toBe('full');
  });

  it('zooms with the wheel over a lowest moment ring or label and over the stage names', async () => {
    app = await openApp(SIZE);
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await fit(page);
    // At Fit the hotel labels one of its two lowest moments; the other's ring shows it on hover.
    const overlays = ['.tm-lowest-hover', '.tm-lowest-label', '.tm-stage-name'];
    for (const selector of overlays) {
      const box = (await page.locator(selector).first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const before = await zoom(page);
      for (let notch = 0; notch < 2; notch++) await page.mouse.wheel(0, -100);
      await expect.poll(() => zoom(page), { message: selector }).not.toBe(before);
      await fit(page);
    }
  });
});
