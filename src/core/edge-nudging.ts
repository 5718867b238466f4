/**
 * Nudging: routes are found one by one (edge-routing.ts), so two connections that use the
 * same gutter line lie exactly on top of each other. This pass spreads the segments that
 * share a stretch of one line across the free width around it, evenly, in an order that
 * keeps them from crossing where they part (edge-order.ts), as orthogonal routers do.
 *
 * Segments are grouped by line (axis and coordinate), sorted along it and swept into runs of
 * overlapping stretches: O(segments log segments) over every route, cheap beside routing.
 * A segment moves only across its own line; the corners it shares with its neighbours move
 * with it, so a route stays orthogonal and its ends stay on their cards' sides. How far it
 * may move is bounded by the cards along it (kept ROUTE_CLEARANCE away) and, at an end, by
 * the side of its card; when a run needs more room than that, lines draw closer together
 * rather than into a card. Everything is ordered by connection key first, so the result is
 * the same whatever order the connections come in: the canvas and the PDF agree.
 *
 * After an edit the canvas nudges again from the last nudge: a run whose routes are the same
 * objects and near which no card changed keeps its places, so moving one card redoes the
 * few runs it reaches rather than every one (the PDF nudges once, from scratch).
 */
import type { Rect } from './layout.ts';
import { ROUTE_CLEARANCE, type EdgeRoute } from './edge-search.ts';
import { compareAcross } from './edge-order.ts';

type Card = Rect & { id: string };

interface Room {
  low: number;
  high: number;
  arrowLow: number;
  arrowHigh: number;
  /** Where the cards that bound it were looked for. */
  area: Rect;
}

/** Calls `visit` for every card that meets a rectangle (EdgeRouter.eachCardMeeting). */
type CardsMeeting = (area: Rect, visit: (card: Card) => void) => void;

export interface NudgeInput {
  /** Unique per connection: it breaks ties, so the result never depends on input order. */
  key: string;
  route: EdgeRoute;
  from: Card;
  to: Card;
}

/** Layout units: the distance kept between parallel lines when there is room for it. */
export const NUDGE_SPACING = 8;
/** Below this the arrow heads give up their room to the spacing. */
const MIN_SPACING = 4;
/** How far a segment may leave its line: a 16-unit gutter between inset cards is 32 wide. */
export const NUDGE_MAX_SHIFT = 20;
const MAX_SHIFT = NUDGE_MAX_SHIFT;
/** An end keeps this far from its card's corners while sliding along the side. */
const PORT_MARGIN = 12;
/** The least length of the leg that enters the target card: its arrow head is about 10 long. */
const ARROW_ROOM = 12;
const EPSILON = 0.01;

interface Segment {
  route: number;
  /** Joins points[index] and points[index + 1]. */
  index: number;
  vertical: boolean;
  /** The coordinate across the line (x of a vertical segment). */
  at: number;
  lo: number;
  hi: number;
  /** lo and hi, less and more MAX_SHIFT at a corner (the neighbour may move it that far). */
  reachLo: number;
  reachHi: number;
}

function segmentsOf(route: EdgeRoute, r: number): Segment[] {
  const out: Segment[] = [];
  const { points } = route;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const vertical = Math.abs(a.x - b.x) <= EPSILON;
    if (vertical && Math.abs(a.y - b.y) <= EPSILON) continue;
    const p = vertical ? a.y : a.x;
    const q = vertical ? b.y : b.x;
    const pShift = i === 0 ? 0 : MAX_SHIFT;
    const qShift = i + 2 === points.length ? 0 : MAX_SHIFT;
    out.push({
      route: r,
      index: i,
      vertical,
      at: vertical ? a.x : a.y,
      lo: Math.min(p, q),
      hi: Math.max(p, q),
      reachLo: p < q ? p - pShift : q - qShift,
      reachHi: p < q ? q + qShift : p + pShift,
    });
  }
  return out;
}

/**
 * Runs of segments on one line whose stretches overlap, or could once their corners move:
 * two that only touch end to end would overlap if their corners moved towards each other.
 */
function sharedRuns(segments: Segment[]): Segment[][] {
  const lines = new Map<number, Segment[]>();
  for (const s of segments) {
    const key = Math.round(s.at * 100) * 2 + (s.vertical ? 1 : 0);
    const line = lines.get(key);
    if (line) line.push(s);
    else lines.set(key, [s]);
  }
  const runs: Segment[][] = [];
  for (const line of lines.values()) {
    if (line.length < 2) continue;
    line.sort(
      (a, b) => a.reachLo - b.reachLo || a.hi - b.hi || a.route - b.route || a.index - b.index,
    );
    let run: Segment[] = [];
    let reach = -Infinity;
    for (const s of line) {
      if (s.reachLo >= reach - EPSILON) {
        if (run.length > 1) runs.push(run);
        run = [];
      }
      run.push(s);
      reach = Math.max(reach, s.reachHi);
    }
    if (run.length > 1) runs.push(run);
  }
  return runs;
}

