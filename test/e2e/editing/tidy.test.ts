/**
 * Tidy by itself, in the built renderer in Chromium: eight palette items dragged onto one
 * spot of one cell land in eight slots, none overlapping on screen nor in the exported PDF
 * (the map embedded in the PDF laid out by the core, checked against where pdftotext finds
 * the titles); the grid keeps its size while a card is dragged; Ctrl+Shift+A arranges the
 * cell as one undo step; Arrange whole map runs from the command palette.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeLayout, type Rect } from '../../../src/core/layout.ts';
import { parse } from '../../../src/core/parse.ts';
import { extractEmbeddedMap } from '../../../src/pdf/embed.ts';
import { SCREENSHOT_DIR, openApp, type App } from '../support/harness.ts';
import { MOD, card, cards, startFromTemplate, viewSettled } from '../support/editor-helpers.ts';
import { captureSavesNow, savedFiles } from '../support/save-capture.ts';

const OUT = resolve('test-results/tidy');

type Box = { x: number; y: number; width: number; height: number };

/** Pairs of boxes that overlap by more than a rounding error (touching is fine). */
function overlaps(boxes: readonly (Box & { name: string })[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x + 0.5 ||
        b.x + b.width <= a.x + 0.5 ||
        a.y + a.height <= b.y + 0.5 ||
        b.y + b.height <= a.y + 0.5;
      if (!apart) found.push(`${a.name} / ${b.name}`);
    }
  });
  return found;
}

