/**
 * The text size preference in Chromium (built renderer): choosing XL in the Preferences
 * dialog makes the card titles bigger on screen at once, cards keep their size, and what a
 * card shows still fits inside it, at the full level and the compact one.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { CARD, startFromTemplate } from '../support/editor-helpers.ts';
import { captureSavesNow, savedFiles } from '../support/save-capture.ts';

const ARTIFACTS = resolve('test/artifacts');
const HOTEL = resolve('assets/templates/hotel-stay.touchmap');

/** The height of a word's box on page 1, as poppler's pdftotext -bbox reads it (points). */
function wordHeight(pdf: string, word: string): number {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], {
    encoding: 'utf8',
  });
  const match = new RegExp(`yMin="([\\d.]+)"[^>]*yMax="([\\d.]+)">${word}</word>`).exec(html);
  if (match === null) throw new Error(`no word ${word} on page 1 of ${pdf}`);
  return Number(match[2]) - Number(match[1]);
}

async function runPalette(page: Page, command: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('combobox', { name: 'Command' });
  await palette.fill(command);
  await palette.press('Enter');
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

interface CardReading {
  title: string;
  level: string;
  titlePx: number;
  /** On screen (px): the card, and how far its content reaches. */
  cardBottom: number;
  contentBottom: number;
  cardHeight: number;
  titleClipped: boolean;
  /** Words of the title broken across two lines though a line could hold them. */
  brokenWords: string[];
  zoom: number;
}

/** Every card on screen: its title's size on screen and whether its content fits it. */
async function readCards(page: Page): Promise<CardReading[]> {
  return page.locator(`${CARD} .tm-card`).evaluateAll((cards) => {
    const partLine = (element: HTMLElement): boolean => {
      const lines = element.clientHeight / Number.parseFloat(getComputedStyle(element).lineHeight);
      return Math.abs(lines - Math.round(lines)) > 0.15;
    };
    // A word drawn on one line has one box; one broken inside has one per line. Words the
    // clamp hides (after the ellipsis) have none and are not counted, nor is a word longer
    // than a whole line (card-levels.css: the only one that may be cut).
    const broken = (element: HTMLElement): string[] => {
      const text = element.firstChild;
      if (!(text instanceof Text)) return [];
      const out: string[] = [];
      // A hyphen is a place to break a line (check- / in), so it ends a word here.
      for (const match of text.data.matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const rects = [...range.getClientRects()];
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        const line = element.getBoundingClientRect().width;
        if (tops.size > 1 && width <= line) out.push(match[0]);
      }
      return out;
    };
    return cards.map((card) => {
      const title = card.querySelector('.tm-card-title') as HTMLElement | null;
      const box = card.getBoundingClientRect();
      const zoom = box.width / (card as HTMLElement).offsetWidth;
      let contentBottom = box.top;
      for (const child of card.children) {
        const r = child.getBoundingClientRect();
        if (r.height > 0 && !child.classList.contains('react-flow__handle'))
          contentBottom = Math.max(contentBottom, r.bottom);
      }
      return {
        title: title?.textContent ?? '',
        level: card.getAttribute('data-level') ?? '',
        titlePx: title ? Number.parseFloat(getComputedStyle(title).fontSize) * zoom : 0,
        cardBottom: box.bottom,
        contentBottom,
        cardHeight: box.height,
        // A clamped title may hide lines (with an ellipsis), but never show half a line.
        titleClipped: title ? partLine(title) : false,
        brokenWords: title ? broken(title) : [],
        zoom,
      };
    });
  });
}

async function choose(page: Page, size: string): Promise<void> {
  await runPalette(page, 'Preferences');
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.waitFor();
  await dialog
    .getByRole('radiogroup', { name: 'Text size' })
    .getByLabel(size, { exact: true })
    .check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

describe('text size (built renderer in Chromium)', () => {
  let app: App;
  afterEach(async () => {
    await app.close();
  });

  it('makes card titles bigger on screen when XL is chosen, and the cards still hold them', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await page.getByRole('button', { name: /^Zoom \d+ percent/ }).click();
    await page.waitForTimeout(400);
    const medium = await readCards(page);
    expect(medium.length).toBeGreaterThan(3);
    expect(medium.every((c) => c.level === 'full')).toBe(true);
    await shoot(page, 'text-size-m');

    await choose(page, 'XL');
    expect(await page.locator('.tm-canvas').getAttribute('data-text-size')).toBe('xl');
    const large = await readCards(page);
    await shoot(page, 'text-size-xl');
    for (const before of medium) {
      const after = large.find((c) => c.title === before.title);
      if (!after) continue;
      expect(after.titlePx, before.title).toBeCloseTo(before.titlePx * 1.3, 1);
      expect(after.cardHeight, before.title).toBeCloseTo(before.cardHeight, 1);
    }
    for (const card of large) {
      expect(card.contentBottom, card.title).toBeLessThanOrEqual(card.cardBottom + 0.5);
      expect(card.titleClipped, card.title).toBe(false);
      expect(card.brokenWords, card.title).toEqual([]);
    }

    // Further out, compact cards keep M's 20-unit titles (bigger would break words), whole.
    const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
    for (let i = 0; i < 6; i++) {
      if ((await page.locator(`${CARD} .tm-card--compact`).count()) > 0) break;
      await zoomOut.click();
      await page.waitForTimeout(300);
    }
    const compact = await readCards(page);
    await shoot(page, 'text-size-xl-compact');
    expect(compact.some((c) => c.level === 'compact')).toBe(true);
    for (const card of compact.filter((c) => c.level === 'compact')) {
      expect(card.titlePx, card.title).toBeGreaterThanOrEqual(11);
      expect(card.titlePx / card.zoom, card.title).toBeCloseTo(20, 1);
      expect(card.brokenWords, card.title).toEqual([]);
      expect(card.contentBottom, card.title).toBeLessThanOrEqual(card.cardBottom + 0.5);
    }

    // Back to S: titles smaller than M's, small text never under 11 units.
    await choose(page, 'S');
    await page.getByRole('button', { name: /^Zoom \d+ percent/ }).click();
    await page.waitForTimeout(400);
    const small = await readCards(page);
    const sample = small.find((c) => c.title === medium[0]!.title)!;
    expect(sample.titlePx).toBeLessThan(medium[0]!.titlePx);
    const chipPx = await page
      .locator(`${CARD} .tm-card-kind`)
      .first()
      .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    expect(chipPx).toBe(11);
  });

  it('grows the pinned headers with the text size, in whole words, after Fit (S and XL)', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const fit = page.getByRole('button', { name: 'Fit the map to the window' }).first();
    const readHeaders = () =>
      page.locator('.tm-stage-header, .tm-lane-header').evaluateAll((headers) =>
        headers.map((header) => {
          const name = header.querySelector<HTMLElement>('.tm-stage-name, .tm-lane-name');
          const index = header.querySelector<HTMLElement>('.tm-stage-index');
          return {
            lane: header.classList.contains('tm-lane-header'),
            width: header.getBoundingClientRect().width,
            full: name?.title ?? index?.title ?? '',
            shown: name?.textContent ?? '',
            px: name ? Number.parseFloat(getComputedStyle(name).fontSize) : 0,
            overflows: name ? name.scrollWidth > name.clientWidth + 0.5 : false,
            room: name ? `${name.scrollWidth} > ${name.clientWidth}` : '',
          };
        }),
      );
    const check = (headers: Awaited<ReturnType<typeof readHeaders>>) => {
      expect(headers.length).toBeGreaterThan(8);
      for (const h of headers) {
        expect(h.full, 'every header names its stage or department').not.toBe('');
        if (h.shown === '') continue;
        expect(h.px, h.full).toBeGreaterThanOrEqual(12);
        expect(h.overflows, `${h.full} ${h.room} at ${h.px} px`).toBe(false);
        // Whole words: the name, or its first words and an ellipsis, on one line or two (a
        // compound may break after its hyphen).
        const start = h.shown.replace(/-\n/g, '-').replace(/\n/g, ' ').replace(/…$/, '');
        expect(h.full.split(' ').slice(0, start.split(' ').length).join(' '), h.full).toBe(start);
      }
    };

    await choose(page, 'S');
    await fit.click();
    await page.waitForTimeout(500);
    const small = await readHeaders();
    check(small);
    await shoot(page, 'text-size-s-fit');

    await choose(page, 'XL');
    await fit.click();
    await page.waitForTimeout(500);
    const large = await readHeaders();
    check(large);
    await shoot(page, 'text-size-xl-fit');
    const px = (headers: typeof small, lane: boolean) =>
      Math.max(...headers.filter((h) => h.lane === lane && h.px > 0).map((h) => h.px));
    expect(px(large, true)).toBeGreaterThan(px(small, true) * 1.2);
    expect(px(large, false)).toBeGreaterThan(px(small, false) * 1.2);
    const laneWidth = (headers: typeof small) => headers.find((h) => h.lane)!.width;
    expect(laneWidth(large)).toBeGreaterThanOrEqual(laneWidth(small));
  });

  it('steps the size from the command palette: Larger text, Smaller text', async () => {
    app = await openApp({ width: 1280, height: 720 });
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    const canvas = page.locator('.tm-canvas');
    expect(await canvas.getAttribute('data-text-size')).toBe('m');
    await runPalette(page, 'Larger text');
    await expect.poll(() => canvas.getAttribute('data-text-size')).toBe('l');
    await runPalette(page, 'Larger text');
    await runPalette(page, 'Larger text');
    await expect.poll(() => canvas.getAttribute('data-text-size')).toBe('xl');
    await runPalette(page, 'Smaller text');
    await expect.poll(() => canvas.getAttribute('data-text-size')).toBe('l');
  });

  it("exports the PDF at the preferred size: XL card titles 1.3 times M's", async () => {
    app = await openApp({ width: 1280, height: 860 });
    const { page } = app;
    await page.getByRole('button', { name: 'Preferences…' }).click();
    const preferences = page.getByRole('dialog', { name: 'Preferences' });
    await preferences
      .getByRole('radiogroup', { name: 'Text size' })
      .getByLabel('XL', { exact: true })
      .check();
    await preferences.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => preferences.count()).toBe(0);

    await startFromTemplate(page, /hotel/i);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.waitFor();
    const sizes = dialog.getByRole('radiogroup', { name: 'Card text' });
    expect(await sizes.getByLabel('XL', { exact: true }).isChecked()).toBe(true);
    await captureSavesNow(page);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText(/^Saved /).waitFor({ timeout: 60_000 });
    const [saved] = await savedFiles(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    const xl = join(ARTIFACTS, 'text-size-xl.pdf');
    writeFileSync(xl, saved!.bytes);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      xl,
      join(ARTIFACTS, 'text-size-xl-pdf'),
    ]);

    // The same map at M, from the command line, on the dialog's page (the shared default, A3 landscape).
    const m = join(ARTIFACTS, 'text-size-m.pdf');
    execFileSync(process.execPath, [
      'dist/cli/touchmap.mjs',
      'export',
      HOTEL,
      '-o',
      m,
      '--text-size',
      'm',
    ]);
    const ratio = wordHeight(xl, 'Chat:') / wordHeight(m, 'Chat:');
    expect(ratio).toBeGreaterThan(1.25);
    expect(ratio).toBeLessThan(1.35);
  });
});
