import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerLimits } from '../../../../src/app/canvas/header-box.ts';
import {
  followViewport,
  mapExtent,
  viewportMoved,
  type FlowViewport,
  type MapBounds,
  type MapExtent,
} from '../../../../src/app/session/follow-viewport.ts';
import type { SharedViewport } from '../../../../src/app/session/presence.ts';
import { computeLayout } from '../../../../src/core/layout.ts';
import { mapOf } from '../../map-parts.ts';

const limits = { min: 0.1, max: 2.5 };
/** A map drawn within its rectangle, and one whose headers reach past it by these px. */
const extent = (bounds: MapBounds, left = 0, top = 0): MapExtent => ({
  bounds,
  overhang: () => ({ left, top }),
});
/** A map far larger than any view below, around it on every side: no edge is reached. */
const FAR = extent({ x: -100_000, y: -100_000, width: 200_000, height: 200_000 });

/** Where a flow point lands on the follower's pane. */
const screen = (viewport: FlowViewport, flow: number, axis: 'x' | 'y') =>
  flow * viewport.zoom + viewport[axis];

describe('followViewport, away from the map edges', () => {
  it('shows the same centre at the same zoom on a pane of the same size', () => {
    const their = { x: -200, y: -100, zoom: 1.5, width: 1000, height: 600 };
    const next = followViewport(their, { width: 1000, height: 600 }, limits, FAR);
    expect(next.x).toBeCloseTo(-200, 9);
    expect(next.y).toBeCloseTo(-100, 9);
    expect(next.zoom).toBe(1.5);
  });

  it('zooms out on a smaller pane so all of their view fits, around the same centre', () => {
    const their = { x: 0, y: 0, zoom: 1, width: 1600, height: 900 };
    const next = followViewport(their, { width: 800, height: 600 }, limits, FAR);
    expect(next.zoom).toBe(0.5);
    // Their centre (800, 450) lands in the middle of the smaller pane.
    expect(screen(next, 800, 'x')).toBeCloseTo(400, 9);
    expect(screen(next, 450, 'y')).toBeCloseTo(300, 9);
  });

  it('stays inside the zoom limits', () => {
    const their = { x: 0, y: 0, zoom: 2.5, width: 400, height: 300 };
    expect(followViewport(their, { width: 4000, height: 3000 }, limits, FAR).zoom).toBe(2.5);
  });
});

describe('followViewport at the map edges', () => {
  // hotel-stay on a 1280 x 800 host window: a 690-px-wide canvas at the map's top-left.
  const map: MapBounds = { x: 0, y: 0, width: 2400, height: 1500 };
  const host: SharedViewport = { x: 16, y: 16, zoom: 0.6, width: 690, height: 640 };

  it('puts the map edge their view reaches at the pane edge: a projector shows no empty band', () => {
    const next = followViewport(host, { width: 1280, height: 720 }, limits, extent(map));
    expect(next.zoom).toBeCloseTo(0.6 * (720 / 640), 9);
    expect(screen(next, map.x, 'x')).toBeCloseTo(0, 9);
    expect(screen(next, map.y, 'y')).toBeCloseTo(0, 9);
  });

  it('starts at the pinned headers grown past the map, so they cover no column', () => {
    const next = followViewport(host, { width: 1280, height: 720 }, limits, extent(map, 24, 10));
    expect(screen(next, map.x, 'x')).toBeCloseTo(24, 9);
    expect(screen(next, map.y, 'y')).toBeCloseTo(10, 9);
  });

  it('leaves out no part of their view for the headers on a pane no larger than theirs', () => {
    const next = followViewport(host, { width: 690, height: 640 }, limits, extent(map, 24, 10));
    expect(next.zoom).toBe(0.6);
    // Across, 24 px of headers would push their view's right end off the pane: it stays put.
    expect(next.x).toBeCloseTo(16, 9);
    // Down, their 16-px margin above the map is more than the headers need: they are at the top.
    expect(next.y).toBeCloseTo(10, 9);
  });

  it('aligns to the right and bottom edges their view reaches', () => {
    // Their view ends 10 px past the map's right and bottom edges.
    const zoom = 0.5;
    const their = {
      x: 700 - (map.width + 20) * zoom,
      y: 500 - (map.height + 20) * zoom,
      zoom,
      width: 700,
      height: 500,
    };
    const next = followViewport(their, { width: 1400, height: 700 }, limits, extent(map, 24, 10));
    expect(screen(next, map.x + map.width, 'x')).toBeCloseTo(1400, 9);
    expect(screen(next, map.y + map.height, 'y')).toBeCloseTo(700, 9);
  });

  it('centres their view on an axis where it shows the whole map', () => {
    const narrow: MapBounds = { x: 0, y: 0, width: 600, height: 1500 };
    const their = { x: 100, y: 16, zoom: 1, width: 900, height: 600 };
    const next = followViewport(their, { width: 1800, height: 600 }, limits, extent(narrow));
    // Their centre across (350 in flow units) in the middle of the pane; the top still aligned.
    expect(screen(next, 350, 'x')).toBeCloseTo(900, 9);
    expect(screen(next, 0, 'y')).toBeCloseTo(0, 9);
  });
});

describe('mapExtent', () => {
  const layout = computeLayout(
    mapOf({
      stages: [{ id: 's', name: 'Stage' }],
      departments: [{ id: 'd', name: 'Department', color: '#336699' }],
    }),
  );
  const { bounds, overhang } = mapExtent(layout, headerLimits('m'));

  it('is the layout rectangle, drawn past it only where the headers grow to stay readable', () => {
    expect(bounds).toEqual({ x: 0, y: 0, width: layout.width, height: layout.height });
    expect(overhang(1)).toEqual({ left: 0, top: 0 });
    // At 25 % the 160-unit lane header (40 px) grows to its readable 120 px, away from the grid.
    expect(overhang(0.25).left).toBeCloseTo(120 - layout.laneHeader.width * 0.25, 9);
    expect(overhang(0.25).top).toBeGreaterThan(0);
  });
});

