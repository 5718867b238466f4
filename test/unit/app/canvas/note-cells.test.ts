import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/core/layout.ts';
import { ROW_GEOMETRY } from '../../../../src/core/layout-rows.ts';
import { draftNoteRect, noteCellAt, noteCellRect } from '../../../../src/app/canvas/note-cells.ts';
import { mapOf } from '../../map-parts.ts';

const map = mapOf({
  stages: [
    { id: 's1', name: 'S1' },
    { id: 's2', name: 'S2' },
  ],
  departments: [{ id: 'd', name: 'D', color: '#336699' }],
  rows: [
    { id: 'r-cust', type: 'customer' },
    { id: 'r-d', type: 'department', departmentId: 'd' },
    { id: 'r-pains', type: 'pains' },
  ],
  notes: [{ id: 'n1', rowId: 'r-cust', stageId: 's2', text: 'Books' }],
});

describe('note cells', () => {
  const layout = computeLayout(map);
  const cust = layout.rows[0]!;
  const [s1, s2] = layout.columns;

  it('finds the note cell under a point, and none in lanes or derived rows', () => {
    expect(noteCellAt(layout, { x: s2!.x + 5, y: cust.y + 5 })).toEqual({
      rowId: 'r-cust',
      stageId: 's2',
    });
    expect(noteCellAt(layout, { x: s1!.x + 5, y: layout.lanes[0]!.y + 5 })).toBeNull();
    expect(noteCellAt(layout, { x: s1!.x + 5, y: layout.rows[2]!.y + 5 })).toBeNull();
    expect(noteCellAt(layout, { x: 5, y: cust.y + 5 })).toBeNull();
  });

  it("gives a cell rect and puts a new note below the cell's notes", () => {
    expect(noteCellRect(layout, { rowId: 'r-cust', stageId: 's1' })).toEqual({
      x: s1!.x,
      y: cust.y,
      width: s1!.width,
      height: cust.height,
    });
    expect(noteCellRect(layout, { rowId: 'r-d', stageId: 's1' })).toBeNull();
    expect(draftNoteRect(layout, { rowId: 'r-cust', stageId: 's1' })!.y).toBe(cust.y + 16);
    expect(draftNoteRect(layout, { rowId: 'r-cust', stageId: 's2' })!.y).toBe(
      cust.y + 16 + ROW_GEOMETRY.NOTE_HEIGHT + ROW_GEOMETRY.NOTE_GAP,
    );
  });
});
