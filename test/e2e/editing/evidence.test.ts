/**
 * Evidence in the real editor (built renderer, Chromium): mark two selected cards assumed
 * with Alt+A and see them drawn provisional, set one observed with the mouse in the
 * inspector and give it a source, mark a friction assumed and undo it, clear a mark with
 * Alt+0, and read the shares per stage in the insights.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, type App } from '../support/harness.ts';
import { MOD, startFromTemplate } from '../support/editor-helpers.ts';

// Many steps on a shared, slow machine.
vi.setConfig({ testTimeout: 150_000 });

const node = (page: Page, id: string): Locator =>
  page.locator(`.react-flow__node[data-id="${id}"]`);
const evidenceOf = (page: Page, id: string) =>
  node(page, id).locator('.tm-card').getAttribute('data-evidence');
const inspector = (page: Page): Locator => page.getByRole('complementary', { name: 'Inspector' });
const insights = (page: Page): Locator => page.getByRole('complementary', { name: 'Insights' });

/** The border style of a card's provisional outline (its ::after), '' when it has none. */
function outlineStyle(page: Page, id: string): Promise<string> {
  return node(page, id)
    .locator('.tm-card')
    .evaluate((card) => {
      const after = getComputedStyle(card, '::after');
      return after.content === 'none' ? '' : after.borderTopStyle;
    });
}

async function selectTwo(page: Page, first: string, second: string): Promise<void> {
  await node(page, first).click();
  await node(page, second).click({ modifiers: ['Shift'] });
  const heading = inspector(page).getByRole('heading', { name: /touchpoints selected/ });
  if ((await heading.count()) === 0) {
    await node(page, second).click({ modifiers: ['ControlOrMeta'] });
  }
  await expect.poll(() => heading.innerText()).toBe('2 touchpoints selected');
}

/** The counts of a stage's row in the insights' evidence table, by bucket. */
async function stageCounts(page: Page, stageId: string): Promise<Record<string, string>> {
  const cells = insights(page).locator(`.pn-evidence-table tr[data-stage-id="${stageId}"] td`);
  const pairs = await cells.evaluateAll((tds) =>
    tds.map((td) => [td.getAttribute('data-bucket') ?? '', td.textContent ?? '']),
  );
  return Object.fromEntries(pairs);
}

