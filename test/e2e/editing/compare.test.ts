/**
 * The Compare view in Chromium: a map compared with a changed copy of itself lists the
 * changes by kind of element and name, highlights the changed cards, and a click on a change
 * selects its card; an equal copy says so; a broken file says why; Esc closes the view.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { appsClosedAfterEach } from '../support/harness.ts';
import { card, cards, MOD, openFile, selectedIds } from '../support/editor-helpers.ts';

const FIXTURES = resolve('test/fixtures/e2e');
const ARTIFACTS = resolve('test/artifacts');
let dir: string;
let changed: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'touchmap-compare-'));
  const map = JSON.parse(await readFile(`${FIXTURES}/small.touchmap`, 'utf8')) as JourneyMap;
  // The other copy: one card renamed and of another kind, one card gone, a stage renamed.
  const call = map.touchpoints.find((t) => t.id === 'tp-call')!;
  call.title = 'Calls the shop';
  call.kind = 'experience';
  map.touchpoints = map.touchpoints.filter((t) => t.id !== 'tp-pay');
  map.connections = map.connections.filter((c) => c.from !== 'tp-pay' && c.to !== 'tp-pay');
  map.stages[0]!.name = 'Booking';
  changed = join(dir, 'colleague.touchmap');
  await writeFile(changed, JSON.stringify(map, null, 2));
  await writeFile(join(dir, 'broken.touchmap'), '{"format": "touchmap", "version": 1');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the command whose label holds `words` from the command palette. */
async function runFromPalette(page: Page, words: string): Promise<void> {
  await page.keyboard.press(`${MOD}+k`);
  await page.getByRole('combobox', { name: 'Command' }).fill(words);
  await page.keyboard.press('Enter');
}

/** Runs "Compare with another map file…", choosing `path`. */
async function compareWith(page: Page, path: string): Promise<void> {
  await openFile(page, path, () => runFromPalette(page, 'compare with another'));
}

describe('the Compare view (built renderer in Chromium)', () => {
  const apps = appsClosedAfterEach();

  it('lists what changed by name, highlights changed cards, and a click selects one', async () => {
    for (const [width, height] of [
      [1280, 800],
      [1280, 720],
    ] as const) {
      const { page } = await apps.open({ width, height });
      await openFile(page, `${FIXTURES}/small.touchmap`, () =>
        page.getByRole('button', { name: 'Open a map file…' }).click(),
      );
      await expect.poll(() => cards(page).count()).toBe(4);
      await compareWith(page, changed);
      const view = page.getByRole('region', { name: 'Compare' });
      await view.waitFor();
      expect(await view.locator('.rv-subject').textContent()).toBe(
        'From colleague.touchmap to this map',
      );
      expect(await view.locator('.rv-group h3').allTextContents()).toEqual([
        'Stages 1',
        'Touchpoints 2',
      ]);
      // From the colleague's copy to this map: this map has Pay the bill, and the old names.
      const call = view.locator('.rv-item[data-id="tp-call"]');
      expect(await call.locator('.rv-lines li').allTextContents()).toEqual([
        'title: "Calls the shop" → "Phone the shop"',
        'kind: experience → service',
      ]);
      expect(await view.locator('.rv-item[data-id="tp-pay"] .rv-status').textContent()).toBe(
        'added',
      );
      // The changed cards, and only they, are highlighted.
      const ringed = () =>
        page
          .locator('.tm-card.is-changed')
          .evaluateAll((all) => all.map((e) => e.getAttribute('data-touchpoint-id')).sort());
      await expect.poll(ringed).toEqual(['tp-call', 'tp-pay']);
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
      await call.getByRole('button', { name: 'Phone the shop' }).click();
      await expect.poll(() => selectedIds(page)).toEqual(['tp-call']);
      await page.screenshot({ path: join(ARTIFACTS, `compare-${width}x${height}.png`) });
      // A stage: the cell cursor goes to its first cell, the card selection is cleared.
      await view.getByRole('button', { name: 'Book a repair' }).click();
      await expect
        .poll(() => page.locator('.tm-cell-cursor').getAttribute('data-stage-id'))
        .toBe('st-book');
      expect(await selectedIds(page)).toEqual([]);
      // Esc closes the view and the highlight goes with it; the side panel is back.
      await page.keyboard.press('Escape');
      await expect.poll(() => view.count()).toBe(0);
      await expect.poll(ringed).toEqual([]);
      expect(await page.locator('aside[aria-label="Side panel"]').count()).toBe(1);
      expect(await card(page, 'Phone the shop').count()).toBe(1);
    }
  });

  it('says an equal copy is the same, and why a broken file cannot be compared', async () => {
    const { page } = await apps.open();
    await openFile(page, `${FIXTURES}/small.touchmap`, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    await expect.poll(() => cards(page).count()).toBe(4);
    await compareWith(page, `${FIXTURES}/small.touchmap`);
    const view = page.getByRole('region', { name: 'Compare' });
    expect(await view.getByRole('status').textContent()).toBe('The two maps are the same.');
    await compareWith(page, join(dir, 'broken.touchmap'));
    await expect
      .poll(() => view.getByRole('alert').textContent())
      .toBe('“broken.touchmap” cannot be compared');
    expect(await view.locator('.rv-problem').first().textContent()).toContain('not valid JSON');
    await page.screenshot({ path: join(ARTIFACTS, 'compare-broken.png') });
    await view.getByRole('button', { name: 'Close compare (Esc)' }).click();
    await expect.poll(() => view.count()).toBe(0);
  });

  it('compares with the last saved version: what was changed since', async () => {
    const { page } = await apps.open();
    await openFile(page, `${FIXTURES}/small.touchmap`, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    await expect.poll(() => cards(page).count()).toBe(4);
    await page.locator('.tm-doc-title').getByRole('button').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (mine)');
    await page.keyboard.press('Enter');
    await runFromPalette(page, 'last saved');
    const view = page.getByRole('region', { name: 'Compare' });
    await view.waitFor();
    expect(await view.locator('.rv-subject').textContent()).toBe(
      'From small.touchmap as last saved to this map',
    );
    expect(
      await view.locator('.rv-group[data-group="map"] .rv-lines li').allTextContents(),
    ).toEqual(['title: "Bike repair (e2e)" → "Bike repair (e2e) (mine)"']);
  });
});
