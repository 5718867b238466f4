/**
 * The 'marks' level of detail (detail-level.ts) as a draw list for one <canvas> instead of
 * one element per card: far out, 1,500 card elements cost the browser seconds of style and
 * layout. Cards are grouped by look (a kind's shapes, a department's bands, an emotion
 * level's dots, a severity's badges), so painting sets each colour once. Pure: cards and
 * connections in, groups of plain numbers (canvas units) out; mark-paint.ts draws them.
 */
import type { Emotion, Severity, TouchpointKind } from '../../core/model.ts';
import type { Point } from '../../core/edge-routing.ts';
import { KIND_LOOKS } from '../../core/presentation.ts';
import type { CardNode, ConnectionEdge } from './flow-model.ts';

/** What a mark shows of one card: its rectangle and its looks. */
export interface MarkCard {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  kind: TouchpointKind;
  emotion: Emotion | null;
  worstSeverity: Severity | null;
  /** #rrggbb */
  departmentColor: string;
  dimmed: boolean;
  selected: boolean;
  /** Assumed evidence: a dashed outline around the card. */
  provisional: boolean;
}

/**
 * Every shape of one part in one look, as flat numbers: rectangles (card, band, friction,
 * selected, hover) are x, y, width, height; dots (emotion) cx, cy, r; unrouted connections
 * (edge) their two ends sx, sy, tx, ty (drawn as a curve); routed ones (route) a point count
 * n then n x, y pairs (drawn as a polyline: routes vary in length); arrow heads (arrow) the
 * tip x, y and the unit direction dx, dy it points along.
 */
export type MarkGroup =
  | { part: 'card'; look: TouchpointKind; dimmed: boolean; shapes: number[] }
  | { part: 'band'; look: string; dimmed: boolean; shapes: number[] }
  | { part: 'emotion'; look: Emotion; dimmed: boolean; shapes: number[] }
  | { part: 'friction'; look: Severity; dimmed: boolean; shapes: number[] }
  /** Cards of assumed evidence: their boxes, outlined dashed a few pixels outside. */
  | { part: 'provisional'; look: 'normal'; dimmed: boolean; shapes: number[] }
  | {
      part: 'selected' | 'hover' | 'edge' | 'route' | 'arrow';
      look: 'normal' | 'dimmed' | 'selected';
      shapes: number[];
    };

/** A group without its shapes: what cards are sorted into. */
type GroupKey = MarkGroup extends infer G
  ? G extends MarkGroup
    ? Omit<G, 'shapes'>
    : never
  : never;

/** How many numbers one shape of a part takes; for a route, one point (after its count). */
export const STRIDE: Record<MarkGroup['part'], number> = {
  card: 4,
  band: 4,
  friction: 4,
  provisional: 4,
  selected: 4,
  hover: 4,
  emotion: 3,
  edge: 4,
  route: 2,
  arrow: 4,
};

/** The old marks' geometry (card-levels.css), in canvas units from the card's corner. */
export const MARK = {
  BAND: 10,
  DOT: { x: 16, y: 26, size: 48 },
  BADGE: { right: 14, bottom: 14, width: 56, height: 32, radius: 6 },
  /** Far out a 3-unit outline is under a pixel: the selection is drawn this far outside. */
  SELECTION_GAP: 12,
  ARROW: 40,
} as const;

/** The cards of flow-model's nodes, as marks; `offset` moves the cards in `moved` (a drag). */
export function markCards(
  nodes: readonly CardNode[],
  moved: ReadonlySet<string> = new Set(),
  offset = { x: 0, y: 0 },
): MarkCard[] {
  return nodes.map((node) => {
    const shift = moved.has(node.id) ? offset : { x: 0, y: 0 };
    return {
      id: node.id,
      x: node.position.x + shift.x,
      y: node.position.y + shift.y,
      width: node.width ?? 0,
      height: node.height ?? 0,
      kind: node.data.kind,
      emotion: node.data.emotion,
      worstSeverity: node.data.worstSeverity,
      departmentColor: node.data.departmentColor,
      dimmed: node.data.dimmed,
      selected: node.selected === true,
      provisional: node.data.evidence === 'assumed',
    };
  });
}

/**
 * Groups in drawing order: shapes, bands, dots, badges, the provisional (assumed) outlines,
 * then the selection outlines.
 */