describe('evidence on touchpoints and frictions (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    app = await openApp({ width: 1280, height: 800 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('marks two cards assumed by key, one observed with the mouse, with a source', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const [reel, friend] = ['tp-instagram-reel', 'tp-friend-recommendation'];
    expect(await evidenceOf(page, reel)).toBe('none');
    expect(await outlineStyle(page, reel)).toBe('');

    // Two cards, one key: both assumed, both dashed.
    await selectTwo(page, reel, friend);
    await page.keyboard.press('Alt+KeyA');
    for (const id of [reel, friend]) {
      await expect.poll(() => evidenceOf(page, id)).toBe('assumed');
      expect(await outlineStyle(page, id)).toBe('dashed');
    }
    const assumedRadio = inspector(page).getByRole('radio', { name: /Assumed/ });
    await expect.poll(() => assumedRadio.getAttribute('aria-checked')).toBe('true');
    await app.screenshot('evidence-1-two-assumed');

    // One of them observed, with the mouse in the inspector; a source typed beside it.
    // A click on a card of the selection keeps the selection: clear it first.
    await page.keyboard.press('Escape');
    await node(page, reel).click();
    const panel = inspector(page);
    await expect
      .poll(() => panel.getByRole('heading', { name: 'Touchpoint', exact: true }).count())
      .toBe(1);
    await panel.getByRole('radio', { name: /Observed/ }).click();
    await expect.poll(() => evidenceOf(page, reel)).toBe('observed');
    expect(await outlineStyle(page, reel)).toBe('');
    expect(await evidenceOf(page, friend)).toBe('assumed');
    await panel.getByLabel('Source').fill('Interview 4');
    await panel.getByLabel('Source').press('Enter');
    await expect
      .poll(() => node(page, reel).getAttribute('aria-label'))
      .toBe(
        'Instagram reel of family rooms, experience touchpoint, Inspiration, Marketing, observed',
      );
    await node(page, friend).click();
    await node(page, reel).click();
    await expect.poll(() => panel.getByLabel('Source').inputValue()).toBe('Interview 4');
    await app.screenshot('evidence-2-observed-with-source');
    // Alt+0 clears the assumed card's mark; undo brings it back.
    await node(page, friend).click();
    await page.keyboard.press('Alt+Digit0');
    await expect.poll(() => evidenceOf(page, friend)).toBe('none');
    expect(await outlineStyle(page, friend)).toBe('');
    await page.keyboard.press(`${MOD}+KeyZ`);
    await expect.poll(() => evidenceOf(page, friend)).toBe('assumed');
    expect(await evidenceOf(page, reel)).toBe('observed');
  });

  it('marks a friction assumed and undoes it; the insights count each stage', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const panel = inspector(page);

    // Awareness: one card observed, one assumed (by key); Booking: none marked.
    await node(page, 'tp-instagram-reel').click();
    await page.keyboard.press('Alt+KeyO');
    await node(page, 'tp-friend-recommendation').click();
    await page.keyboard.press('Alt+KeyA');
    await expect.poll(() => evidenceOf(page, 'tp-friend-recommendation')).toBe('assumed');

    // A friction marked assumed: dashed in the inspector and in the card's badge; undone.
    const ad = 'tp-comparison-ad';
    await node(page, ad).click();
    await expect.poll(() => panel.getByLabel('Evidence of friction 1').count()).toBe(1);
    await panel.getByLabel('Evidence of friction 1').selectOption('assumed');
    expect(await panel.locator('.pn-item-provisional').count()).toBe(1);
    // The badge is drawn on full cards: zoom to 100 % (around the view's centre).
    await node(page, ad).click();
    await page.keyboard.press(`${MOD}+Digit0`);
    await page.waitForTimeout(400);
    const badge = node(page, ad).locator('.tm-card-friction');
    await expect.poll(() => badge.getAttribute('class')).toContain('is-provisional');
    expect(await badge.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    await app.screenshot('evidence-3-assumed-friction');
    await page.keyboard.press(`${MOD}+KeyZ`);
    await expect.poll(() => badge.getAttribute('class')).not.toContain('is-provisional');
    expect(await panel.getByLabel('Evidence of friction 1').inputValue()).toBe('');

    await page.getByRole('tab', { name: 'Insights' }).click();
    await expect
      .poll(() => stageCounts(page, 'st-awareness'))
      .toEqual({ observed: '1', reported: '0', assumed: '1', unmarked: '0' });
    const booking = await stageCounts(page, 'st-booking');
    expect(booking.unmarked).not.toBe('0');
    expect(booking.assumed).toBe('0');
    const bar = insights(page).locator('tr[data-stage-id="st-awareness"] .pn-evidence-bar');
    expect(await bar.getAttribute('title')).toBe(
      'Observed 50% · Reported 0% · Assumed 50% · Not marked 0%',
    );
    await insights(page).locator('.pn-evidence-table').scrollIntoViewIfNeeded();
    await app.screenshot('evidence-4-insights');
  });

  it('draws assumed cards dashed far out (marks) and at 1280 x 720 after Fit', async () => {
    await app.close();
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await selectTwo(page, 'tp-instagram-reel', 'tp-comparison-ad');
    await page.keyboard.press('Alt+KeyA');
    await expect.poll(() => evidenceOf(page, 'tp-comparison-ad')).toBe('assumed');
    await page.getByRole('button', { name: 'Fit the map to the window' }).first().click();
    await page.waitForTimeout(400);
    await page.keyboard.press('Escape');
    await app.screenshot('evidence-5-fit-720');
    const level = await page.locator('.tm-canvas').getAttribute('class');
    if (level?.includes('tm-canvas--compact') || level?.includes('tm-canvas--full')) {
      expect(await outlineStyle(page, 'tp-comparison-ad')).toBe('dashed');
    }
    // Zoomed out step by step until cards are marks: the outline is painted on the canvas.
    await page.keyboard.press('Escape');
    const marks = async () =>
      Number((await page.locator('.tm-marks').getAttribute('data-mark-count')) ?? '0');
    for (let i = 0; i < 8 && (await marks()) === 0; i++) {
      await page.keyboard.press(`${MOD}+Minus`);
      await page.waitForTimeout(300);
    }
    expect(await marks()).toBeGreaterThan(0);
    await app.screenshot('evidence-6-marks');
  });
});
