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

/** +1 for a left turn from direction (ux, uy), -1 for a right one: y grows downwards. */
function turnOf(ux: number, uy: number, from: Point, to: Point): number {
  return -sign(ux * (to.y - from.y) - uy * (to.x - from.x));
}

/**
 * The corner at a segment's low or high end (the walk goes on past it by `step`), as
 * corner * 2 + (step > 0 ? 1 : 0), to keep the comparison free of allocations.
 */
function start(points: readonly Point[], s: Along, towardHigh: boolean): number {
  const a = points[s.index]!;
  const b = points[s.index + 1]!;
  const aFirst = s.vertical ? a.y <= b.y : a.x <= b.x;
  return aFirst === towardHigh ? (s.index + 1) * 2 + 1 : s.index * 2;
}

/**
 * +1 if route A lies to the left of route B as both travel away from their shared stretch
 * in direction (ux, uy), -1 if to the right, 0 if they never part (or part only at a card).
 */
function leftOf(
  pa: readonly Point[],
  pb: readonly Point[],
  a: number,
  b: number,
  ux: number,
  uy: number,
): number {
  const sa = a & 1 ? 1 : -1;
  const sb = b & 1 ? 1 : -1;
  let ca = a >> 1;
  let cb = b >> 1;
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const pA = pa[ca]!;
    const pB = pb[cb]!;
    const da = pA.x * ux + pA.y * uy;
    const db = pB.x * ux + pB.y * uy;
    const nextA = pa[ca + sa];
    const nextB = pb[cb + sb];
    if (Math.abs(da - db) > EPSILON) {
      // One parts first, the other goes on straight: the one that parts lies on the side it turns to.
      const aFirst = da < db;
      const next = aFirst ? nextA : nextB;
      if (!next) return 0;
      const side = turnOf(ux, uy, aFirst ? pA : pB, next);
      return aFirst ? side : -side;
    }
    if (!nextA || !nextB) return 0;
    const turnA = turnOf(ux, uy, pA, nextA);
    const turnB = turnOf(ux, uy, pB, nextB);
    if (turnA !== turnB) return sign(turnA - turnB);
    // Both turn the same way at the same corner: they share the next stretch too.
    const len = Math.hypot(nextA.x - pA.x, nextA.y - pA.y) || 1;
    ux = (nextA.x - pA.x) / len;
    uy = (nextA.y - pA.y) / len;
    ca += sa;
    cb += sb;
  }
  return 0;
}

/** The order across the line that the walk toward one end asks for (see compareAcross). */
function orderToward(
  pa: readonly Point[],
  a: Along,
  pb: readonly Point[],
  b: Along,
  towardHigh: boolean,
): number {
  const step = towardHigh ? 1 : -1;
  const [ux, uy] = a.vertical ? [0, step] : [step, 0];
  const left = leftOf(pa, pb, start(pa, a, towardHigh), start(pb, b, towardHigh), ux, uy);
  // The left of direction u is (u.y, -u.x): on a vertical line its x, on a horizontal one its y.
  return left * (a.vertical ? uy : -ux);
}

/**
 * Negative if segment A (of the route through pa) goes on the smaller-coordinate side of
 * segment B across their shared line, positive if on the larger, 0 if nothing decides.
 * Where they part toward the low end decides first; a crossing the other end then needs
 * cannot be helped.
 */
export function compareAcross(
  pa: readonly Point[],
  a: Along,
  pb: readonly Point[],
  b: Along,
): number {
  return orderToward(pa, a, pb, b, false) || orderToward(pa, a, pb, b, true);
}
