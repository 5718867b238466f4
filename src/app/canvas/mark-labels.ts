/**
 * Connection labels at the 'marks' level (MarkLabels.tsx). Like the marks they grow and
 * shrink with the map (MARK_LABEL_TEXT canvas units, times the text size), and they are
 * shown only where they are legible: not at all while their letters would be under 11 px
 * on screen (after Fit on a big map, where they would bury the marks), and then each drawn
 * whole or not at all: it is skipped when its connection is shorter on screen than the
 * label is wide (it would float over other cards, far from the line it names), when it
 * would reach under the pinned headers or past the window, when an earlier label already
 * holds its place, or (at the compact level, where the cards show their titles) when it
 * would cover a card: there a label first moves along its route, nearest the middle first,
 * to a place off the cards. Never drawn smaller, never cut. Pure.
 */
import type { XYPosition } from '@xyflow/react';
import type { MarkBox } from './mark-pointer.ts';
import { MARK, routeToDraw, type MarkCard, type RouteOf } from './mark-shapes.ts';
import type { Point } from '../../core/edge-routing.ts';
import { pointsBox } from '../../core/edge-drawing.ts';
import type { ConnectionEdge } from './flow-model.ts';
import { MIN_CARD_TEXT_PX } from './detail-level.ts';

/** A label's letters at M, canvas units: legible (11 px) from a zoom of 11 / 28, 39 %. */
export const MARK_LABEL_TEXT = 28;

/** One labelled connection, where its label would sit on the map. */
export interface MarkLabelRequest {
  id: string;
  text: string;
  /** The middle of the drawn connection (halfway along its route), canvas units. */
  anchor: XYPosition;
  /** The drawn route (canvas units), along which a label may move off the cards; none for a curve. */
  route?: readonly Point[];
  /** From one card's centre to the other's, canvas units: the room the label may take. */
  span: number;
  dimmed: boolean;
  selected: boolean;
}

/** A label placed on screen: px from React Flow's corner. */
export interface PlacedMarkLabel extends MarkBox {
  id: string;
  text: string;
  dimmed: boolean;
  selected: boolean;
}

/** The label's letters (canvas units) and its box around them, in that size. */
export interface MarkLabelFont {
  units: number;
  /** Line height and side padding, in the font size. */
  line: number;
  pad: number;
}

/**
 * The point halfway along a route's length: where the full level's label sits when no card
 * or other label is in the way (core/edge-drawing placeLabel), so a label stays put as the
 * map zooms across the levels.
 */
export function halfwayAlong(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let left = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const [a, b, l] = [points[i]!, points[i + 1]!, lengths[i]!];
    if (left <= l && l > 0)
      return { x: a.x + ((b.x - a.x) * left) / l, y: a.y + ((b.y - a.y) * left) / l };
    left -= l;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/**
 * The labelled connections among `edges`, anchored where mark-shapes.ts draws them: halfway
 * along the route, or without one (or while an end card is dragged, `moved`) at the middle
 * of the curve from the source's right side to the arrow's base at the target's left side.
 */
export function markLabelRequests(
  edges: readonly ConnectionEdge[],
  cards: readonly MarkCard[],
  routeOf: RouteOf = () => null,
  moved: ReadonlySet<string> = new Set(),
): MarkLabelRequest[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const requests: MarkLabelRequest[] = [];
  for (const edge of edges) {
    const text = edge.data?.label?.trim();
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!text || !from || !to) continue;
    const start = { x: from.x + from.width, y: from.y + from.height / 2 };
    const end = { x: to.x - MARK.ARROW, y: to.y + to.height / 2 };
    const route = routeToDraw(edge, routeOf, moved);
    requests.push({
      id: edge.id,
      text,
      anchor: route ? halfwayAlong(route) : { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 },
      ...(route ? { route } : {}),
      span: Math.hypot(
        to.x + to.width / 2 - (from.x + from.width / 2),
        to.y + to.height / 2 - (from.y + from.height / 2),
      ),
      dimmed: edge.data?.dimmed ?? false,
      selected: edge.selected === true,
    });
  }
  return requests;
}