/**
 * The range of coordinates across its line a segment may take without nearing a card, and
 * the narrower one that also leaves the leg into the target long enough for its arrow head.
 */
function room(s: Segment, input: NudgeInput, last: number, cards: CardsMeeting): Room {
  let low = s.at - MAX_SHIFT;
  let high = s.at + MAX_SHIFT;
  const points = input.route.points;
  // Which ends are ports, and on which card; a corner end may itself move up to MAX_SHIFT.
  const ends: (Card | null)[] = [null, null];
  const first = points[s.index]!;
  const second = points[s.index + 1]!;
  const loFirst = s.vertical ? first.y <= second.y : first.x <= second.x;
  if (s.index === 0) ends[loFirst ? 0 : 1] = input.from;
  if (s.index + 1 === last) ends[loFirst ? 1 : 0] = input.to;
  const lo = s.lo - (ends[0] ? 0 : MAX_SHIFT) + EPSILON;
  const hi = s.hi + (ends[1] ? 0 : MAX_SHIFT) - EPSILON;
  // The last leg, into the target, stays long enough to show its arrow head whole.
  const arrowTo = s.index + 2 === last ? input.to.id : null;
  let arrowLow = -Infinity;
  let arrowHigh = Infinity;
  const reach = MAX_SHIFT + ARROW_ROOM;
  const area: Rect = s.vertical
    ? { x: s.at - reach, y: lo, width: 2 * reach, height: hi - lo }
    : { x: lo, y: s.at - reach, width: hi - lo, height: 2 * reach };
  // Called for thousands of cards per edit: plain locals, no arrays to destructure (they
  // made megabytes of garbage per nudge).
  cards(area, (card) => {
    if (card.id === ends[0]?.id || card.id === ends[1]?.id) return;
    const cardLo = s.vertical ? card.y : card.x;
    const cardHi = s.vertical ? card.y + card.height : card.x + card.width;
    if (cardHi + ROUTE_CLEARANCE <= lo || cardLo - ROUTE_CLEARANCE >= hi) return;
    const cardNear = s.vertical ? card.x : card.y;
    const cardFar = s.vertical ? card.x + card.width : card.y + card.height;
    if (card.id === arrowTo) {
      if (cardFar + ARROW_ROOM <= s.at) arrowLow = cardFar + ARROW_ROOM;
      else if (cardNear - ARROW_ROOM >= s.at) arrowHigh = cardNear - ARROW_ROOM;
    }
    const near = cardNear - ROUTE_CLEARANCE;
    const far = cardFar + ROUTE_CLEARANCE;
    if (far <= s.at) low = Math.max(low, far);
    else if (near >= s.at) high = Math.min(high, near);
    // Already too close (a route forced past a card): it may only move away from it.
    else if (near + far < 2 * s.at) low = Math.max(low, s.at);
    else high = Math.min(high, s.at);
  });
  for (const card of ends) {
    if (!card) continue;
    const [sideLo, sideHi] = s.vertical
      ? [card.x, card.x + card.width]
      : [card.y, card.y + card.height];
    const margin = Math.min(PORT_MARGIN, (sideHi - sideLo) / 4);
    low = Math.max(low, Math.min(s.at, sideLo + margin));
    high = Math.min(high, Math.max(s.at, sideHi - margin));
  }
  return { low, high, arrowLow, arrowHigh, area };
}

/**
 * Positions across the line for a run in its order: evenly spaced, centred in the room they
 * share (so as far from the cards on both sides as they can be), closer together if need be.
 */
function spread(run: readonly Segment[], low: number, high: number): number[] {
  const n = run.length;
  const gap = Math.min(NUDGE_SPACING, (high - low) / (n - 1));
  const start = (low + high) / 2 - (gap * (n - 1)) / 2;
  return run.map((_, i) => Math.round((start + i * gap) * 100) / 100);
}

function moved(route: EdgeRoute, shifts: ReadonlyMap<number, Segment & { to: number }>): EdgeRoute {
  const points = route.points.map((p) => ({ ...p }));
  for (const [index, s] of shifts) {
    for (const p of [points[index]!, points[index + 1]!]) {
      if (s.vertical) p.x = s.to;
      else p.y = s.to;
    }
  }
  return { ...route, points };
}

/** A run's places across its line, and what they were worked out from. */
interface RunPlaces {
  /** Per segment, in the run's order: its route (a route that moved is a new object). */
  routes: EdgeRoute[];
  /** Where the cards that bound the run were looked for. */
  areas: Rect[];
  /** Per segment, in the run's order: its coordinate across the line. */
  places: number[];
}

