/**
 * The emotion curve on the canvas in Chromium (built renderer, 1280x720): after Fit on the
 * hotel-stay template the curve is one smooth path (cubic segments) through every point
 * with x increasing, and the lowest moments' labels are at least 11 px on screen, inside
 * the emotion row and the canvas, apart, clear of the other points' rings, with their whole
 * text on hover; zoomed far in they keep their size; far out, with no room clear of the
 * cards, the rings show their words on hover. Screenshots go to test/artifacts/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { startFromTemplate } from '../support/editor-helpers.ts';

const ARTIFACTS = resolve('test/artifacts');

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

async function fit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
  // The Fit animation lasts 200 ms.
  await page.waitForTimeout(500);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface LabelReading {
  id: string;
  text: string;
  title: string;
  /** The computed font size times the scale the label is drawn at. */
  screenFontPx: number;
  box: Box;
}

async function readLabels(page: Page): Promise<LabelReading[]> {
  return page.locator('.tm-lowest-label').evaluateAll((elements) =>
    elements.map((e) => {
      const html = e as HTMLElement;
      const rect = html.getBoundingClientRect();
      // Any transform on the way up shows as a box drawn larger or smaller than laid out.
      const scale = rect.height / html.offsetHeight;
      return {
        id: html.dataset['lowestId'] ?? '',
        text: html.textContent ?? '',
        title: html.title,
        screenFontPx: Number.parseFloat(getComputedStyle(html).fontSize) * scale,
        box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      };
    }),
  );
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  return page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
}

/** Each lowest point's ring as drawn, by its point's id. */
async function readRings(page: Page): Promise<{ id: string; box: Box }[]> {
  return page.locator('.tm-lowest').evaluateAll((groups) =>
    groups.map((g) => {
      const r = g.querySelector('.tm-lowest-ring')!.getBoundingClientRect();
      return {
        id: (g as SVGGElement).dataset['lowestId'] ?? '',
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      };
    }),
  );
}

/** No label within 6 px of another point's ring (as two labels are kept apart): one that
 * ran under it read as that point's. */
function expectClearOfOtherRings(labels: LabelReading[], rings: { id: string; box: Box }[]): void {
  expect(rings.length).toBeGreaterThan(1);
  for (const label of labels) {
    for (const ring of rings.filter((r) => r.id !== label.id)) {
      const near = {
        left: ring.box.left - 6,
        top: ring.box.top - 6,
        right: ring.box.right + 6,
        bottom: ring.box.bottom + 6,
      };
      expect(apart(label.box, near), `${label.text} by ${ring.id}`).toBe(true);
    }
  }
}

const inside = (a: Box, b: Box): boolean =>
  a.left >= b.left - 0.5 &&
  a.right <= b.right + 0.5 &&
  a.top >= b.top - 0.5 &&
  a.bottom <= b.bottom + 0.5;
const apart = (a: Box, b: Box): boolean =>
  a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

function expectReadableAndApart(labels: LabelReading[], canvas: Box): void {
  labels.forEach((label, i) => {
    expect(label.screenFontPx, label.text).toBeGreaterThanOrEqual(11);
    expect(inside(label.box, canvas), label.text).toBe(true);
    expect(label.title.startsWith('Lowest: ')).toBe(true);
    for (const other of labels.slice(i + 1)) expect(apart(label.box, other.box)).toBe(true);
  });
}

describe('the emotion curve on the canvas (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp({ width: 1280, height: 720 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('is one smooth path through every point, x increasing, in journey order', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const d = await page.locator('path.tm-curve').getAttribute('d');
    // The dots are drawn in the cards' order (a drop moves none of them in the page); the
    // journey runs left to right.
    const points = (
      await page.locator('.tm-curve-point').evaluateAll((circles) =>
        circles.map((c) => ({
          x: Number(c.getAttribute('cx')),
          y: Number(c.getAttribute('cy')),
        })),
      )
    ).sort((a, b) => a.x - b.x);
    expect(points.length).toBeGreaterThan(10);
    expect(d).toMatch(/^M[\d.-]+,[\d.-]+( C[\d.-]+,[\d.-]+ [\d.-]+,[\d.-]+ [\d.-]+,[\d.-]+)+$/);
    const ends = [...d!.matchAll(/C\S+ \S+ ([\d.-]+),([\d.-]+)/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
    }));
    expect(ends).toHaveLength(points.length - 1);
    ends.forEach((end, i) => {
      expect(end.x).toBeCloseTo(points[i + 1]!.x, 1);
      expect(end.y).toBeCloseTo(points[i + 1]!.y, 1);
      expect(end.x).toBeGreaterThan(points[i]!.x);
    });
    expect(await page.locator('polyline.tm-curve').count()).toBe(0);
  });

  it('labels the lowest moments in readable, unclipped text at Fit and at any zoom', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await fit(page);
    const canvas = await boxOf(page, '.react-flow');
    const row = await boxOf(page, '.tm-emotion-bg');
    const lowest = await page.locator('.tm-lowest').count();
    const atFit = await readLabels(page);
    // Every lowest moment labelled or its words on hover. At Fit (34 %) the row is too thin
    // for labels over its points, and the lane under it, lent a line of them, has room
    // between its cards for one of the two (a label covers no card): the other ring shows
    // its words on hover.
    expect(atFit.length).toBeGreaterThan(0);
    expect(atFit.length + (await page.locator('.tm-lowest-hover').count())).toBe(lowest);
    expectReadableAndApart(atFit, canvas);
    // At Fit the first low moment's label ran right from under its ring, along under the
    // second's, touching it (0 px clear before).
    expectClearOfOtherRings(atFit, await readRings(page));
    await shoot(page, 'curve-hotel-fit-1280x720');
    for (const label of atFit) {
      // In the row, or (a row too thin for a line of labels above and one below its lowest
      // points) at most one label's height under it, never lower.
      const lent = { ...row, bottom: row.bottom + (label.box.bottom - label.box.top) + 8 };
      expect(inside(label.box, lent), label.text).toBe(true);
      expect(label.box.top).toBeGreaterThanOrEqual(row.top - 0.5);
      // Whole at Fit: nothing cut.
      expect(label.text).toBe(label.title);
    }

    // Far out, then far in: the letters keep their size, the labels stay on the canvas.
    const map = await boxOf(page, '.react-flow__pane');
    await page.mouse.move((map.left + map.right) / 2, (map.top + map.bottom) / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
    await page.waitForTimeout(300);
    const farOut = await readLabels(page);
    // At 10 % the whole map is narrower than a label could be clear of its cards: the
    // rings show their words on hover instead.
    expect(farOut.length + (await page.locator('.tm-lowest-hover').count())).toBe(lowest);
    expectReadableAndApart(farOut, canvas);
    await shoot(page, 'curve-hotel-far-out-1280x720');

    await fit(page);
    const ring = await boxOf(page, '.tm-lowest-ring');
    await page.mouse.move((ring.left + ring.right) / 2, (ring.top + ring.bottom) / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
    await page.waitForTimeout(300);
    const farIn = await readLabels(page);
    expect(farIn.length).toBeGreaterThan(0);
    expectReadableAndApart(farIn, canvas);
    expectClearOfOtherRings(farIn, await readRings(page));
    await shoot(page, 'curve-hotel-far-in-1280x720');
  });
});
