/**
 * Characters no font had, said so a person can find them: by code point (never the
 * character alone, which would show as the same box), with the touchpoints they are in.
 */
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { codePointLabel, describeMissing, locateMissing } from '../../../src/pdf/missing-glyphs.ts';
import { touchpoint } from './maps.ts';

function map(): JourneyMap {
  return {
    format: 'touchmap',
    version: 1,
    id: 'glyphs',
    title: 'Trip 中',
    stages: [
      { id: 's1', name: 'Stay 😀' },
      { id: 's2', name: 'Leave' },
    ],
    departments: [{ id: 'd1', name: 'Front desk', color: '#5a9e6f' }],
    touchpoints: [
      touchpoint('t1', 's1', 'd1', 'Breakfast 😀', 16, 16),
      touchpoint('t2', 's1', 'd1', 'Room service', 16, 128, {
        frictions: [{ id: 'f1', text: 'Cold food 😀', severity: 'high' }],
      }),
      touchpoint('t3', 's2', 'd1', 'Check-out', 16, 16, {
        opportunities: [{ id: 'o1', text: 'Say 中 goodbye' }],
      }),
      touchpoint('t4', 's2', 'd1', 'Taxi 😀', 232, 16),
      touchpoint('t5', 's2', 'd1', 'Review 😀', 232, 128),
    ],
    connections: [{ id: 'c1', from: 't1', to: 't2', label: 'then ☃' }],
  };
}

describe('missing glyphs', () => {
  it('are named by code point, four hex digits at least', () => {
    expect(codePointLabel('😀')).toBe('U+1F600');
    expect(codePointLabel('中')).toBe('U+4E2D');
    expect(codePointLabel('é')).toBe('U+00E9');
  });

  it('are found in touchpoints (any of their texts) and in the map’s other texts', () => {
    const [smile, zhong, snow] = locateMissing(map(), ['😀', '中', '☃']);
    expect(smile).toEqual({
      character: '😀',
      code: 'U+1F600',
      touchpoints: ['Breakfast 😀', 'Room service', 'Taxi 😀', 'Review 😀'],
      elsewhere: ['stage “Stay 😀”'],
    });
    expect(zhong).toMatchObject({ touchpoints: ['Check-out'], elsewhere: ['the map’s title'] });
    expect(snow).toMatchObject({ touchpoints: [], elsewhere: ['a connection’s label'] });
  });

  it('are described as text that names the code point and the touchpoints', () => {
    const [smile, zhong, snow] = locateMissing(map(), ['😀', '中', '☃']);
    expect(describeMissing(smile!)).toBe(
      'U+1F600 in “Breakfast 😀”, “Room service”, “Taxi 😀” and 1 more touchpoint; in stage “Stay 😀”',
    );
    expect(describeMissing(zhong!)).toBe('U+4E2D in touchpoint “Check-out”; in the map’s title');
    expect(describeMissing(snow!)).toBe('U+2603 in a connection’s label');
    expect(describeMissing({ ...snow!, elsewhere: [] })).toBe('U+2603');
  });

  it('show the character itself when asked, unless it would show as nothing', () => {
    const [smile, mark, space] = locateMissing(map(), ['😀', '\u0301', '\u3000']);
    expect(describeMissing(smile!, { character: true, shown: 1 })).toBe(
      'U+1F600 😀 in “Breakfast 😀” and 3 more touchpoints; in stage “Stay 😀”',
    );
    expect(describeMissing(mark!, { character: true })).toBe('U+0301');
    expect(describeMissing(space!, { character: true })).toBe('U+3000');
  });
});
