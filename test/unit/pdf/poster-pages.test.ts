/**
 * Pages left out of a real export: poster tiles that would print only empty grid (named on
 * the cover instead), and the lanes of departments with no touchpoint (unless asked for).
 */
import { describe, expect, it, vi } from 'vitest';
import { computeLayout } from '../../../src/core/layout.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { PAGE_SIZES } from '../../../src/core/paper.ts';
import { estimatePages } from '../../../src/app/export/export-form.ts';
import {
  exportPdf,
  planTiles,
  resolveOptions,
  type ExportOptions,
} from '../../../src/pdf/index.ts';
import { mapContent } from '../../../src/pdf/tile-content.ts';
import { tilesWithContent } from '../../../src/pdf/tiling.ts';
import { DATE, bundledFonts, compact, pdfInfo, pdfTextCompact, writePdf } from './helpers.ts';
import { touchpoint } from './maps.ts';

vi.setConfig({ testTimeout: 60_000 });

/** Three stages by three lanes, a card top left and one bottom right, the middle empty. */
function corners(): JourneyMap {
  return {
    format: 'touchmap',
    version: 1,
    id: 'corners',
    title: 'Corners',
    stages: ['Search', 'Book', 'Stay'].map((name, i) => ({ id: `s${i + 1}`, name })),
    departments: [
      { id: 'd1', name: 'Marketing', color: '#d9734e' },
      { id: 'd2', name: 'Legal department', color: '#3f88c5' },
      { id: 'd3', name: 'Front desk', color: '#5a9e6f' },
    ],
    touchpoints: [
      touchpoint('t1', 's1', 'd1', 'Sees an advert', 16, 16),
      touchpoint('t2', 's3', 'd3', 'Checks in', 16, 16),
    ],
    connections: [],
  };
}

async function exportTo(name: string, map: JourneyMap, options: ExportOptions) {
  const result = await exportPdf(map, { date: DATE, ...options }, await bundledFonts());
  return { ...result, path: writePdf(name, result.bytes) };
}

describe('a poster', () => {
  it('prints only the tiles with something on them, and says which were left out', async () => {
    const map = corners();
    const options: ExportOptions = {
      pageSize: 'A4',
      orientation: 'portrait',
      layout: 'tile',
      scale: 2,
      emptyLanes: true,
    };
    const r = await exportTo('poster-corners', map, options);
    const layout = computeLayout(map);
    const a4 = PAGE_SIZES.A4;
    const grid = planTiles({
      mapWidth: layout.width,
      mapHeight: layout.height,
      scale: 2,
      contentWidth: a4.width - 56,
      contentHeight: a4.height - 56,
      overlap: 20,
    });
    const printed = tilesWithContent(grid, mapContent({ map, layout, curve: layout.curve }));
    const skipped = grid.tiles.filter((t) => !printed.includes(t)).map((t) => t.label);
    // The middle of the second row shows neither header, card nor curve.
    expect(skipped).toContain('B2');
    expect(r.pageCount).toBe(1 + printed.length);
    expect(pdfInfo(r.path).pages).toBe(1 + printed.length);
    const text = pdfTextCompact(r.path);
    for (const tile of printed) expect(text).toContain(compact(`${tile.label} · page`));
    for (const label of skipped) expect(text).not.toContain(compact(`${label} · page`));
    expect(text).toContain(compact(`${skipped.join(', ')} would show only empty grid`));
    // The dialog's estimate counts the same pages before anything is drawn.
    const resolved = resolveOptions(options, map);
    if (!resolved.ok) throw new Error(resolved.errors.join('; '));
    expect(estimatePages(map, resolved.options)).toMatchObject({
      mapPages: printed.length,
      blank: skipped.length,
    });
    // Each card is on a printed page, whole.
    for (const tp of map.touchpoints) expect(text).toContain(compact(tp.title));
  });
});

describe('a department with no touchpoint', () => {
  it('gets no lane (nor legend entry) unless empty lanes are asked for', async () => {
    const map = { ...corners(), touchpoints: corners().touchpoints.slice(0, 1) };
    const plain = pdfTextCompact((await exportTo('lanes-default', map, {})).path);
    expect(plain).toContain(compact('Marketing'));
    expect(plain).not.toContain(compact('Legal department'));
    expect(plain).not.toContain(compact('Front desk'));
    const asked = pdfTextCompact((await exportTo('lanes-asked', map, { emptyLanes: true })).path);
    for (const name of ['Marketing', 'Legal department', 'Front desk'])
      expect(asked).toContain(compact(name));
  });
});
