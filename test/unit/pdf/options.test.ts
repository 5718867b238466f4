import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MARGIN,
  FALLBACK_DATE,
  contentBox,
  resolveOptions,
} from '../../../src/pdf/options.ts';
import { PAGE_SIZES, PAGE_SIZE_NAMES } from '../../../src/core/paper.ts';

const ok = (input: unknown, map = {}) => {
  const r = resolveOptions(input, map);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.options;
};

describe('resolveOptions', () => {
  it('takes a text size in any case, M by default, and names a wrong one', () => {
    expect(ok({}).textSize).toBe('m');
    expect(ok({ textSize: 'XL' }).textSize).toBe('xl');
    expect(ok({ textSize: 's' }).textSize).toBe('s');
    const wrong = resolveOptions({ textSize: 'huge' });
    expect(wrong).toEqual({
      ok: false,
      errors: ['textSize: expected one of s, m, l, xl, got "huge"'],
    });
  });

  it('fills in the defaults', () => {
    const o = ok({}, { updatedAt: '2026-01-02T03:04:05Z' });
    expect(o).toMatchObject({
      pageSize: 'A3',
      orientation: 'landscape',
      layout: 'fit',
      scale: 1,
      titleBlock: true,
      legend: true,
      appendix: [],
      departments: null,
      kinds: null,
      evidence: null,
      filterMode: 'dim',
      embedMap: true,
      date: '2026-01-02T03:04:05.000Z',
      dateKnown: true,
      margins: {
        top: DEFAULT_MARGIN,
        right: DEFAULT_MARGIN,
        bottom: DEFAULT_MARGIN,
        left: DEFAULT_MARGIN,
      },
    });
    expect(o.pageWidth).toBeCloseTo(1190.55);
    expect(o.pageHeight).toBeCloseTo(841.89);
  });

  it('knows every page size in points, portrait and landscape', () => {
    expect(PAGE_SIZE_NAMES).toEqual(['A4', 'A3', 'A2', 'A1', 'A0', 'Letter', 'Legal', 'Tabloid']);
    expect(Math.round(PAGE_SIZES.A4.width)).toBe(595);
    expect(Math.round(PAGE_SIZES.A4.height)).toBe(842);
    expect(PAGE_SIZES.Letter).toEqual({ width: 612, height: 792 });
    expect(PAGE_SIZES.Tabloid).toEqual({ width: 792, height: 1224 });
    for (const name of PAGE_SIZE_NAMES) {
      const p = ok({ pageSize: name, orientation: 'portrait' });
      const l = ok({ pageSize: name, orientation: 'landscape' });
      expect(p.pageWidth).toBeLessThan(p.pageHeight);
      expect(l.pageWidth).toBe(p.pageHeight);
      expect(l.pageHeight).toBe(p.pageWidth);
    }
  });

  it('takes the evidence marks to keep, each once, `unmarked` for none', () => {
    expect(ok({ evidence: ['assumed', 'unmarked', 'assumed'] }).evidence).toEqual([
      'assumed',
      'unmarked',
    ]);
    expect(ok({ evidence: null }).evidence).toBeNull();
    const r = resolveOptions({ evidence: 'assumed' });
    expect(r.ok ? [] : r.errors).toEqual(['evidence: expected a list, got "assumed"']);
  });

  it('takes page size names in any case', () => {
    expect(ok({ pageSize: 'letter' }).pageSize).toBe('Letter');
  });

  it('takes one margin or each side', () => {
    expect(ok({ margins: 10 }).margins).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
    expect(ok({ margins: { left: 40 } }).margins).toEqual({
      top: DEFAULT_MARGIN,
      right: DEFAULT_MARGIN,
      bottom: DEFAULT_MARGIN,
      left: 40,
    });
    const o = ok({ pageSize: 'A4', orientation: 'portrait', margins: 20 });
    expect(contentBox(o)).toEqual({
      x: 20,
      y: 20,
      width: o.pageWidth - 40,
      height: o.pageHeight - 40,
    });
  });

  it('lists every problem, each with its option', () => {
    const r = resolveOptions({
      pageSize: 'A5',
      orientation: 'sideways',
      margins: -3,
      layout: 'poster',
      scale: 0,
      appendix: ['frictions', 'nope'],
      kinds: ['support'],
      evidence: ['assumed', 'guessed'],
      filterMode: 'hide',
      date: 'yesterday',
      titleBlock: 'yes',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const keys = r.errors.map((e) => e.split(':')[0]);
    expect(keys).toEqual(
      expect.arrayContaining([
        'pageSize',
        'orientation',
        'margins',
        'layout',
        'scale',
        'appendix[1]',
        'kinds[0]',
        'evidence[1]',
        'filterMode',
        'date',
        'titleBlock',
      ]),
    );
    expect(r.errors.find((e) => e.startsWith('pageSize'))).toMatch(
      /A4, A3, A2, A1, A0, Letter, Legal, Tabloid/,
    );
  });

  it('refuses margins that leave no room', () => {
    const r = resolveOptions({
      pageSize: 'A4',
      orientation: 'portrait',
      margins: { left: 300, right: 200 },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toMatch(/left \+ right/);
  });

  it('expands appendix: true to every section', () => {
    expect(ok({ appendix: true }).appendix).toEqual(['frictions', 'insights', 'inventory']);
    expect(ok({ appendix: ['inventory', 'frictions', 'inventory'] }).appendix).toEqual([
      'inventory',
      'frictions',
    ]);
  });

  it('takes the date from the option, then the map, then a fixed fallback', () => {
    expect(ok({ date: new Date('2026-03-04T05:06:07Z') }).date).toBe('2026-03-04T05:06:07.000Z');
    expect(ok({ date: '2026-03-04' }).date).toBe('2026-03-04T00:00:00.000Z');
    expect(ok({}, { createdAt: '2025-05-05T00:00:00Z' }).date).toBe('2025-05-05T00:00:00.000Z');
    const none = ok({});
    expect(none.date).toBe(FALLBACK_DATE);
    expect(none.dateKnown).toBe(false);
  });

  it('refuses a non-object', () => {
    expect(resolveOptions('A4').ok).toBe(false);
  });
});
