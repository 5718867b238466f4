/** The cell cursor's rules: clamped to the grid, a stale cursor falls back, cards in reading order. */
import { describe, expect, it } from 'vitest';
import {
  cardsInCell,
  cursorCell,
  moveCursor,
  sameCell,
} from '../../../../src/app/editor/cell-cursor.ts';
import { panToShow } from '../../../../src/app/canvas/CellCursor.tsx';
import type { Touchpoint } from '../../../../src/core/model.ts';

const grid = {
  stages: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  departments: [{ id: 'x' }, { id: 'y' }],
} as unknown as Parameters<typeof cursorCell>[0];

const at = (stageId: string, departmentId: string) => ({ stageId, departmentId });

describe('cell cursor', () => {
  it('starts on the first cell, and falls back to it when its stage or department is gone', () => {
    expect(cursorCell(grid, null)).toEqual(at('a', 'x'));
    expect(cursorCell(grid, at('c', 'y'))).toEqual(at('c', 'y'));
    expect(cursorCell(grid, at('gone', 'y'))).toEqual(at('a', 'y'));
    expect(cursorCell(grid, at('b', 'gone'))).toEqual(at('b', 'x'));
    expect(cursorCell({ stages: [], departments: [] }, null)).toBeNull();
  });

  it('moves by stages and departments, stopping at the edges of the grid', () => {
    expect(moveCursor(grid, at('a', 'x'), 1, 0)).toEqual(at('b', 'x'));
    expect(moveCursor(grid, at('b', 'x'), 0, 1)).toEqual(at('b', 'y'));
    expect(moveCursor(grid, at('c', 'y'), 1, 1)).toEqual(at('c', 'y'));
    expect(moveCursor(grid, at('a', 'x'), -1, -1)).toEqual(at('a', 'x'));
    expect(moveCursor(grid, at('a', 'x'), 10, 0)).toEqual(at('c', 'x'));
  });

  it('shows itself on the first cell at the first press instead of jumping past it', () => {
    expect(moveCursor(grid, null, 1, 0)).toEqual(at('a', 'x'));
    expect(moveCursor({ stages: [], departments: [] }, null, 1, 0)).toBeNull();
  });

  it('lists a cell’s cards top to bottom, then left to right', () => {
    const tp = (id: string, stageId: string, x: number, y: number) =>
      ({ id, stageId, departmentId: 'x', position: { x, y } }) as Touchpoint;
    const cards = [tp('low', 'a', 16, 200), tp('other', 'b', 0, 0), tp('top', 'a', 90, 16)];
    expect(cardsInCell(cards, at('a', 'x')).map((c) => c.id)).toEqual(['top', 'low']);
    expect(cardsInCell(cards, at('c', 'x'))).toEqual([]);
  });

  it('compares cells', () => {
    expect(sameCell(at('a', 'x'), at('a', 'x'))).toBe(true);
    expect(sameCell(at('a', 'x'), at('a', 'y'))).toBe(false);
    expect(sameCell(null, at('a', 'y'))).toBe(false);
  });

  it('pans just enough to show a cell, or its top-left when it is bigger than the window', () => {
    expect(panToShow({ x: 100, y: 100, width: 200, height: 100 }, 800, 600)).toEqual({
      x: 0,
      y: 0,
    });
    expect(panToShow({ x: 700, y: 100, width: 200, height: 100 }, 800, 600)).toEqual({
      x: -124,
      y: 0,
    });
    expect(panToShow({ x: -50, y: 550, width: 200, height: 100 }, 800, 600)).toEqual({
      x: 74,
      y: -74,
    });
    expect(panToShow({ x: 300, y: 10, width: 900, height: 100 }, 800, 600)).toEqual({
      x: -276,
      y: 14,
    });
  });
});