/** Each run's places, by its segments (runKey): what a nudge keeps for the next one. */
export type NudgeMemo = Map<string, RunPlaces>;

/**
 * An earlier nudge's places, to take again for the runs nothing changed: `changed` holds
 * the boxes, before and now, of every card that differs since (EdgeRouter.changes).
 */
export interface NudgeReuse {
  memo: NudgeMemo;
  changed: readonly Rect[];
}

const runKey = (run: readonly Segment[], sorted: readonly NudgeInput[]): string =>
  run.map((s) => `${sorted[s.route]!.key}#${s.index}`).join('|');

function meets(a: Rect, b: Rect): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}

/**
 * The run's places as an earlier nudge found them, if they still hold: the same route
 * objects (the router keeps a route only while no card in its block changed, its own two
 * included) and no changed card where the bounding cards were looked for, which reaches
 * past the block. Else null.
 */
function placesKept(
  kept: RunPlaces | undefined,
  run: readonly Segment[],
  sorted: readonly NudgeInput[],
  changed: readonly Rect[],
): number[] | null {
  if (kept === undefined || kept.routes.length !== run.length) return null;
  for (let i = 0; i < run.length; i++) {
    if (sorted[run[i]!.route]!.route !== kept.routes[i]) return null;
  }
  for (const area of kept.areas) if (changed.some((box) => meets(box, area))) return null;
  return kept.places;
}

/** Works out a run's places across its line, in the run's order. */
function placeRun(
  run: readonly Segment[],
  sorted: readonly NudgeInput[],
  cardsMeeting: CardsMeeting,
): RunPlaces {
  let low = -Infinity;
  let high = Infinity;
  let arrowLow = -Infinity;
  let arrowHigh = Infinity;
  const areas: Rect[] = [];
  for (const s of run) {
    const input = sorted[s.route]!;
    const r = room(s, input, input.route.points.length - 1, cardsMeeting);
    low = Math.max(low, r.low);
    high = Math.min(high, r.high);
    arrowLow = Math.max(arrowLow, r.arrowLow);
    arrowHigh = Math.min(arrowHigh, r.arrowHigh);
    areas.push(r.area);
  }
  const at = run[0]!.at;
  low = Math.min(low, at);
  high = Math.max(high, at);
  // Room for the arrow heads only while the lines can still keep MIN_SPACING apart.
  arrowLow = Math.max(low, arrowLow);
  arrowHigh = Math.min(high, arrowHigh);
  if (arrowHigh - arrowLow >= MIN_SPACING * (run.length - 1)) {
    low = arrowLow;
    high = arrowHigh;
  }
  const ordered = [...run].sort(
    (a, b) =>
      compareAcross(sorted[a.route]!.route.points, a, sorted[b.route]!.route.points, b) ||
      a.route - b.route ||
      a.index - b.index,
  );
  const spreadPlaces = spread(ordered, low, high);
  const placeOf = new Map(ordered.map((s, i) => [s, spreadPlaces[i]!]));
  return {
    routes: run.map((s) => sorted[s.route]!.route),
    areas,
    places: run.map((s) => placeOf.get(s)!),
  };
}

/**
 * The routes with the segments that share a line spread apart, by key. A route none of whose
 * segments moved is the very object it came in as. With `reuse`, a run that nothing changed
 * takes its places from the earlier nudge (the same places it would work out again: they
 * depend only on its routes, its end cards and the cards it looked at); `memo` receives this
 * nudge's places for the next one.
 */
export function nudgeRoutes(
  inputs: readonly NudgeInput[],
  cardsMeeting: CardsMeeting,
  reuse?: NudgeReuse,
  memo?: NudgeMemo,
): Map<string, EdgeRoute> {
  const sorted = [...inputs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const segments = sorted.flatMap((input, r) => segmentsOf(input.route, r));
  const shifts = sorted.map(() => new Map<number, Segment & { to: number }>());
  for (const run of sharedRuns(segments)) {
    const key = reuse || memo ? runKey(run, sorted) : '';
    const kept = reuse ? placesKept(reuse.memo.get(key), run, sorted, reuse.changed) : null;
    let places = kept;
    if (places === null) {
      const worked = placeRun(run, sorted, cardsMeeting);
      memo?.set(key, worked);
      places = worked.places;
    } else memo?.set(key, reuse!.memo.get(key)!);
    run.forEach((s, i) => {
      if (Math.abs(places[i]! - s.at) > EPSILON)
        shifts[s.route]!.set(s.index, { ...s, to: places[i]! });
    });
  }
  const out = new Map<string, EdgeRoute>();
  sorted.forEach((input, r) => {
    const shift = shifts[r]!;
    out.set(input.key, shift.size === 0 ? input.route : moved(input.route, shift));
  });
  return out;
}
