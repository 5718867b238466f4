/**
 * The 'marks' level of detail (detail-level.ts) as a few SVG paths instead of one element
 * per card: far out, 1,500 card elements cost the browser seconds of style and layout, while
 * one path per look (a kind's card shapes, a department's bands, an emotion level's dots, a
 * severity's badges) costs almost nothing and pans and zooms with the viewport for free.
 * Pure: cards and connections in, path groups (canvas units) out; MarkLayer.tsx draws them.
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

/** One path: every shape of one part in one look. `look` keys the part's colours. */
export type MarkGroup =
  | { part: 'card'; look: TouchpointKind; dimmed: boolean; d: string }
  | { part: 'band'; look: string; dimmed: boolean; d: string }
  | { part: 'emotion'; look: Emotion; dimmed: boolean; d: string }
  | { part: 'friction'; look: Severity; dimmed: boolean; d: string }
  | { part: 'selected' | 'edge' | 'arrow'; look: 'normal' | 'dimmed' | 'selected'; d: string };

/** The old marks' geometry (card-levels.css), in canvas units from the card's corner. */
export const MARK = {
  BAND: 10,
  DOT: { x: 16, y: 26, size: 48 },
  BADGE: { right: 14, bottom: 14, width: 56, height: 32, radius: 6 },
  /** Far out a 3-unit outline is under a pixel: the selection is drawn this far outside. */
  SELECTION_GAP: 12,
  ARROW: 40,
} as const;

/** One decimal is far below a pixel at every zoom this level is drawn at. */
const n = (value: number): string => String(Math.round(value * 10) / 10);

export function roundedRect(x: number, y: number, w: number, h: number, radius: number): string {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  if (r === 0) return `M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}z`;
  const arc = (dx: number, dy: number) => `a${n(r)} ${n(r)} 0 0 1 ${n(dx)} ${n(dy)}`;
  return (
    `M${n(x + r)} ${n(y)}h${n(w - 2 * r)}${arc(r, r)}v${n(h - 2 * r)}${arc(-r, r)}` +
    `h${n(-(w - 2 * r))}${arc(-r, -r)}v${n(-(h - 2 * r))}${arc(r, -r)}z`
  );
}

export function circle(cx: number, cy: number, r: number): string {
  return `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0z`;
}

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
  const add = (group: MarkGroup, d: string) => {
    const key = `${group.part}|${group.look}|${'dimmed' in group ? group.dimmed : ''}`;
    const found = parts.get(key);
    if (found) found.d += d;
    else parts.set(key, { ...group, d });
  };
  // Parts first, so every kind's shapes come before any band whatever the card order.
  const order: MarkGroup['part'][] = ['card', 'band', 'emotion', 'friction', 'selected'];
  for (const part of order) {
    for (const card of cards) {
      const { x, y, width: w, height: h, dimmed } = card;
      if (part === 'card') {
        add(
          { part, look: card.kind, dimmed, d: '' },
          roundedRect(x, y, w, h, KIND_LOOKS[card.kind].radius),
        );
      } else if (part === 'band') {
        // Clear of a rounded card's corners, as the full card's band (card.css).
        const inset = Math.max(0, KIND_LOOKS[card.kind].radius - 6);
        add(
          { part, look: card.departmentColor, dimmed, d: '' },
          `M${n(x + inset)} ${n(y)}h${n(w - 2 * inset)}v${MARK.BAND}h${n(-(w - 2 * inset))}z`,
        );
      } else if (part === 'emotion' && card.emotion !== null) {
        const r = MARK.DOT.size / 2;
        add(
          { part, look: card.emotion, dimmed, d: '' },
          circle(x + MARK.DOT.x + r, y + MARK.DOT.y + r, r),
        );
      } else if (part === 'friction' && card.worstSeverity !== null) {
        const b = MARK.BADGE;
        add(
          { part, look: card.worstSeverity, dimmed, d: '' },
          roundedRect(
            x + w - b.right - b.width,
            y + h - b.bottom - b.height,
            b.width,
            b.height,
            b.radius,
          ),
        );
      } else if (part === 'selected' && card.selected) {
        const g = MARK.SELECTION_GAP;
        add(
          { part, look: 'selected', d: '' },
          roundedRect(x - g, y - g, w + 2 * g, h + 2 * g, KIND_LOOKS[card.kind].radius + g),
        );
      }
    }
  }
  return [...parts.values()];
}

/**
 * Connections as curves from the source card's right side to the target's left, like the
 * full level's bezier edges, each with a filled arrow head at the target.
 */
export function connectionGroups(
  edges: readonly ConnectionEdge[],
  cards: readonly MarkCard[],
): MarkGroup[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const paths = new Map<'normal' | 'dimmed' | 'selected', { edge: string; arrow: string }>();
  for (const edge of edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    const look = edge.selected ? 'selected' : edge.data?.dimmed ? 'dimmed' : 'normal';
    const sx = from.x + from.width;
    const sy = from.y + from.height / 2;
    const tx = to.x - MARK.ARROW;
    const ty = to.y + to.height / 2;
    const bend = Math.max(Math.abs(tx - sx) / 2, 50);
    const path = paths.get(look) ?? { edge: '', arrow: '' };
    path.edge += `M${n(sx)} ${n(sy)}C${n(sx + bend)} ${n(sy)} ${n(tx - bend)} ${n(ty)} ${n(tx)} ${n(ty)}`;
    const half = MARK.ARROW / 2;
    path.arrow += `M${n(to.x)} ${n(ty)}l${-MARK.ARROW} ${-half}v${MARK.ARROW}z`;
    paths.set(look, path);
  }
  return [...paths].flatMap(([look, { edge, arrow }]): MarkGroup[] => [
    { part: 'edge', look, d: edge },
    { part: 'arrow', look, d: arrow },
  ]);
}
