/**
 * The canvas's places for the lowest moments' labels, against the layout: a thin emotion row
 * (far out) lends its labels a strip under it, and a label there sat on the first lane's
 * cards, over their coloured band (the 1,500-card map as opened at 60 %; the hotel at Fit);
 * and a label ran along under another lowest point's ring, as if it were that point's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeLowestLabels, RING_RADIUS } from '../../../../src/app/canvas/lowest-places.ts';
import { headerLimits } from '../../../../src/app/canvas/header-box.ts';
import { curveInk } from '../../../../src/core/curve-ink.ts';
import type { LabelBox } from '../../../../src/core/curve-labels.ts';
import { computeLayout, type MapLayout } from '../../../../src/core/layout.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';
import { parseBytes } from '../../../../src/core/parse.ts';
import { generateMap } from '../../../bench/generate-map.ts';

const meet = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function hotel(): JourneyMap {
  const result = parseBytes(new Uint8Array(readFileSync('assets/templates/hotel-stay.touchmap')));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

type View = { x: number; y: number; zoom: number };

/** What a label must keep off, in canvas units: a name for the report and its box. */
type Keep = (layout: MapLayout, labelId: string) => { name: string; box: LabelBox }[];

const cards: Keep = (layout) => layout.cards.map((c) => ({ name: c.id, box: c }));

/** The items of the pains and ideas rows. */
const items: Keep = (layout) => layout.items.map((item) => ({ name: item.id, box: item }));

/** `map` with a pains or ideas row right under its emotion row, then its lanes: the thin row
 * lends its labels the top of that row, where the items are. */
function withRowUnderEmotion(map: JourneyMap, type: 'pains' | 'ideas'): JourneyMap {
  return {
    ...map,
    rows: [
      { id: 'row-emotion', type: 'emotion' },
      { id: `row-${type}`, type },
      ...map.departments.map((d) => ({
        id: `row-${d.id}`,
        type: 'department' as const,
        departmentId: d.id,
      })),
    ],
  };
}

/** Every other lowest point's ring as drawn (its radius and half its 2.5 stroke). */
const otherRings: Keep = (layout, labelId) => {
  const lowest = new Set(layout.curve.lowest);
  const reach = RING_RADIUS + 1.25;
  return layout.curve.points
    .filter((p) => lowest.has(p.touchpointId) && p.touchpointId !== labelId)
    .map((p) => ({
      name: `ring ${p.touchpointId}`,
      box: { x: p.x - reach, y: p.y - reach, width: 2 * reach, height: 2 * reach },
    }));
};

/**
 * The labels at each view, with everything of `keep` on screen (px), grown by `clear`, that
 * one of them meets.
 */
function labelsOver(
  map: JourneyMap,
  views: readonly View[],
  keep: Keep,
  clear = 0,
): { labels: number; over: string[] } {
  const layout: MapLayout = computeLayout(map, { brief: true });
  const titles = new Map(map.touchpoints.map((tp) => [tp.id, tp.title]));
  const ink = curveInk(layout.curve.points);
  let labels = 0;
  const over: string[] = [];
  for (const view of views) {
    const places = placeLowestLabels(
      layout,
      { ...view, width: 1000, height: 700 },
      headerLimits('m'),
      titles,
      ink,
    );
    for (const label of places?.labels ?? []) {
      labels++;
      for (const { name, box } of keep(layout, label.id)) {
        const seen = {
          x: view.x + box.x * view.zoom - clear,
          y: view.y + box.y * view.zoom - clear,
          width: box.width * view.zoom + 2 * clear,
          height: box.height * view.zoom + 2 * clear,
        };
        if (meet(label, seen)) over.push(`${label.id} over ${name} at ${view.zoom}, ${view.x}`);
      }
    }
  }
  return { labels, over };
}

/** The 1,500-card map far out to the closest zoom, panned along its curve: a crowded
 * curve has room for a label only close in (its lowest points a few px apart far out). */
const BIG_VIEWS: View[] = [0.3, 0.45, 0.6, 0.72, 0.9, 1.2, 2, 2.5].flatMap((zoom) =>
  Array.from({ length: 12 }, (_, i) => ({ x: -1200 * i, y: 0, zoom })),
);

/** The hotel far out, at Fit (34 %) and closer in, as opened and panned along. */
const HOTEL_VIEWS: View[] = [0.2, 0.25, 0.3, 0.34, 0.4, 0.5, 0.59, 0.8].flatMap((zoom) =>
  [20, -200, -600].map((x) => ({ x, y: -40 * zoom, zoom })),
);

describe('the lowest moments’ labels on the canvas', () => {
  it('cover no card of the lane under a thin emotion row (1,500 cards, far out to close in)', () => {
    const { labels, over } = labelsOver(generateMap(1500).map, BIG_VIEWS, cards);
    expect(labels).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it('cover no card of the hotel far out, at Fit and closer in', () => {
    const { labels, over } = labelsOver(hotel(), HOTEL_VIEWS, cards);
    expect(labels).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  // At Fit the hotel's first low moment had its label run right, under the second's ring
  // (touching it), and panned, under a ring half hidden by the pinned department names; on
  // the 1,500-card map, labels ran under rows of rings.
  it('keep 6 px clear of every other lowest point’s ring (hotel)', () => {
    const { labels, over } = labelsOver(hotel(), HOTEL_VIEWS, otherRings, 6);
    expect(labels).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  // A pains or ideas row right under a thin emotion row: the labels kept off cards and
  // notes there, but not off its items, and covered them (45 and 46 times in these views).
  // (On the 1,500-card map labels come only close in, where the row is tall and lends none
  // of the row under it.)
  for (const [type, row] of [
    ['pains', 'a pains'],
    ['ideas', 'an ideas'],
  ] as const) {
    it(`cover no item of ${row} row right under the emotion row (hotel)`, () => {
      const map = withRowUnderEmotion(hotel(), type);
      const { labels, over } = labelsOver(map, HOTEL_VIEWS, items);
      expect(computeLayout(map).items.length).toBeGreaterThan(5);
      expect(labels).toBeGreaterThan(0);
      expect(over).toEqual([]);
    });
  }

  it('keep 6 px clear of every other lowest point’s ring (1,500 cards)', () => {
    const { labels, over } = labelsOver(generateMap(1500).map, BIG_VIEWS, otherRings, 6);
    expect(labels).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });
});
