/**
 * The order across a shared line of two route segments, for nudging (edge-nudging.ts): the
 * one that must lie on the smaller-coordinate side so that the two do not cross where they
 * part. Like lanes of a road, parallel lines keep their left and right through every turn
 * they take together; so from the shared stretch both routes are followed, one way and then
 * the other, until they part: the one that turns left first (or turns left where the other
 * turns right) lies on the left. Where the two ways disagree a crossing cannot be avoided.
 */
import type { Point } from './edge-search.ts';

interface Along {
  index: number;
  vertical: boolean;
  lo: number;
  hi: number;
}

const EPSILON = 0.01;
/** Enough for any route the router makes; a bound so a malformed route cannot loop. */
const MAX_TURNS = 64;

function sign(v: number): number {
  return v > EPSILON ? 1 : v < -EPSILON ? -1 : 0;
}

/** +1 for a left turn from direction u, -1 for a right one: y grows downwards on screen and paper. */
function turnOf(u: Point, from: Point, to: Point): number {
  return -sign(u.x * (to.y - from.y) - u.y * (to.x - from.x));
}

/** Where a walk along a segment toward its low or high end reaches, and which way it goes on. */
function start(
  points: readonly Point[],
  s: Along,
  towardHigh: boolean,
): [corner: number, step: number] {
  const a = points[s.index]!;
  const b = points[s.index + 1]!;
  const aFirst = s.vertical ? a.y <= b.y : a.x <= b.x;
  // The corner at the chosen end, and the direction along the points that leads past it.
  return aFirst === towardHigh ? [s.index + 1, 1] : [s.index, -1];
}

/**
 * +1 if route A lies to the left of route B as both travel away from their shared stretch
 * in one direction, -1 if to the right, 0 if they never part (or part only at a card).
 */
function leftOf(
  pa: readonly Point[],
  pb: readonly Point[],
  a: [number, number],
  b: [number, number],
  u0: Point,
): number {
  const [sa, sb] = [a[1], b[1]];
  let [ca, cb] = [a[0], b[0]];
  let u = u0;
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const pA = pa[ca]!;
    const pB = pb[cb]!;
    const da = pA.x * u.x + pA.y * u.y;
    const db = pB.x * u.x + pB.y * u.y;
    const nextA = pa[ca + sa];
    const nextB = pb[cb + sb];
    if (Math.abs(da - db) > EPSILON) {
      // One parts first, the other goes on straight: the one that parts lies on the side it turns to.
      const aFirst = da < db;
      const next = aFirst ? nextA : nextB;
      if (!next) return 0;
      const side = turnOf(u, aFirst ? pA : pB, next);
      return aFirst ? side : -side;
    }
    if (!nextA || !nextB) return 0;
    const turnA = turnOf(u, pA, nextA);
    const turnB = turnOf(u, pB, nextB);
    if (turnA !== turnB) return sign(turnA - turnB);
    // Both turn the same way at the same corner: they share the next stretch too.
    const len = Math.hypot(nextA.x - pA.x, nextA.y - pA.y) || 1;
    u = { x: (nextA.x - pA.x) / len, y: (nextA.y - pA.y) / len };
    ca += sa;
    cb += sb;
  }
  return 0;
}

/**
 * Negative if segment A (of the route through pa) goes on the smaller-coordinate side of
 * segment B across their shared line, positive if on the larger, 0 if nothing decides.
 */
export function compareAcross(
  pa: readonly Point[],
  a: Along,
  pb: readonly Point[],
  b: Along,
): number {
  const results: number[] = [];
  for (const towardHigh of [false, true]) {
    const u = a.vertical ? { x: 0, y: towardHigh ? 1 : -1 } : { x: towardHigh ? 1 : -1, y: 0 };
    const left = leftOf(pa, pb, start(pa, a, towardHigh), start(pb, b, towardHigh), u);
    // The left of direction u is (u.y, -u.x): on a vertical line its x, on a horizontal one its y.
    const leftward = a.vertical ? u.y : -u.x;
    results.push(left * leftward);
  }
  return results[0] || results[1] || 0;
}
