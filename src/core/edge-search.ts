/**
 * The A* search behind edge-routing.ts: over the crossings of a few vertical and horizontal
 * lines, from a port on a side of the source card to a port on a side of the target card.
 * A state is a crossing and the direction it was reached in, so a bend can cost more than
 * a straight step; a step through a card costs so much that it is taken only when no free
 * route exists (cards stacked on one another in a hand-edited file), so a route always exists.
 */
import type { Rect } from './layout.ts';

export interface Point {
  x: number;
  y: number;
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface EdgeRoute {
  /** Corners of an orthogonal polyline: first on a side of the source card, last on a side of the target. */
  points: Point[];
  sourceSide: Side;
  targetSide: Side;
}

export interface Grid {
  /** Sorted, distinct; they include every gutter line of the block and every port. */
  xs: number[];
  ys: number[];
  /** The gutter lines no card reaches. */
  freeX: readonly number[];
  freeY: readonly number[];
  /** The gutter lines outside the grid of cells (over the headers): dearer to run along. */
  outerX: number;
  outerY: number;
  cardsAt: (column: number, lane: number) => readonly (Rect & { id: string })[];
  columnOf: (x: number) => number;
  laneOf: (y: number) => number;
}

type Card = Rect & { id: string };

/** Clearance kept between a route and the cards it passes (half a gutter is 8). */
export const ROUTE_CLEARANCE = 4;
const BEND = 24;
const CROSSING = 1e6;
const OUTER_FACTOR = 2;
/** Right, left, down, up. */
const DX = [1, -1, 0, 0] as const;
const DY = [0, 0, 1, -1] as const;
const REVERSE = [1, 0, 3, 2] as const;
const SIDES: readonly Side[] = ['right', 'left', 'bottom', 'top'];
/** The direction leaving a side (SIDES order), and the one entering it. */
const OUTWARD = [0, 1, 2, 3] as const;
const INWARD = [1, 0, 3, 2] as const;
/** Connections run left to right: leaving by the right and arriving from the left cost nothing. */
const SOURCE_COST = [0, 48, 24, 24] as const;
const TARGET_COST = [48, 0, 24, 24] as const;

function port(card: Rect, side: number): Point {
  const midX = card.x + card.width / 2;
  const midY = card.y + card.height / 2;
  if (side === 0) return { x: card.x + card.width, y: midY };
  if (side === 1) return { x: card.x, y: midY };
  if (side === 2) return { x: midX, y: card.y + card.height };
  return { x: midX, y: card.y };
}

function indexOf(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (Math.abs(values[mid]! - v) <= 0.01) return mid;
    if (values[mid]! < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A binary min-heap of states by priority; ties go to the state pushed first, for determinism. */
class Heap {
  private states = new Int32Array(256);
  private keys = new Float64Array(256);
  private order = new Int32Array(256);
  private pushed = 0;
  size = 0;
  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.order[a]! < this.order[b]!);
  }
  private move(to: number, from: number): void {
    this.states[to] = this.states[from]!;
    this.keys[to] = this.keys[from]!;
    this.order[to] = this.order[from]!;
  }
  private grow(): void {
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.states = grow(this.states, (n) => new Int32Array(n));
    this.keys = grow(this.keys, (n) => new Float64Array(n));
    this.order = grow(this.order, (n) => new Int32Array(n));
  }
  push(state: number, key: number): void {
    if (this.size === this.states.length) this.grow();
    // Sift up through a hole at the end, then fill it.
    let i = this.size++;
    this.states[i] = state;
    this.keys[i] = key;
    this.order[i] = this.pushed++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  private swap(a: number, b: number): void {
    const s = this.states[a]!;
    const k = this.keys[a]!;
    const o = this.order[a]!;
    this.move(a, b);
    this.states[b] = s;
    this.keys[b] = k;
    this.order[b] = o;
  }
  pop(): number {
    const top = this.states[0]!;
    const last = --this.size;
    this.move(0, last);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < last && this.less(l, m)) m = l;
      if (r < last && this.less(r, m)) m = r;
      if (m === i) return top;
      this.swap(i, m);
      i = m;
    }
  }
}

