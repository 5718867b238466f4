/**
 * Export SVG and Export PNG in the built renderer, in Chromium, chosen from the command
 * palette (the desktop's File menu runs the same commands): the files saved through the web
 * platform (the File System Access API stubbed to capture the bytes), the SVG with every
 * stage and card title as text and the fonts inside it, the PNG drawn by the browser's
 * canvas at twice the SVG's size on white. The PNG is kept in test/artifacts to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../support/harness.ts';
import { MOD, startFromTemplate } from '../support/editor-helpers.ts';
import { captureSavesNow, savedFiles } from '../support/save-capture.ts';

const ARTIFACTS = resolve('test/artifacts');
const NAME = 'hotel-stay-from-search-to-loyalty';

async function runFromPalette(page: Page, label: string): Promise<void> {
  await page.keyboard.press(`${MOD}+k`);
  const dialog = page.getByRole('dialog', { name: 'Commands' });
  await dialog.waitFor();
  await page.keyboard.type(label);
  expect(await dialog.getByRole('option').count()).toBe(1);
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.count()).toBe(0);
}

/** A PNG's size and top-left pixel (stored unfiltered: it has no neighbours to predict from). */
function readPng(bytes: Buffer): { width: number; height: number; corner: number[] } {
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  const data: Buffer[] = [];
  let width = 0;
  let height = 0;
  let rgba = false;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      rgba = body[9] === 6;
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(data));
  return { width, height, corner: [...pixels.subarray(1, rgba ? 5 : 4)] };
}

describe('Export SVG and PNG (built renderer in Chromium)', () => {
  let app: App;
  beforeEach(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await openApp({ width: 1280, height: 720 });
  });
  afterEach(async () => {
    await app.close();
  });

  it('saves the map as an SVG with its text, then as a PNG twice its size', async () => {
    const { page } = app;
    await startFromTemplate(page, /hotel/i);
    await captureSavesNow(page);

    await runFromPalette(page, 'Export as SVG');
    await expect.poll(async () => (await savedFiles(page)).length, { timeout: 30_000 }).toBe(1);
    const [svgFile] = await savedFiles(page);
    expect(svgFile!.name).toBe(`${NAME}.svg`);
    const svg = svgFile!.bytes.toString('utf8');
    writeFileSync(join(ARTIFACTS, `e2e-${NAME}.svg`), svg);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
      };
    }, svg);
    expect(parsed.error).toBe(0);
    for (const title of [
      'Hotel stay: from search to loyalty',
      'Inspiration',
      'After the stay',
      'Room and beds',
    ])
      expect(parsed.texts).toContain(title);
    expect(svg).toContain("@font-face{font-family:'Noto Sans';font-weight:700");

    await runFromPalette(page, 'Export as PNG');
    await expect.poll(async () => (await savedFiles(page)).length, { timeout: 60_000 }).toBe(2);
    const pngFile = (await savedFiles(page))[1]!;
    expect(pngFile.name).toBe(`${NAME}.png`);
    writeFileSync(join(ARTIFACTS, `e2e-${NAME}.png`), pngFile.bytes);
    const png = readPng(pngFile.bytes);
    expect(png).toMatchObject({ width: parsed.width * 2, height: parsed.height * 2 });
    expect(png.corner.slice(0, 3)).toEqual([255, 255, 255]);
    await app.screenshot('picture-export-editor');
  });
});
