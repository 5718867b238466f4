import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveInk, hidesInk } from '../../../src/core/curve-ink.ts';
import {
  coversBoxes,
  lowestLabelText,
  placeCurveLabels,
  type LabelBox,
  type LabelSpec,
} from '../../../src/core/curve-labels.ts';

const SPEC: LabelSpec = { height: 16, gap: 8, minWidth: 40, maxWidth: 200 };
const ROW: LabelBox = { x: 0, y: 0, width: 600, height: 100 };

const inside = (box: LabelBox, b: LabelBox): boolean =>
  box.x >= b.x - 1e-9 &&
  box.y >= b.y - 1e-9 &&
  box.x + box.width <= b.x + b.width + 1e-9 &&
  box.y + box.height <= b.y + b.height + 1e-9;

/** A label asked for at a point in ROW, of any width up to twice the widest (it is cut). */
const request = fc.record({
  x: fc.double({ min: 0, max: 600, noNaN: true }),
  y: fc.double({ min: 0, max: 100, noNaN: true }),
  width: fc.double({ min: 1, max: 400, noNaN: true }),
});

const apart = (a: LabelBox, b: LabelBox): boolean =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('placing the labels of the lowest moments', () => {
  it('puts a label above its point, centred, when there is room', () => {
    const [label] = placeCurveLabels([{ id: 'a', x: 300, y: 80, width: 120 }], ROW, SPEC);
    expect(label).toEqual({
      id: 'a',
      side: 'above',
      truncated: false,
      x: 240,
      y: 80 - 8 - 16,
      width: 120,
      height: 16,
    });
  });

  it('goes below a point near the top, and keeps a label at the edge inside the row', () => {
    const [top, edge] = placeCurveLabels(
      [
        { id: 'top', x: 100, y: 10, width: 100 },
        { id: 'edge', x: 590, y: 60, width: 150 },
      ],
      ROW,
      SPEC,
    );
    expect(top).toMatchObject({ side: 'below', y: 18 });
    expect(edge).toMatchObject({ side: 'above', x: 450, width: 150 });
  });

  it('moves a neighbour aside rather than overlapping, and cuts what cannot fit whole', () => {
    const labels = placeCurveLabels(
      [
        { id: 'a', x: 100, y: 60, width: 180 },
        { id: 'b', x: 130, y: 60, width: 180 },
      ],
      { x: 0, y: 0, width: 400, height: 70 },
      SPEC,
    );
    expect(labels.map((l) => [l.id, l.side])).toEqual([
      ['a', 'above'],
      ['b', 'right'],
    ]);
    expect(labels[1]).toMatchObject({ x: 138, width: 180, truncated: false });
    expect(apart(labels[0]!, labels[1]!)).toBe(true);

    const [cut] = placeCurveLabels(
      [{ id: 'long', x: 50, y: 50, width: 500 }],
      { x: 0, y: 0, width: 160, height: 100 },
      SPEC,
    );
    expect(cut).toMatchObject({ side: 'above', width: 160, truncated: true });
  });

  it('reaches out to the free side above its point before going beside it', () => {
    const [, b] = placeCurveLabels(
      [
        { id: 'a', x: 100, y: 60, width: 100 },
        { id: 'b', x: 180, y: 60, width: 100 },
      ],
      ROW,
      SPEC,
    );
    expect(b).toMatchObject({ side: 'above', x: 172, width: 100 });
  });

  it('leaves the room above a later point to that point when it can', () => {
    const [a, b] = placeCurveLabels(
      [
        { id: 'a', x: 200, y: 60, width: 150 },
        { id: 'b', x: 260, y: 60, width: 150 },
      ],
      ROW,
      SPEC,
    );
    expect(a).toMatchObject({ side: 'above', x: 58, width: 150 });
    expect(b).toMatchObject({ side: 'above', x: 252, width: 150 });
  });

  it('leaves a point unlabelled when no place is wide or tall enough', () => {
    expect(
      placeCurveLabels(
        [{ id: 'a', x: 20, y: 5, width: 100 }],
        { x: 0, y: 0, width: 30, height: 10 },
        SPEC,
      ),
    ).toEqual([]);
    expect(placeCurveLabels([{ id: 'off', x: 900, y: 50, width: 50 }], ROW, SPEC)).toEqual([]);
  });

  it('never leaves the bounds, never overlaps another label or covers another ring', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 12 }), (raw) => {
        const requests = raw.map((r, i) => ({ ...r, id: `p${i}` }));
        const labels = placeCurveLabels(requests, ROW, SPEC);
        labels.forEach((label, i) => {
          expect(inside(label, ROW)).toBe(true);
          expect(label.width).toBeGreaterThanOrEqual(SPEC.minWidth);
          expect(label.width).toBeLessThanOrEqual(SPEC.maxWidth);
          for (const other of labels.slice(i + 1)) expect(apart(label, other)).toBe(true);
          for (const r of requests) {
            // Touching within rounding is not covering (curve-labels.ts, overlapsRing).
            const ring = {
              x: r.x - 8 + 1e-6,
              y: r.y - 8 + 1e-6,
              width: 16 - 2e-6,
              height: 16 - 2e-6,
            };
            if (r.id !== label.id) expect(apart(label, ring)).toBe(true);
          }
        });
      }),
    );
  });

  it('puts a label just under a neighbour at the same height, whatever the rounding', () => {
    // Nothing above the points; under them, a's label reaches past b's ring. Its top (80.9 +
    // 8.1 = 89) is where b's ring ends, which rounds to 89.00000000000001 from its top.
    const covers = (box: LabelBox): boolean => box.y < 80.9;
    const [a] = placeCurveLabels(
      [
        { id: 'a', x: 100, y: 80.9, width: 200 },
        { id: 'b', x: 150, y: 80.9, width: 60 },
      ],
      { x: 0, y: 0, width: 600, height: 110 },
      { ...SPEC, gap: 8.1 },
      covers,
    );
    expect(a).toMatchObject({ id: 'a', side: 'below', y: 89 });
  });

  it('keeps another point’s ring the spacing away: a label under it read as that point’s', () => {
    // The hotel at Fit: room only under the points, which are at one height; a's label,
    // reaching right from under its ring, ran along under b's, touching it.
    const covers = (box: LabelBox): boolean => box.y < 80;
    const requests = [
      { id: 'a', x: 100, y: 80, width: 200 },
      { id: 'b', x: 150, y: 80, width: 60 },
    ];
    const bounds = { x: 0, y: 0, width: 600, height: 110 };
    const [a0] = placeCurveLabels(requests, bounds, SPEC, covers);
    expect(a0).toMatchObject({ id: 'a', side: 'below', y: 88 });
    const labels = placeCurveLabels(requests, bounds, { ...SPEC, spacing: 6 }, covers);
    // a goes without (its ring shows its words on hover); b has its own.
    expect(labels.map((l) => l.id)).toEqual(['b']);
  });

  it('never puts a label nearer another point’s ring than the spacing', () => {
    fc.assert(
      fc.property(
        fc.array(request, { maxLength: 12 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (raw, spacing) => {
          const requests = raw.map((r, i) => ({ ...r, id: `p${i}` }));
          const labels = placeCurveLabels(requests, ROW, { ...SPEC, spacing });
          for (const label of labels) {
            for (const r of requests) {
              if (r.id === label.id) continue;
              // The ring's box (gap 8) grown by the spacing, less what rounding leaves.
              const reach = 8 + spacing - 1e-6;
              const near = { x: r.x - reach, y: r.y - reach, width: 2 * reach, height: 2 * reach };
              expect(apart(label, near)).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('keeps labels a space apart, so two never read as one run of words', () => {
    const requests = [
      { id: 'a', x: 100, y: 60, width: 150 },
      { id: 'b', x: 260, y: 60, width: 150 },
    ];
    // Without spacing, both go above, 10 px apart.
    const [a0, b0] = placeCurveLabels(requests, ROW, SPEC);
    expect(b0!.x - (a0!.x + a0!.width)).toBeCloseTo(10);
    const [a, b] = placeCurveLabels(requests, ROW, { ...SPEC, spacing: 12 });
    expect(apart({ ...a!, x: a!.x - 12, width: a!.width + 24 }, b!)).toBe(true);
  });

  it('puts no label where it would hide the curve, and on a crowded curve keeps the first', () => {
    // A dense curve: a point every 10 px, high and low by turns; one low point in five is a
    // lowest (100 px apart: a label under one keeps the spacing from its neighbours' rings).
    const points = Array.from({ length: 60 }, (_, i) => ({ x: 5 + i * 10, y: i % 2 ? 60 : 10 }));
    const ink = curveInk(points);
    const rule = { dot: 6, line: 1, crossings: 2 };
    const requests = points
      .filter((p) => p.y === 60)
      .filter((_, i) => i % 5 === 2)
      .map((p, i) => ({ id: `low${i}`, x: p.x, y: p.y, width: 120 }));
    const labels = placeCurveLabels(
      requests,
      { x: 0, y: 0, width: 600, height: 100 },
      { ...SPEC, spacing: 12 },
      (box) => hidesInk(ink, box, rule),
    );
    // Fewer labels than points, all under the curve, a space apart, first come first served.
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThan(requests.length);
    expect(labels[0]!.id).toBe('low0');
    labels.forEach((label, i) => {
      expect(label.side).toBe('below');
      expect(hidesInk(ink, label, rule)).toBe(false);
      for (const other of labels.slice(i + 1)) {
        expect(apart({ ...label, x: label.x - 12, width: label.width + 24 }, other)).toBe(true);
      }
    });
  });

  it('never places a label on a box it is told not to cover, nor nearer another than the spacing', () => {
    const box = fc.record({
      x: fc.double({ min: 0, max: 600, noNaN: true }),
      y: fc.double({ min: 0, max: 100, noNaN: true }),
      width: fc.double({ min: 1, max: 200, noNaN: true }),
      height: fc.double({ min: 1, max: 40, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(request, { maxLength: 12 }),
        fc.array(box, { maxLength: 4 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (raw, forbidden, spacing) => {
          const requests = raw.map((r, i) => ({ ...r, id: `p${i}` }));
          const covers = (b: LabelBox): boolean => forbidden.some((f) => !apart(b, f));
          const labels = placeCurveLabels(requests, ROW, { ...SPEC, spacing }, covers);
          labels.forEach((label, i) => {
            expect(covers(label)).toBe(false);
            const grown = {
              x: label.x - spacing + 1e-6,
              y: label.y - spacing + 1e-6,
              width: label.width + 2 * spacing - 2e-6,
              height: label.height + 2 * spacing - 2e-6,
            };
            for (const other of labels.slice(i + 1)) expect(apart(grown, other)).toBe(true);
          });
        },
      ),
    );
  });

  it('places no label over a card box given to it, nor within its margin', () => {
    const card = fc.record({
      x: fc.double({ min: -100, max: 600, noNaN: true }),
      y: fc.double({ min: 0, max: 140, noNaN: true }),
      width: fc.double({ min: 1, max: 200, noNaN: true }),
      height: fc.double({ min: 1, max: 96, noNaN: true }),
    });
    // The row lends its labels a strip under it, where the first cards are (lowest-places.ts).
    const lent = { ...ROW, height: 130 };
    fc.assert(
      fc.property(
        fc.array(request, { maxLength: 12 }),
        fc.array(card, { maxLength: 8 }),
        (raw, cards) => {
          const requests = raw.map((r, i) => ({ ...r, id: `p${i}` }));
          const labels = placeCurveLabels(requests, lent, SPEC, coversBoxes(cards, 1));
          for (const label of labels) {
            const grown = {
              x: label.x - 1,
              y: label.y - 1,
              width: label.width + 2,
              height: label.height + 2,
            };
            for (const c of cards) expect(apart(grown, c)).toBe(true);
          }
        },
      ),
    );
  });

  it('finds a covered card by x as a look at every card would', () => {
    const box = fc.record({
      x: fc.double({ min: 0, max: 600, noNaN: true }),
      y: fc.double({ min: 0, max: 100, noNaN: true }),
      width: fc.double({ min: 0.5, max: 300, noNaN: true }),
      height: fc.double({ min: 0.5, max: 60, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 20 }),
        box,
        fc.double({ min: 0, max: 5, noNaN: true }),
        (cards, label, margin) => {
          const grown = {
            x: label.x - margin,
            y: label.y - margin,
            width: label.width + 2 * margin,
            height: label.height + 2 * margin,
          };
          expect(coversBoxes(cards, margin)(label)).toBe(cards.some((c) => !apart(grown, c)));
        },
      ),
    );
  });

  it('says which moment it is', () => {
    expect(lowestLabelText(' Pay the bill ')).toBe('Lowest: Pay the bill');
    expect(lowestLabelText('')).toBe('Lowest: untitled');
  });
});
