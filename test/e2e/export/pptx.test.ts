/**
 * Export PowerPoint in the built renderer, in Chromium: the command palette's "Export
 * PowerPoint…" on the hotel-stay template downloads a .pptx (no save picker, as in a plain
 * browser), or writes it through the save picker; the file is opened as the zip it is and its
 * slides hold the titles as editable text runs, with no pictures.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { startFromTemplate } from '../support/editor-helpers.ts';
import { captureSavesNow, savedFiles } from '../support/save-capture.ts';

const OUT = resolve('test-results/export');
const NAME = 'hotel-stay-from-search-to-loyalty.pptx';
const TITLE = 'Hotel stay: from search to loyalty';

async function runPalette(page: Page, command: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('combobox', { name: 'Command' });
  await palette.fill(command);
  await app.screenshot('export-pptx-palette');
  await palette.press('Enter');
}

/** Every `<a:t>` run of every slide, and whether any slide holds a picture. */
function readDeck(bytes: Uint8Array): { slides: number; runs: string[]; pictures: boolean } {
  const files = unzipSync(bytes);
  const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  const xml = slides.map((n) => strFromU8(files[n]!)).join('\n');
  const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return { slides: slides.length, runs, pictures: xml.includes('<p:pic') };
}

let app: App;

describe('Export PowerPoint (built renderer in Chromium)', () => {
  beforeEach(async () => {
    mkdirSync(OUT, { recursive: true });
    app = await openApp({ width: 1280, height: 720 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('downloads the deck from the command palette, its text editable', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    // A browser without the File System Access API: the file comes as a download.
    await page.evaluate(() => {
      (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker = undefined;
    });
    const download = page.waitForEvent('download', { timeout: 100_000 });
    await runPalette(page, 'Export PowerPoint');
    const file = await download;
    expect(file.suggestedFilename()).toBe(NAME);
    const path = join(OUT, NAME);
    await file.saveAs(path);
    const deck = readDeck(new Uint8Array(readFileSync(path)));
    // Title, persona, the whole map and at least one slide per stage of the template.
    expect(deck.slides).toBeGreaterThanOrEqual(3 + 7);
    expect(deck.pictures).toBe(false);
    expect(deck.runs).toContain(TITLE);
    expect(deck.runs).toContain('Pre-arrival and check-in');
    expect(deck.runs).toContain('Front-desk check-in');
    const status = page.getByRole('status').filter({ hasText: `Exported ${NAME}.` });
    await status.waitFor();
    await app.screenshot('export-pptx-done');
  }, 120_000);

  it('writes the deck through the save picker when the browser has one', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await captureSavesNow(page);
    await runPalette(page, 'Export PowerPoint');
    await expect.poll(async () => (await savedFiles(page)).length, { timeout: 60_000 }).toBe(1);
    const [saved] = await savedFiles(page);
    expect(saved!.name).toBe(NAME);
    const deck = readDeck(new Uint8Array(saved!.bytes));
    expect(deck.runs).toContain(TITLE);
    expect(deck.pictures).toBe(false);
  }, 120_000);
});
