/**
 * Connections routed around cards: an orthogonal path from a side of the source card to a
 * side of the target card that crosses no other card, shared by the canvas and the PDF so
 * both draw the same route.
 *
 * The layout guarantees free channels: every column keeps CELL_PADDING free on its right
 * and every lane on its bottom, across the whole map, and the lane headers and the rows
 * above the first lane hold no cards. The centre lines of those strips ("gutters") form a
 * grid that is always free, so every cell is ringed by free lines. A route is an A* search
 * over the crossings of those gutter lines, the midlines between the cards of the source
 * and target cells, and the lines through the card sides, within the smallest block of
 * cells (and its ring of gutters) that holds both cards. Cards are bucketed by cell and
 * every elementary segment lies in one cell, so testing a segment reads that cell's cards
 * only: routing one edge costs about the cards of two cells, not the whole map.
 *
 * A route depends only on the layout and its two cards, never on other routes, so it is
 * deterministic and the same whatever order edges are routed in. A router built from the
 * previous one keeps the routes whose block no card entered, left or moved in.
 */
import { LAYOUT, type MapLayout, type Rect } from './layout.ts';
import { ROUTE_CLEARANCE, findRoute, type EdgeRoute, type Grid } from './edge-search.ts';

export type { EdgeRoute, Point } from './edge-search.ts';
const HALF_GUTTER = LAYOUT.CELL_PADDING / 2;
/** Above this many changed cards a new router starts afresh instead of checking every route. */
const MAX_CHANGES_TO_REUSE = 64;

interface IndexedCard extends Rect {
  id: string;
  column: number;
  lane: number;
}

/** What changed in the cards since a router (EdgeRouter.changes). */
export interface CardChanges {
  /** That router's serial: not the router itself, or each would keep all before it alive. */
  from: number;
  boxes: readonly Rect[];
}

let routersMade = 0;

interface CachedRoute {
  route: EdgeRoute | null;
  block: Rect;
  /** The block's first and last column and lane: the gutters it lies between. */
  columns: [number, number];
  lanes: [number, number];
}

function intersects(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x - margin < a.x + a.width &&
    a.y < b.y + b.height + margin &&
    b.y - margin < a.y + a.height
  );
}

function moveRect(r: Rect, dx: number, dy: number): Rect {
  return { x: r.x + dx, y: r.y + dy, width: r.width, height: r.height };
}

/** The one amount gutters `from`..`to` all moved by, or null when they moved apart. */
function uniformShift(shifts: readonly number[], from: number, to: number): number | null {
  const first = shifts[from]!;
  for (let k = from + 1; k <= to; k++) if (shifts[k] !== first) return null;
  return first;
}

/** Whether a card kept its cell, size and place inside the cell (its cell may have moved). */
function sameInCell(
  old: IndexedCard,
  now: IndexedCard,
  shiftX: readonly number[],
  shiftY: readonly number[],
): boolean {
  return (
    old.column === now.column &&
    old.lane === now.lane &&
    old.width === now.width &&
    old.height === now.height &&
    now.x - old.x === shiftX[now.column] &&
    now.y - old.y === shiftY[now.lane]
  );
}

/** Index of the band [edges[i], edges[i + 1]) that holds v, clamped to the bands. */
function bandOf(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sortedUnique(values: number[]): number[] {
  values.sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of values) if (out.length === 0 || v - out[out.length - 1]! > 0.01) out.push(v);
  return out;
}

/** Midlines of the free gaps between a cell's ring and its cards' edges, on one axis. */
function midlines(bounds: [number, number], cards: readonly IndexedCard[], axis: 'x' | 'y') {
  const coords = [bounds[0], bounds[1]];
  for (const c of cards) {
    if (axis === 'x') coords.push(c.x, c.x + c.width);
    else coords.push(c.y, c.y + c.height);
  }
  const sorted = sortedUnique(coords);
  // Not the gaps next to the ring: the ring's own lines run there, farther from the cards.
  const out: number[] = [];
  for (let i = 1; i + 2 < sorted.length; i++) out.push((sorted[i]! + sorted[i + 1]!) / 2);
  return out;
}

export class EdgeRouter {
  readonly layout: MapLayout;
  /** The map's bounds: labels stay inside them. */
  readonly bounds: Rect;
  /** x of the gutters' centre lines: left of the first column, then right of each column. */
  private readonly gutterX: number[];
  /** y of the gutters' centre lines: above the first lane, then below each lane. */
  private readonly gutterY: number[];
  private readonly cards = new Map<string, IndexedCard>();
  /** Cards by the cells they reach (with the clearance), column-major: cells[column * lanes + lane]. */
  private readonly cells: IndexedCard[][];
  /** The gutter lines no card reaches: steps along them need no test. */
  private readonly freeX: number[];
  private readonly freeY: number[];
  private readonly cache = new Map<string, CachedRoute>();
  /** How many routes this router searched for (the rest it took from the previous one). */
  searches = 0;
  /**
   * The boxes, before and now, of the cards that differ from those of the router this one
   * was built from, when no gutter moved (so no other card did); null when it was built
   * afresh or too much changed. Nudging redoes only the runs these boxes reach.
   */
  readonly changes: CardChanges | null = null;
  /** Tells routers apart (CardChanges.from). */
  readonly serial = ++routersMade;

