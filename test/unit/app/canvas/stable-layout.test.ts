import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/core/parse.ts';
import { computeLayout } from '../../../../src/core/layout.ts';
import { updateTouchpoint } from '../../../../src/core/ops/index.ts';
import {
  createLayoutKeeper,
  createLowestTitlesKeeper,
  sameValue,
} from '../../../../src/app/canvas/stable-layout.ts';

const hotel = (() => {
  const result = parse(readFileSync('assets/templates/hotel-stay.touchmap', 'utf8'));
  if (!result.ok) throw new Error('template');
  return result.map;
})();

describe('the layout kept while the geometry is the same', () => {
  it('compares plain data by structure', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });

  it('hands back the previous layout after a rename, a new one after a move or an emotion', () => {
    const keep = createLayoutKeeper();
    const first = keep(hotel);
    expect(first).toEqual(computeLayout(hotel));
    const id = hotel.touchpoints[2]!.id;
    const renamed = updateTouchpoint(hotel, id, { title: 'Renamed' });
    expect(keep(renamed)).toBe(first);

    const feeling = hotel.touchpoints[2]!.emotion === 2 ? -2 : 2;
    const felt = keep(updateTouchpoint(renamed, id, { emotion: feeling }));
    expect(felt).not.toBe(first);
    expect(felt.curve).not.toEqual(first.curve);
  });

  it('keeps the lowest points’ titles while none of them changes', () => {
    const keep = createLowestTitlesKeeper();
    const layout = computeLayout(hotel);
    const lowest = layout.curve.lowest;
    expect(lowest.length).toBeGreaterThan(0);
    const first = keep(hotel, layout);
    expect([...first.keys()]).toEqual(
      hotel.touchpoints.filter((t) => lowest.includes(t.id)).map((t) => t.id),
    );
    const other = hotel.touchpoints.find((t) => !lowest.includes(t.id))!;
    expect(keep(updateTouchpoint(hotel, other.id, { title: 'Elsewhere' }), layout)).toBe(first);
    const renamed = keep(updateTouchpoint(hotel, lowest[0]!, { title: 'The low point' }), layout);
    expect(renamed).not.toBe(first);
    expect(renamed.get(lowest[0]!)).toBe('The low point');
  });
});
