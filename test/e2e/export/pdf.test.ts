/**
 * Export PDF in the built renderer, in Chromium: the dialog (toolbar button and Ctrl+Shift+E),
 * its options and the live preview of page 1 (pdf.js), the export in a web worker with its
 * progress and Cancel, the file written through the web platform (the File System Access
 * API, stubbed to capture the bytes, or a download), checked with poppler's pdfinfo and
 * pdftotext; and a Touchmap PDF opened again through the Open button.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate-map.ts';
import { SCREENSHOT_DIR, openApp, type App } from '../support/harness.ts';
import {
  MOD,
  card,
  cards,
  openFile,
  selectedIds,
  startFromTemplate,
} from '../support/editor-helpers.ts';
import { captureSavesNow, savedFiles } from '../support/save-capture.ts';

const OUT = resolve('test-results/export');
const HOTEL_PDF_NAME = 'hotel-stay-from-search-to-loyalty.pdf';

function pdfInfo(path: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Export PDF' });
}

/** Waits until the preview shows page 1 of the current options. */
async function previewShown(page: Page): Promise<void> {
  const frame = page.locator('.tm-export-page');
  await expect.poll(() => frame.getAttribute('data-preview'), { timeout: 30_000 }).toBe('shown');
  await expect.poll(() => frame.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
}

describe('Export PDF (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await openApp({ width: 1280, height: 860 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('exports A4 portrait with the appendix from the toolbar, with a preview, and saves it', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const button = page.getByRole('button', { name: 'Export PDF…' });
    expect(await button.getAttribute('title')).toBe('Export PDF… (Ctrl+Shift+E)');
    await button.click();
    const dialog = exportDialog(page);
    await dialog.waitFor();
    await previewShown(page);
    await app.screenshot('export-dialog-default');

    await dialog.getByLabel('Size').selectOption('A4');
    await dialog.getByRole('radio', { name: 'Portrait' }).check();
    await dialog.getByRole('checkbox', { name: /Appendix/ }).check();
    await previewShown(page);
    const pages = await dialog.getByTestId('page-count').textContent();
    expect(pages).toMatch(/^\d+ pages$/);
    const expected = Number(/\d+/.exec(pages ?? '')?.[0]);
    expect(expected).toBeGreaterThan(1);
    // The preview is page 1 at A4 portrait proportions.
    const canvas = dialog.locator('canvas.tm-export-canvas');
    const box = await canvas.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.height / box!.width).toBeCloseTo(841.89 / 595.28, 1);
    await app.screenshot('export-dialog-a4-portrait-preview');

    await captureSavesNow(page);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const summary = dialog.getByText(/^Saved /);
    await summary.waitFor({ timeout: 30_000 });
    expect(await dialog.locator('.tm-export-summary').textContent()).toContain(
      `Saved ${HOTEL_PDF_NAME} — ${expected} pages`,
    );
    await app.screenshot('export-dialog-saved');

    const [saved] = await savedFiles(page);
    expect(saved?.name).toBe(HOTEL_PDF_NAME);
    const path = join(OUT, HOTEL_PDF_NAME);
    writeFileSync(path, saved!.bytes);
    const info = pdfInfo(path);
    expect(info['Page size']).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)$/);
    expect(Number(info.Pages)).toBe(expected);
    expect(info.Title).toBe('Hotel stay: from search to loyalty');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Hotel stay: from search to loyalty');
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SCREENSHOT_DIR, 'export-hotel-a4')]);

    // The options stay for the next export of this session.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.press(`${MOD}+Shift+E`);
    await dialog.waitFor();
    expect(await dialog.getByLabel('Size').inputValue()).toBe('A4');
    expect(await dialog.getByRole('radio', { name: 'Portrait' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: /Appendix/ }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('starts from the editor’s evidence filter and exports only the cards that pass', async () => {
    const { page } = app;
    await startFromTemplate(page, /^Family weekend away/);
    await page
      .getByRole('search', { name: 'Filters' })
      .getByLabel('Evidence')
      .selectOption({ label: 'Assumed' });
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = exportDialog(page);
    await dialog.waitFor();
    const evidence = dialog.getByLabel('Evidence');
    expect(await evidence.inputValue()).toBe('assumed');
    // Each department counts its assumed cards: Housekeeping has one, Front desk none.
    const count = (name: string) =>
      dialog.locator('.tm-export-departments label', { hasText: name }).locator('.tm-export-hint');
    expect(await count('Housekeeping').textContent()).toBe('1');
    expect(await count('Front desk').textContent()).toBe('0');
    await dialog.getByRole('radio', { name: 'Left out' }).check();
    await dialog.getByRole('checkbox', { name: /Appendix/ }).uncheck();
    await previewShown(page);
    await app.screenshot('export-dialog-evidence-assumed');

    await captureSavesNow(page);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText(/^Saved /).waitFor({ timeout: 30_000 });
    const [saved] = await savedFiles(page);
    const path = join(OUT, 'evidence-assumed.pdf');
    writeFileSync(path, saved!.bytes);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // Assumed: present. Observed and reported: left out.
    expect(text).toContain('Room allocated and cot noted');
    expect(text).toContain('Maintenance job logged');
    expect(text).not.toContain('Books the family room online');
    expect(text).not.toContain('Front desk corrects the bill');
    expect(text).toContain('Showing only touchpoints marked assumed; the others are left out.');
    execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SCREENSHOT_DIR, 'export-evidence')]);
  });

  it('opens with Ctrl+Shift+E, names option problems, and downloads when there is no save picker', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await page.evaluate(() => {
      (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker = undefined;
    });
    await page.locator('.tm-canvas').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press(`${MOD}+Shift+E`);
    const dialog = exportDialog(page);
    await dialog.waitFor();

    // Problems are shown by the field, and Export waits for them to be fixed.
    const margin = dialog.getByLabel('Margins (mm)');
    await margin.fill('abc');
    expect(await dialog.getByRole('alert').first().textContent()).toContain(
      'Margin: enter a number of millimetres.',
    );
    expect(await margin.getAttribute('aria-invalid')).toBe('true');
    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    expect(await exportButton.isDisabled()).toBe(true);
    await margin.fill('200');
    expect(await dialog.locator('.tm-export-problems').first().textContent()).toMatch(
      /^margins: left \+ right/,
    );
    await dialog.getByRole('button', { name: 'None' }).click();
    expect(await dialog.locator('.tm-export-problems').allTextContents()).toContain(
      'Departments: choose at least one department to export.',
    );
    await app.screenshot('export-dialog-problems');
    await margin.fill('10');
    await dialog.getByRole('button', { name: 'All' }).click();
    // The appendix is on by default, as on the command line: the map page alone here.
    await dialog.getByRole('checkbox', { name: /Appendix/ }).uncheck();
    expect(await exportButton.isDisabled()).toBe(false);

    const download = page.waitForEvent('download');
    await exportButton.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(HOTEL_PDF_NAME);
    const path = join(OUT, 'downloaded.pdf');
    await file.saveAs(path);
    const info = pdfInfo(path);
    // The first time in a session: the preferences' page (A3 landscape by default, as the
    // command line's), fit.
    expect(info['Page size']).toMatch(/^1190\.5\d x 841\.8\d pts \(A3\)$/);
    expect(info.Pages).toBe('1');
    await dialog.getByText(`Saved ${HOTEL_PDF_NAME} — 1 page`).waitFor();
  });

  it('shows progress for a large map, keeps the editor usable while it runs, and cancels', async () => {
    const { page } = app;
    const path = join(OUT, 'large-600.touchmap');
    writeFileSync(path, generateMap(600).text);
    await openFile(page, path, () =>
      page.getByRole('button', { name: 'Open a map file…' }).click(),
    );
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = exportDialog(page);
    await dialog.waitFor();
    await dialog.getByLabel('Size').selectOption('A4');
    await dialog.getByRole('radio', { name: /Tile it across pages/ }).check();
    await dialog.getByLabel('Scale (%)').fill('250');
    await dialog.getByRole('checkbox', { name: /Appendix/ }).check();
    expect(await dialog.getByTestId('page-count').textContent()).toMatch(
      /^At least \d+ pages: a cover page, \d+ map pages \(\d+ × \d+(, \d+ blank left out)?\) and the appendix$/,
    );

    // A slower machine, for the export only: each page takes 25 ms longer in the worker, so
    // the export lasts long enough to be watched (the worker's own code is unchanged).
    await page.context().route('**/export-worker-*.js', async (route) => {
      const response = await route.fetch();
      const shim = `{const post=self.postMessage.bind(self);self.postMessage=(m,t)=>{if(m&&m.type==='progress'){const end=Date.now()+25;while(Date.now()<end);}post(m,t);};}\n`;
      await route.fulfill({ response, body: shim + (await response.text()) });
    });
    // The page's own thread: how long it ever went without drawing a frame.
    await page.evaluate(() => {
      const w = window as unknown as { __longestFrameGap: number };
      w.__longestFrameGap = 0;
      let last = performance.now();
      const tick = (now: number) => {
        w.__longestFrameGap = Math.max(w.__longestFrameGap, now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

    await captureSavesNow(page);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
    await progress.waitFor();
    // The worker's first pages can take seconds on a loaded machine: wait for them as long as
    // a slow CI needs (vitest's poll gives up after 1 s by default), and fail if none come.
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 })
      .toBeGreaterThan(2);
    expect(await dialog.locator('.tm-export-progress-text').textContent()).toMatch(
      /^Drawing page \d+ of \d+ \(\d+\/\d+\)$/,
    );
    await app.screenshot('export-progress');

    // Back to the editor while the export goes on: the toast shows it, the map takes clicks.
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const toast = page.getByRole('complementary', { name: 'PDF export' });
    await toast.waitFor();
    expect(await toast.getAttribute('data-phase')).toBe('exporting');
    const first = cards(page).first();
    const id = await first.locator('.tm-card').getAttribute('data-touchpoint-id');
    await first.click();
    await expect.poll(() => selectedIds(page)).toEqual([id]);
    expect(await toast.getAttribute('data-phase')).toBe('exporting');
    await app.screenshot('export-toast-while-editing');
    const gap = await page.evaluate(
      () => (window as unknown as { __longestFrameGap: number }).__longestFrameGap,
    );
    expect(gap).toBeLessThan(500);

    await toast.getByRole('button', { name: 'Cancel export' }).click();
    await toast.getByText('Export cancelled. Nothing was saved.').waitFor();
    expect(await savedFiles(page)).toEqual([]);
    await toast.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => toast.count()).toBe(0);
  });

  it('opens a Touchmap PDF through the Open button and gets the editable map back', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const count = await cards(page).count();
    await captureSavesNow(page);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = exportDialog(page);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText(/^Saved /).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    const [saved] = await savedFiles(page);
    const pdfPath = join(OUT, 'reopen.pdf');
    writeFileSync(pdfPath, saved!.bytes);

    // Start over with a blank map (the template's copy was not changed: nothing to ask), then
    // open the PDF.
    await page.getByRole('button', { name: 'New map' }).click();
    await page
      .getByRole('list', { name: 'Templates' })
      .getByRole('button', { name: 'Blank map' })
      .click();
    await expect.poll(() => cards(page).count()).toBe(0);
    expect(await page.getByRole('alertdialog', { name: /Save the changes/ }).count()).toBe(0);
    await openFile(page, pdfPath, () =>
      page.getByRole('button', { name: 'Open a map file' }).click(),
    );
    await expect.poll(() => cards(page).count()).toBe(count);
    expect(await page.locator('.tm-doc-title').textContent()).toBe(
      'Hotel stay: from search to loyalty',
    );
    expect(await page.locator('.tm-doc-file').textContent()).toContain('reopen.touchmap');
    // Editable: a card can be renamed like any other.
    const first = cards(page).first();
    await first.click();
    await page.keyboard.press('F2');
    await page.keyboard.press(`${MOD}+a`);
    await page.keyboard.type('Renamed after the PDF');
    await page.keyboard.press('Enter');
    await card(page, 'Renamed after the PDF').waitFor();

    // A PDF that carries no map says so, and changes nothing.
    const plain = join(OUT, 'not-touchmap.pdf');
    writeFileSync(plain, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    await openFile(page, plain, async () => {
      await page.getByRole('button', { name: 'Open a map file' }).click();
      const ask = page.getByRole('alertdialog', { name: /Save the changes/ });
      await ask.getByRole('button', { name: 'Don’t save' }).click();
    });
    const error = page.getByRole('alertdialog', { name: 'The file could not be opened' });
    await error.waitFor();
    expect(await error.textContent()).toContain('“not-touchmap.pdf” has no Touchmap map inside.');
    await app.screenshot('export-open-pdf-without-map');
    await error.getByRole('button', { name: 'OK' }).click();
    await card(page, 'Renamed after the PDF').waitFor();
    expect(readFileSync(plain, 'utf8')).toContain('%PDF-1.4');
  });
});
