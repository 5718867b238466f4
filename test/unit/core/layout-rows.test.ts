import { describe, expect, it } from 'vitest';
import type { JourneyMap, Row, Touchpoint } from '../../../src/core/model.ts';
import { LAYOUT, computeLayout } from '../../../src/core/layout.ts';
import { cellAt } from '../../../src/core/layout-cells.ts';
import { ROW_GEOMETRY } from '../../../src/core/layout-rows.ts';
import { mapOf, touchpointOf } from '../map-parts.ts';

const { STAGE_HEADER_HEIGHT: HEAD, EMOTION_ROW_HEIGHT: EMO, MIN_CELL_HEIGHT: LANE } = LAYOUT;
const { MIN_ROW_HEIGHT: ROW, NOTE_HEIGHT, NOTE_GAP, ITEM_HEIGHT } = ROW_GEOMETRY;

/** Rated, so the emotion row has a point for it. */
const tp = (id: string, stageId: string, departmentId: string, extra: Partial<Touchpoint> = {}) =>
  touchpointOf(id, stageId, departmentId, { emotion: 1, ...extra });

function blueprint(rows: Row[] | undefined, extra: Partial<JourneyMap> = {}): JourneyMap {
  return mapOf({
    stages: [
      { id: 's1', name: 'S1' },
      { id: 's2', name: 'S2' },
    ],
    departments: [
      { id: 'front', name: 'Front', color: '#336699' },
      { id: 'back', name: 'Back', color: '#336699', layer: 'backstage' },
      { id: 'sys', name: 'Systems', color: '#336699', layer: 'support' },
    ],
    touchpoints: [tp('t1', 's1', 'front'), tp('t2', 's2', 'back')],
    ...(rows ? { rows } : {}),
    ...extra,
  });
}

const FULL: Row[] = [
  { id: 'r-cust', type: 'customer' },
  { id: 'r-emo', type: 'emotion' },
  { id: 'r-front', type: 'department', departmentId: 'front' },
  { id: 'r-ev', type: 'evidence' },
  { id: 'r-back', type: 'department', departmentId: 'back' },
  { id: 'r-sys', type: 'department', departmentId: 'sys' },
  { id: 'r-notes', type: 'notes', name: 'Open questions' },
];

