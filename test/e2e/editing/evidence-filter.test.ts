/**
 * Evidence where a user looks for it (built renderer, Chromium, 1280 x 720): the filter bar's
 * Evidence filter dims the cards of other levels, alone and with the department filter, and
 * the pains row draws an assumed friction provisional (dashed, its evidence in words).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, type App } from '../support/harness.ts';
import { startFromTemplate } from '../support/editor-helpers.ts';

vi.setConfig({ testTimeout: 120_000 });

const dimmed = (page: Page, id: string): Promise<string | null> =>
  page.locator(`.react-flow__node[data-id="${id}"] [data-dimmed]`).getAttribute('data-dimmed');

/** Every card's id and whether it is dimmed. */
function dimming(page: Page): Promise<Record<string, string | null>> {
  return page
    .locator('.react-flow__node-touchpoint [data-dimmed]')
    .evaluateAll((cards) =>
      Object.fromEntries(
        cards.map((c) => [
          c.closest('.react-flow__node')?.getAttribute('data-id') ?? '',
          c.getAttribute('data-dimmed'),
        ]),
      ),
    );
}

const ASSUMED = ['tp-room-allocation', 'tp-room-status', 'tp-maintenance-ticket'];

describe('evidence in the filter bar and the pains row (built renderer in Chromium)', () => {
  let app: App;
  let page: Page;
  let filters: Locator;
  beforeAll(async () => {
    app = await openApp({ width: 1280, height: 720 });
    page = app.page;
    await startFromTemplate(page, /^Family weekend away/);
    filters = page.getByRole('search', { name: 'Filters' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('dims the cards of other evidence levels, and combines with the department filter', async () => {
    const all = await dimming(page);
    expect(Object.keys(all)).toHaveLength(13);
    expect(Object.values(all).every((d) => d === 'false')).toBe(true);

    const evidence = filters.getByLabel('Evidence');
    expect(await evidence.locator('option').allInnerTexts()).toEqual([
      'Any evidence',
      'Observed',
      'Reported',
      'Assumed',
      'Not marked',
    ]);
    await evidence.selectOption({ label: 'Assumed' });
    await expect.poll(() => dimmed(page, 'tp-online-booking')).toBe('true');
    const assumed = await dimming(page);
    for (const [id, d] of Object.entries(assumed))
      expect([id, d]).toEqual([id, ASSUMED.includes(id) ? 'false' : 'true']);
    await app.screenshot('evidence-filter-1-assumed');

    // With a department: only that department's assumed cards stay at full strength.
    await filters.getByLabel('Department').selectOption({ label: 'Housekeeping' });
    await expect.poll(() => dimmed(page, 'tp-room-allocation')).toBe('true');
    expect(await dimmed(page, 'tp-room-status')).toBe('false');
    expect(await dimmed(page, 'tp-room')).toBe('true'); // Housekeeping, but reported
    await app.screenshot('evidence-filter-2-assumed-housekeeping');
    await filters.getByLabel('Department').selectOption({ label: 'All departments' });

    // Every card of this template is marked: "Not marked" dims them all.
    await evidence.selectOption({ label: 'Not marked' });
    await expect.poll(() => dimmed(page, 'tp-room-status')).toBe('true');
    expect(Object.values(await dimming(page)).every((d) => d === 'true')).toBe(true);

    await evidence.selectOption({ label: 'Any evidence' });
    await expect.poll(() => dimmed(page, 'tp-room-status')).toBe('false');
    expect(Object.values(await dimming(page)).every((d) => d === 'false')).toBe(true);
  });

  it('draws an assumed friction of the pains row dashed, with its evidence in words', async () => {
    const guess = page.locator('.tm-row-item[data-item-id="fr-late-status"]');
    const seen = page.locator('.tm-row-item[data-item-id="fr-room-not-ready"]');
    expect(await guess.getAttribute('aria-label')).toBe(
      'Clean rooms marked ready late (medium friction, assumed)',
    );
    expect(await seen.getAttribute('aria-label')).toBe(
      'Room not ready at 15:00 (high friction, observed)',
    );
    const border = (item: Locator) =>
      item.evaluate((el) => [
        getComputedStyle(el).borderTopStyle,
        getComputedStyle(el).borderLeftStyle,
      ]);
    expect(await border(guess)).toEqual(['dashed', 'solid']);
    expect(await border(seen)).toEqual(['none', 'solid']);
    // Pan the map (drag the empty pane) until the item is in view, then look at it.
    for (let i = 0; i < 6; i++) {
      const at = await guess.boundingBox();
      if (at === null || (at.y > 120 && at.y + at.height < 660 && at.x > 260 && at.x < 700)) break;
      const dy = Math.max(-400, Math.min(400, 400 - at.y));
      const dx = Math.max(-300, Math.min(300, 480 - at.x));
      await page.mouse.move(560, 400);
      await page.mouse.down();
      await page.mouse.move(560 + dx / 2, 400 + dy / 2, { steps: 5 });
      await page.mouse.move(560 + dx, 400 + dy, { steps: 5 });
      await page.mouse.up();
    }
    const box = (await guess.boundingBox())!;
    expect(box.y).toBeGreaterThan(120);
    expect(box.y + box.height).toBeLessThan(660);
    await app.screenshot('evidence-filter-3-pains-row');
    await page.screenshot({
      path: 'test/artifacts/evidence-filter-pains-row.png',
      clip: { x: box.x - 20, y: box.y - 40, width: box.width + 40, height: box.height + 60 },
    });
  });
});
