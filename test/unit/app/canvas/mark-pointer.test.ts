import { describe, expect, it } from 'vitest';
import {
  DRAG_THRESHOLD_PX,
  boxBetween,
  marksInBox,
  dragOffset,
  draggedCards,
  markAt,
  selectionOnClick,
  selectionOnPress,
} from '../../../../src/app/canvas/mark-pointer.ts';

const rect = (id: string, x: number, y: number) => ({ id, x, y, width: 200, height: 96 });

describe('the pointer on marks', () => {
  it('finds the card under a point, edges included, the last drawn on top', () => {
    const cards = [rect('a', 0, 0), rect('b', 150, 50), rect('c', 1000, 0)];
    expect(markAt(cards, { x: 10, y: 10 })).toBe('a');
    expect(markAt(cards, { x: 160, y: 60 })).toBe('b');
    expect(markAt(cards, { x: 1200, y: 96 })).toBe('c');
    expect(markAt(cards, { x: 600, y: 10 })).toBeNull();
    expect(markAt([], { x: 0, y: 0 })).toBeNull();
  });

  it('selects like a node: a press on an unselected card selects it alone', () => {
    expect(selectionOnPress(['a', 'b'], 'c', false)).toEqual(['c']);
    // Pressing one of several selected cards keeps them all, to drag them together.
    expect(selectionOnPress(['a', 'b'], 'b', false)).toEqual(['a', 'b']);
    // With Shift, Ctrl or Cmd it toggles.
    expect(selectionOnPress(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(selectionOnPress(['a', 'b'], 'a', true)).toEqual(['b']);
  });

  it('a click without moving leaves that card alone selected, unless multi-selecting', () => {
    expect(selectionOnClick(['a', 'b'], 'b', false)).toEqual(['b']);
    expect(selectionOnClick(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
  });

  it('drags the whole selection when the pressed card is in it, else that card', () => {
    expect(draggedCards(['a', 'b'], 'b')).toEqual(['a', 'b']);
    expect(draggedCards(['a', 'b'], 'c')).toEqual(['c']);
  });

  it('starts a drag past a few pixels and measures it in canvas units', () => {
    expect(dragOffset({ x: 100, y: 100 }, { x: 101, y: 101 }, 0.1)).toBeNull();
    expect(DRAG_THRESHOLD_PX).toBeGreaterThan(1);
    expect(dragOffset({ x: 100, y: 100 }, { x: 110, y: 95 }, 0.1)).toEqual({ x: 100, y: -50 });
  });

  it('makes a selection box from two corners in any order', () => {
    const box = { x: 100, y: 40, width: 300, height: 60 };
    expect(boxBetween({ x: 100, y: 40 }, { x: 400, y: 100 })).toEqual(box);
    expect(boxBetween({ x: 400, y: 100 }, { x: 100, y: 40 })).toEqual(box);
    expect(boxBetween({ x: 400, y: 40 }, { x: 100, y: 100 })).toEqual(box);
  });

  it('selects with a box every card it touches, even in part, and no other', () => {
    const cards = [rect('a', 0, 0), rect('b', 300, 0), rect('c', 0, 200), rect('d', 600, 600)];
    // Across a and b's lower halves: both, not c below them nor d far away.
    expect(marksInBox(cards, boxBetween({ x: 150, y: 50 }, { x: 350, y: 80 }))).toEqual(['a', 'b']);
    // Touching an edge counts; a unit short of it does not.
    expect(marksInBox(cards, boxBetween({ x: 500, y: 100 }, { x: 200, y: 96 }))).toEqual([
      'a',
      'b',
    ]);
    expect(marksInBox(cards, boxBetween({ x: 201, y: 97 }, { x: 299, y: 199 }))).toEqual([]);
    // Around everything: all, in drawing order.
    expect(marksInBox(cards, boxBetween({ x: -10, y: -10 }, { x: 900, y: 900 }))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(marksInBox([], { x: 0, y: 0, width: 10, height: 10 })).toEqual([]);
  });
});