/** One axis of a followed view and a map: their start, length and zoom, the map's extent. */
const viewAndMap = fc
  .record({
    zoom: fc.double({ min: 0.1, max: 2.5, noNaN: true }),
    width: fc.integer({ min: 300, max: 2000 }),
    height: fc.integer({ min: 200, max: 1200 }),
    // Often near the left and top edges (x, y >= 0 reach them).
    x: fc.oneof(
      fc.double({ min: -6000, max: 600, noNaN: true }),
      fc.double({ min: -3, max: 40, noNaN: true }),
    ),
    y: fc.oneof(
      fc.double({ min: -4000, max: 600, noNaN: true }),
      fc.double({ min: -3, max: 40, noNaN: true }),
    ),
    mapWidth: fc.integer({ min: 400, max: 9000 }),
    mapHeight: fc.integer({ min: 300, max: 6000 }),
    paneWidth: fc.integer({ min: 300, max: 2600 }),
    paneHeight: fc.integer({ min: 200, max: 1600 }),
    overhangLeft: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 80, noNaN: true })),
    overhangTop: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 40, noNaN: true })),
  })
  .map((r) => ({
    their: { x: r.x, y: r.y, zoom: r.zoom, width: r.width, height: r.height },
    map: { x: 0, y: 0, width: r.mapWidth, height: r.mapHeight },
    pane: { width: r.paneWidth, height: r.paneHeight },
    overhang: { x: r.overhangLeft, y: r.overhangTop },
  }));

const AXES = [
  { axis: 'x', start: 'x', length: 'width' },
  { axis: 'y', start: 'y', length: 'height' },
] as const;

describe('followViewport, properties', () => {
  it('keeps the zoom at which their view fits, whatever the map', () => {
    fc.assert(
      fc.property(viewAndMap, ({ their, map, pane, overhang }) => {
        const fit = Math.min(pane.width / their.width, pane.height / their.height) * their.zoom;
        const zoom = Math.min(limits.max, Math.max(limits.min, fit));
        expect(followViewport(their, pane, limits, extent(map, overhang.x, overhang.y)).zoom).toBe(
          zoom,
        );
      }),
    );
  });

  it('shows all of the map their view shows, when the zoom limits allow it', () => {
    fc.assert(
      fc.property(viewAndMap, ({ their, map, pane, overhang }) => {
        const fit = Math.min(pane.width / their.width, pane.height / their.height) * their.zoom;
        fc.pre(fit >= limits.min);
        const next = followViewport(their, pane, limits, extent(map, overhang.x, overhang.y));
        // Within a pixel of theirs (an edge within a pixel counts as reached) and rounding.
        const slack = 1 / their.zoom + 1e-6;
        for (const { axis, start, length } of AXES) {
          const theirStart = -their[axis] / their.zoom;
          const from = Math.max(theirStart, map[start]);
          const to = Math.min(theirStart + their[length] / their.zoom, map[start] + map[length]);
          if (from >= to) continue;
          const ourStart = -next[axis] / next.zoom;
          expect(from).toBeGreaterThanOrEqual(ourStart - slack);
          expect(to).toBeLessThanOrEqual(ourStart + pane[length] / next.zoom + slack);
        }
      }),
    );
  });

  it('aligns to the one map edge their view reaches on an axis, else centres their view', () => {
    fc.assert(
      fc.property(viewAndMap, ({ their, map, pane, overhang }) => {
        const next = followViewport(their, pane, limits, extent(map, overhang.x, overhang.y));
        for (const { axis, start, length } of AXES) {
          const theirStart = -their[axis] / their.zoom;
          const theirEnd = theirStart + their[length] / their.zoom;
          const mapEnd = map[start] + map[length];
          const atStart = theirStart <= map[start] + 1 / their.zoom;
          const atEnd = theirEnd >= mapEnd - 1 / their.zoom;
          const near = (a: number, b: number) =>
            expect(Math.abs(a - b)).toBeLessThan(
              1e-6 * Math.max(1, Math.abs(next[axis]), pane[length]),
            );
          if (atStart && !atEnd) {
            // The map begins on the pane, its headers (drawn from `overhang` before it) at or
            // before the pane's edge: no empty band; exactly at the edge when there is room.
            const mapStart = screen(next, map[start], axis);
            expect(mapStart).toBeGreaterThan(-1e-6);
            expect(mapStart).toBeLessThan(overhang[axis] + 1e-6);
            const shown = (Math.min(theirEnd, mapEnd) - map[start]) * next.zoom;
            if (pane[length] >= shown + overhang[axis]) near(mapStart, overhang[axis]);
          } else if (atEnd && !atStart) {
            near(screen(next, mapEnd, axis), pane[length]);
          } else {
            near(screen(next, (theirStart + theirEnd) / 2, axis), pane[length] / 2);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('viewportMoved', () => {
  it('tells a real viewport move from rounding noise', () => {
    expect(viewportMoved(null, { x: 0, y: 0, zoom: 1 })).toBe(true);
    expect(viewportMoved({ x: 0, y: 0, zoom: 1 }, { x: 0.2, y: 0, zoom: 1 })).toBe(false);
    expect(viewportMoved({ x: 0, y: 0, zoom: 1 }, { x: 5, y: 0, zoom: 1 })).toBe(true);
  });
});
