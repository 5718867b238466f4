/**
 * Current and future state in Chromium: open hotel-stay, make a future-state copy (badge,
 * inspector state, a new unsaved map), make the check-in better (a happier emotion, its
 * friction removed), compare with the original file: the Journey tab sums up the stage and
 * lists the change, a click selects the card; export the comparison and read the PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appsClosedAfterEach } from '../support/harness.ts';
import { MOD, openFile, selectedIds } from '../support/editor-helpers.ts';

const HOTEL = resolve('examples/hotel-stay.touchmap');
const ARTIFACTS = resolve('test/artifacts');
const FUTURE_TITLE = 'Hotel stay: from search to loyalty (future state)';

async function runFromPalette(page: Page, words: string): Promise<void> {
  await page.keyboard.press(`${MOD}+k`);
  await page.getByRole('combobox', { name: 'Command' }).fill(words);
  await page.keyboard.press('Enter');
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

describe('current and future state (built renderer in Chromium)', () => {
  const apps = appsClosedAfterEach();

  it('makes a future-state copy, compares it with the original and exports the comparison', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [width, height] of [
      [1280, 800],
      [1280, 720],
    ] as const) {
      const { page } = await apps.open({ width, height });
      await openFile(page, HOTEL, () =>
        page.getByRole('button', { name: 'Open a map file…' }).click(),
      );
      await node(page, 'tp-front-desk-checkin').waitFor();
      expect(await page.locator('.rv-state-badge').count()).toBe(0);

      await runFromPalette(page, 'future-state copy');
      await expect.poll(() => page.locator('.tm-doc-title').innerText()).toBe(FUTURE_TITLE);
      expect(await page.locator('.rv-state-badge').innerText()).toBe('Future state');
      expect(await page.locator('.tm-doc-file').innerText()).toContain('Not saved yet');
      expect(await page.locator('.tm-dirty').count()).toBe(1);
      // Nothing selected: the Map inspector says the state and where the copy came from.
      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      const state = inspector.getByRole('radiogroup', { name: 'Map state' });
      expect(
        await state.getByRole('radio', { name: 'Future state' }).getAttribute('aria-checked'),
      ).toBe('true');
      expect(await inspector.locator('.rv-based-on').innerText()).toContain(
        'Made from Hotel stay: from search to loyalty.',
      );
      await page.screenshot({ path: join(ARTIFACTS, `future-state-copy-${width}x${height}.png`) });

      // The check-in, made better: a positive emotion, its friction gone.
      // Found with Ctrl+F (the card may sit under the overview map at this size).
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press(`${MOD}+f`);
      await page.keyboard.type('Front-desk check-in');
      await page
        .getByRole('listbox', { name: 'Matching touchpoints' })
        .getByRole('option')
        .first()
        .waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => selectedIds(page)).toEqual(['tp-front-desk-checkin']);
      await inspector
        .getByRole('radiogroup', { name: 'Emotion' })
        .getByRole('radio', { name: 'Positive (+1)' })
        .click();
      await inspector
        .getByRole('button', {
          name: 'Remove friction “The room is not ready at the advertised 3 pm check-in time.”',
        })
        .click();

      await openFile(page, HOTEL, () => runFromPalette(page, 'compare with another'));
      const view = page.getByRole('region', { name: 'Compare' });
      await view.waitFor();
      // A future-state map opens the comparison on its Journey tab.
      expect(await view.getByRole('radio', { name: 'Journey' }).getAttribute('aria-checked')).toBe(
        'true',
      );
      const arrival = view.locator('tr[data-stage-id="st-arrival"]');
      await expect
        .poll(() => arrival.locator('td').allInnerTexts())
        .toEqual(['4 → 4', '+0.3 → +1']);
      expect(await arrival.locator('th .rv-stage-changes').allInnerTexts()).toEqual([
        '1 changed',
        'Frictions: 1 resolved, 0 new',
      ]);
      await page.screenshot({
        path: join(ARTIFACTS, `future-state-journey-${width}x${height}.png`),
      });
      const change = view.locator('.rv-journey-item[data-id="tp-front-desk-checkin"]');
      expect(await change.locator('.rv-lines li').allInnerTexts()).toEqual([
        'Emotion: Very negative (−2) → Positive (+1)',
        'Friction resolved: “The room is not ready at the advertised 3 pm check-in time.” (high)',
      ]);
      expect(await view.locator('.rv-journey-item').count()).toBe(1);
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
      await expect.poll(() => selectedIds(page)).toEqual([]);
      await change.getByRole('button', { name: 'Front-desk check-in' }).click();
      await expect.poll(() => selectedIds(page)).toEqual(['tp-front-desk-checkin']);
      await page.screenshot({
        path: join(ARTIFACTS, `future-state-compare-${width}x${height}.png`),
      });

      // A browser without the File System Access API: the PDF comes as a download.
      await page.evaluate(() => {
        (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker = undefined;
      });
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await view.getByRole('button', { name: 'Export comparison as PDF…' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(
        'hotel-stay-from-search-to-loyalty-future-state-comparison.pdf',
      );
      const pdf = join(ARTIFACTS, `future-state-comparison-${width}x${height}.pdf`);
      await file.saveAs(pdf);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(`Journey comparison: ${FUTURE_TITLE}`);
      expect(text).toContain('From hotel-stay.touchmap to');
      expect(text).toMatch(
        /Pre-arrival and check-in +4 to 4 +1 changed +\+0\.3 to \+1 +1 resolved, 0 new/,
      );
      expect(text).toContain('Emotion: Very negative (-2) to Positive (+1)');
      expect(text).toContain('Friction resolved:');
      await expect.poll(() => view.getByText(/^Exported /).count()).toBe(1);
    }
  }, 240_000);
});
