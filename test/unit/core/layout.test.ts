import { describe, expect, it } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../../src/core/model.ts';
import { LAYOUT, computeLayout } from '../../../src/core/layout.ts';
import { cellAt, cellOrigin, cellRect, relativePosition } from '../../../src/core/layout-cells.ts';

function tp(
  id: string,
  stageId: string,
  departmentId: string,
  x: number,
  y: number,
  emotion: Touchpoint['emotion'] = null,
): Touchpoint {
  return {
    id,
    title: `Touchpoint ${id}`,
    stageId,
    departmentId,
    kind: 'experience',
    channel: 'web',
    emotion,
    frictions: [],
    opportunities: [],
    position: { x, y },
  };
}

function makeMap(touchpoints: Touchpoint[], stages = ['s1', 's2', 's3'], depts = ['d1', 'd2']) {
  const map: JourneyMap = {
    format: 'touchmap',
    version: 1,
    id: 'm',
    title: 'Map',
    stages: stages.map((id) => ({ id, name: id.toUpperCase() })),
    departments: depts.map((id) => ({ id, name: id.toUpperCase(), color: '#336699' })),
    touchpoints,
    connections: [],
  };
  return map;
}

/*
 * Hand-computed with LANE_HEADER_WIDTH 160, STAGE_HEADER_HEIGHT 56, EMOTION_ROW_HEIGHT 112,
 * EMOTION_ROW_MARGIN 16: the grid starts at (160, 168).
 *   s1: b at x 400 -> 400 + 200 + 16 = 616 wide; s2, s3: 232.  x: 160, 776, 1008; width 1240.
 *   d1: c at y 300 -> 300 + 96 + 16 = 412 high; d2: 128.       y: 168, 580; height 708.
 */
const sample = () =>
  makeMap([
    tp('a', 's1', 'd1', 16, 16, 1),
    tp('b', 's1', 'd2', 400, 16, -2),
    tp('c', 's2', 'd1', 16, 300, null),
    tp('d', 's2', 'd2', -30, -10, -2),
  ]);

describe('LAYOUT', () => {
  it('has the agreed sizes, and the minimum cell holds one padded card', () => {
    expect(LAYOUT.CARD_WIDTH).toBe(200);
    expect(LAYOUT.CARD_HEIGHT).toBe(96);
    expect(LAYOUT.CELL_PADDING).toBe(16);
    expect(LAYOUT.MIN_CELL_WIDTH).toBe(232);
    expect(LAYOUT.MIN_CELL_HEIGHT).toBe(128);
    expect(LAYOUT.MIN_CELL_WIDTH).toBe(LAYOUT.CARD_WIDTH + 2 * LAYOUT.CELL_PADDING);
    expect(LAYOUT.MIN_CELL_HEIGHT).toBe(LAYOUT.CARD_HEIGHT + 2 * LAYOUT.CELL_PADDING);
    expect(LAYOUT.LANE_HEADER_WIDTH).toBe(160);
    expect(LAYOUT.STAGE_HEADER_HEIGHT).toBe(56);
    expect(LAYOUT.EMOTION_ROW_HEIGHT).toBe(112);
    expect(LAYOUT.EMOTION_ROW_MARGIN).toBe(16);
  });
});

