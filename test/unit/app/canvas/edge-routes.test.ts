import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/core/parse.ts';
import { moveTouchpoints } from '../../../../src/core/ops/index.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';
import { routeAhead, routesFor } from '../../../../src/app/canvas/edge-routes.ts';

function example(name: string): JourneyMap {
  const result = parse(readFileSync(`examples/${name}.touchmap`, 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

const points = (map: JourneyMap, routes = routesFor(map)) =>
  map.connections.map((c) => routes.route(c.id)?.points ?? null);

describe('routing ahead of the routes (the canvas splits the work in two renders)', () => {
  it('leaves routesFor nothing to search, and the same routes as routing in one go', () => {
    const map = example('clothing-retailer');
    const router = routeAhead(map);
    expect(router.searches).toBe(map.connections.length);
    const ahead = routesFor(map);
    expect(ahead.router).toBe(router);
    expect(router.searches).toBe(map.connections.length);
    // One more call is the cached set; a copy of the map routed in one go draws the same.
    expect(routesFor(map)).toBe(ahead);
    const copy = structuredClone(map);
    expect(points(copy)).toEqual(points(map, ahead));
  });

  it('after a move, searches only what the move touched, once', () => {
    const map = example('hotel-stay');
    routesFor(map);
    const card = map.touchpoints.find((tp) => map.connections.some((c) => c.from === tp.id))!;
    const moved = moveTouchpoints(map, [
      {
        id: card.id,
        stageId: card.stageId,
        departmentId: card.departmentId,
        position: { x: card.position.x + 200, y: card.position.y },
      },
    ]);
    const router = routeAhead(moved);
    const searched = router.searches;
    expect(searched).toBeGreaterThan(0);
    expect(searched).toBeLessThan(moved.connections.length);
    expect(routesFor(moved).router).toBe(router);
    expect(routeAhead(moved)).toBe(router);
    expect(router.searches).toBe(searched);
  });

  it('routes ahead in slices, each connection once, as the canvas does between frames', () => {
    const map = example('clothing-retailer');
    const n = map.connections.length;
    expect(n).toBeGreaterThan(4);
    const router = routeAhead(map, 0, 3);
    expect(router.searches).toBe(3);
    expect(routeAhead(map, 3, 3)).toBe(router);
    expect(router.searches).toBe(3);
    routeAhead(map, 2, n + 10);
    expect(router.searches).toBe(n);
    expect(routesFor(map).router).toBe(router);
    expect(router.searches).toBe(n);
  });
});
