/**
 * The PDF fallback font in the browser build, in Chromium: chosen in Preferences through the
 * file chooser (kept in IndexedDB), named in the Export dialog, embedded in the exported PDF
 * (pdffonts: a third font) so the Chinese title is text in it (pdftotext); without it, the
 * dialog's summary lists the missing characters.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { startFromTemplate } from '../support/editor-helpers.ts';
import { captureSavesFromStart, savedFiles } from '../support/save-capture.ts';

const OUT = resolve('test-results/export');
const FONT = resolve('test/unit/pdf/fixtures/cjk-fallback-subset.ttf');
const TITLE = '顾客旅程地图';

async function lastSaved(page: Page): Promise<Buffer> {
  const saved = await savedFiles(page);
  expect(saved.length).toBeGreaterThan(0);
  return saved.at(-1)!.bytes;
}

async function exportMap(page: Page, name: string): Promise<{ path: string; summary: string }> {
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.waitFor();
  const note = await dialog.getByTestId('fallback-font').textContent();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByText(/^Saved /).waitFor({ timeout: 60_000 });
  const summary = (await dialog.locator('.tm-export-summary').textContent()) ?? '';
  const path = join(OUT, name);
  writeFileSync(path, await lastSaved(page));
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { path, summary: `${note}\n${summary}` };
}

async function startChineseMap(page: Page): Promise<void> {
  await startFromTemplate(page, /hotel/i);
  const title = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Map title');
  await title.fill(TITLE);
  await title.press('Enter');
  await expect.poll(() => title.inputValue()).toBe(TITLE);
}

const embeddedFonts = (path: string): string[] =>
  execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);

describe('the PDF fallback font (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await openApp({ width: 1280, height: 860 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('without a fallback font, the summary lists the missing characters', async () => {
    const { page } = app;
    await captureSavesFromStart(page);
    await startChineseMap(page);
    const { path, summary } = await exportMap(page, 'cjk-without-fallback.pdf');
    expect(summary).toContain('Fallback font: none — characters missing from Noto Sans');
    for (const ch of TITLE) expect(summary).toContain(ch);
    expect(embeddedFonts(path)).toHaveLength(2);
  });

  it('chosen in Preferences, it is embedded and draws the Chinese title', async () => {
    const { page } = app;
    await captureSavesFromStart(page);
    await page.getByRole('button', { name: 'Preferences…' }).click();
    const prefs = page.getByRole('dialog', { name: 'Preferences' });
    await prefs.waitFor();
    const chooser = page.waitForEvent('filechooser');
    await prefs.getByRole('button', { name: 'Choose…' }).click();
    await (await chooser).setFiles(FONT);
    const name = prefs.getByTestId('fallback-font-name');
    await expect.poll(() => name.textContent()).toBe('cjk-fallback-subset.ttf');
    await app.screenshot('preferences-fallback-font');
    await prefs.getByRole('button', { name: 'Cancel' }).click();

    // Kept in IndexedDB: still there after a reload.
    await page.reload();
    await page.getByRole('button', { name: 'Preferences…' }).click();
    await expect
      .poll(() => prefs.getByTestId('fallback-font-name').textContent())
      .toBe('cjk-fallback-subset.ttf');
    await prefs.getByRole('button', { name: 'Cancel' }).click();

    await startChineseMap(page);
    const { path, summary } = await exportMap(page, 'cjk-with-fallback.pdf');
    expect(summary).toContain('Fallback font: cjk-fallback-subset.ttf');
    expect(summary).not.toContain('No font had');
    expect(embeddedFonts(path)).toHaveLength(3);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain(TITLE);
  });
});
