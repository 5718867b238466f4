import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { computeLayout } from '../../../src/core/layout.ts';
import { EdgeRouter, type EdgeRoute } from '../../../src/core/edge-routing.ts';
import { nudgeRoutes, type NudgeInput, type NudgeMemo } from '../../../src/core/edge-nudging.ts';
import type { Rect } from '../../../src/core/layout.ts';
import { ConnectionRoutes } from '../../../src/core/connection-routes.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { generateMap } from '../../bench/generate-map.ts';
import { mapOf, type Place } from './tidy-map.ts';

/**
 * The routes of `map` built from `before` as the canvas does after an edit (with the same
 * router when no card moved), and afresh.
 */
function routesAfter(before: ConnectionRoutes, map: JourneyMap, sameRouter = false) {
  const router = sameRouter ? before.router : new EdgeRouter(computeLayout(map), before.router);
  const lookups = vi.spyOn(router, 'eachCardMeeting');
  const after = new ConnectionRoutes(router, map.connections, before);
  const fresh = new ConnectionRoutes(new EdgeRouter(computeLayout(map)), map.connections);
  return { after, fresh, lookups: lookups.mock.calls.length, router };
}

function moveCard(map: JourneyMap, id: string, dx: number, dy: number): JourneyMap {
  return {
    ...map,
    touchpoints: map.touchpoints.map((tp) =>
      tp.id === id ? { ...tp, position: { x: tp.position.x + dx, y: tp.position.y + dy } } : tp,
    ),
  };
}

type Card = Rect & { id: string };

const card = (id: string, x: number, y: number, width = 40, height = 40): Card => ({
  id,
  x,
  y,
  width,
  height,
});

/** Two routes down the line x = 100, from cards on the left to cards on the right. */
function twoDownOneLine(): NudgeInput[] {
  const leg = (key: string, y0: number, y1: number): NudgeInput => {
    const route: EdgeRoute = {
      points: [
        { x: 40, y: y0 },
        { x: 100, y: y0 },
        { x: 100, y: y1 },
        { x: 160, y: y1 },
      ],
      sourceSide: 'right',
      targetSide: 'left',
    };
    return {
      key,
      route,
      from: card(`${key}-from`, 0, y0 - 20),
      to: card(`${key}-to`, 160, y1 - 20),
    };
  };
  return [leg('a', 0, 200), leg('b', 10, 190)];
}

function meetingIn(cards: readonly Card[]) {
  return (area: Rect, visit: (c: Card) => void) => {
    for (const c of cards) {
      const meets =
        c.x < area.x + area.width &&
        area.x < c.x + c.width &&
        c.y < area.y + area.height &&
        area.y < c.y + c.height;
      if (meets) visit(c);
    }
  };
}

describe('nudging again after an edit', () => {
  it('works a run out again when a card it looked at moved, even one off its routes', () => {
    const inputs = twoDownOneLine();
    const near = card('near', 110, 80);
    const memo: NudgeMemo = new Map();
    nudgeRoutes(inputs, meetingIn([near]), undefined, memo);
    const moved = { ...near, x: 125 };
    const fresh = nudgeRoutes(inputs, meetingIn([moved]));
    const again = nudgeRoutes(inputs, meetingIn([moved]), { memo, changed: [near, moved] });
    expect(again).toEqual(fresh);
    // The card bounds the run's room: told nothing changed, the old places would stay.
    const stale = nudgeRoutes(inputs, meetingIn([moved]), { memo, changed: [] });
    expect(stale).not.toEqual(fresh);
  });

  it('redoes only the runs a moved card reaches, and draws what a fresh nudge draws', () => {
    const { map } = generateMap(300);
    const before = new ConnectionRoutes(new EdgeRouter(computeLayout(map)), map.connections);
    // Within its slot's room: no gutter moves, so the router knows the one changed card.
    const next = moveCard(map, map.connections[0]!.from, 0, 8);
    const { after, fresh, lookups, router } = routesAfter(before, next);
    expect(router.changes?.boxes).toHaveLength(2);
    for (const c of next.connections) expect(after.route(c.id)).toEqual(fresh.route(c.id));
    // A full nudge looks up the cards along every shared segment; this one, along a few.
    const full = vi.spyOn(fresh.router, 'eachCardMeeting');
    new ConnectionRoutes(fresh.router, next.connections);
    expect(lookups).toBeLessThan(full.mock.calls.length / 4);
  });

  it('nudges everything again when a gutter moved (no list of changed cards)', () => {
    const map = mapOf(
      2,
      2,
      [
        [0, 0, 0],
        [1, 1, 0],
        [0, 1, 0],
      ],
      [
        [0, 1],
        [2, 1],
      ],
    );
    const before = new ConnectionRoutes(new EdgeRouter(computeLayout(map)), map.connections);
    // A card in a new slot below the others makes its lane taller.
    const grown: JourneyMap = {
      ...map,
      touchpoints: [
        ...map.touchpoints,
        { ...map.touchpoints[0]!, id: 'tp-new', position: { x: 16, y: 16 + 3 * 112 } },
      ],
    };
    const { after, fresh, router } = routesAfter(before, grown);
    expect(router.changes).toBeNull();
    for (const c of grown.connections) expect(after.route(c.id)).toEqual(fresh.route(c.id));
  });

  it('draws what a fresh nudge draws after any run of moves and new connections', () => {
    const place = fc.tuple(fc.nat(3), fc.nat(2), fc.nat(2), fc.nat(1));
    fc.assert(
      fc.property(
        fc.uniqueArray(place, { minLength: 3, maxLength: 16, selector: (p) => p.join(',') }),
        fc.array(fc.tuple(fc.nat(15), fc.nat(15)), { minLength: 1, maxLength: 18 }),
        fc.array(
          fc.oneof(
            fc.record({
              move: fc.nat(15),
              dx: fc.integer({ min: -8, max: 8 }),
              dy: fc.integer({ min: -8, max: 8 }),
            }),
            fc.record({ link: fc.tuple(fc.nat(15), fc.nat(15)) }),
            fc.record({ unlink: fc.nat(17) }),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (places: Place[], pairs, edits) => {
          const pick = (i: number) => `tp-${i % places.length}`;
          const links = pairs
            .map(([a, b]): [number, number] => [a % places.length, b % places.length])
            .filter(([a, b]) => a !== b);
          let map = mapOf(4, 3, places, links);
          let routes = new ConnectionRoutes(new EdgeRouter(computeLayout(map)), map.connections);
          for (const [n, edit] of edits.entries()) {
            if ('move' in edit) map = moveCard(map, pick(edit.move), edit.dx, edit.dy);
            else if ('link' in edit) {
              const [from, to] = edit.link.map(pick) as [string, string];
              if (from === to) continue;
              map = { ...map, connections: [...map.connections, { id: `cn-new-${n}`, from, to }] };
            } else {
              const gone = map.connections[edit.unlink % Math.max(1, map.connections.length)];
              map = { ...map, connections: map.connections.filter((c) => c !== gone) };
            }
            const { after, fresh } = routesAfter(routes, map, !('move' in edit) && n % 2 === 0);
            for (const c of map.connections) expect(after.route(c.id)).toEqual(fresh.route(c.id));
            routes = after;
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