async function cardBoxes(page: Page): Promise<(Box & { name: string })[]> {
  return page.locator('.react-flow__node-touchpoint').evaluateAll((nodes) =>
    nodes.map((node) => {
      const r = node.getBoundingClientRect();
      const name = node.querySelector('.tm-card-title')?.getAttribute('title') ?? '';
      return { name, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** The widths of the stage headers and heights of the lane headers, as drawn now. */
async function gridSizes(page: Page): Promise<number[]> {
  return page
    .locator('.tm-stage-header, .tm-lane-header')
    .evaluateAll((headers) =>
      headers.map((h) =>
        h.classList.contains('tm-stage-header')
          ? h.getBoundingClientRect().width
          : h.getBoundingClientRect().height,
      ),
    );
}

/** Palette items with short titles whose first words differ (so pdftotext tells them apart). */
async function paletteItems(
  page: Page,
  count: number,
): Promise<{ item: Locator; title: string }[]> {
  const palette = page.getByRole('complementary', { name: 'Touchpoint palette' });
  const buttons = palette.locator('button.pn-palette-item');
  const titles = await buttons.locator('.pn-palette-name').allTextContents();
  const chosen: { item: Locator; title: string }[] = [];
  const firstWords = new Set<string>();
  titles.forEach((title, i) => {
    const first = title.split(' ')[0]!;
    if (chosen.length >= count || title.length > 18 || firstWords.has(first)) return;
    firstWords.add(first);
    chosen.push({ item: buttons.nth(i), title });
  });
  expect(chosen).toHaveLength(count);
  return chosen;
}

/** The words on the map page (page 1) of a PDF, with their top-left (pdftotext -bbox), in points. */
function pdfWords(path: string): { word: string; x: number; y: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], {
    encoding: 'utf8',
  });
  const words: { word: string; x: number; y: number }[] = [];
  const pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g;
  for (const match of html.matchAll(pattern)) {
    words.push({ word: match[3]!, x: Number(match[1]), y: Number(match[2]) });
  }
  return words;
}

describe('tidy by itself (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await openApp({ width: 1440, height: 900 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('drops eight palette items on one spot: none overlap on screen or in the PDF', async () => {
    const { page } = app;
    await startFromTemplate(page, 'Blank map');
    const items = await paletteItems(page, 8);
    const stage = (await page.locator('.tm-stage-header').first().boundingBox())!;
    const lane = (await page.locator('.tm-lane-header').first().boundingBox())!;
    const pane = page.locator('.react-flow__pane');
    const paneBox = (await pane.boundingBox())!;
    // One spot: the middle of the first cell's first slot, every time.
    const spot = { x: stage.x + stage.width / 2, y: lane.y + 50 };
    for (const [i, { item }] of items.entries()) {
      await item.dragTo(pane, {
        targetPosition: { x: spot.x - paneBox.x, y: spot.y - paneBox.y },
      });
      await expect.poll(() => cards(page).count()).toBe(i + 1);
    }
    const boxes = await cardBoxes(page);
    expect(boxes.map((b) => b.name).sort()).toEqual(items.map((i) => i.title).sort());
    expect(overlaps(boxes)).toEqual([]);
    // All in the first cell, one slot below the other, in the order they were dropped.
    const byY = boxes.toSorted((a, b) => a.y - b.y);
    expect(byY.map((b) => b.name)).toEqual(items.map((i) => i.title));
    expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
    await page.locator('.tm-canvas').focus();
    await page.keyboard.press('Shift+!');
    await app.screenshot('tidy-eight-dropped');
    // On a projector-sized window, the whole map fitted: still eight cards, none overlapping.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('Shift+!');
    await app.screenshot('tidy-eight-dropped-1280');
    expect(overlaps(await cardBoxes(page))).toEqual([]);

    // Export, and read the PDF back.
    await page.keyboard.press(`${MOD}+Shift+E`);
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.waitFor();
    await captureSavesNow(page);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText(/^Saved /).waitFor({ timeout: 60_000 });
    const [saved] = await savedFiles(page);
    const path = join(OUT, 'eight-dropped.pdf');
    writeFileSync(path, saved!.bytes);
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SCREENSHOT_DIR, 'tidy-eight-pdf')]);

    // The PDF is drawn from the core's layout of the map it carries: its cards are apart.
    const text = extractEmbeddedMap(new Uint8Array(saved!.bytes));
    const parsed = parse(text ?? '');
    if (!parsed.ok) throw new Error('the PDF carries no readable map');
    const layout = computeLayout(parsed.map);
    const rects = layout.cards.map((c): Rect & { name: string } => ({
      ...c,
      name: parsed.map.touchpoints.find((tp) => tp.id === c.id)!.title,
    }));
    expect(rects).toHaveLength(8);
    expect(overlaps(rects)).toEqual([]);

    // And the PDF draws each title where that layout puts its card: one scale and one offset
    // map every card's layout position onto its title's place on the page.
    // A title whose first word also names a channel or a kind ("Social media") is found more
    // than once on the page: those are left out, the others place their cards.
    const words = pdfWords(path);
    const placed = rects.flatMap((rect) => {
      const hits = words.filter((w) => w.word === rect.name.split(' ')[0]);
      return hits.length === 1 ? [{ rect, at: hits[0]! }] : [];
    });
    expect(placed.length).toBeGreaterThanOrEqual(4);
    const [top, bottom] = [placed[0]!, placed.at(-1)!].toSorted((a, b) => a.rect.y - b.rect.y);
    const scale = (bottom!.at.y - top!.at.y) / (bottom!.rect.y - top!.rect.y);
    expect(scale).toBeGreaterThan(0);
    for (const { rect, at } of placed) {
      expect(at.y - top!.at.y).toBeCloseTo((rect.y - top!.rect.y) * scale, 0);
      expect(at.x).toBeCloseTo(top!.at.x, 0);
    }
  });

  it('keeps the grid still during a drag, snaps on drop, and arranges with Ctrl+Shift+A (undoable)', async () => {
    const { page } = app;
    await startFromTemplate(page, 'Blank map');
    const items = await paletteItems(page, 3);
    for (const { item } of items) await item.click();
    await expect.poll(() => cards(page).count()).toBe(3);
    const [first, , third] = items.map((i) => card(page, i.title));
    await page.keyboard.press('Escape');
    await viewSettled(page);

    // Drag the first card down onto the third, a little lower and to the right: while the
    // button is down, no column or lane changes size.
    const before = await gridSizes(page);
    const from = (await first!.boundingBox())!;
    const thirdBox = (await third!.boundingBox())!;
    const delta = { x: 30, y: thirdBox.y - from.y + 12 };
    await page.mouse.move(from.x + 40, from.y + 20);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(from.x + 40 + (delta.x * i) / 10, from.y + 20 + (delta.y * i) / 10);
    }
    expect(await gridSizes(page)).toEqual(before);
    await app.screenshot('tidy-during-drag');
    await page.mouse.up();
    // Let go over the third card: it snaps into the free slot nearest, the one under it.
    const dropped = (await first!.boundingBox())!;
    expect(dropped.x).toBeCloseTo(thirdBox.x, 0);
    expect(overlaps(await cardBoxes(page))).toEqual([]);
    const slotStep = dropped.y - thirdBox.y;
    expect(slotStep).toBeGreaterThanOrEqual(thirdBox.height);

    // The first slot is empty now; Ctrl+Shift+A flows the cell again, in reading order.
    const order = async () =>
      (await cardBoxes(page)).toSorted((a, b) => a.y - b.y).map((b) => b.name);
    const movedOrder = [items[1]!.title, items[2]!.title, items[0]!.title];
    expect(await order()).toEqual(movedOrder);
    const top = async () => Math.min(...(await cardBoxes(page)).map((b) => b.y));
    const holeTop = await top();
    await page.keyboard.press(`${MOD}+Shift+A`);
    await expect.poll(top).toBeLessThan(holeTop);
    expect(await order()).toEqual(movedOrder);
    expect(overlaps(await cardBoxes(page))).toEqual([]);
    await expect
      .poll(() => page.locator('.tm-status-message').textContent())
      .toMatch(/Arranged the cell/);
    await app.screenshot('tidy-arranged');
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(top).toBeCloseTo(holeTop, 0);
    await page.keyboard.press(`${MOD}+Shift+z`);
    await expect.poll(top).toBeLessThan(holeTop);
  });

  it('arranges the whole map from the command palette', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const boxesBefore = await cardBoxes(page);
    await page.locator('.tm-canvas').focus();
    await page.keyboard.press(`${MOD}+k`);
    const dialog = page.getByRole('dialog', { name: 'Commands' });
    await dialog.waitFor();
    await page.keyboard.type('arrange whole map');
    expect(await dialog.getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    // The template is already tidy: nothing moves and the status line says so.
    await expect
      .poll(() => page.locator('.tm-status-message').textContent())
      .toMatch(/The map was already tidy/);
    expect(await cardBoxes(page)).toEqual(boxesBefore);
  });
});
