/**
 * The 'marks' level of detail (detail-level.ts) as a draw list for one <canvas> instead of
 * one element per card: far out, 1,500 card elements cost the browser seconds of style and
 * layout. Cards are grouped by look (a kind's shapes, a department's bands, an emotion
 * level's dots, a severity's badges), so painting sets each colour once. Pure: cards and
 * connections in, groups of plain numbers (canvas units) out; mark-paint.ts draws them.
 */
import type { Emotion, Severity, TouchpointKind } from '../../core/model.ts';
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
}

/**
 * Every shape of one part in one look, as flat numbers: rectangles (card, band, friction,
 * selected, hover) are x, y, width, height; dots (emotion) cx, cy, r; connections (edge)
 * their two ends sx, sy, tx, ty (drawn as a curve); arrow heads (arrow) the tip x, y.
 */
export type MarkGroup =
  | { part: 'card'; look: TouchpointKind; dimmed: boolean; shapes: number[] }
  | { part: 'band'; look: string; dimmed: boolean; shapes: number[] }
  | { part: 'emotion'; look: Emotion; dimmed: boolean; shapes: number[] }
  | { part: 'friction'; look: Severity; dimmed: boolean; shapes: number[] }
  | {
      part: 'selected' | 'hover' | 'edge' | 'arrow';
      look: 'normal' | 'dimmed' | 'selected';
      shapes: number[];
    };

/** A group without its shapes: what cards are sorted into. */
type GroupKey = MarkGroup extends infer G
  ? G extends MarkGroup
    ? Omit<G, 'shapes'>
    : never
  : never;

/** How many numbers one shape of a part takes. */
export const STRIDE: Record<MarkGroup['part'], number> = {
  card: 4,
  band: 4,
  friction: 4,
  selected: 4,
  hover: 4,
  emotion: 3,
  edge: 4,
  arrow: 2,
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
    };
  });
}

/** Groups in drawing order: shapes, bands, dots, badges, then the selection outlines. */
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

/**
 * Connections from the source card's right side to the target's left, like the full
 * level's bezier edges, each with an arrow head whose tip touches the target.
 */
export function connectionGroups(
  edges: readonly ConnectionEdge[],
  cards: readonly MarkCard[],
): MarkGroup[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const looks = new Map<'normal' | 'dimmed' | 'selected', { edge: number[]; arrow: number[] }>();
  for (const edge of edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    const look = edge.selected ? 'selected' : edge.data?.dimmed ? 'dimmed' : 'normal';
    const ty = to.y + to.height / 2;
    const found = looks.get(look) ?? { edge: [], arrow: [] };
    found.edge.push(from.x + from.width, from.y + from.height / 2, to.x - MARK.ARROW, ty);
    found.arrow.push(to.x, ty);
    looks.set(look, found);
  }
  return [...looks].flatMap(([look, { edge, arrow }]): MarkGroup[] => [
    { part: 'edge', look, shapes: edge },
    { part: 'arrow', look, shapes: arrow },
  ]);
}