  constructor(layout: MapLayout, previous?: EdgeRouter) {
    this.layout = layout;
    this.bounds = { x: 0, y: 0, width: layout.width, height: layout.height };
    this.gutterX = [layout.grid.x - HALF_GUTTER];
    for (const c of layout.columns) this.gutterX.push(c.x + c.width - HALF_GUTTER);
    this.gutterY = [layout.grid.y - HALF_GUTTER];
    for (const l of layout.lanes) this.gutterY.push(l.y + l.height - HALF_GUTTER);
    const columnIndex = new Map(layout.columns.map((c, i) => [c.id, i]));
    const laneIndex = new Map(layout.lanes.map((l, i) => [l.id, i]));
    const laneCount = layout.lanes.length;
    this.cells = Array.from({ length: layout.columns.length * laneCount }, () => []);
    for (const card of layout.cards) {
      const column = columnIndex.get(card.stageId);
      const lane = laneIndex.get(card.departmentId);
      if (column === undefined || lane === undefined) continue;
      const rect: IndexedCard = {
        id: card.id,
        x: card.x,
        y: card.y,
        width: card.width,
        height: card.height,
        column,
        lane,
      };
      this.cards.set(card.id, rect);
    }
    // By geometry rather than by stage and department, and gutters checked rather than
    // assumed free, so a layout that let a card reach into a gutter still routes around it.
    const blockedX = new Set<number>();
    const blockedY = new Set<number>();
    for (const rect of this.cards.values()) {
      const [x0, x1] = [rect.x - ROUTE_CLEARANCE, rect.x + rect.width + ROUTE_CLEARANCE];
      const [y0, y1] = [rect.y - ROUTE_CLEARANCE, rect.y + rect.height + ROUTE_CLEARANCE];
      const c0 = bandOf(this.gutterX, x0);
      const c1 = bandOf(this.gutterX, x1);
      const l0 = bandOf(this.gutterY, y0);
      const l1 = bandOf(this.gutterY, y1);
      for (let c = c0; c <= c1; c++) {
        for (let l = l0; l <= l1; l++) this.cells[c * laneCount + l]!.push(rect);
      }
      for (let k = c0; k <= c1 + 1; k++) {
        const g = this.gutterX[k];
        if (g !== undefined && g > x0 && g < x1) blockedX.add(k);
      }
      for (let k = l0; k <= l1 + 1; k++) {
        const g = this.gutterY[k];
        if (g !== undefined && g > y0 && g < y1) blockedY.add(k);
      }
    }
    this.freeX = this.gutterX.filter((_, k) => !blockedX.has(k));
    this.freeY = this.gutterY.filter((_, k) => !blockedY.has(k));
    if (previous) {
      const changed = this.keepValidRoutes(previous);
      if (changed !== null) this.changes = { from: previous.serial, boxes: changed };
    }
  }

  /**
   * Copies the previous router's routes whose block of cells no changed card touches. A card
   * that grows its column or lane moves every gutter after it: a route whose block lies
   * between gutters that all moved by the same amount (its columns and lanes kept their
   * sizes) is the old route moved by that amount, since a route depends only on the cards
   * of its block, placed relative to their cells. Returns the changed cards' boxes, before
   * and now, when no gutter moved; null otherwise.
   */
  private keepValidRoutes(previous: EdgeRouter): Rect[] | null {
    if (
      this.gutterX.length !== previous.gutterX.length ||
      this.gutterY.length !== previous.gutterY.length
    ) {
      return null;
    }
    const shiftX = this.gutterX.map((x, k) => x - previous.gutterX[k]!);
    const shiftY = this.gutterY.map((y, k) => y - previous.gutterY[k]!);
    const changedNow: Rect[] = [];
    const changedBefore: Rect[] = [];
    for (const [id, card] of this.cards) {
      const old = previous.cards.get(id);
      if (old === undefined) changedNow.push(card);
      else if (!sameInCell(old, card, shiftX, shiftY)) {
        changedNow.push(card);
        changedBefore.push(old);
      }
      if (changedNow.length > MAX_CHANGES_TO_REUSE) return null;
    }
    for (const [id, old] of previous.cards) if (!this.cards.has(id)) changedBefore.push(old);
    if (changedBefore.length > MAX_CHANGES_TO_REUSE) return null;
    for (const [key, cached] of previous.cache) {
      const dx = uniformShift(shiftX, cached.columns[0], cached.columns[1] + 1);
      const dy = uniformShift(shiftY, cached.lanes[0], cached.lanes[1] + 1);
      if (dx === null || dy === null) continue;
      const block = dx === 0 && dy === 0 ? cached.block : moveRect(cached.block, dx, dy);
      if (changedBefore.some((r) => intersects(r, cached.block, ROUTE_CLEARANCE))) continue;
      if (changedNow.some((r) => intersects(r, block, ROUTE_CLEARANCE))) continue;
      const route =
        (dx === 0 && dy === 0) || cached.route === null
          ? cached.route
          : {
              ...cached.route,
              points: cached.route.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
            };
      this.cache.set(key, { ...cached, route, block });
    }
    const still = (shift: number) => shift === 0;
    return shiftX.every(still) && shiftY.every(still) ? [...changedBefore, ...changedNow] : null;
  }

