import { describe, expect, it } from 'vitest';
import { computeLayout, type Rect } from '../../../src/core/layout.ts';
import { EdgeRouter, type EdgeRoute, type Point } from '../../../src/core/edge-routing.ts';
import { generateMap } from '../../bench/generate-map.ts';
import { gridMap, type CardAt } from './tidy-map.ts';
import type { JourneyMap } from '../../../src/core/model.ts';

/** Whether a segment passes through the inside of a rectangle. */
function crosses(a: Point, b: Point, r: Rect): boolean {
  const x1 = Math.min(a.x, b.x);
  const x2 = Math.max(a.x, b.x);
  const y1 = Math.min(a.y, b.y);
  const y2 = Math.max(a.y, b.y);
  return x1 < r.x + r.width && x2 > r.x && y1 < r.y + r.height && y2 > r.y;
}

function onSide(p: Point, r: Rect, side: EdgeRoute['sourceSide']): boolean {
  if (side === 'left' || side === 'right') {
    const x = side === 'left' ? r.x : r.x + r.width;
    return p.x === x && p.y > r.y && p.y < r.y + r.height;
  }
  const y = side === 'top' ? r.y : r.y + r.height;
  return p.y === y && p.x > r.x && p.x < r.x + r.width;
}

/** Every segment against every card; the ends on their cards' sides; only right angles. */
function expectGoodRoute(route: EdgeRoute | null, cards: Rect[], from: Rect, to: Rect): void {
  expect(route).not.toBeNull();
  const { points } = route!;
  expect(points.length).toBeGreaterThanOrEqual(2);
  expect(onSide(points[0]!, from, route!.sourceSide)).toBe(true);
  expect(onSide(points[points.length - 1]!, to, route!.targetSide)).toBe(true);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    expect(a.x === b.x || a.y === b.y).toBe(true);
    const crossed = cards.filter((card) => crosses(a, b, card));
    expect(crossed, `segment ${i} crosses a card`).toEqual([]);
  }
}