describe('computeLayout: grid', () => {
  const layout = computeLayout(sample());

  it('widens a column for a card far right and keeps empty columns at the minimum', () => {
    expect(layout.columns).toEqual([
      { id: 's1', index: 0, x: 160, width: 616 },
      { id: 's2', index: 1, x: 776, width: 232 },
      { id: 's3', index: 2, x: 1008, width: 232 },
    ]);
  });

  it('grows a lane for a card far down', () => {
    expect(layout.lanes).toEqual([
      { id: 'd1', index: 0, y: 168, height: 412 },
      { id: 'd2', index: 1, y: 580, height: 128 },
    ]);
  });

  it('gives the total size, headers, emotion row and grid', () => {
    expect(layout.width).toBe(1240);
    expect(layout.height).toBe(708);
    expect(layout.stageHeader).toEqual({ y: 0, height: 56 });
    expect(layout.laneHeader).toEqual({ x: 0, width: 160 });
    expect(layout.emotionRow).toEqual({ y: 56, height: 112, placement: 'top' });
    expect(layout.grid).toEqual({ x: 160, y: 168, width: 1080, height: 540 });
  });

  it('places cards absolutely, clamping negative positions to 0', () => {
    expect(layout.cards).toEqual([
      { id: 'a', stageId: 's1', departmentId: 'd1', x: 176, y: 184, width: 200, height: 96 },
      { id: 'b', stageId: 's1', departmentId: 'd2', x: 560, y: 596, width: 200, height: 96 },
      { id: 'c', stageId: 's2', departmentId: 'd1', x: 792, y: 468, width: 200, height: 96 },
      { id: 'd', stageId: 's2', departmentId: 'd2', x: 776, y: 580, width: 200, height: 96 },
    ]);
  });

  it('does not widen for negative positions', () => {
    const l = computeLayout(makeMap([tp('n', 's1', 'd1', -1000, -1000)], ['s1'], ['d1']));
    expect(l.columns[0]!.width).toBe(232);
    expect(l.lanes[0]!.height).toBe(128);
    expect(l.cards[0]).toMatchObject({ x: 160, y: 168 });
  });

  it('grows exactly past the minimum', () => {
    const l = computeLayout(makeMap([tp('n', 's1', 'd1', 17, 33)], ['s1'], ['d1']));
    expect(l.columns[0]!.width).toBe(233);
    expect(l.lanes[0]!.height).toBe(145);
  });

  it('lays out an empty map with one stage and one department', () => {
    const l = computeLayout(makeMap([], ['s1'], ['d1']));
    expect(l.width).toBe(160 + 232);
    expect(l.height).toBe(56 + 112 + 128);
    expect(l.cards).toEqual([]);
    expect(l.curve.points).toEqual([]);
    expect(l.curve.lowest).toEqual([]);
    expect(l.curve.levels).toHaveLength(5);
  });

  it('gives no card to a touchpoint whose stage or department is unknown, without throwing', () => {
    const l = computeLayout(
      makeMap([tp('x', 'nope', 'd1', 900, 0, -2), tp('y', 's1', 'nope', 0, 900, -1)]),
    );
    expect(l.cards).toEqual([]);
    expect(l.curve.points).toEqual([]);
    expect(l.columns.map((c) => c.width)).toEqual([232, 232, 232]);
    expect(l.lanes.map((c) => c.height)).toEqual([128, 128]);
  });

  it('is plain data that survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });

  it('puts the emotion row below the lanes when asked', () => {
    const l = computeLayout(sample(), { emotionRow: 'bottom' });
    expect(l.lanes.map((lane) => lane.y)).toEqual([56, 468]);
    expect(l.grid).toEqual({ x: 160, y: 56, width: 1080, height: 540 });
    expect(l.emotionRow).toEqual({ y: 596, height: 112, placement: 'bottom' });
    expect(l.height).toBe(708);
    expect(l.cards[0]).toMatchObject({ x: 176, y: 72 });
    expect(l.curve.levels.map((v) => v.y)).toEqual([692, 672, 652, 632, 612]);
  });
});

describe('computeLayout: emotion curve', () => {
  const layout = computeLayout(sample());

  it('maps the levels -2 (bottom) .. +2 (top) inside the row, with a margin', () => {
    expect(layout.curve.levels).toEqual([
      { emotion: -2, y: 152 },
      { emotion: -1, y: 132 },
      { emotion: 0, y: 112 },
      { emotion: 1, y: 92 },
      { emotion: 2, y: 72 },
    ]);
  });

  it('runs through rated touchpoints only, in journey order, spread across their stage', () => {
    // s1 (x 160, width 616): a (x 16) then b (x 400) at its quarter and three quarters;
    // s2 (x 776, width 232): d (x -30 -> 0) alone in its middle, c (x 16) is unrated.
    expect(layout.curve.points).toEqual([
      { touchpointId: 'a', x: 314, y: 92, emotion: 1 },
      { touchpointId: 'b', x: 622, y: 152, emotion: -2 },
      { touchpointId: 'd', x: 892, y: 152, emotion: -2 },
    ]);
  });

  it('gives cards stacked in one stage their own x, in journey order', () => {
    const l = computeLayout(
      makeMap([tp('top', 's1', 'd1', 16, 16, 2), tp('under', 's1', 'd2', 16, 16, -2)]),
    );
    expect(l.curve.points.map((p) => [p.touchpointId, p.x])).toEqual([
      ['top', 160 + 232 / 4],
      ['under', 160 + (3 * 232) / 4],
    ]);
  });

  it('marks every point at the minimum when it is below 0', () => {
    expect(layout.curve.lowest).toEqual(['b', 'd']);
  });

  it('marks no point when the minimum is 0 or more', () => {
    const l = computeLayout(makeMap([tp('p', 's1', 'd1', 0, 0, 0), tp('q', 's2', 'd1', 0, 0, 2)]));
    expect(l.curve.points.map((p) => p.touchpointId)).toEqual(['p', 'q']);
    expect(l.curve.lowest).toEqual([]);
  });

  it('orders inside a stage by x, then top to bottom across lanes, then document order', () => {
    const l = computeLayout(
      makeMap([
        tp('late', 's2', 'd1', 0, 0, 0),
        tp('lowerLane', 's1', 'd2', 16, 0, 0),
        tp('upperLane', 's1', 'd1', 16, 200, 0),
        tp('left', 's1', 'd2', 10, 50, 0),
        tp('twinA', 's1', 'd2', 16, 40, -1),
        tp('twinB', 's1', 'd2', 16, 40, -1),
        tp('unrated', 's1', 'd1', 0, 0, null),
      ]),
    );
    expect(l.curve.points.map((p) => p.touchpointId)).toEqual([
      'left',
      'upperLane',
      'lowerLane',
      'twinA',
      'twinB',
      'late',
    ]);
    expect(l.curve.lowest).toEqual(['twinA', 'twinB']);
  });
});

describe('cell helpers', () => {
  const layout = computeLayout(sample());

  it('gives cell origins and rectangles, or null for unknown ids', () => {
    expect(cellOrigin(layout, 's1', 'd1')).toEqual({ x: 160, y: 168 });
    expect(cellOrigin(layout, 's3', 'd2')).toEqual({ x: 1008, y: 580 });
    expect(cellOrigin(layout, 'zz', 'd2')).toBeNull();
    expect(cellOrigin(layout, 's1', 'zz')).toBeNull();
    expect(cellRect(layout, 's2', 'd1')).toEqual({ x: 776, y: 168, width: 232, height: 412 });
    expect(cellRect(layout, 's2', 'zz')).toBeNull();
  });

  it('places every card at its cell origin plus its clamped position', () => {
    const map = sample();
    for (const card of layout.cards) {
      const t = map.touchpoints.find((x) => x.id === card.id)!;
      const origin = cellOrigin(layout, t.stageId, t.departmentId)!;
      expect(card.x).toBe(origin.x + Math.max(0, t.position.x));
      expect(card.y).toBe(origin.y + Math.max(0, t.position.y));
    }
  });

  it('finds the cell of a point; top and left borders belong to the cell', () => {
    expect(cellAt(layout, { x: 160, y: 168 })).toEqual({ stageId: 's1', departmentId: 'd1' });
    expect(cellAt(layout, { x: 775.5, y: 579.5 })).toEqual({ stageId: 's1', departmentId: 'd1' });
    expect(cellAt(layout, { x: 776, y: 580 })).toEqual({ stageId: 's2', departmentId: 'd2' });
    expect(cellAt(layout, { x: 1100, y: 300 })).toEqual({ stageId: 's3', departmentId: 'd1' });
    expect(cellAt(layout, { x: 1239.9, y: 707.9 })).toEqual({ stageId: 's3', departmentId: 'd2' });
  });

  it('returns null outside the cells', () => {
    expect(cellAt(layout, { x: 1240, y: 300 })).toBeNull(); // right edge
    expect(cellAt(layout, { x: 500, y: 708 })).toBeNull(); // bottom edge
    expect(cellAt(layout, { x: 100, y: 300 })).toBeNull(); // lane header
    expect(cellAt(layout, { x: 500, y: 20 })).toBeNull(); // stage header
    expect(cellAt(layout, { x: 500, y: 167.9 })).toBeNull(); // emotion row
    expect(cellAt(layout, { x: -5, y: -5 })).toBeNull();
    expect(cellAt(layout, { x: 5000, y: 5000 })).toBeNull();
  });

  it('converts an absolute point to a position in a cell, clamped to >= 0', () => {
    expect(relativePosition(layout, 's2', 'd2', { x: 800, y: 600 })).toEqual({ x: 24, y: 20 });
    expect(relativePosition(layout, 's2', 'd2', { x: 700, y: 590.5 })).toEqual({
      x: 0,
      y: 10.5,
    });
    expect(relativePosition(layout, 's2', 'd2', { x: 700, y: 500 })).toEqual({ x: 0, y: 0 });
    expect(relativePosition(layout, 'zz', 'd2', { x: 800, y: 600 })).toBeNull();
  });

  it('round-trips a card: cellAt + relativePosition give back its cell and position', () => {
    const card = layout.cards.find((c) => c.id === 'c')!;
    const cell = cellAt(layout, card)!;
    expect(cell).toEqual({ stageId: 's2', departmentId: 'd1' });
    expect(relativePosition(layout, cell.stageId, cell.departmentId, card)).toEqual({
      x: 16,
      y: 300,
    });
  });
});