  /** The route of a connection; the same object while it stays valid. Null for an unknown card or a loop. */
  route(fromId: string, toId: string): EdgeRoute | null {
    const key = `${fromId}\u0000${toId}`;
    const cached = this.cache.get(key);
    if (cached) return cached.route;
    const from = this.cards.get(fromId);
    const to = this.cards.get(toId);
    if (!from || !to || fromId === toId) return null;
    const { grid, block } = this.buildGrid(from, to);
    const route = findRoute(grid, from, to);
    this.searches++;
    const columns: [number, number] = [
      Math.min(from.column, to.column),
      Math.max(from.column, to.column),
    ];
    const lanes: [number, number] = [Math.min(from.lane, to.lane), Math.max(from.lane, to.lane)];
    this.cache.set(key, { route, block, columns, lanes });
    return route;
  }

  /** Where a connection's route can run (its block of cells and their ring), without routing it. */
  blockOf(fromId: string, toId: string): Rect | null {
    const from = this.cards.get(fromId);
    const to = this.cards.get(toId);
    return from && to ? this.block(from, to) : null;
  }

  private block(from: IndexedCard, to: IndexedCard): Rect {
    const left = this.gutterX[Math.min(from.column, to.column)]!;
    const right = this.gutterX[Math.max(from.column, to.column) + 1]!;
    const top = this.gutterY[Math.min(from.lane, to.lane)]!;
    const bottom = this.gutterY[Math.max(from.lane, to.lane) + 1]!;
    return { x: left, y: top, width: right - left, height: bottom - top };
  }

  /** A card's box as laid out, if it has one. */
  cardRect(id: string): (Rect & { id: string }) | undefined {
    return this.cards.get(id);
  }

  /** Cards whose boxes meet a rectangle (for placing labels). */
  cardsMeeting(rect: Rect): (Rect & { id: string })[] {
    const out = new Set<Rect & { id: string }>();
    this.eachCardMeeting(rect, (card) => out.add(card));
    return [...out];
  }

  /**
   * Calls `visit` for each card whose box meets a rectangle, without gathering them (for
   * nudging, which reads many long thin strips): a card that spans cells may come twice.
   */
  eachCardMeeting(rect: Rect, visit: (card: Rect & { id: string }) => void): void {
    const lanes = this.layout.lanes.length;
    if (lanes === 0 || this.layout.columns.length === 0) return;
    const c0 = bandOf(this.gutterX, rect.x);
    const c1 = bandOf(this.gutterX, rect.x + rect.width);
    const l0 = bandOf(this.gutterY, rect.y);
    const l1 = bandOf(this.gutterY, rect.y + rect.height);
    for (let c = c0; c <= c1; c++) {
      for (let l = l0; l <= l1; l++) {
        const cell = this.cells[c * lanes + l]!;
        for (let i = 0; i < cell.length; i++) if (intersects(cell[i]!, rect)) visit(cell[i]!);
      }
    }
  }

  private cellCards(column: number, lane: number): IndexedCard[] {
    return this.cells[column * this.layout.lanes.length + lane] ?? [];
  }

  private buildGrid(from: IndexedCard, to: IndexedCard): { grid: Grid; block: Rect } {
    const block = this.block(from, to);
    const [left, right] = [block.x, block.x + block.width];
    const [top, bottom] = [block.y, block.y + block.height];
    const xs: number[] = this.gutterX.slice(
      Math.min(from.column, to.column),
      Math.max(from.column, to.column) + 2,
    );
    const ys: number[] = this.gutterY.slice(
      Math.min(from.lane, to.lane),
      Math.max(from.lane, to.lane) + 2,
    );
    for (const card of [from, to]) {
      const ring = {
        x: [this.gutterX[card.column]!, this.gutterX[card.column + 1]!] as [number, number],
        y: [this.gutterY[card.lane]!, this.gutterY[card.lane + 1]!] as [number, number],
      };
      const neighbours = this.cellCards(card.column, card.lane);
      xs.push(...midlines(ring.x, neighbours, 'x'), card.x, card.x + card.width / 2);
      xs.push(card.x + card.width);
      ys.push(...midlines(ring.y, neighbours, 'y'), card.y, card.y + card.height / 2);
      ys.push(card.y + card.height);
    }
    const inside = (lo: number, hi: number) => (v: number) => v >= lo && v <= hi;
    const grid: Grid = {
      xs: sortedUnique(xs.filter(inside(left, right))),
      ys: sortedUnique(ys.filter(inside(top, bottom))),
      freeX: this.freeX,
      freeY: this.freeY,
      outerX: this.gutterX[0]!,
      outerY: this.gutterY[0]!,
      cardsAt: (column, lane) => this.cellCards(column, lane),
      columnOf: (x) => bandOf(this.gutterX, x),
      laneOf: (y) => bandOf(this.gutterY, y),
    };
    return { grid, block };
  }
}
