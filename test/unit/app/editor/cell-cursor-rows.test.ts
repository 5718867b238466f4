/** The cell cursor in a service blueprint: it steps through lanes and note rows in row order. */
import { describe, expect, it } from 'vitest';
import { cursorCell, moveCursor, sameCell } from '../../../../src/app/editor/cell-cursor.ts';
import type { Row } from '../../../../src/core/model.ts';

const rows: Row[] = [
  { id: 'r-cust', type: 'customer' },
  { id: 'r-emo', type: 'emotion' },
  { id: 'r-x', type: 'department', departmentId: 'x' },
  { id: 'r-pains', type: 'pains' },
  { id: 'r-ev', type: 'evidence', hidden: true },
  { id: 'r-y', type: 'department', departmentId: 'y' },
  { id: 'r-notes', type: 'notes', name: 'Questions' },
];

const grid = {
  stages: [{ id: 'a' }, { id: 'b' }],
  departments: [{ id: 'x' }, { id: 'y' }],
  rows,
} as unknown as Parameters<typeof cursorCell>[0];

const lane = (stageId: string, departmentId: string) => ({ stageId, departmentId });
const note = (stageId: string, rowId: string) => ({ stageId, departmentId: '', rowId });

describe('cell cursor in note rows', () => {
  it('steps down through note rows and lanes, skipping derived and hidden rows', () => {
    expect(moveCursor(grid, note('a', 'r-cust'), 0, 1)).toEqual(lane('a', 'x'));
    expect(moveCursor(grid, lane('a', 'x'), 0, 1)).toEqual(lane('a', 'y'));
    expect(moveCursor(grid, lane('a', 'y'), 0, 1)).toEqual(note('a', 'r-notes'));
    expect(moveCursor(grid, note('a', 'r-notes'), 0, 1)).toEqual(note('a', 'r-notes'));
    expect(moveCursor(grid, lane('b', 'x'), 0, -1)).toEqual(note('b', 'r-cust'));
    expect(moveCursor(grid, note('a', 'r-cust'), 1, 0)).toEqual(note('b', 'r-cust'));
  });

  it('keeps a note row cell while the row is drawn, and falls back to a lane when it is not', () => {
    expect(cursorCell(grid, note('b', 'r-notes'))).toEqual(note('b', 'r-notes'));
    expect(cursorCell(grid, { ...note('b', 'r-ev') })).toEqual(lane('b', 'x'));
    expect(cursorCell(grid, note('b', 'gone'))).toEqual(lane('b', 'x'));
  });

  it('tells a note cell from a lane cell', () => {
    expect(sameCell(note('a', 'r-cust'), note('a', 'r-cust'))).toBe(true);
    expect(sameCell(note('a', 'r-cust'), note('a', 'r-notes'))).toBe(false);
    expect(sameCell(note('a', 'r-cust'), lane('a', ''))).toBe(false);
  });
});
