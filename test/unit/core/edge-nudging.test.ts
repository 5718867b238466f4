import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeLayout, type Rect } from '../../../src/core/layout.ts';
import { EdgeRouter, type EdgeRoute, type Point } from '../../../src/core/edge-routing.ts';
import { ROUTE_CLEARANCE } from '../../../src/core/edge-search.ts';
import { ConnectionRoutes } from '../../../src/core/connection-routes.ts';
import { NUDGE_SPACING } from '../../../src/core/edge-nudging.ts';
import { estimateLabelSize, placeLabel } from '../../../src/core/edge-drawing.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { generateMap } from '../../bench/generate-map.ts';
import { mapOf, type Place } from './tidy-map.ts';

interface Seg {
  vertical: boolean;
  at: number;
  lo: number;
  hi: number;
}

function segments(points: readonly Point[]): Seg[] {
  const out: Seg[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const vertical = a.x === b.x;
    const [p, q] = vertical ? [a.y, b.y] : [a.x, b.x];
    out.push({ vertical, at: vertical ? a.x : a.y, lo: Math.min(p, q), hi: Math.max(p, q) });
  }
  return out;
}

/** Pairs of different routes with a collinear stretch in common (longer than a point). */
function sharedStretches(routes: readonly EdgeRoute[]): number {
  let shared = 0;
  const all = routes.map((r) => segments(r.points));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      for (const a of all[i]!) {
        for (const b of all[j]!) {
          const overlap = Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo);
          if (a.vertical === b.vertical && Math.abs(a.at - b.at) < 1 && overlap > 0.5) shared++;
        }
      }
    }
  }
  return shared;
}

/** Crossings of a vertical segment of one route with a horizontal one of another, inside both. */
function crossings(routes: readonly EdgeRoute[]): number {
  let count = 0;
  const all = routes.map((r) => segments(r.points));
  for (let i = 0; i < all.length; i++) {
    for (let j = 0; j < all.length; j++) {
      if (i === j) continue;
      for (const v of all[i]!.filter((s) => s.vertical)) {
        for (const h of all[j]!.filter((s) => !s.vertical)) {
          if (v.at > h.lo && v.at < h.hi && h.at > v.lo && h.at < v.hi) count++;
        }
      }
    }
  }
  return count;
}

function onSide(p: Point, r: Rect, side: EdgeRoute['sourceSide']): boolean {
  if (side === 'left' || side === 'right') {
    const x = side === 'left' ? r.x : r.x + r.width;
    return p.x === x && p.y > r.y && p.y < r.y + r.height;
  }
  const y = side === 'top' ? r.y : r.y + r.height;
  return p.y === y && p.x > r.x && p.x < r.x + r.width;
}

/** Every segment keeps ROUTE_CLEARANCE from every card but where it leaves or enters its own. */
function expectClear(
  route: EdgeRoute,
  cards: readonly (Rect & { id: string })[],
  from: string,
  to: string,
) {
  const { points } = route;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    expect(a.x === b.x || a.y === b.y, 'orthogonal').toBe(true);
    for (const card of cards) {
      const own = (i === 1 && card.id === from) || (i === points.length - 1 && card.id === to);
      const margin = own ? 0 : ROUTE_CLEARANCE - 0.01;
      const x1 = Math.min(a.x, b.x);
      const x2 = Math.max(a.x, b.x);
      const y1 = Math.min(a.y, b.y);
      const y2 = Math.max(a.y, b.y);
      const inside =
        x1 < card.x + card.width + margin &&
        x2 > card.x - margin &&
        y1 < card.y + card.height + margin &&
        y2 > card.y - margin;
      expect(inside, `segment ${i} of ${from}->${to} nears ${card.id}`).toBe(false);
    }
  }
}

/** Stage 0 holds cards 0-2 in lane 0; stage 1 holds cards 3-5 in lane 1. */
const TWO_STAGES: Place[] = [
  [0, 0, 0],
  [0, 0, 1],
  [0, 0, 2],
  [1, 1, 0],
  [1, 1, 1],
  [1, 1, 2],
];

