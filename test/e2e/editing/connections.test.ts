/**
 * Connections with the real mouse, in Chromium: a handle big enough to grab (a hit box of
 * at least 16 px, shown on hover), a connection dragged across a stage full of cards that
 * is routed around them (its SVG path sampled against the cards' boxes on screen), and
 * labels shown in full on two lines, over the cards; only a label too long for two lines
 * is cut, with its full text in the tooltip.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { MOD, card, cards, center, drag, openFile } from '../support/editor-helpers.ts';

const FIXTURE = resolve('test/fixtures/e2e/connections.touchmap');
const ARTIFACTS = resolve('test/artifacts');
const LONG_LABEL = 'Pays with the saved card and gets the receipt by email';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function open(app: App): Promise<void> {
  const { page } = app;
  await openFile(page, FIXTURE, () =>
    page.getByRole('button', { name: 'Open a map file…' }).click(),
  );
  await expect.poll(() => cards(page).count()).toBe(6);
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
}

function edge(page: Page, from: string, to: string): Locator {
  return page.locator(`.react-flow__edge[aria-label="Edge from ${from} to ${to}"]`);
}

/** Points along an edge's drawn path every 3 units and its end, in screen pixels. */
async function pathPoints(path: Locator): Promise<{ x: number; y: number }[]> {
  return path.evaluate((element) => {
    const svgPath = element as SVGPathElement;
    const matrix = svgPath.getScreenCTM()!;
    const length = svgPath.getTotalLength();
    const out: { x: number; y: number }[] = [];
    for (let at = 0; at < length + 3; at += 3) {
      const p = svgPath.getPointAtLength(Math.min(at, length));
      out.push({ x: matrix.a * p.x + matrix.e, y: matrix.d * p.y + matrix.f });
    }
    return out;
  });
}

function inside(p: { x: number; y: number }, box: Box): boolean {
  return p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
}

/** Zooms in with the keyboard until the canvas matches a selector (a level of detail). */
async function zoomInTo(page: Page, selector: string): Promise<void> {
  await page.locator('.tm-canvas').focus();
  for (let i = 0; i < 8 && (await page.locator(selector).count()) === 0; i++) {
    await page.keyboard.press(`${MOD}+=`);
    await page.waitForTimeout(250);
  }
  await page.locator(selector).waitFor();
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
}

describe('connections (built renderer in Chromium)', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('connects across a stage of cards with a route around them, from a handle easy to grab', async () => {
    app = await openApp();
    const { page } = app;
    await open(app);
    const from = card(page, 'Searches online');
    const to = card(page, 'Checks out');

    // The handle shows on hover and its hit box is at least 16 px on screen.
    const handle = from.locator('.tm-handle-out');
    expect(await handle.evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
    await from.hover();
    await expect.poll(() => handle.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    const hit = (await handle.boundingBox())!;
    expect(hit.width).toBeGreaterThanOrEqual(16);
    expect(hit.height).toBeGreaterThanOrEqual(16);
    // Its edge, not only its centre, starts a drag.
    const grab = { x: hit.x + 2, y: hit.y + hit.height / 2 };
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, grab),
    ).toContain('tm-handle-out');
    await screenshot(page, 'connections-handle-hover');

    await drag(page, grab, await center(to), 16);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
    const path = edge(page, 'tp-search', 'tp-checkout').locator('path.react-flow__edge-path');
    const points = await pathPoints(path);
    expect(points.length).toBeGreaterThan(50);

    // It starts on the source card's side and ends on the target card's side...
    const fromBox = (await from.boundingBox())!;
    const toBox = (await to.boundingBox())!;
    const first = points[0]!;
    const last = points[points.length - 1]!;
    expect(Math.abs(first.x - (fromBox.x + fromBox.width))).toBeLessThan(2);
    expect(Math.abs(last.x - toBox.x)).toBeLessThan(2);
    // ...and no point of it lies on any other card, though a straight line would cross one.
    const others = await cards(page).evaluateAll((nodes) =>
      nodes
        .filter((n) => !['tp-search', 'tp-checkout'].includes(n.getAttribute('data-id') ?? ''))
        .map((n) => {
          const r = n.getBoundingClientRect();
          return {
            id: n.getAttribute('data-id'),
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
          };
        }),
    );
    expect(others).toHaveLength(4);
    const reviews = others.find((o) => o.id === 'tp-reviews')!;
    expect(inside({ x: reviews.x + 10, y: first.y }, reviews)).toBe(true);
    for (const other of others) {
      expect(
        points.filter((p) => inside(p, other)),
        `the path crosses ${other.id}`,
      ).toEqual([]);
    }
    await screenshot(page, 'connections-routed');

    // A label of a dozen words shows in full, wrapped on two lines, over the cards, at the
    // zoom where labels show (cards in full).
    await zoomInTo(page, '.tm-canvas--full');
    const along = await pathPoints(path);
    const middle = along[Math.floor(along.length / 2)]!;
    await page.mouse.dblclick(middle.x, middle.y);
    const input = page.getByRole('textbox', { name: /Connection label/ });
    await input.fill(LONG_LABEL);
    await input.press('Enter');
    const label = page.locator('.tm-edge-label[data-connection-id]', { hasText: 'Pays with' });
    await label.waitFor();
    const shown = await label.evaluate((element) => {
      const text = element.querySelector('.tm-edge-label-text') as HTMLElement;
      const box = element.getBoundingClientRect();
      const scale = box.height / (element as HTMLElement).offsetHeight;
      const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return {
        text: text.textContent,
        clipped:
          text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1,
        lines: Math.round(text.clientHeight / lineHeight),
        fontPx: parseFloat(getComputedStyle(text).fontSize) * scale,
        onTop: element.contains(hit),
        title: element.getAttribute('title'),
      };
    });
    expect(shown.text).toBe(LONG_LABEL);
    expect(shown.clipped).toBe(false);
    expect(shown.lines).toBe(2);
    expect(shown.fontPx).toBeGreaterThanOrEqual(11);
    expect(shown.onTop).toBe(true);
    expect(shown.title).not.toContain(LONG_LABEL);
    await screenshot(page, 'connections-labelled');
  });

  it('cuts only a label too long for two lines, and shows it in full in its tooltip', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await open(app);
    // Fitted at 1280 x 720 the cards are not in full, and labels too small to read are hidden.
    const label = page.locator('.tm-edge-label[data-connection-id="cn-collect"]');
    expect(await label.isVisible()).toBe(false);
    await zoomInTo(page, '.tm-canvas--full');
    await label.waitFor();
    const shown = await label.evaluate((element) => {
      const text = element.querySelector('.tm-edge-label-text') as HTMLElement;
      return {
        cut: text.scrollHeight > text.clientHeight + 1,
        lines: Math.round(text.clientHeight / parseFloat(getComputedStyle(text).lineHeight)),
        title: element.getAttribute('title') ?? '',
      };
    });
    expect(shown.cut).toBe(true);
    expect(shown.lines).toBe(2);
    expect(shown.title).toContain('Thursday evening');
    await screenshot(page, 'connections-1280x720');
  });
});
