import { markCard } from './mark-card.ts';
import { describe, expect, it } from 'vitest';
import {
  halfwayAlong,
  markLabelRequests,
  placeMarkLabels,
  type MarkLabelRequest,
} from '../../../../src/app/canvas/mark-labels.ts';
import { MARK } from '../../../../src/app/canvas/mark-shapes.ts';
import type { ConnectionEdge } from '../../../../src/app/canvas/flow-model.ts';

const card = (id: string, x: number, y = 100) => markCard(id, x, { y });

const edge = (
  id: string,
  source: string,
  target: string,
  label: string | null,
): ConnectionEdge => ({
  id,
  type: 'connection',
  source,
  target,
  data: { label, dimmed: false },
});

/** 24 units: 12 px at 50 %, 11 px at 45.8 %. */
const FONT = { units: 24, line: 1.5, pad: 0.5 };
/** Every letter half as wide as it is high. */
const WIDTH = (text: string, px: number) => (text.length * px) / 2;
const SCREEN = { x: 0, y: 0, width: 1280, height: 720 };

function request(id: string, x: number, y: number, span: number, text = 'Email'): MarkLabelRequest {
  return { id, text, anchor: { x, y }, span, dimmed: false, selected: false };
}

describe('connection labels far out', () => {
  it('asks for the labelled connections only, at the middle of the drawn curve', () => {
    const requests = markLabelRequests(
      [
        edge('e1', 'a', 'b', 'Sends email'),
        edge('e2', 'b', 'c', null),
        edge('e3', 'a', 'gone', 'Lost'),
        edge('e4', 'a', 'c', '   '),
      ],
      [card('a', 0), card('b', 400, 300), card('c', 800)],
    );
    expect(requests).toEqual([
      {
        id: 'e1',
        text: 'Sends email',
        anchor: { x: (200 + 400 - MARK.ARROW) / 2, y: (148 + 348) / 2 },
        span: Math.hypot(400, 200),
        dimmed: false,
        selected: false,
      },
    ]);
  });

  it('anchors a routed connection halfway along its route, the curve while an end is dragged', () => {
    // 100 right, 300 down, 100 right: 500 long, its middle 150 down the second leg.
    const route = [
      { x: 200, y: 148 },
      { x: 300, y: 148 },
      { x: 300, y: 448 },
      { x: 400, y: 448 },
    ];
    const cards = [card('a', 0), card('b', 400, 400)];
    const edges = [edge('e1', 'a', 'b', 'Calls')];
    const routeOf = (id: string) => (id === 'e1' ? route : null);
    expect(halfwayAlong(route)).toEqual({ x: 300, y: 298 });
    expect(markLabelRequests(edges, cards, routeOf)[0]!.anchor).toEqual({ x: 300, y: 298 });
    expect(markLabelRequests(edges, cards, routeOf)[0]!.route).toEqual(route);
    expect(markLabelRequests(edges, cards, routeOf, new Set(['b']))[0]!.anchor).toEqual({
      x: (200 + 400 - MARK.ARROW) / 2,
      y: (148 + 448) / 2,
    });
  });

  it('draws a label with the map, centred on its anchor, once its letters reach 11 px', () => {
    const view = { x: 10, y: 20, zoom: 0.5 };
    const { px, labels } = placeMarkLabels(
      [request('e', 400, 400, 600)],
      view,
      SCREEN,
      FONT,
      WIDTH,
    );
    // 12 px letters: 5 of 6 px, 2 * 6 px of padding; 1.5 lines high.
    expect(px).toBe(12);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatchObject({ id: 'e', text: 'Email', width: 42, height: 18 });
    expect(labels[0]!.x + labels[0]!.width / 2).toBe(10 + 400 * 0.5);
    expect(labels[0]!.y + labels[0]!.height / 2).toBe(20 + 400 * 0.5);
    // At 11 px still; under it, none at all rather than small ones.
    const at = (zoom: number) =>
      placeMarkLabels([request('e', 400, 400, 6000)], { x: 0, y: 0, zoom }, SCREEN, FONT, WIDTH);
    expect(at(11 / 24).labels).toHaveLength(1);
    expect(at(10.9 / 24)).toEqual({ px: 10.9, labels: [] });
    expect(at(0.08).labels).toEqual([]);
  });

  it('skips a label wider than its connection on screen', () => {
    const view = { x: 0, y: 0, zoom: 0.5 };
    // 5 letters at 12 px need 42 px; 84 units at 50 % are 42 px.
    const place = (span: number) =>
      placeMarkLabels([request('e', 400, 400, span)], view, SCREEN, FONT, WIDTH).labels;
    expect(place(84)).toHaveLength(1);
    expect(place(83)).toEqual([]);
  });

  it('never cuts a label: one reaching under the headers or past the window is left out', () => {
    const bounds = { x: 112, y: 30, width: 1168, height: 690 };
    const view = { x: 0, y: 0, zoom: 0.5 };
    const place = (x: number, y: number) =>
      placeMarkLabels([request('e', x * 2, y * 2, 2000)], view, bounds, FONT, WIDTH).labels;
    expect(place(140, 300)).toHaveLength(1);
    // Its middle is right of the lane names, but its left half would be under them.
    expect(place(120, 300)).toEqual([]);
    expect(place(600, 35)).toEqual([]);
    expect(place(1270, 300)).toEqual([]);
    expect(place(600, 715)).toEqual([]);
    expect(place(600, 2000)).toEqual([]);
  });

  it('keeps labels apart: a later one where an earlier one is drawn is skipped, selected first', () => {
    const view = { x: 0, y: 0, zoom: 0.5 };
    const requests = [
      request('a', 800, 800, 1000),
      request('b', 840, 810, 1000),
      request('c', 800, 880, 1000),
    ];
    const ids = () => placeMarkLabels(requests, view, SCREEN, FONT, WIDTH).labels.map((l) => l.id);
    expect(ids()).toEqual(['a', 'c']);
    requests[1] = { ...requests[1]!, selected: true };
    expect(ids()).toEqual(['b', 'c']);
  });

  it('keeps a label off the cards it is given, wherever it would touch one', () => {
    const view = { x: 100, y: 50, zoom: 0.5 };
    // The label: 5 letters at 12 px, 42 px wide and 18 high, centred on (500, 450) on screen.
    const place = (cards: { x: number; y: number; width: number; height: number }[]) =>
      placeMarkLabels([request('e', 800, 800, 2000)], view, SCREEN, FONT, WIDTH, cards).labels;
    expect(place([])).toHaveLength(1);
    // A card to its left (on screen 300 to 400 across): clear of it.
    expect(place([{ x: 400, y: 700, width: 200, height: 96 }])).toHaveLength(1);
    // A card (on screen 400 to 480 across, 430 to 478 down) under the label's left end (the
    // label spans 479 to 521 across, 441 to 459 down).
    expect(place([{ x: 600, y: 760, width: 160, height: 96 }])).toEqual([]);
    // Just clear of its left end, then just touching it.
    expect(place([{ x: 600, y: 760, width: 157, height: 96 }])).toHaveLength(1);
    expect(place([{ x: 600, y: 760, width: 159, height: 96 }])).toEqual([]);
  });

  it('moves a label along its route, nearest the middle first, to a place off the cards', () => {
    const view = { x: 0, y: 0, zoom: 0.5 };
    // Down from (800, 200) to (800, 1600): on screen x 400, y 100 to 800, the middle at 450.
    const down = {
      ...request('e', 800, 900, 2000),
      route: [
        { x: 800, y: 200 },
        { x: 800, y: 1600 },
      ],
    };
    // A card over the middle: on screen 350 to 450 across, 400 to 520 down.
    const card = { x: 700, y: 800, width: 200, height: 240 };
    const place = (cards: (typeof card)[], requests: MarkLabelRequest[] = [down]) =>
      placeMarkLabels(requests, view, SCREEN, FONT, WIDTH, cards).labels;
    // The label is 42 by 18. Tried every 8 px on either side of the middle, by turns: the
    // first clear of the card is 64 px above it (centred at 386; at 394 it would touch it).
    expect(place([card]).map(({ x, y }) => ({ x, y }))).toEqual([{ x: 379, y: 377 }]);
    // Without cards to keep off (far out), it stays in the middle.
    expect(place([]).map(({ x, y }) => ({ x, y }))).toEqual([{ x: 379, y: 441 }]);
    // A route covered from end to end: no label.
    expect(place([{ ...card, y: 0, height: 2000 }])).toEqual([]);
    // A curve (no route) cannot move: over a card, no label.
    expect(place([card], [request('e', 800, 900, 2000)])).toEqual([]);
    // Never within 12 px of a route's end (its card and arrowhead). Down from (800, 200) to
    // (800, 400): on screen y 100 to 200, places tried from 112 to 188 (every 8 px from the
    // middle, 150). A card over 121 to 179 leaves room only at the ends (a label centred at
    // 110 would be clear of it), so no label.
    const short = {
      ...down,
      anchor: { x: 800, y: 300 },
      route: [down.route[0]!, { x: 800, y: 400 }],
    };
    const middleCard = { ...card, y: 242, height: 116 };
    expect(place([middleCard], [short])).toEqual([]);
    // A card ending 6 px higher (at 173): the place 32 px after the middle (182) is clear.
    expect(place([{ ...middleCard, height: 104 }], [short]).map(({ y }) => y + 9)).toEqual([182]);
  });
});
