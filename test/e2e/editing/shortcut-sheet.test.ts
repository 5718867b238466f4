/**
 * The shortcut sheet as drawn in Chromium, on a laptop (1440x900) and a projector
 * (1280x720): every row reads tidily — a label on at most two lines, never a word broken
 * or cut, letters of 11 px or more, keys inside the sheet — and each panel's row is one
 * line tall (the panels shared a row whose label wrapped onto six lines). Screenshots go to
 * test-results/screenshots for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appsClosedAfterEach } from '../support/harness.ts';
import { startFromTemplate } from '../support/editor-helpers.ts';

interface RowReading {
  label: string;
  lines: number;
  fontPx: number;
  height: number;
  /** The label's text is wider than its box: a word cut or overflowing. */
  overflows: boolean;
  /** Keys reaching outside the sheet's content. */
  keysOutside: boolean;
}

async function readRows(page: Page): Promise<RowReading[]> {
  return page.locator('.tm-shortcut-row').evaluateAll((rows) => {
    const sheet = document.querySelector('.tm-shortcut-groups')!.getBoundingClientRect();
    return rows.map((row) => {
      const dt = row.querySelector('dt')!;
      const range = document.createRange();
      range.selectNodeContents(dt);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      const keysOutside = [...row.querySelectorAll('kbd')].some((kbd) => {
        const box = kbd.getBoundingClientRect();
        return box.left < sheet.left - 0.5 || box.right > sheet.right + 0.5;
      });
      return {
        label: dt.textContent ?? '',
        lines: tops.size,
        fontPx: Number.parseFloat(getComputedStyle(dt).fontSize),
        height: row.getBoundingClientRect().height,
        overflows: dt.scrollWidth > dt.clientWidth + 0.5,
        keysOutside,
      };
    });
  });
}

const PANELS = [
  'Palette',
  'Inspector',
  'Insights',
  'Stages & departments',
  'Comments',
  'Questions',
];

describe('the shortcut sheet as drawn', () => {
  const apps = appsClosedAfterEach();

  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    it(`reads as tidy rows at ${width}x${height}`, async () => {
      const app = await apps.open({ width, height });
      const { page } = app;
      await startFromTemplate(page, /hotel/i);
      await page.locator('.tm-canvas').focus();
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      const rows = await readRows(page);
      expect(rows.length).toBeGreaterThan(40);
      const oneLine = rows.find((row) => row.label === 'Undo')!.height;
      for (const row of rows) {
        expect(row.lines, row.label).toBeLessThanOrEqual(2);
        expect(row.fontPx, row.label).toBeGreaterThanOrEqual(11);
        expect(row.overflows, row.label).toBe(false);
        expect(row.keysOutside, row.label).toBe(false);
      }
      for (const panel of PANELS) {
        const row = rows.find((r) => r.label === panel);
        expect(row, panel).toBeDefined();
        expect(row!.lines, panel).toBe(1);
        expect(row!.height, panel).toBeCloseTo(oneLine, 0);
      }
      await app.screenshot(`shortcut-sheet-${width}x${height}`);
      await page.getByRole('heading', { name: 'Show or hide a panel' }).scrollIntoViewIfNeeded();
      await app.screenshot(`shortcut-sheet-panels-${width}x${height}`);
    });
  }
});
