/**
 * Connection labels in a real export, read back with pdftotext: a label that fits two lines
 * is there in full; only one longer than that is cut, with an ellipsis.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { exportPdf } from '../../../src/pdf/index.ts';
import {
  DATE,
  TEMPLATE_DIR,
  bundledFonts,
  compact,
  loadMap,
  pdfTextCompact,
  writePdf,
} from './helpers.ts';

vi.setConfig({ testTimeout: 30_000 });

const WHOLE = 'Pays with the saved card and gets the receipt by email';
const TOO_LONG =
  'Recommends the shop near the station because the staff there helped her choose last time, and she can pick the order up on her way home from work on Thursday evening';

describe('connection labels in the PDF', () => {
  it('draws a two-line label in full and cuts only a longer one', async () => {
    const hotel = loadMap(join(TEMPLATE_DIR, 'hotel-stay.touchmap'));
    const map: JourneyMap = {
      ...hotel,
      connections: hotel.connections.map((c, i) =>
        i === 0 ? { ...c, label: WHOLE } : i === 1 ? { ...c, label: TOO_LONG } : c,
      ),
    };
    const { bytes } = await exportPdf(map, { date: DATE, pageSize: 'A3' }, await bundledFonts());
    const text = pdfTextCompact(writePdf('connection-labels', bytes));
    expect(text).toContain(compact(WHOLE));
    expect(text).toContain(compact('Recommends the shop near the station'));
    expect(text).not.toContain(compact('Thursday evening'));
    expect(text).toContain('\u2026');
  });
});
