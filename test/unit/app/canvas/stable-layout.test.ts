import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from '../../../../src/core/parse.ts';
import { computeLayout } from '../../../../src/core/layout.ts';
import {
  moveTouchpoints,
  renameStage,
  reorderDepartment,
  reorderStage,
  updateTouchpoint,
} from '../../../../src/core/ops/index.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';
import type * as LayoutModule from '../../../../src/core/layout.ts';
import {
  createLayoutKeeper,
  createLowestTitlesKeeper,
  sameValue,
} from '../../../../src/app/canvas/stable-layout.ts';

const laidOut = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../src/core/layout.ts', async (importActual) => {
  const actual = await importActual<typeof LayoutModule>();
  return {
    ...actual,
    computeLayout: (...args: Parameters<typeof actual.computeLayout>) => {
      laidOut.count++;
      return actual.computeLayout(...args);
    },
  };
});

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
    expect(first).toEqual(computeLayout(hotel, { brief: true }));
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
    const layout = computeLayout(hotel, { brief: true });
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

  it('lays out each map object once, and an edit that moves nothing not at all', () => {
    const keep = createLayoutKeeper();
    const before = laidOut.count;
    const first = keep(hotel);
    expect(keep(hotel)).toBe(first);
    expect(laidOut.count - before).toBe(1);
    const id = hotel.touchpoints[2]!.id;
    const renamed = updateTouchpoint(hotel, id, { title: 'Renamed', description: 'New words' });
    expect(keep(renamed)).toBe(first);
    expect(keep(renameStage(renamed, hotel.stages[0]!.id, 'Before the stay'))).toBe(first);
    expect(laidOut.count - before).toBe(1);
    const moved = moveTouchpoints(renamed, [{ id, position: { x: 320, y: 48 } }]);
    expect(keep(moved)).not.toBe(first);
    expect(laidOut.count - before).toBe(2);
    // Undo hands back a map object already laid out.
    expect(keep(renamed)).toBe(first);
    expect(laidOut.count - before).toBe(2);
  });

  it('hands back the previous layout when a map laid out again comes out the same', () => {
    const keep = createLayoutKeeper();
    const first = keep(hotel);
    const before = laidOut.count;
    // A copy of the persona is laid out again (the brief), and comes out equal.
    const copied = { ...hotel, persona: { ...hotel.persona! } };
    expect(keep(copied)).toBe(first);
    expect(laidOut.count - before).toBe(1);
    // A card one unit to the right is laid out again and differs in that card alone.
    const tp = hotel.touchpoints[4]!;
    const nudged = moveTouchpoints(hotel, [
      { id: tp.id, position: { x: tp.position.x + 1, y: tp.position.y } },
    ]);
    const next = keep(nudged);
    expect(next).not.toBe(first);
    expect(next.cards.find((c) => c.id === tp.id)!.x).toBe(
      first.cards.find((c) => c.id === tp.id)!.x + 1,
    );
  });

  it('always equals a fresh layout, whatever the edit', () => {
    const keep = createLayoutKeeper();
    const tp = hotel.touchpoints[3]!;
    const other = hotel.stages.find((s) => s.id !== tp.stageId)!;
    const edits: ((map: JourneyMap) => JourneyMap)[] = [
      (map) => updateTouchpoint(map, tp.id, { title: 'Only the words' }),
      (map) => updateTouchpoint(map, tp.id, { emotion: tp.emotion === -2 ? 2 : -2 }),
      (map) => moveTouchpoints(map, [{ id: tp.id, position: { x: 300, y: 40 } }]),
      (map) => moveTouchpoints(map, [{ id: tp.id, stageId: other.id }]),
      (map) => reorderStage(map, map.stages[0]!.id, 2),
      (map) => reorderDepartment(map, map.departments[0]!.id, 1),
      (map) => ({ ...map, touchpoints: map.touchpoints.slice(1) }),
    ];
    let map = hotel;
    keep(map);
    for (const edit of edits) {
      map = edit(map);
      expect(keep(map)).toEqual(computeLayout(map, { brief: true }));
    }
  });
});
