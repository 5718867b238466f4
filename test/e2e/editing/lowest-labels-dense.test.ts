/**
 * The lowest moments' labels on the 1,500-card generated map in Chromium, as opened and
 * zoomed in step by step, on a laptop (1440x900) and a projector (1280x720): a crowded curve
 * has many lowest points, and its labels used to cover the curve's dots and run into each
 * other, (lent the top of the first lane by the thin row) the cards' coloured bands, and
 * then ran along under rows of other lowest points' rings, as if theirs. Now each label is
 * clear of every dot, card and other ring and a space from the others, letters >= 11 px,
 * and a ring left without a label shows its words on hover: on this curve, whose lowest
 * points stand a few pixels apart, every one at these zooms (the unit test of
 * lowest-places.ts finds labels closer in and checks them). Far out on the hotel template
 * the labels are drawn above the marks level's layer (clear of its cards, as that unit test
 * checks). Screenshots go to test-results/screenshots.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appsClosedAfterEach } from '../support/harness.ts';
import { openLargeMap, startFromTemplate } from '../support/editor-helpers.ts';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Reading {
  labels: { id: string; text: string; fontPx: number; box: Box; ink: Box }[];
  dots: Box[];
  rings: { id: string; box: Box }[];
  hovers: string[];
  cards: Box[];
}

/** The labels (their box and their letters' box), the curve's dots, the lowest points'
 * rings, the hover rings and the cards. */
async function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const labels = [...document.querySelectorAll<HTMLElement>('.tm-lowest-label')].map((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return {
        id: e.dataset['lowestId'] ?? '',
        text: e.textContent ?? '',
        fontPx: Number.parseFloat(getComputedStyle(e).fontSize),
        box: box(e.getBoundingClientRect()),
        ink: box(range.getBoundingClientRect()),
      };
    });
    const dots = [...document.querySelectorAll('.tm-curve-point')].map((e) =>
      box(e.getBoundingClientRect()),
    );
    const rings = [...document.querySelectorAll<SVGGElement>('.tm-lowest')].map((g) => ({
      id: g.dataset['lowestId'] ?? '',
      box: box(g.querySelector('.tm-lowest-ring')!.getBoundingClientRect()),
    }));
    const hovers = [...document.querySelectorAll<HTMLElement>('.tm-lowest-hover')].map(
      (e) => e.title,
    );
    const cards = [...document.querySelectorAll('.react-flow__node-touchpoint')].map((e) =>
      box(e.getBoundingClientRect()),
    );
    return { labels, dots, rings, hovers, cards };
  });
}

/** Whether two boxes, one grown by `gap` on every side, meet. */
const meet = (a: Box, b: Box, gap = 0): boolean =>
  a.left - gap < b.right &&
  b.left < a.right + gap &&
  a.top - gap < b.bottom &&
  b.top < a.bottom + gap;

/** Labels legible and clear of the cards: a label lent the top of the first lane (a thin
 * emotion row far out) used to sit on its cards' coloured band; and clear of the rings of
 * the other lowest points, under which a label read as theirs. */
function expectLegible(reading: Reading, context: string): void {
  const { labels, dots, rings, cards } = reading;
  expect(cards.length, context).toBeGreaterThan(0);
  labels.forEach((label, i) => {
    const what = `${context}: ${label.text}`;
    expect(label.fontPx, what).toBeGreaterThanOrEqual(11);
    expect(label.text.startsWith('Lowest: '), what).toBe(true);
    // A space (at least 6 px) between any two labels.
    for (const other of labels.slice(i + 1)) {
      expect(meet(label.box, other.box, 6), `${what} / ${other.text}`).toBe(false);
    }
    // The letters cover no dot of the curve.
    const covered = dots.filter((dot) => meet(label.ink, dot)).length;
    expect(covered, what).toBe(0);
    // Nor any card, however little.
    const onCards = cards.filter((card) => meet(label.box, card)).length;
    expect(onCards, what).toBe(0);
    // Nor within 6 px of another point's ring.
    const byRings = rings.filter((ring) => ring.id !== label.id && meet(label.box, ring.box, 6));
    expect(
      byRings.map((ring) => ring.id),
      what,
    ).toEqual([]);
  });
  for (const title of reading.hovers) expect(title.startsWith('Lowest: '), context).toBe(true);
}

describe('the lowest moments’ labels on a crowded curve', () => {
  const apps = appsClosedAfterEach();

  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    it(`are apart and off the curve's dots and the cards at ${width}x${height}, opened and closer in`, async () => {
      const app = await apps.open({ width, height });
      const { page } = app;
      await openLargeMap(page);
      await expect.poll(() => page.locator('.tm-lowest-hover').count()).toBeGreaterThan(0);
      await page.waitForTimeout(500);
      const opened = await read(page);
      expectLegible(opened, 'as opened');
      // A crowded curve: more lowest points in view than labels; the rest show on hover.
      expect(opened.hovers.length).toBeGreaterThan(0);
      await app.screenshot(`lowest-labels-dense-${width}x${height}`);

      // As opened (60 %) the first lane's cards leave no line for labels under the lowest
      // points, and the curve's zigzag none above them: every ring shows its words on hover.
      // Zoomed in (the wheel, just under the row, keeps the row in view) to 120 %, there is
      // room under the row, and labels came, but ran along under the next lowest points'
      // rings (a few px apart): at every step each label is clear of them, the dots and the
      // cards, and the rings without one show their words on hover.
      const row = (await page.locator('.tm-emotion-bg').first().boundingBox())!;
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      await page.mouse.move(Math.max(row.x, pane.x) + 200, row.y + row.height + 3);
      for (let step = 1; step <= 5; step++) {
        await page.mouse.wheel(0, -100);
        await page.waitForTimeout(400);
        const closer = await read(page);
        expectLegible(closer, `${step} step(s) in`);
        expect(closer.hovers.length, `${step} step(s) in`).toBeGreaterThan(0);
      }
      await app.screenshot(`lowest-labels-dense-zoomed-${width}x${height}`);
    });
  }

  it('cuts no label to a stub, and draws them above the marks level’s layer far out', async () => {
    const app = await apps.open({ width: 1280, height: 720 });
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await expect
      .poll(async () => (await page.locator('.tm-lowest-label, .tm-lowest-hover').count()) > 0)
      .toBe(true);
    const lowest = await page.locator('.tm-lowest').count();
    // As opened, the panel's edge left one label 5 em: "Lowes…". None is under 9 em now;
    // that ring shows its words on hover (and so does the other, whose only place under its
    // point runs under the first's ring).
    const opened = await read(page);
    expectLegible(opened, 'the hotel as opened');
    for (const label of opened.labels) {
      expect(label.box.right - label.box.left, label.text).toBeGreaterThanOrEqual(
        9 * label.fontPx - 1,
      );
    }
    expect(opened.labels.length + opened.hovers.length).toBe(lowest);
    await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
    await page.waitForTimeout(500);
    await expect.poll(() => page.locator('.tm-marks').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.tm-lowest-label').count()).toBeGreaterThan(0);
    // Same z-index: the later in the page is drawn over the other.
    const labelsAfterMarks = await page.evaluate(() => {
      const marks = document.querySelector('.tm-marks')!;
      const labels = document.querySelector('.tm-lowest-labels')!;
      const z = (e: Element) => Number(getComputedStyle(e).zIndex);
      return (
        z(labels) > z(marks) ||
        (z(labels) === z(marks) &&
          (marks.compareDocumentPosition(labels) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)
      );
    });
    expect(labelsAfterMarks).toBe(true);
    await app.screenshot('lowest-labels-hotel-fit-1280x720');
  });
});
