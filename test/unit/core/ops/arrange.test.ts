/** Arrange (a cell, a stage, the map) and the tidy on opening. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../../../src/core/model.ts';
import {
  OperationError,
  arrangeCells,
  arrangeMap,
  arrangeStage,
  tidyOverlaps,
} from '../../../../src/core/ops/index.ts';
import { computeLayout } from '../../../../src/core/layout.ts';
import { parse } from '../../../../src/core/parse.ts';
import { serialize } from '../../../../src/core/serialize.ts';
import { readingOrder } from '../../../../src/core/slots.ts';
import { apply, card, sampleMap, tp } from './fixtures.ts';

/** The sample map with a messy cell (st-a, dep-m): three cards on top of each other. */
function messy(): JourneyMap {
  const map = sampleMap();
  map.touchpoints = [
    ...map.touchpoints.map((t) =>
      t.id === 'tp-web' ? { ...t, position: { ...t.position, x: 30, y: 40 } } : t,
    ),
    card({ id: 'tp-late', position: { x: 16, y: 300 } }),
    card({ id: 'tp-b2', stageId: 'st-b', position: { x: 20, y: 130 } }),
  ];
  return map;
}

/** No two cards of one cell overlap, on the layout the canvas and the PDF draw. */
function expectNoOverlap(map: JourneyMap): void {
  const cards = computeLayout(map).cards;
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      const a = cards[i]!;
      const b = cards[j]!;
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
    }
  }
}

const cellOrder = (map: JourneyMap, stageId: string, departmentId: string): string[] =>
  map.touchpoints
    .filter((t) => t.stageId === stageId && t.departmentId === departmentId)
    .sort((a, b) => readingOrder(a.position, b.position))
    .map((t) => t.id);

describe('arrange', () => {
  it('flows the cards of a cell through its slots in reading order, keeping unknown keys', () => {
    const map = apply(messy(), (m) =>
      arrangeCells(m, [{ stageId: 'st-a', departmentId: 'dep-m' }]),
    );
    expect(tp(map, 'tp-ad').position).toEqual({ x: 16, y: 16, 'x-pos': 'p' });
    expect(tp(map, 'tp-web').position).toEqual({ x: 16, y: 128 });
    expect(tp(map, 'tp-late').position).toEqual({ x: 16, y: 240 });
    // Other cells are left alone.
    expect(tp(map, 'tp-b2').position).toEqual({ x: 20, y: 130 });
    expect(map.touchpoints.map((t) => t.id)).toEqual(messy().touchpoints.map((t) => t.id));
  });

  it('arranges every lane of a stage, or the whole map', () => {
    const stage = apply(messy(), (m) => arrangeStage(m, 'st-b'));
    expect(tp(stage, 'tp-b2').position).toEqual({ x: 16, y: 128 });
    expect(tp(stage, 'tp-web').position).toEqual({ x: 30, y: 40 });
    const whole = apply(messy(), arrangeMap);
    expect(tp(whole, 'tp-b2').position).toEqual({ x: 16, y: 128 });
    expect(tp(whole, 'tp-late').position).toEqual({ x: 16, y: 240 });
    expectNoOverlap(whole);
  });

  it('returns the same map when everything is already arranged (no undo step)', () => {
    const once = arrangeMap(messy());
    expect(arrangeMap(once)).toBe(once);
    const tidy = sampleMap();
    expect(arrangeMap(tidy)).toBe(tidy);
  });

  it('refuses an unknown stage or department', () => {
    expect(() => arrangeStage(sampleMap(), 'st-x')).toThrow(OperationError);
    expect(() => arrangeCells(sampleMap(), [{ stageId: 'st-a', departmentId: 'dep-x' }])).toThrow(
      OperationError,
    );
  });

  it('arranges a stage of several slot columns through all of them', () => {
    const map = sampleMap();
    map.touchpoints = [
      card({ id: 'tp-1', position: { x: 16, y: 16 } }),
      card({ id: 'tp-2', position: { x: 500, y: 16 } }),
      card({ id: 'tp-3', position: { x: 16, y: 400 } }),
    ];
    map.connections = [];
    const next = apply(map, arrangeMap);
    // 500 + 200 + 16 wide: three slot columns.
    expect(next.touchpoints.map((t) => t.position)).toEqual([
      { x: 16, y: 16 },
      { x: 232, y: 16 },
      { x: 448, y: 16 },
    ]);
  });
});

describe('tidyOverlaps', () => {
  it('arranges only the cells whose cards overlap, keeping their reading order', () => {
    const input = messy();
    const before = cellOrder(input, 'st-a', 'dep-m');
    const { map, cells } = tidyOverlaps(input);
    expect(cells).toBe(1);
    expect(cellOrder(map, 'st-a', 'dep-m')).toEqual(before);
    expect(tp(map, 'tp-b2')).toBe(tp(input, 'tp-b2'));
    expectNoOverlap(map);
  });

  it('leaves a map without overlaps as it is, so it saves byte-identical', () => {
    const text = serialize(sampleMap());
    const parsed = parse(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { map, cells } = tidyOverlaps(parsed.map);
    expect(cells).toBe(0);
    expect(map).toBe(parsed.map);
    expect(serialize(map)).toBe(text);
  });

  it('untangles any pile of cards without losing their order (property)', () => {
    const stageIds = ['st-a', 'st-b', 'st-c'];
    const departmentIds = ['dep-m', 'dep-s'];
    const cards = fc.array(
      fc.record({
        stage: fc.integer({ min: 0, max: 2 }),
        department: fc.integer({ min: 0, max: 1 }),
        x: fc.integer({ min: -20, max: 700 }),
        y: fc.integer({ min: -20, max: 700 }),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(cards, (list) => {
        const map = sampleMap();
        map.connections = [];
        map.touchpoints = list.map((c, i): Touchpoint =>
          card({
            id: `tp-${i}`,
            stageId: stageIds[c.stage]!,
            departmentId: departmentIds[c.department]!,
            position: { x: c.x, y: c.y },
          }),
        );
        const { map: tidy } = tidyOverlaps(map);
        expectNoOverlap(tidy);
        for (const s of stageIds) {
          for (const d of departmentIds)
            expect(cellOrder(tidy, s, d)).toEqual(cellOrder(map, s, d));
        }
      }),
    );
  });
});