describe('computeLayout with rows', () => {
  it('stacks every visible row in order, lanes at their row', () => {
    const layout = computeLayout(blueprint(FULL));
    expect(layout.rows.map((r) => [r.id, r.label, r.y, r.height])).toEqual([
      ['r-cust', 'Customer actions', HEAD, ROW],
      ['r-emo', 'Emotion', HEAD + ROW, EMO],
      ['r-front', 'Front', HEAD + ROW + EMO, LANE],
      ['r-ev', 'Physical evidence', HEAD + ROW + EMO + LANE, ROW],
      ['r-back', 'Back', HEAD + 2 * ROW + EMO + LANE, LANE],
      ['r-sys', 'Systems', HEAD + 2 * ROW + EMO + 2 * LANE, LANE],
      ['r-notes', 'Open questions', HEAD + 2 * ROW + EMO + 3 * LANE, ROW],
    ]);
    expect(layout.lanes.map((l) => [l.id, l.y])).toEqual([
      ['front', HEAD + ROW + EMO],
      ['back', HEAD + 2 * ROW + EMO + LANE],
      ['sys', HEAD + 2 * ROW + EMO + 2 * LANE],
    ]);
    expect(layout.emotionRow).toEqual({ y: HEAD + ROW, height: EMO, placement: 'top' });
    expect(layout.height).toBe(HEAD + 3 * ROW + EMO + 3 * LANE);
    expect(layout.grid.y).toBe(HEAD + ROW + EMO);
    expect(layout.grid.height).toBe(3 * LANE + ROW);
    const back = layout.cards.find((c) => c.id === 't2')!;
    expect(back.y).toBe(HEAD + 2 * ROW + EMO + LANE + 16);
  });

  it('finds cells in lanes and none in the rows between them', () => {
    const layout = computeLayout(blueprint(FULL));
    const evidence = layout.rows.find((r) => r.id === 'r-ev')!;
    const x = layout.columns[0]!.x + 5;
    expect(cellAt(layout, { x, y: evidence.y + 5 })).toBeNull();
    expect(cellAt(layout, { x, y: evidence.y + evidence.height })).toEqual({
      stageId: 's1',
      departmentId: 'back',
    });
  });

  it('draws the three lines at the top of the lower row, skipping rows in between', () => {
    const layout = computeLayout(blueprint(FULL));
    const y = (id: string): number => layout.rows.find((r) => r.id === id)!.y;
    expect(layout.lines).toEqual([
      { kind: 'interaction', label: 'Line of interaction', y: y('r-front') },
      { kind: 'visibility', label: 'Line of visibility', y: y('r-back') },
      { kind: 'internal', label: 'Line of internal interaction', y: y('r-sys') },
    ]);
  });

  it('draws no line between layers that are not adjacent or when a side is missing', () => {
    const rows: Row[] = [
      { id: 'r-front', type: 'department', departmentId: 'front' },
      { id: 'r-sys', type: 'department', departmentId: 'sys' },
      { id: 'r-back', type: 'department', departmentId: 'back', hidden: true },
    ];
    expect(computeLayout(blueprint(rows)).lines).toEqual([]);
    const customerLast: Row[] = [
      { id: 'r-front', type: 'department', departmentId: 'front' },
      { id: 'r-cust', type: 'customer' },
    ];
    const frontOnly = { departments: [{ id: 'front', name: 'Front', color: '#336699' }] };
    expect(computeLayout(blueprint(customerLast, frontOnly)).lines).toEqual([]);
  });

  it('stacks notes in their cell in document order and grows the row to hold them', () => {
    const notes = [
      { id: 'n1', rowId: 'r-ev', stageId: 's2', text: 'Key card' },
      { id: 'n2', rowId: 'r-cust', stageId: 's1', text: 'Books' },
      { id: 'n3', rowId: 'r-ev', stageId: 's2', text: 'Receipt' },
      { id: 'n4', rowId: 'r-ev', stageId: 'gone', text: 'Lost' },
      { id: 'n5', rowId: 'r-front', stageId: 's1', text: 'Not a note row' },
    ];
    const layout = computeLayout(blueprint(FULL, { notes }));
    const evidence = layout.rows.find((r) => r.id === 'r-ev')!;
    expect(evidence.height).toBe(2 * 16 + 2 * NOTE_HEIGHT + NOTE_GAP);
    const s2 = layout.columns[1]!;
    expect(layout.notes).toEqual([
      {
        id: 'n1',
        rowId: 'r-ev',
        stageId: 's2',
        x: s2.x + 16,
        y: evidence.y + 16,
        width: 200,
        height: NOTE_HEIGHT,
      },
      {
        id: 'n2',
        rowId: 'r-cust',
        stageId: 's1',
        x: layout.columns[0]!.x + 16,
        y: HEAD + 16,
        width: 200,
        height: NOTE_HEIGHT,
      },
      {
        id: 'n3',
        rowId: 'r-ev',
        stageId: 's2',
        x: s2.x + 16,
        y: evidence.y + 16 + NOTE_HEIGHT + NOTE_GAP,
        width: 200,
        height: NOTE_HEIGHT,
      },
    ]);
  });

  it('sizes pains and ideas rows from the most items of a stage', () => {
    const touchpoints = [
      tp('t1', 's1', 'front', {
        frictions: [
          { id: 'f1', text: 'a', severity: 'low' },
          { id: 'f2', text: 'b', severity: 'high' },
          { id: 'f3', text: 'c', severity: 'medium' },
        ],
        opportunities: [{ id: 'o1', text: 'x' }],
      }),
    ];
    const rows: Row[] = [...FULL, { id: 'r-p', type: 'pains' }, { id: 'r-i', type: 'ideas' }];
    const layout = computeLayout(blueprint(rows, { touchpoints }));
    expect(layout.rows.find((r) => r.id === 'r-p')!.height).toBe(2 * 16 + 3 * ITEM_HEIGHT);
    expect(layout.rows.find((r) => r.id === 'r-i')!.height).toBe(ROW);
  });

  it('places each pain and idea in its row and stage, worst first, where the canvas draws it', () => {
    const touchpoints = [
      tp('t1', 's1', 'front', {
        frictions: [
          { id: 'f1', text: 'a', severity: 'low' },
          { id: 'f2', text: 'b', severity: 'high' },
        ],
      }),
      tp('t2', 's2', 'back', { opportunities: [{ id: 'o1', text: 'x' }] }),
    ];
    const rows: Row[] = [...FULL, { id: 'r-p', type: 'pains' }, { id: 'r-i', type: 'ideas' }];
    const layout = computeLayout(blueprint(rows, { touchpoints }));
    const [s1, s2] = layout.columns;
    const pains = layout.rows.find((r) => r.id === 'r-p')!;
    const ideas = layout.rows.find((r) => r.id === 'r-i')!;
    // In its row and stage, the column's padding in from the left, a slot (the gap under it
    // left out) below the one before: as wide as the column less its padding.
    const item = (
      id: string,
      row: typeof pains,
      column: { id: string; x: number; width: number },
      slot: number,
    ) => ({
      id,
      type: row.type,
      rowId: row.id,
      stageId: column.id,
      x: column.x + 16,
      y: row.y + 16 + slot * ITEM_HEIGHT,
      width: column.width - 32,
      height: ITEM_HEIGHT - ROW_GEOMETRY.ITEM_GAP,
    });
    expect(layout.items).toEqual([
      item('f2', pains, s1!, 0),
      item('f1', pains, s1!, 1),
      item('o1', ideas, s2!, 0),
    ]);
    expect(computeLayout(blueprint(FULL, { touchpoints })).items).toEqual([]);
  });

  it('gives a hidden emotion row no height and hides a hidden lane with its cards', () => {
    const rows = FULL.map((r) =>
      r.id === 'r-emo' || r.id === 'r-back' ? { ...r, hidden: true } : r,
    );
    const layout = computeLayout(blueprint(rows));
    expect(layout.emotionRow.height).toBe(0);
    expect(layout.rows.map((r) => r.id)).toEqual(['r-cust', 'r-front', 'r-ev', 'r-sys', 'r-notes']);
    expect(layout.lanes.map((l) => l.id)).toEqual(['front', 'sys']);
    expect(layout.cards.map((c) => c.id)).toEqual(['t1']);
    expect(layout.curve.points.map((p) => p.touchpointId)).toEqual(['t1']);
  });

  it('puts the emotion row after the lanes when the rows say so', () => {
    const rows: Row[] = [
      { id: 'r-front', type: 'department', departmentId: 'front' },
      { id: 'r-emo', type: 'emotion' },
    ];
    const layout = computeLayout(blueprint(rows), { emotionRow: 'top' });
    expect(layout.emotionRow.placement).toBe('bottom');
    // The departments missing from the rows come back at the end of their layer.
    expect(layout.rows.map((r) => r.type)).toEqual([
      'department',
      'department',
      'department',
      'emotion',
    ]);
  });
});

describe('computeLayout without rows', () => {
  it("keeps today's order: emotion, then lanes in list order; no lines without layers", () => {
    const map = blueprint(undefined, {
      departments: [
        { id: 'a', name: 'A', color: '#336699' },
        { id: 'b', name: 'B', color: '#336699' },
      ],
      touchpoints: [],
    });
    const layout = computeLayout(map);
    expect(layout.rows.map((r) => [r.id, r.y])).toEqual([
      ['emotion:', HEAD],
      ['department:a', HEAD + EMO],
      ['department:b', HEAD + EMO + LANE],
    ]);
    expect(layout.lines).toEqual([]);
    expect(layout.notes).toEqual([]);
    const bottom = computeLayout(map, { emotionRow: 'bottom' });
    expect(bottom.rows.map((r) => r.id)).toEqual(['department:a', 'department:b', 'emotion:']);
    expect(bottom.emotionRow).toEqual({ y: HEAD + 2 * LANE, height: EMO, placement: 'bottom' });
    expect(bottom.grid).toEqual({ x: 160, y: HEAD, width: 2 * 232, height: 2 * LANE });
  });
});