export function findRoute(grid: Grid, from: Card, to: Card): EdgeRoute | null {
  const { xs, ys } = grid;
  const nx = xs.length;
  const ny = ys.length;
  const node = (i: number, j: number) => i * ny + j;
  // Per line: whether it is a gutter (always free); per gap between lines: its column or lane.
  const gutterXs = new Set(grid.freeX);
  const gutterYs = new Set(grid.freeY);
  const freeX = xs.map((x) => gutterXs.has(x));
  const freeY = ys.map((y) => gutterYs.has(y));
  const columnAt = xs.map((x, i) => grid.columnOf(i + 1 < nx ? (x + xs[i + 1]!) / 2 : x));
  const laneAt = ys.map((y, j) => grid.laneOf(j + 1 < ny ? (y + ys[j + 1]!) / 2 : y));
  // The side of the card each port crossing is on, or -1.
  const sourceSide = new Int8Array(nx * ny).fill(-1);
  const targetSide = new Int8Array(nx * ny).fill(-1);
  const goalX: number[] = [];
  const goalY: number[] = [];
  for (let side = 0; side < 4; side++) {
    const s = port(from, side);
    const t = port(to, side);
    const si = indexOf(xs, s.x);
    const sj = indexOf(ys, s.y);
    const ti = indexOf(xs, t.x);
    const tj = indexOf(ys, t.y);
    if (si >= 0 && sj >= 0) sourceSide[node(si, sj)] = side;
    if (ti >= 0 && tj >= 0) targetSide[node(ti, tj)] = side;
    goalX.push(t.x);
    goalY.push(t.y);
  }

  // Whether a step from crossing (i, j) in direction d meets a card other than the ends it
  // leaves or enters; cached for the steps that skip neither end.
  const cache = new Uint8Array(nx * ny * 4);
  const blocked = (i: number, j: number, d: number, skip: string | null): boolean => {
    const key = node(i, j) * 4 + d;
    if (skip === null && cache[key] !== 0) return cache[key] === 2;
    const i2 = i + DX[d]!;
    const j2 = j + DY[d]!;
    const horizontal = d < 2;
    let hit = false;
    if (!(horizontal ? freeY[j]! : freeX[i]!)) {
      const x1 = Math.min(xs[i]!, xs[i2]!);
      const x2 = Math.max(xs[i]!, xs[i2]!);
      const y1 = Math.min(ys[j]!, ys[j2]!);
      const y2 = Math.max(ys[j]!, ys[j2]!);
      const column = horizontal ? columnAt[Math.min(i, i2)]! : grid.columnOf(x1);
      const lane = horizontal ? grid.laneOf(y1) : laneAt[Math.min(j, j2)]!;
      for (const c of grid.cardsAt(column, lane)) {
        if (c.id === skip) continue;
        if (
          x1 < c.x + c.width + ROUTE_CLEARANCE &&
          x2 > c.x - ROUTE_CLEARANCE &&
          y1 < c.y + c.height + ROUTE_CLEARANCE &&
          y2 > c.y - ROUTE_CLEARANCE
        ) {
          hit = true;
          break;
        }
      }
    }
    if (skip === null) cache[key] = hit ? 2 : 1;
    return hit;
  };

  const states = nx * ny * 4;
  const g = new Float64Array(states).fill(Infinity);
  const parent = new Int32Array(states).fill(-1);
  const heap = new Heap();
  const h = (n: number): number => {
    const x = xs[Math.floor(n / ny)]!;
    const y = ys[n % ny]!;
    let best = Infinity;
    for (let k = 0; k < 4; k++) {
      best = Math.min(best, Math.abs(goalX[k]! - x) + Math.abs(goalY[k]! - y));
    }
    return best;
  };
  for (let n = 0; n < nx * ny; n++) {
    const side = sourceSide[n]!;
    if (side < 0) continue;
    const s = n * 4 + OUTWARD[side]!;
    g[s] = SOURCE_COST[side]!;
    heap.push(s, g[s]! + h(n));
  }

  let goal = -1;
  while (heap.size > 0) {
    const s = heap.pop();
    const n = s >> 2;
    const d = s & 3;
    const arrived = targetSide[n]!;
    if (arrived >= 0 && INWARD[arrived] === d && parent[s] !== -1) {
      goal = s;
      break;
    }
    const i = Math.floor(n / ny);
    const j = n % ny;
    const leavingSide = sourceSide[n]!;
    const leaving = leavingSide >= 0;
    for (let nd = 0; nd < 4; nd++) {
      if (nd === REVERSE[d] || (leaving && nd !== d)) continue;
      const ni = i + DX[nd]!;
      const nj = j + DY[nd]!;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const m = node(ni, nj);
      const enteringSide = targetSide[m]!;
      const entering = enteringSide >= 0 && INWARD[enteringSide] === nd;
      const skip = leaving && OUTWARD[leavingSide] === nd ? from.id : entering ? to.id : null;
      const length = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const outer = nd < 2 ? ys[j] === grid.outerY : xs[i] === grid.outerX;
      let cost = length * (outer ? OUTER_FACTOR : 1) + (nd === d ? 0 : BEND);
      if (blocked(i, j, nd, skip)) cost += CROSSING;
      if (entering) cost += TARGET_COST[enteringSide]!;
      const next = m * 4 + nd;
      const total = g[s]! + cost;
      if (total < g[next]!) {
        g[next] = total;
        parent[next] = s;
        heap.push(next, total + h(m));
      }
    }
  }
  if (goal < 0) return null;

  const chain: number[] = [];
  for (let s = goal; s !== -1; s = parent[s]!) chain.push(s);
  chain.reverse();
  const points: Point[] = [];
  for (const s of chain) {
    const n = s >> 2;
    const p = { x: xs[Math.floor(n / ny)]!, y: ys[n % ny]! };
    const a = points[points.length - 2];
    const b = points[points.length - 1];
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) points.pop();
    points.push(p);
  }
  const first = chain[0]!;
  return {
    points,
    sourceSide: SIDES[sourceSide[first >> 2]!]!,
    targetSide: SIDES[targetSide[goal >> 2]!]!,
  };
}
