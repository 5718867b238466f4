/**
 * The Export PDF dialog's state in Node: its edits, what it derives from the form (problems
 * with the poster's page limit, counts per department, card width, preview frame, page count)
 * and that its defaults are the command line's.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../../src/app/templates.ts';
import {
  cardWidthMm,
  departmentCounts,
  pageCountText,
  reduceForm,
  viewForm,
} from '../../../../src/app/export/export-dialog-state.ts';
import { DEFAULT_MARGIN_MM, defaultForm } from '../../../../src/app/export/export-form.ts';
import { DEFAULT_MARGIN, REPORT_DEFAULTS, MAX_TILES } from '../../../../src/pdf/options.ts';

const hotel = () => TEMPLATES.find((t) => t.key === 'hotel-stay')!.map;
const ALL = { kind: 'all', departmentId: null, evidence: 'all' } as const;

describe('the export form’s defaults', () => {
  it('are the command line’s (A3 landscape, appendix on) unless the preferences say otherwise', () => {
    const map = hotel();
    expect(REPORT_DEFAULTS).toEqual({ pageSize: 'A3', orientation: 'landscape', appendix: true });
    expect(defaultForm(map, ALL)).toMatchObject(REPORT_DEFAULTS);
    expect(defaultForm(map, ALL, { pageSize: 'A4', orientation: 'portrait' })).toMatchObject({
      pageSize: 'A4',
      orientation: 'portrait',
      appendix: true,
    });
  });

  it('show the exporter’s default margin in whole millimetres', () => {
    expect(DEFAULT_MARGIN_MM).toBe(10);
    expect(Math.abs(DEFAULT_MARGIN_MM - (DEFAULT_MARGIN * 25.4) / 72)).toBeLessThan(0.5);
  });
});

describe('reduceForm', () => {
  it('sets fields, and keeps departments in the map’s order', () => {
    const map = hotel();
    const ids = map.departments.map((d) => d.id);
    let form = reduceForm(map, defaultForm(map, ALL), { type: 'noDepartments' });
    expect(form.departments).toEqual([]);
    form = reduceForm(map, form, { type: 'department', id: ids[2]!, on: true });
    form = reduceForm(map, form, { type: 'department', id: ids[0]!, on: true });
    expect(form.departments).toEqual([ids[0], ids[2]]);
    form = reduceForm(map, form, { type: 'department', id: ids[2]!, on: false });
    expect(form.departments).toEqual([ids[0]]);
    form = reduceForm(map, form, { type: 'allDepartments' });
    expect(form.departments).toEqual(ids);
    form = reduceForm(map, form, { type: 'set', patch: { margin: '12', layout: 'tile' } });
    expect(form).toMatchObject({ margin: '12', layout: 'tile' });
  });
});

describe('viewForm', () => {
  it('is valid for the defaults, and names the field of each problem', () => {
    const map = hotel();
    expect(viewForm(defaultForm(map, ALL), map)).toMatchObject({ valid: true, problems: {} });
    const bad = viewForm({ ...defaultForm(map, ALL), margin: 'x', departments: [] }, map);
    expect(bad.valid).toBe(false);
    expect(bad.problems.margin).toEqual(['Margin: enter a number of millimetres.']);
    expect(bad.problems.departments).toHaveLength(1);
  });

  it('puts a poster of too many pages under the scale, and refuses it', () => {
    const map = hotel();
    const view = viewForm(
      { ...defaultForm(map, ALL), pageSize: 'A4', layout: 'tile', scale: '2000' },
      map,
    );
    expect(view.estimate?.tooMany).toBe(true);
    expect(view.result.ok).toBe(true);
    expect(view.valid).toBe(false);
    expect(view.problems.scale?.at(-1)).toContain(`more than the ${MAX_TILES}`);
  });
});

describe('what the dialog shows', () => {
  it('counts the touchpoints of the chosen kinds and evidence per department', () => {
    const map = hotel();
    const all = departmentCounts(map, { kinds: 'both', evidence: 'all' });
    const service = departmentCounts(map, { kinds: 'service', evidence: 'all' });
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(sum(all)).toBe(map.touchpoints.length);
    expect(sum(service)).toBe(map.touchpoints.filter((t) => t.kind === 'service').length);

    // Two cards marked assumed (in two departments), one observed; the hotel has no marks.
    const [first, second] = map.touchpoints.filter(
      (t) => t.departmentId !== map.touchpoints[0]!.departmentId,
    );
    const marked = {
      ...map,
      touchpoints: map.touchpoints.map((t, i) =>
        i === 0 || t.id === first!.id
          ? { ...t, evidence: 'assumed' as const }
          : t.id === second!.id
            ? { ...t, evidence: 'observed' as const }
            : t,
      ),
    };
    const assumed = departmentCounts(marked, { kinds: 'both', evidence: 'assumed' });
    const expected = new Map<string, number>();
    for (const t of [marked.touchpoints[0]!, first!])
      expected.set(t.departmentId, (expected.get(t.departmentId) ?? 0) + 1);
    expect(assumed).toEqual(expected);
    const observed = departmentCounts(marked, { kinds: 'both', evidence: 'observed' });
    expect(observed).toEqual(new Map([[second!.departmentId, 1]]));
    // Not marked: every other card.
    expect(sum(departmentCounts(marked, { kinds: 'both', evidence: 'none' }))).toBe(
      map.touchpoints.length - 3,
    );
  });

  it('gives a card’s printed width at a scale, or null', () => {
    expect(cardWidthMm('100')).toBe('71 mm');
    expect(cardWidthMm('300')).toBe('212 mm');
    expect(cardWidthMm('0')).toBeNull();
    expect(cardWidthMm('big')).toBeNull();
  });

  it('counts pages exactly once the preview has them, else estimates', () => {
    const map = hotel();
    const { estimate } = viewForm({ ...defaultForm(map, ALL), appendix: false }, map);
    expect(pageCountText({ exact: 3 }, estimate)).toBe('3 pages');
    expect(pageCountText({ exact: 1 }, estimate)).toBe('1 page');
    expect(pageCountText({ exact: null }, estimate)).toBe('1 page');
    expect(pageCountText({ exact: null }, null)).toBe('—');
  });
});