export function markGroups(cards: readonly MarkCard[]): MarkGroup[] {
  const parts = new Map<string, MarkGroup>();
  const add = (group: GroupKey, ...shape: number[]) => {
    const key = `${group.part}|${group.look}|${'dimmed' in group ? group.dimmed : ''}`;
    const found = parts.get(key);
    if (found) found.shapes.push(...shape);
    else parts.set(key, { ...group, shapes: shape } as MarkGroup);
  };
  // Part by part, so every kind's shapes come before any band whatever the card order.
  for (const card of cards)
    add({ part: 'card', look: card.kind, dimmed: card.dimmed }, ...box(card));
  for (const card of cards) {
    // Clear of a rounded card's corners, as the full card's band (card.css).
    const inset = Math.max(0, KIND_LOOKS[card.kind].radius - 6);
    const { x, y, width, dimmed } = card;
    add(
      { part: 'band', look: card.departmentColor, dimmed },
      x + inset,
      y,
      width - 2 * inset,
      MARK.BAND,
    );
  }
  for (const card of cards) {
    if (card.emotion === null) continue;
    const r = MARK.DOT.size / 2;
    const at = [card.x + MARK.DOT.x + r, card.y + MARK.DOT.y + r, r];
    add({ part: 'emotion', look: card.emotion, dimmed: card.dimmed }, ...at);
  }
  for (const card of cards) {
    if (card.worstSeverity === null) continue;
    const b = MARK.BADGE;
    const at = [
      card.x + card.width - b.right - b.width,
      card.y + card.height - b.bottom - b.height,
    ];
    add(
      { part: 'friction', look: card.worstSeverity, dimmed: card.dimmed },
      ...at,
      b.width,
      b.height,
    );
  }
  for (const card of cards) {
    if (card.provisional)
      add({ part: 'provisional', look: 'normal', dimmed: card.dimmed }, ...box(card));
  }
  for (const card of cards) {
    if (card.selected)
      add({ part: 'selected', look: 'selected' }, ...outline(card, MARK.SELECTION_GAP));
  }
  return [...parts.values()];
}

function box(card: MarkRectLike): number[] {
  return [card.x, card.y, card.width, card.height];
}

/** The card's box grown by `gap` on every side. */
export function outline(card: MarkRectLike, gap: number): number[] {
  return [card.x - gap, card.y - gap, card.width + 2 * gap, card.height + 2 * gap];
}

type MarkRectLike = Pick<MarkCard, 'x' | 'y' | 'width' | 'height'>;

/** A connection's drawn route (core/connection-routes), by edge id; null where it has none. */
export type RouteOf = (edgeId: string) => readonly Point[] | null;

/**
 * The route to draw a connection along, or null for the curve: also when an end card is
 * being dragged (`moved`), as the route still leads to where the card was laid out.
 */
export function routeToDraw(
  edge: ConnectionEdge,
  routeOf: RouteOf,
  moved: ReadonlySet<string>,
): readonly Point[] | null {
  if (moved.has(edge.source) || moved.has(edge.target)) return null;
  const points = routeOf(edge.id);
  return points && points.length >= 2 ? points : null;
}

/**
 * Connections along their routes, as the full level draws them, with an arrow head whose
 * tip is the route's end, pointing along its last segment. Without a route (or while an end
 * is dragged) a curve from the source card's right side to the target's left, like the
 * full level's fallback, its arrow pointing right.
 */
export function connectionGroups(
  edges: readonly ConnectionEdge[],
  cards: readonly MarkCard[],
  routeOf: RouteOf = () => null,
  moved: ReadonlySet<string> = new Set(),
): MarkGroup[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  type Lists = { edge: number[]; route: number[]; arrow: number[] };
  const looks = new Map<'normal' | 'dimmed' | 'selected', Lists>();
  for (const edge of edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    const look = edge.selected ? 'selected' : edge.data?.dimmed ? 'dimmed' : 'normal';
    const found = looks.get(look) ?? { edge: [], route: [], arrow: [] };
    looks.set(look, found);
    const points = routeToDraw(edge, routeOf, moved);
    if (points) {
      const tip = points[points.length - 1]!;
      const before = points[points.length - 2]!;
      const length = Math.hypot(tip.x - before.x, tip.y - before.y);
      const [dx, dy] =
        length > 0 ? [(tip.x - before.x) / length, (tip.y - before.y) / length] : [1, 0];
      // The line stops at the arrow's base (or the last corner, on a short last leg), so
      // its end does not poke through the head's point.
      const back = Math.min(MARK.ARROW, length);
      found.route.push(points.length);
      for (const p of points.slice(0, -1)) found.route.push(p.x, p.y);
      found.route.push(tip.x - dx * back, tip.y - dy * back);
      found.arrow.push(tip.x, tip.y, dx, dy);
      continue;
    }
    const ty = to.y + to.height / 2;
    found.edge.push(from.x + from.width, from.y + from.height / 2, to.x - MARK.ARROW, ty);
    found.arrow.push(to.x, ty, 1, 0);
  }
  return [...looks].flatMap(([look, { edge, route, arrow }]): MarkGroup[] => [
    ...(edge.length > 0 ? [{ part: 'edge' as const, look, shapes: edge }] : []),
    ...(route.length > 0 ? [{ part: 'route' as const, look, shapes: route }] : []),
    { part: 'arrow', look, shapes: arrow },
  ]);
}