describe('edge nudging', () => {
  it('spreads connections that run down one gutter so none lies on another', () => {
    const map = mapOf(2, 2, TWO_STAGES, [
      [0, 3],
      [1, 4],
      [2, 5],
      [0, 4],
    ]);
    const router = new EdgeRouter(computeLayout(map));
    const raw = map.connections.map((c) => router.route(c.from, c.to)!);
    // Routed one by one, they share the gutter between the stages.
    expect(sharedStretches(raw)).toBeGreaterThan(0);
    const routes = new ConnectionRoutes(router, map.connections);
    const nudged = map.connections.map((c) => routes.route(c.id)!);
    expect(sharedStretches(nudged)).toBe(0);
    // In an order that does not cross them where they part.
    expect(crossings(nudged)).toBe(0);
    for (const [i, c] of map.connections.entries()) {
      const r = nudged[i]!;
      expect(onSide(r.points[0]!, router.cardRect(c.from)!, r.sourceSide)).toBe(true);
      expect(onSide(r.points.at(-1)!, router.cardRect(c.to)!, r.targetSide)).toBe(true);
      expectClear(r, router.layout.cards, c.from, c.to);
    }
  });

  it('keeps NUDGE_SPACING between lines where the gutter has room', () => {
    const map = mapOf(2, 2, TWO_STAGES, [
      [0, 3],
      [1, 4],
    ]);
    const router = new EdgeRouter(computeLayout(map));
    const routes = new ConnectionRoutes(router, map.connections);
    const xs = map.connections.map((c) => {
      const vertical = segments(routes.route(c.id)!.points).find((s) => s.vertical)!;
      return vertical.at;
    });
    expect(Math.abs(xs[0]! - xs[1]!)).toBeCloseTo(NUDGE_SPACING, 5);
  });

  it('draws lines closer rather than into a card when many share a gutter', () => {
    const links: [number, number][] = [];
    for (let a = 0; a < 3; a++) for (let b = 3; b < 6; b++) links.push([a, b]);
    const map = mapOf(2, 2, TWO_STAGES, links);
    const router = new EdgeRouter(computeLayout(map));
    const routes = new ConnectionRoutes(router, map.connections);
    const nudged = map.connections.map((c) => routes.route(c.id)!);
    expect(sharedStretches(nudged)).toBe(0);
    for (const [i, c] of map.connections.entries()) {
      expectClear(nudged[i]!, router.layout.cards, c.from, c.to);
    }
  });

  it('leaves a route that shares no line untouched, as the same object', () => {
    const map = mapOf(2, 2, TWO_STAGES, [
      [0, 3],
      [1, 2],
    ]);
    const router = new EdgeRouter(computeLayout(map));
    const routes = new ConnectionRoutes(router, map.connections);
    expect(routes.route('cn-0')).toBe(router.route('tp-0', 'tp-3'));
    expect(routes.route('nope')).toBeNull();
  });

  it('keeps the route objects an edit did not move', () => {
    const { map } = generateMap(300);
    const before = new ConnectionRoutes(new EdgeRouter(computeLayout(map)), map.connections);
    const moved = map.connections[0]!.from;
    const next: JourneyMap = {
      ...map,
      touchpoints: map.touchpoints.map((tp) =>
        tp.id === moved ? { ...tp, position: { x: tp.position.x, y: tp.position.y + 8 } } : tp,
      ),
    };
    const after = new ConnectionRoutes(
      new EdgeRouter(computeLayout(next), before.router),
      next.connections,
      before,
    );
    const kept = map.connections.filter((c) => after.route(c.id) === before.route(c.id));
    expect(kept.length).toBeGreaterThan(map.connections.length / 2);
    const fresh = new ConnectionRoutes(new EdgeRouter(computeLayout(next)), next.connections);
    for (const c of map.connections) expect(after.route(c.id)).toEqual(fresh.route(c.id));
  });

  it('holds on any tidy map: no shared stretch, no card neared, ends on their sides, order-free', () => {
    const place = fc.tuple(fc.nat(3), fc.nat(2), fc.nat(2), fc.nat(1));
    fc.assert(
      fc.property(
        fc.uniqueArray(place, {
          minLength: 2,
          maxLength: 18,
          selector: (p) => p.join(','),
        }),
        fc.array(fc.tuple(fc.nat(17), fc.nat(17)), { minLength: 1, maxLength: 20 }),
        fc.integer(),
        (places, pairs, seed) => {
          const links = pairs
            .map(([a, b]): [number, number] => [a % places.length, b % places.length])
            .filter(([a, b]) => a !== b);
          const map = mapOf(4, 3, places, links);
          const router = new EdgeRouter(computeLayout(map));
          const routes = new ConnectionRoutes(router, map.connections);
          const nudged = map.connections.map((c) => routes.route(c.id)!);
          expect(sharedStretches(nudged)).toBe(0);
          for (const [i, c] of map.connections.entries()) {
            const r = nudged[i]!;
            expect(onSide(r.points[0]!, router.cardRect(c.from)!, r.sourceSide)).toBe(true);
            expect(onSide(r.points.at(-1)!, router.cardRect(c.to)!, r.targetSide)).toBe(true);
            expectClear(r, router.layout.cards, c.from, c.to);
          }
          // The same routes whatever order the connections come in.
          const shuffled = [...map.connections].sort(
            (a, b) =>
              ((a.id.length * seed) % 7) - ((b.id.length * seed) % 7) || (a.id < b.id ? 1 : -1),
          );
          const again = new ConnectionRoutes(new EdgeRouter(computeLayout(map)), shuffled);
          for (const c of map.connections) expect(again.route(c.id)).toEqual(routes.route(c.id));
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('moves labels that would cover each other apart along their own routes', () => {
    const map = mapOf(2, 2, TWO_STAGES, [
      [0, 3],
      [1, 4],
      [2, 5],
    ]);
    map.connections = map.connections.map((c) => ({ ...c, label: 'hands the booking over' }));
    const router = new EdgeRouter(computeLayout(map));
    const routes = new ConnectionRoutes(router, map.connections);
    const size = estimateLabelSize('hands the booking over');
    const alone = map.connections.map((c) => placeLabel(router, routes.route(c.id)!, size));
    const apart = map.connections.map((c) =>
      placeLabel(router, routes.route(c.id)!, size, routes.labelsToAvoid(c.id)),
    );
    const overlaps = (boxes: Rect[]) =>
      boxes.filter((a, i) =>
        boxes.some(
          (b, j) =>
            j !== i &&
            a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height,
        ),
      ).length;
    // Each alone would sit mid-route, where the three routes run side by side.
    expect(overlaps(alone)).toBeGreaterThan(0);
    expect(overlaps(apart)).toBe(0);
    // Still on its own route: the box's centre lies on one of its segments.
    for (const [i, c] of map.connections.entries()) {
      const box = apart[i]!;
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const on = segments(routes.route(c.id)!.points).some((s) =>
        s.vertical
          ? Math.abs(centre.x - s.at) < 0.01 && centre.y >= s.lo && centre.y <= s.hi
          : Math.abs(centre.y - s.at) < 0.01 && centre.x >= s.lo && centre.x <= s.hi,
      );
      expect(on).toBe(true);
    }
    // The first label by id has nothing to avoid and keeps its place.
    expect(routes.labelsToAvoid('cn-0')).toEqual([]);
    expect(apart[0]).toEqual(alone[0]);
  });

  it('estimates a label as wide as its text, within the label limits', () => {
    const short = estimateLabelSize('asks');
    const long = estimateLabelSize('x'.repeat(400));
    expect(short.width).toBeLessThan(60);
    expect(long.width).toBe(240);
    expect(long.height).toBeGreaterThan(short.height);
  });
});
