/**
 * Approved renders: a few pages rendered by poppler at 60 dpi in grayscale and compared with
 * PNGs a person looked at and approved (test/fixtures/pdf-approved). A small tolerance absorbs
 * anti-aliasing differences between poppler versions; a moved card, a changed face or a
 * changed word does not pass (each 8 x 8 pixel block is compared too).
 *
 * After a deliberate change of the drawing, look at the new renders and approve them with
 *   UPDATE_APPROVED=1 npx vitest run --project unit test/unit/pdf/approved.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { exportPdf, type ExportOptions } from '../../../src/pdf/index.ts';
import {
  APPROVED_DIR,
  DATE,
  TEMPLATE_DIR,
  bundledFonts,
  compareGray,
  decodePng,
  encodeGrayPng,
  loadMap,
  renderPage,
  writePdf,
} from './helpers.ts';
import { stressMap } from './maps.ts';

// Real exports and external tools: slower than a unit test, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const DPI = 60;
const MAX_MEAN_DIFFERENCE = 2.5;
const MAX_CHANGED_SHARE = 0.01;
/** A changed face or a changed word moves an 8 x 8 block by about 40. */
const MAX_BLOCK_DIFFERENCE = 24;

const hotel = (): JourneyMap => loadMap(join(TEMPLATE_DIR, 'hotel-stay.touchmap'));

const CASES: { name: string; map: () => JourneyMap; options: ExportOptions; page: number }[] = [
  { name: 'hotel-a3-landscape-fit', map: hotel, options: { pageSize: 'A3' }, page: 1 },
  {
    name: 'stress-a4-portrait-fit',
    map: stressMap,
    options: { pageSize: 'A4', orientation: 'portrait' },
    page: 1,
  },
  {
    name: 'hotel-a4-tile-a1',
    map: hotel,
    options: { pageSize: 'A4', orientation: 'portrait', layout: 'tile', scale: 1 },
    page: 2,
  },
];

describe('approved renders', () => {
  for (const c of CASES) {
    it(`${c.name} looks as approved`, async () => {
      const { bytes } = await exportPdf(
        c.map(),
        { date: DATE, author: 'Ana Núñez', ...c.options },
        await bundledFonts(),
      );
      const pdf = writePdf(`approved-${c.name}`, bytes);
      const png = renderPage(pdf, c.page, DPI, `approved-${c.name}`);
      const approved = join(APPROVED_DIR, `${c.name}.png`);
      const image = decodePng(new Uint8Array(readFileSync(png)));
      if (process.env.UPDATE_APPROVED === '1') writeFileSync(approved, encodeGrayPng(image));
      if (!existsSync(approved))
        throw new Error(
          `no approved render ${approved}: look at ${png}, then run with UPDATE_APPROVED=1`,
        );
      const diff = compareGray(image, decodePng(new Uint8Array(readFileSync(approved))));
      expect(diff.mean, `mean difference; new render: ${png}`).toBeLessThan(MAX_MEAN_DIFFERENCE);
      expect(diff.changed, `share of changed pixels; new render: ${png}`).toBeLessThan(
        MAX_CHANGED_SHARE,
      );
      expect(diff.block, `largest local difference; new render: ${png}`).toBeLessThan(
        MAX_BLOCK_DIFFERENCE,
      );
    });
  }
});