const overlaps = (a: MarkBox, b: MarkBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** `boxes` (canvas units) on screen, those that meet `bounds` only. */
function onScreen(
  boxes: readonly MarkBox[],
  view: { x: number; y: number; zoom: number },
  bounds: MarkBox,
): MarkBox[] {
  const shown: MarkBox[] = [];
  for (const box of boxes) {
    const seen = {
      x: view.x + box.x * view.zoom,
      y: view.y + box.y * view.zoom,
      width: box.width * view.zoom,
      height: box.height * view.zoom,
    };
    if (overlaps(seen, bounds)) shown.push(seen);
  }
  return shown;
}

/** How far apart, on screen, the places tried along a route are; and how many at most. */
const SLIDE_STEP_PX = 8;
const SLIDE_TRIES = 48;
/** Kept clear of a route's ends (its cards and the arrowhead), on screen. */
const SLIDE_END_PX = 12;

/**
 * Where a label may go, on screen, best first: its anchor; with `slide` and a route, then
 * points along the route on either side of the middle, further out by turns.
 */
function spots(
  request: MarkLabelRequest,
  view: { x: number; y: number; zoom: number },
  slide: boolean,
): Point[] {
  const toScreen = (p: XYPosition) => ({
    x: view.x + p.x * view.zoom,
    y: view.y + p.y * view.zoom,
  });
  const first = toScreen(request.anchor);
  if (!slide || !request.route || request.route.length < 2) return [first];
  const points = request.route.map(toScreen);
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  const total = lengths.reduce((sum, l) => sum + l, 0);
  const at = (distance: number): Point => {
    let left = distance;
    for (let i = 0; i < lengths.length; i++) {
      const [a, b, l] = [points[i]!, points[i + 1]!, lengths[i]!];
      if (left <= l && l > 0)
        return { x: a.x + ((b.x - a.x) * left) / l, y: a.y + ((b.y - a.y) * left) / l };
      left -= l;
    }
    return points[points.length - 1]!;
  };
  const found = [first];
  for (let k = 1; found.length < SLIDE_TRIES; k++) {
    const before = total / 2 - k * SLIDE_STEP_PX;
    const after = total / 2 + k * SLIDE_STEP_PX;
    if (before < SLIDE_END_PX && after > total - SLIDE_END_PX) break;
    if (before >= SLIDE_END_PX) found.push(at(before));
    if (after <= total - SLIDE_END_PX) found.push(at(after));
  }
  return found;
}

/** Whether a route's box on screen meets `bounds` (edges included). */
function routeMeets(
  route: readonly Point[],
  view: { x: number; y: number; zoom: number },
  bounds: MarkBox,
): boolean {
  const box = pointsBox(route);
  return (
    view.x + (box.x + box.width) * view.zoom >= bounds.x &&
    view.x + box.x * view.zoom <= bounds.x + bounds.width &&
    view.y + (box.y + box.height) * view.zoom >= bounds.y &&
    view.y + box.y * view.zoom <= bounds.y + bounds.height
  );
}

/**
 * The labels to draw for a view (React Flow's transform), inside `bounds` (screen px: the
 * map's part not under the pinned headers), `textWidth` measuring a label's text on screen
 * at a font size (px), off the `cards` given (canvas units; with cards, a label moves along
 * its route to a place off them). Selected connections' labels first, then the map's order.
 */
export function placeMarkLabels(
  requests: readonly MarkLabelRequest[],
  view: { x: number; y: number; zoom: number },
  bounds: MarkBox,
  font: MarkLabelFont,
  textWidth: (text: string, px: number) => number,
  cards: readonly MarkBox[] = [],
): { px: number; labels: PlacedMarkLabel[] } {
  const px = font.units * view.zoom;
  // A rounding error's worth under the threshold still counts as on it.
  if (px + 1e-6 < MIN_CARD_TEXT_PX) return { px, labels: [] };
  const covered = onScreen(cards, view, bounds);
  const slide = cards.length > 0;
  const height = Math.ceil(px * font.line);
  const ordered = [...requests].sort((a, b) => Number(b.selected) - Number(a.selected));
  const placed: PlacedMarkLabel[] = [];
  const within = (p: Point) =>
    p.x >= bounds.x &&
    p.x <= bounds.x + bounds.width &&
    p.y >= bounds.y &&
    p.y <= bounds.y + bounds.height;
  for (const request of ordered) {
    // Cheap tests first: a label with no place for its middle on the free part of the
    // screen is not drawn (a route wholly off it has none: its places are not worked out).
    if (slide && request.route && !routeMeets(request.route, view, bounds)) continue;
    const places = spots(request, view, slide);
    if (!places.some(within)) continue;
    const width = Math.ceil(textWidth(request.text, px) + 2 * font.pad * px);
    if (width > request.span * view.zoom) continue;
    for (const place of places) {
      if (!within(place)) continue;
      const box = { x: place.x - width / 2, y: place.y - height / 2, width, height };
      const inside =
        box.x >= bounds.x &&
        box.y >= bounds.y &&
        box.x + width <= bounds.x + bounds.width &&
        box.y + height <= bounds.y + bounds.height;
      if (!inside || placed.some((other) => overlaps(other, box))) continue;
      if (covered.some((card) => overlaps(card, box))) continue;
      placed.push({
        ...box,
        id: request.id,
        text: request.text,
        dimmed: request.dimmed,
        selected: request.selected,
      });
      break;
    }
  }
  return { px, labels: placed };
}
