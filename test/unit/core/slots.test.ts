/** The slots of a cell: geometry, the next free and the nearest free slot, and arranging. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../../src/core/layout.ts';
import type { Position } from '../../../src/core/model.ts';
import {
  SLOT_STEP,
  anyOverlap,
  arrangedPositions,
  cardsOverlap,
  nearestFreeSlot,
  nextFreeSlot,
  readingOrder,
  slotColumns,
  slotPosition,
} from '../../../src/core/slots.ts';

const { CARD_WIDTH, CARD_HEIGHT, CELL_PADDING, MIN_CELL_WIDTH } = LAYOUT;

/** Every pair of cards apart: the property every placing function must keep. */
function expectApart(positions: readonly Position[]): void {
  positions.forEach((a, i) => {
    positions.slice(i + 1).forEach((b) => {
      expect(cardsOverlap(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(false);
    });
  });
}

const position = fc.record({
  x: fc.integer({ min: -50, max: 900 }),
  y: fc.integer({ min: -50, max: 1200 }),
});

describe('slot geometry', () => {
  it('flows slots left to right, then down, one padding apart from the cell padding', () => {
    expect(SLOT_STEP).toEqual({ x: CARD_WIDTH + CELL_PADDING, y: CARD_HEIGHT + CELL_PADDING });
    expect([0, 1, 2, 3].map((i) => slotPosition(i, 2))).toEqual([
      { x: 16, y: 16 },
      { x: 232, y: 16 },
      { x: 16, y: 128 },
      { x: 232, y: 128 },
    ]);
    expect(slotPosition(2, 1)).toEqual({ x: 16, y: 240 });
  });

  it('gives a cell as many slot columns as its width holds, at least one', () => {
    expect(slotColumns(MIN_CELL_WIDTH)).toBe(1);
    expect(slotColumns(CELL_PADDING + 2 * SLOT_STEP.x)).toBe(2);
    expect(slotColumns(CELL_PADDING + 2 * SLOT_STEP.x - 1)).toBe(1);
    expect(slotColumns(0)).toBe(1);
  });

  it('tells overlapping cards from cards that only touch, measuring negatives at 0', () => {
    expect(cardsOverlap({ x: 16, y: 16 }, { x: 16 + CARD_WIDTH, y: 16 })).toBe(false);
    expect(cardsOverlap({ x: 16, y: 16 }, { x: 16 + CARD_WIDTH - 1, y: 16 })).toBe(true);
    expect(cardsOverlap({ x: 16, y: 16 }, { x: 16, y: 16 + CARD_HEIGHT })).toBe(false);
    expect(cardsOverlap({ x: -40, y: -40 }, { x: 0, y: 0 })).toBe(true);
    expect(
      anyOverlap([
        { x: 16, y: 16 },
        { x: 16, y: 128 },
        { x: 232, y: 16 },
      ]),
    ).toBe(false);
    expect(
      anyOverlap([
        { x: 16, y: 16 },
        { x: 16, y: 128 },
        { x: 30, y: 200 },
      ]),
    ).toBe(true);
  });
});

describe('nextFreeSlot', () => {
  it('takes the first slot of an empty cell, then the one after the last card', () => {
    expect(nextFreeSlot([], 1)).toEqual({ x: 16, y: 16 });
    expect(nextFreeSlot([{ x: 16, y: 16 }], 1)).toEqual({ x: 16, y: 128 });
    expect(nextFreeSlot([{ x: 16, y: 16 }], 2)).toEqual({ x: 232, y: 16 });
    // A hole above the last card stays a hole: the new card reads last.
    expect(nextFreeSlot([{ x: 16, y: 240 }], 1)).toEqual({ x: 16, y: 352 });
  });

  it('goes past a card off the slot grid that reaches into the next slot', () => {
    expect(nextFreeSlot([{ x: 40, y: 60 }], 1)).toEqual({ x: 16, y: 240 });
  });

  it('never lands on a card, wherever the cards are (property)', () => {
    fc.assert(
      fc.property(
        fc.array(position, { maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (cards, columns) => {
          const slot = nextFreeSlot(cards, columns);
          expect(cards.some((card) => cardsOverlap(card, slot))).toBe(false);
        },
      ),
    );
  });
});

describe('nearestFreeSlot', () => {
  it('snaps to the slot nearest the card, or the nearest free one when it is taken', () => {
    expect(nearestFreeSlot({ x: 40, y: 150 }, [], 1)).toEqual({ x: 16, y: 128 });
    expect(nearestFreeSlot({ x: 40, y: 150 }, [{ x: 16, y: 128 }], 1)).toEqual({ x: 16, y: 240 });
    expect(nearestFreeSlot({ x: 40, y: 100 }, [{ x: 16, y: 128 }], 1)).toEqual({ x: 16, y: 16 });
  });

  it('starts a new slot column only for a card aimed right of the last one', () => {
    expect(nearestFreeSlot({ x: 120, y: 16 }, [{ x: 16, y: 16 }], 1)).toEqual({ x: 16, y: 128 });
    expect(nearestFreeSlot({ x: 130, y: 16 }, [{ x: 16, y: 16 }], 1)).toEqual({ x: 232, y: 16 });
  });

  it('places eight cards dropped on one spot in eight different slots, in drop order', () => {
    const placed: Position[] = [];
    for (let i = 0; i < 8; i++) placed.push(nearestFreeSlot({ x: 30, y: 30 }, placed, 1));
    expectApart(placed);
    expect(placed.map((p) => p.y)).toEqual([16, 128, 240, 352, 464, 576, 688, 800]);
  });

  it('keeps every card apart, one drop after another (property)', () => {
    fc.assert(
      fc.property(
        fc.array(position, { maxLength: 15 }),
        fc.integer({ min: 1, max: 3 }),
        (drops, columns) => {
          const placed: Position[] = [];
          for (const drop of drops) placed.push(nearestFreeSlot(drop, placed, columns));
          expectApart(placed);
        },
      ),
    );
  });
});

describe('arrangedPositions', () => {
  it('flows the cards through the slots in their reading order, ties in the order given', () => {
    const cards = [
      { x: 300, y: 20 },
      { x: 16, y: 500 },
      { x: 16, y: 20 },
      { x: 16, y: 20 },
    ];
    // Reading order: the two at (16, 20) in the order given, then (300, 20), then (16, 500).
    expect(arrangedPositions(cards, 2)).toEqual([
      { x: 16, y: 128 },
      { x: 232, y: 128 },
      { x: 16, y: 16 },
      { x: 232, y: 16 },
    ]);
  });

  it('leaves no two cards overlapping and keeps the reading order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(position, { maxLength: 20 }),
        fc.integer({ min: 1, max: 4 }),
        (cards, columns) => {
          const next = arrangedPositions(cards, columns);
          expectApart(next);
          const before = cards
            .map((_, i) => i)
            .sort((a, b) => readingOrder(cards[a]!, cards[b]!) || a - b);
          const after = cards.map((_, i) => i).sort((a, b) => readingOrder(next[a]!, next[b]!));
          expect(after).toEqual(before);
          // Arranging again changes nothing.
          expect(arrangedPositions(next, columns)).toEqual(next);
        },
      ),
    );
  });
});