describe('edge routing', () => {
  it('runs straight from the right side to the left side of the next card in a lane', () => {
    const layout = computeLayout(
      gridMap(2, 1, [
        [0, 0, 16, 16],
        [1, 0, 16, 16],
      ]),
    );
    const route = new EdgeRouter(layout).route('tp-0', 'tp-1');
    const [a, b] = layout.cards;
    expectGoodRoute(route, layout.cards, a!, b!);
    expect(route!.points).toEqual([
      { x: a!.x + a!.width, y: a!.y + a!.height / 2 },
      { x: b!.x, y: b!.y + b!.height / 2 },
    ]);
    expect(route!.sourceSide).toBe('right');
    expect(route!.targetSide).toBe('left');
  });

  it('goes around the cards between two cards of one lane', () => {
    const layout = computeLayout(
      gridMap(4, 3, [
        [0, 1, 16, 16],
        [3, 1, 16, 16],
        [1, 1, 16, 16],
        [2, 1, 0, 0],
        [1, 0, 16, 16],
        [2, 2, 16, 16],
      ]),
    );
    const route = new EdgeRouter(layout).route('tp-0', 'tp-1');
    expectGoodRoute(route, layout.cards, layout.cards[0]!, layout.cards[1]!);
    expect(route!.points.length).toBeGreaterThan(2);
  });

  it('finds its way out of and into crowded cells', () => {
    // Three by three cards in each cell, 16 apart, like the tidy slots.
    const places: CardAt[] = [];
    for (const [s, d] of [
      [0, 0],
      [1, 1],
      [2, 0],
    ] as const) {
      for (let k = 0; k < 9; k++)
        places.push([s, d, 16 + (k % 3) * 216, 16 + Math.floor(k / 3) * 112]);
    }
    const layout = computeLayout(gridMap(3, 2, places));
    const router = new EdgeRouter(layout);
    for (const [from, to] of [
      [4, 22],
      [4, 13],
      [0, 8],
      [13, 4],
      [26, 9],
      [8, 0],
    ] as const) {
      const route = router.route(`tp-${from}`, `tp-${to}`);
      expectGoodRoute(route, layout.cards, layout.cards[from]!, layout.cards[to]!);
    }
  });

  it('checks the gutters too: a card that reaches into one is still avoided', () => {
    // A layout rule could one day let a card cross a gutter; here one is moved there by hand.
    const layout = computeLayout(
      gridMap(3, 2, [
        [0, 0, 16, 16],
        [2, 0, 16, 16],
        [1, 0, 16, 16],
        [1, 1, 16, 16],
      ]),
    );
    const [from, to, , blocker] = layout.cards;
    layout.cards[3] = { ...blocker!, y: blocker!.y - 30 };
    const route = new EdgeRouter(layout).route(from!.id, to!.id);
    expectGoodRoute(route, layout.cards, from!, to!);
  });

  it('is deterministic and independent of the order edges are routed in', () => {
    const { map } = generateMap(300);
    const layout = computeLayout(map);
    const pairs = map.connections.map((c) => [c.from, c.to] as const);
    const one = new EdgeRouter(layout);
    const two = new EdgeRouter(layout);
    const forward = pairs.map(([a, b]) => one.route(a, b));
    const backward = [...pairs].reverse().map(([a, b]) => two.route(a, b));
    expect(forward).toEqual(backward.reverse());
  });

  it('avoids every card on a generated map of 1,500 cards', () => {
    const { map } = generateMap(1500);
    const layout = computeLayout(map);
    const router = new EdgeRouter(layout);
    const byId = new Map(layout.cards.map((c) => [c.id, c]));
    const pairs = map.connections.slice(0, 300).map((c) => [c.from, c.to] as const);
    // Add long ones too: across the map and backwards.
    pairs.push(['tp-1', 'tp-1500'], ['tp-1400', 'tp-3'], ['tp-700', 'tp-20']);
    for (const [from, to] of pairs) {
      const route = router.route(from, to);
      expectGoodRoute(route, layout.cards, byId.get(from)!, byId.get(to)!);
    }
  });

  it('keeps routes no moved card touches and reroutes the ones it does', () => {
    const { map } = generateMap(300);
    const layout = computeLayout(map);
    const before = new EdgeRouter(layout);
    const routes = map.connections.map((c) => before.route(c.from, c.to));
    const moved = map.connections[0]!.from;
    const next: JourneyMap = {
      ...map,
      touchpoints: map.touchpoints.map((tp) =>
        tp.id === moved ? { ...tp, position: { x: tp.position.x, y: tp.position.y + 8 } } : tp,
      ),
    };
    const after = new EdgeRouter(computeLayout(next), before);
    const again = map.connections.map((c) => after.route(c.from, c.to));
    expect(again[0]).not.toBe(routes[0]);
    const kept = again.filter((r, i) => r === routes[i]).length;
    expect(kept).toBeGreaterThan(map.connections.length / 2);
    expect(kept).toBeLessThan(map.connections.length);
    // Whatever was kept equals what a fresh router finds.
    const fresh = new EdgeRouter(computeLayout(next));
    expect(map.connections.map((c) => fresh.route(c.from, c.to))).toEqual(again);
  });

  it('moves, without searching again, the routes past a card that widened its column', () => {
    const { map } = generateMap(300);
    const layout = computeLayout(map);
    const before = new EdgeRouter(layout);
    const routes = map.connections.map((c) => before.route(c.from, c.to));
    // The right-most card of the second stage, pushed right: that column grows, and every
    // gutter right of it moves by the same amount.
    const stage = map.stages[1]!.id;
    const moved = map.touchpoints
      .filter((tp) => tp.stageId === stage)
      .sort((a, b) => b.position.x - a.position.x)[0]!;
    const next: JourneyMap = {
      ...map,
      touchpoints: map.touchpoints.map((tp) =>
        tp.id === moved.id ? { ...tp, position: { x: tp.position.x + 160, y: tp.position.y } } : tp,
      ),
    };
    const nextLayout = computeLayout(next);
    const dx = nextLayout.columns[2]!.x - layout.columns[2]!.x;
    expect(dx).toBeGreaterThan(0);
    const after = new EdgeRouter(nextLayout, before);
    const again = map.connections.map((c) => after.route(c.from, c.to));
    const fresh = new EdgeRouter(nextLayout);
    expect(map.connections.map((c) => fresh.route(c.from, c.to))).toEqual(again);
    // Routes wholly right of the grown column are the old ones moved by dx.
    const right = map.connections
      .map((c, i) => ({ c, i }))
      .filter(({ c }) =>
        [c.from, c.to].every((id) => {
          const s = map.touchpoints.find((tp) => tp.id === id)!.stageId;
          return map.stages.findIndex((st) => st.id === s) >= 2;
        }),
      );
    expect(right.length).toBeGreaterThan(10);
    for (const { i } of right) {
      expect(again[i]!.points).toEqual(routes[i]!.points.map((p) => ({ x: p.x + dx, y: p.y })));
    }
    expect(after.searches).toBeLessThan(fresh.searches / 2);
  });

  it('gives no route for a loop or an unknown card', () => {
    const layout = computeLayout(gridMap(1, 1, [[0, 0, 16, 16]]));
    const router = new EdgeRouter(layout);
    expect(router.route('tp-0', 'tp-0')).toBeNull();
    expect(router.route('tp-0', 'nope')).toBeNull();
  });
});
