/**
 * The Export PDF form without a browser: the options it gives the exporter, its problems by
 * field, its defaults from the editor's filters and from the last export of the session, the
 * suggested file name and the page estimate (run-export's worker protocol: run-export.test.tsx).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/core/layout.ts';
import { contentBox } from '../../../src/pdf/options.ts';
import { mapContent } from '../../../src/pdf/tile-content.ts';
import { planTiles, tilesWithContent } from '../../../src/pdf/tiling.ts';
import { TEMPLATES } from '../../../src/app/templates.ts';
import {
  defaultForm,
  describeEstimate,
  estimatePages,
  fieldOfProblem,
  formToOptions,
  inMillimetres,
  mmToPt,
  parseDecimal,
  selectionFromFilters,
  type ExportForm,
} from '../../../src/app/export/export-form.ts';
import {
  initialForm,
  rememberForm,
  resetExportSettings,
} from '../../../src/app/export/export-settings.ts';
import { suggestedPdfName } from '../../../src/app/export/run-export.ts';

const hotel = () => TEMPLATES.find((t) => t.key === 'hotel-stay')!.map;
const ALL = { kind: 'all', departmentId: null, evidence: 'all' } as const;

function form(patch: Partial<ExportForm> = {}): ExportForm {
  return { ...defaultForm(hotel(), ALL), ...patch };
}

afterEach(() => resetExportSettings());

describe('the form → the exporter options', () => {
  it('starts from the command line’s A3 landscape with the appendix, fit, its margins (shown as 10 mm), title block and legend, everything shown', () => {
    const map = hotel();
    const result = formToOptions(defaultForm(map, ALL), map);
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual({});
    expect(result.options).toEqual({
      pageSize: 'A3',
      orientation: 'landscape',
      layout: 'fit',
      appendix: true,
      titleBlock: true,
      legend: true,
      emptyLanes: false,
      comments: false,
      kinds: null,
      evidence: null,
      departments: null,
      filterMode: 'dim',
      author: '',
      textSize: 'm',
    });
    expect(result.resolved?.pageWidth).toBe(1190.55);
    // The exporter's default margin, the command line's: 28 pt.
    expect(defaultForm(map, ALL).margin).toBe('10');
    expect(result.resolved?.margins).toEqual({ top: 28, right: 28, bottom: 28, left: 28 });
  });

  it('passes every choice on: page, margins in points, tile scale, parts, kinds, evidence, departments', () => {
    const map = hotel();
    const ids = map.departments.map((d) => d.id);
    const result = formToOptions(
      form({
        pageSize: 'A4',
        orientation: 'portrait',
        margin: '12,5',
        layout: 'tile',
        scale: '150',
        appendix: true,
        titleBlock: false,
        legend: false,
        emptyLanes: true,
        comments: true,
        kinds: 'service',
        evidence: 'assumed',
        departments: [ids[2]!, ids[0]!],
        filterMode: 'omit',
        author: '  Ana Díaz ',
      }),
      map,
    );
    expect(result.ok).toBe(true);
    expect(result.options).toMatchObject({
      pageSize: 'A4',
      orientation: 'portrait',
      margins: mmToPt(12.5),
      layout: 'tile',
      scale: 1.5,
      appendix: true,
      titleBlock: false,
      legend: false,
      emptyLanes: true,
      comments: true,
      kinds: ['service'],
      evidence: ['assumed'],
      // In the map's order, whatever order they were ticked in.
      departments: [ids[0], ids[2]],
      filterMode: 'omit',
      author: 'Ana Díaz',
    });
    expect(result.resolved?.appendix).toEqual(['frictions', 'insights', 'inventory']);
    expect(mmToPt(12.5)).toBeCloseTo(35.43, 2);
    // The editor's "Not marked" is the exporter's `unmarked`.
    const unmarked = formToOptions(form({ evidence: 'none' }), map);
    expect(unmarked.options.evidence).toEqual(['unmarked']);
    expect(unmarked.resolved?.evidence).toEqual(['unmarked']);
  });

  it('reads decimals as people type them', () => {
    expect(parseDecimal('12')).toBe(12);
    expect(parseDecimal(' 12.5 ')).toBe(12.5);
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('12 mm')).toBeNull();
    expect(parseDecimal('1e3')).toBeNull();
  });
});

describe('problems, by field', () => {
  it('says what is wrong with a margin, in millimetres', () => {
    const map = hotel();
    expect(formToOptions(form({ margin: 'abc' }), map).problems).toEqual({
      margin: ['Margin: enter a number of millimetres.'],
    });
    expect(formToOptions(form({ margin: '-1' }), map).problems.margin).toEqual([
      'Margin: cannot be negative.',
    ]);
    expect(formToOptions(form({ margin: '400' }), map).problems.margin).toEqual([
      'Margin: at most 350 mm.',
    ]);
    // Too wide for the page: the exporter's own check, by name, in the form's unit.
    const wide = formToOptions(
      form({ pageSize: 'A4', orientation: 'portrait', margin: '100' }),
      map,
    );
    expect(wide.ok).toBe(false);
    expect(wide.problems.margin).toEqual([
      'margins: left + right (200 mm) leave less than 50.8 mm of a 210 mm wide page',
    ]);
  });

  it('checks the tile scale only for a tiled export', () => {
    const map = hotel();
    expect(formToOptions(form({ scale: 'x' }), map).ok).toBe(true);
    expect(formToOptions(form({ layout: 'tile', scale: 'x' }), map).problems.scale).toEqual([
      'Scale: enter a percentage.',
    ]);
    expect(formToOptions(form({ layout: 'tile', scale: '0' }), map).problems.scale).toEqual([
      'Scale: must be more than 0 %.',
    ]);
    expect(formToOptions(form({ layout: 'tile', scale: '3000' }), map).problems.scale).toEqual([
      'scale: expected a number from 0.05 to 20, got 30',
    ]);
  });

  it('wants at least one department', () => {
    const map = hotel();
    const result = formToOptions(form({ departments: [] }), map);
    expect(result.ok).toBe(false);
    expect(result.problems.departments).toEqual([
      'Departments: choose at least one department to export.',
    ]);
  });

  it('files the exporter problems under the field they name', () => {
    expect(fieldOfProblem('margins.left: expected a number')).toBe('margin');
    expect(fieldOfProblem('scale: expected a number from 0.05 to 20, got 30')).toBe('scale');
    expect(fieldOfProblem('overlap: expected a number')).toBe('scale');
    expect(fieldOfProblem('departments[0]: expected a string')).toBe('departments');
    expect(fieldOfProblem('kinds[0]: expected one of service, experience')).toBe('departments');
    expect(fieldOfProblem('author: expected a string')).toBe('author');
    expect(fieldOfProblem('date: expected an ISO-8601 date')).toBe('general');
    expect(inMillimetres('margins: 28.35 pt and 72 pt')).toBe('margins: 10 mm and 25.4 mm');
  });
});

describe('defaults: what the editor shows, and the last export of the session', () => {
  it('takes the departments, kinds and evidence from the editor filters', () => {
    const map = hotel();
    const billing = map.departments.find((d) => d.name === 'Billing')!.id;
    expect(
      selectionFromFilters(map, { kind: 'service', departmentId: billing, evidence: 'reported' }),
    ).toEqual({
      kinds: 'service',
      evidence: 'reported',
      departments: [billing],
    });
    expect(selectionFromFilters(map, ALL)).toEqual({
      kinds: 'both',
      evidence: 'all',
      departments: map.departments.map((d) => d.id),
    });
    // A filter on a department that is gone shows everything.
    expect(selectionFromFilters(map, { ...ALL, departmentId: 'gone' }).departments).toEqual(
      map.departments.map((d) => d.id),
    );
    const options = formToOptions(
      defaultForm(map, { kind: 'experience', departmentId: billing, evidence: 'assumed' }),
      map,
    ).options;
    expect(options.departments).toEqual([billing]);
    expect(options.kinds).toEqual(['experience']);
    expect(options.evidence).toEqual(['assumed']);
  });

  it('uses the host preferences (page, author) the first time', () => {
    const initial = initialForm(hotel(), ALL, {
      pageSize: 'A4',
      orientation: 'portrait',
      author: 'Sam',
    });
    expect(initial).toMatchObject({ pageSize: 'A4', orientation: 'portrait', author: 'Sam' });
  });

  it('remembers the page setup; the selection too while the map and its filters are the same', () => {
    const map = hotel();
    const [first, second] = map.departments.map((d) => d.id);
    const chosen = form({
      pageSize: 'Tabloid',
      orientation: 'portrait',
      appendix: true,
      author: 'Kim',
      departments: [first!, second!],
      kinds: 'experience',
      evidence: 'observed',
    });
    rememberForm(chosen, map, ALL);
    expect(initialForm(map, ALL, { pageSize: 'A4', author: 'Sam' })).toEqual(chosen);
    // The filters changed since: the selection follows them, the page setup stays.
    const filtered = initialForm(map, { kind: 'service', departmentId: second!, evidence: 'all' });
    expect(filtered).toMatchObject({
      pageSize: 'Tabloid',
      appendix: true,
      author: 'Kim',
      kinds: 'service',
      evidence: 'all',
      departments: [second],
    });
    // Only the evidence filter changed: the selection follows it too.
    expect(initialForm(map, { ...ALL, evidence: 'assumed' })).toMatchObject({
      author: 'Kim',
      kinds: 'both',
      evidence: 'assumed',
      departments: map.departments.map((d) => d.id),
    });
    // Another map: its own departments.
    const other = { ...map, id: 'another-map' };
    expect(initialForm(other, ALL).departments).toEqual(map.departments.map((d) => d.id));
  });
});

describe('the suggested file name', () => {
  it('is the title in safe characters, lower case, with .pdf', () => {
    expect(suggestedPdfName('Hotel stay: from search to loyalty')).toBe(
      'hotel-stay-from-search-to-loyalty.pdf',
    );
    expect(suggestedPdfName('Hotel stay')).toBe('hotel-stay.pdf');
    expect(suggestedPdfName('../../etc/passwd')).toBe('etc-passwd.pdf');
    expect(suggestedPdfName('Hôtel Été — 東京 / 2026')).toBe('hôtel-été-東京-2026.pdf');
    expect(suggestedPdfName('  ***  ')).toBe('journey-map.pdf');
    expect(suggestedPdfName('CON')).toBe('con-map.pdf');
    expect(suggestedPdfName('a'.repeat(300))).toBe(`${'a'.repeat(80)}.pdf`);
  });
});

describe('the page estimate', () => {
  it('is one page to fit, plus the appendix', () => {
    const map = hotel();
    const fit = formToOptions(form({ appendix: false }), map).resolved!;
    expect(estimatePages(map, fit)).toMatchObject({ mapPages: 1, cover: false, appendix: false });
    expect(describeEstimate(estimatePages(map, fit))).toBe('1 page');
    const withAppendix = formToOptions(form({ appendix: true }), map).resolved!;
    expect(describeEstimate(estimatePages(map, withAppendix))).toBe(
      'At least 2 pages: the map and the appendix',
    );
  });

  it('counts the tiles of planTiles that show something for a poster, and a cover page', () => {
    const map = hotel();
    const resolved = formToOptions(
      form({
        pageSize: 'A4',
        orientation: 'portrait',
        layout: 'tile',
        scale: '100',
        appendix: false,
      }),
      map,
    ).resolved!;
    const layout = computeLayout(map);
    const content = contentBox(resolved);
    const grid = planTiles({
      mapWidth: layout.width,
      mapHeight: layout.height,
      scale: 1,
      contentWidth: content.width,
      contentHeight: content.height,
      overlap: resolved.overlap,
    });
    const shown = tilesWithContent(grid, mapContent({ map, layout, curve: layout.curve }));
    const blank = grid.tiles.length - shown.length;
    const estimate = estimatePages(map, resolved);
    expect(estimate).toMatchObject({
      mapPages: shown.length,
      rows: grid.rows,
      cols: grid.cols,
      blank,
      cover: true,
      tooMany: false,
    });
    expect(shown.length).toBeGreaterThan(1);
    expect(describeEstimate(estimate)).toBe(
      `${shown.length + 1} pages: a cover page and ${shown.length} map pages (${grid.rows} × ${grid.cols}${blank > 0 ? `, ${blank} blank left out` : ''})`,
    );
  });

  it('lays out only what is kept when the others are left out, and flags a poster too large', () => {
    const map = hotel();
    const billing = map.departments.find((d) => d.name === 'Billing')!.id;
    const tile = { layout: 'tile' as const, pageSize: 'A4' as const, scale: '100' };
    const all = estimatePages(map, formToOptions(form(tile), map).resolved!);
    const omit = estimatePages(
      map,
      formToOptions(form({ ...tile, departments: [billing], filterMode: 'omit' }), map).resolved!,
    );
    const dim = estimatePages(
      map,
      formToOptions(form({ ...tile, departments: [billing] }), map).resolved!,
    );
    expect(omit.mapPages).toBeLessThan(all.mapPages);
    expect(dim.mapPages).toBe(all.mapPages);
    const huge = estimatePages(map, formToOptions(form({ ...tile, scale: '2000' }), map).resolved!);
    expect(huge.tooMany).toBe(true);
    expect(describeEstimate(huge)).toMatch(/more than the 400 a poster may have/);
  });

  it('says how many blank tiles a poster leaves out', () => {
    const e = { rows: 2, cols: 3, cover: true, appendix: false, tooMany: false };
    expect(describeEstimate({ ...e, mapPages: 4, blank: 2 })).toBe(
      '5 pages: a cover page and 4 map pages (2 × 3, 2 blank left out)',
    );
    expect(describeEstimate({ ...e, mapPages: 6, blank: 0 })).toBe(
      '7 pages: a cover page and 6 map pages (2 × 3)',
    );
  });
});
