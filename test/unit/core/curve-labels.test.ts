import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
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
    const request = fc.record({
      x: fc.double({ min: 0, max: 600, noNaN: true }),
      y: fc.double({ min: 0, max: 100, noNaN: true }),
      width: fc.double({ min: 1, max: 400, noNaN: true }),
    });
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
            const ring = { x: r.x - 8, y: r.y - 8, width: 16, height: 16 };
            if (r.id !== label.id) expect(apart(label, ring)).toBe(true);
          }
        });
      }),
    );
  });

  it('says which moment it is', () => {
    expect(lowestLabelText(' Pay the bill ')).toBe('Lowest: Pay the bill');
    expect(lowestLabelText('')).toBe('Lowest: untitled');
  });
});
