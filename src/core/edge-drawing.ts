/**
 * What the canvas and the PDF both need to draw a routed connection: its outline with
 * rounded corners, and where its label goes. The label's size comes from the host (which
 * measures its own text); where it goes is decided here, so both put it in the same place.
 */
import type { Rect } from './layout.ts';
import type { EdgeRoute, EdgeRouter, Point } from './edge-routing.ts';

/** A label: its text size and width limit (canvas units) and how many lines it may wrap to. */
export const EDGE_LABEL = { fontSize: 11, maxWidth: 240, maxLines: 2, padX: 7, padY: 3 } as const;

const CORNER_RADIUS = 8;
/** A cubic Bezier's control distance for a quarter circle, as a share of the radius. */
const KAPPA = 0.5523;
/** Labels keep this far along the route from both cards' sides. */
const END_MARGIN = 16;
const SAMPLE_STEP = 16;
/** Covering another label is worse than covering a card's edge: both texts are lost. */
const LABEL_OVERLAP_WEIGHT = 3;
/** An average letter of the label font, as a share of its size (for estimating widths). */
const AVERAGE_LETTER = 0.56;

export type PathCommand =
  | { type: 'move'; to: Point }
  | { type: 'line'; to: Point }
  | { type: 'curve'; c1: Point; c2: Point; to: Point };

function unit(a: Point, b: Point): Point {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
}

/** The polyline as lines and quarter-circle corners (a corner's radius shrinks to fit short legs). */
export function roundedPath(points: readonly Point[], radius = CORNER_RADIUS): PathCommand[] {
  const first = points[0];
  if (!first) return [];
  const out: PathCommand[] = [{ type: 'move', to: first }];
  for (let i = 1; i + 1 < points.length; i++) {
    const prev = points[i - 1]!;
    const corner = points[i]!;
    const next = points[i + 1]!;
    const r = Math.min(
      radius,
      Math.hypot(corner.x - prev.x, corner.y - prev.y) / 2,
      Math.hypot(next.x - corner.x, next.y - corner.y) / 2,
    );
    const din = unit(prev, corner);
    const dout = unit(corner, next);
    const a = { x: corner.x - din.x * r, y: corner.y - din.y * r };
    const b = { x: corner.x + dout.x * r, y: corner.y + dout.y * r };
    out.push({ type: 'line', to: a });
    out.push({
      type: 'curve',
      c1: { x: a.x + din.x * r * KAPPA, y: a.y + din.y * r * KAPPA },
      c2: { x: b.x - dout.x * r * KAPPA, y: b.y - dout.y * r * KAPPA },
      to: b,
    });
  }
  if (points.length > 1) out.push({ type: 'line', to: points[points.length - 1]! });
  return out;
}

const n = (v: number): string => String(Math.round(v * 100) / 100);

/** SVG path data of the rounded outline. */
export function svgPath(commands: readonly PathCommand[]): string {
  return commands
    .map((c) => {
      if (c.type === 'move') return `M${n(c.to.x)},${n(c.to.y)}`;
      if (c.type === 'line') return `L${n(c.to.x)},${n(c.to.y)}`;
      return `C${n(c.c1.x)},${n(c.c1.y)} ${n(c.c2.x)},${n(c.c2.y)} ${n(c.to.x)},${n(c.to.y)}`;
    })
    .join(' ');
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A box of the given size centred on a point, moved the least to lie inside the bounds. */
function boxAt(p: Point, size: { width: number; height: number }, bounds: Rect): Rect {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));
  return {
    x: clamp(p.x - size.width / 2, bounds.x, bounds.x + bounds.width - size.width),
    y: clamp(p.y - size.height / 2, bounds.y, bounds.y + bounds.height - size.height),
    width: size.width,
    height: size.height,
  };
}

/** The smallest box around a route's points. */
export function pointsBox(points: readonly Point[]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * About the size of a label's box, the same for every host (the canvas and the PDF measure
 * their own text, a little differently): what other labels are kept clear of.
 */
export function estimateLabelSize(text: string): { width: number; height: number } {
  const { fontSize, maxWidth, maxLines, padX, padY } = EDGE_LABEL;
  const line = maxWidth - 2 * padX - 2;
  const textWidth = text.trim().length * fontSize * AVERAGE_LETTER;
  const lines = Math.max(1, Math.min(maxLines, Math.ceil(textWidth / line)));
  return {
    width: Math.min(maxWidth, Math.ceil(textWidth) + 2 * padX + 2),
    height: lines * fontSize * 1.3 + 2 * padY + 2,
  };
}

/**
 * The box of a connection's label: on the route, where it covers the least of any card
 * (the gutters) and of the boxes to avoid (other labels), nearest the middle of the route
 * among equals, and always inside the map.
 */
export function placeLabel(
  router: EdgeRouter,
  route: EdgeRoute,
  size: { width: number; height: number },
  avoid: readonly Rect[] = [],
): Rect {
  const { points } = route;
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  }
  const best = { box: null as Rect | null, score: Infinity };
  let walked = 0;
  const consider = (p: Point, along: number) => {
    const box = boxAt(p, size, router.bounds);
    let covered = 0;
    for (const card of router.cardsMeeting(box)) covered += overlapArea(card, box);
    for (const other of avoid) covered += overlapArea(other, box) * LABEL_OVERLAP_WEIGHT;
    const score = covered + Math.abs(along - total / 2) * 0.5;
    if (score < best.score) {
      best.score = score;
      best.box = box;
    }
  };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const d = unit(a, b);
    const from = Math.max(0, END_MARGIN - walked);
    const to = Math.min(len, total - END_MARGIN - walked);
    for (let s = from; s <= to; s += SAMPLE_STEP) {
      consider({ x: a.x + d.x * s, y: a.y + d.y * s }, walked + s);
    }
    const mid = (from + to) / 2;
    if (to >= from) consider({ x: a.x + d.x * mid, y: a.y + d.y * mid }, walked + mid);
    walked += len;
  }
  if (best.box === null) {
    const a = points[0]!;
    const b = points[points.length - 1]!;
    consider({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, total / 2);
  }
  return best.box ?? boxAt(points[0] ?? { x: 0, y: 0 }, size, router.bounds);
}
