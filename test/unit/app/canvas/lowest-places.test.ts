/**
 * The canvas's places for the lowest moments' labels, against the layout: a thin emotion row
 * (far out) lends its labels a strip under it, and a label there sat on the first lane's
 * cards, over their coloured band (the 1,500-card map as opened at 60 %; the hotel at Fit).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeLowestLabels } from '../../../../src/app/canvas/lowest-places.ts';
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

/** The labels at each view, with every card on screen (px) that one of them meets. */
function labelsOverCards(
  map: JourneyMap,
  views: readonly { x: number; y: number; zoom: number }[],
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
      for (const card of layout.cards) {
        const box = {
          x: view.x + card.x * view.zoom,
          y: view.y + card.y * view.zoom,
          width: card.width * view.zoom,
          height: card.height * view.zoom,
        };
        if (meet(label, box)) over.push(`${label.id} over ${card.id} at ${view.zoom}`);
      }
    }
  }
  return { labels, over };
}

describe('the lowest moments’ labels on the canvas', () => {
  it('cover no card of the lane under a thin emotion row (1,500 cards, far out to close in)', () => {
    const views = [0.3, 0.45, 0.6, 0.72, 0.9, 1.2].flatMap((zoom) =>
      [0, -900, -2600].map((x) => ({ x, y: 0, zoom })),
    );
    const { labels, over } = labelsOverCards(generateMap(1500).map, views);
    expect(labels).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it('cover no card of the hotel far out, at Fit and closer in', () => {
    const views = [0.2, 0.34, 0.5, 0.8].map((zoom) => ({ x: 20, y: -40 * zoom, zoom }));
    const { labels, over } = labelsOverCards(hotel(), views);
    expect(labels).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });
});
