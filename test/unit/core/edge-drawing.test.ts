import { describe, expect, it } from 'vitest';
import { computeLayout, type Rect } from '../../../src/core/layout.ts';
import { EdgeRouter } from '../../../src/core/edge-routing.ts';
import { placeLabel, roundedPath, svgPath } from '../../../src/core/edge-drawing.ts';
import { generateMap } from '../../bench/generate-map.ts';

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('rounded route outlines', () => {
  it('rounds each corner with a quarter circle that fits its legs', () => {
    const commands = roundedPath([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 6 },
      { x: 200, y: 6 },
    ]);
    expect(commands.map((c) => c.type)).toEqual(['move', 'line', 'curve', 'line', 'curve', 'line']);
    // The 6-unit leg allows a radius of 3 at both of its corners, not the usual 8.
    expect(commands[1]).toEqual({ type: 'line', to: { x: 97, y: 0 } });
    expect(commands[2]!.to).toEqual({ x: 100, y: 3 });
    expect(commands[5]).toEqual({ type: 'line', to: { x: 200, y: 6 } });
    expect(svgPath(commands.slice(0, 2))).toBe('M0,0 L97,0');
  });

  it('draws a straight route as one line', () => {
    expect(
      svgPath(
        roundedPath([
          { x: 1.234, y: 2 },
          { x: 50, y: 2 },
        ]),
      ),
    ).toBe('M1.23,2 L50,2');
  });
});

describe('label placement', () => {
  const { map } = generateMap(300);
  const layout = computeLayout(map);
  const router = new EdgeRouter(layout);

  it('puts a label on its route where it covers no card when the gutters have room', () => {
    const size = { width: 60, height: 16 };
    let free = 0;
    for (const c of map.connections) {
      const route = router.route(c.from, c.to)!;
      const box = placeLabel(router, route, size);
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const onRoute = route.points.some((p, i) => {
        const q = route.points[i + 1];
        if (!q) return false;
        const within = (v: number, a: number, b: number) =>
          v >= Math.min(a, b) - 0.01 && v <= Math.max(a, b) + 0.01;
        return within(centre.x, p.x, q.x) && within(centre.y, p.y, q.y);
      });
      expect(onRoute).toBe(true);
      if (!layout.cards.some((card) => overlap(card, box))) free++;
    }
    // 16-unit gutters are as tall as the label: most find a spot clear of every card.
    expect(free).toBeGreaterThan(map.connections.length * 0.9);
  });

  it('keeps a label inside the map, even beside its edge', () => {
    const last = layout.cards[layout.cards.length - 1]!;
    const first = layout.cards[0]!;
    const route = router.route(first.id, last.id)!;
    const size = { width: 160, height: 34 };
    for (const r of [
      route,
      {
        ...route,
        points: [
          { x: 2, y: 3 },
          { x: 2, y: 40 },
        ],
      },
    ]) {
      const box = placeLabel(router, r, size);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
      expect(box.width).toBe(160);
    }
  });
});
