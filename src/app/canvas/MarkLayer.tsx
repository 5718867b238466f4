/**
 * The cards and connections at the 'marks' level of detail: a handful of SVG paths in React
 * Flow's viewport portal (so they pan and zoom with the map at no cost per frame), drawn
 * from mark-shapes.ts, in place of one React Flow node per card (the canvas passes React
 * Flow no nodes at this level). Hover, click, drag and double-click: use-mark-pointer.ts.
 */
import { memo, useMemo, type CSSProperties } from 'react';
import { ViewportPortal, useStore } from '@xyflow/react';
import type { MapLayout } from '../../core/layout.ts';
import { KIND_LOOKS } from '../../core/presentation.ts';
import { useStores } from '../store/context.tsx';
import { useEditorUiStore } from '../editor/editor-ui.tsx';
import type { EditContext } from '../editor/edit-actions.ts';
import { KIND_STYLES, SEVERITY_STYLES, emotionStyle } from '../theme/looks.ts';
import type { CardNode, ConnectionEdge } from './flow-model.ts';
import { levelSelector } from './TouchpointCard.tsx';
import {
  MARK,
  connectionGroups,
  markCards,
  markGroups,
  roundedRect,
  type MarkCard,
  type MarkGroup,
} from './mark-shapes.ts';
import { useMarkPointer } from './use-mark-pointer.ts';
import './marks.css';

interface MarkLayerProps {
  /** flow-model's nodes (the canvas gives React Flow none at this level). */
  nodes: CardNode[];
  edges: ConnectionEdge[];
  layout: MapLayout;
}

function groupStyle(group: MarkGroup): CSSProperties | undefined {
  switch (group.part) {
    case 'card':
      return {
        ...KIND_STYLES[group.look],
        strokeDasharray: KIND_LOOKS[group.look].border.dash.join(' ') || undefined,
      };
    case 'band':
      return { fill: group.look };
    case 'emotion':
      return emotionStyle(group.look);
    case 'friction':
      return SEVERITY_STYLES[group.look];
    default:
      return undefined;
  }
}

function groupClass(group: MarkGroup): string {
  if ('dimmed' in group) return `tm-mark-${group.part}${group.dimmed ? ' is-dimmed' : ''}`;
  return `tm-mark-${group.part} is-${group.look}`;
}

function Paths({ groups, prefix }: { groups: MarkGroup[]; prefix: string }) {
  return groups.map((group) => (
    <path
      key={`${prefix}|${group.part}|${group.look}|${'dimmed' in group && group.dimmed}`}
      className={groupClass(group)}
      style={groupStyle(group)}
      d={group.d}
    />
  ));
}

function Hover({ card }: { card: MarkCard }) {
  const gap = MARK.SELECTION_GAP / 2;
  const d = roundedRect(
    card.x - gap,
    card.y - gap,
    card.width + 2 * gap,
    card.height + 2 * gap,
    KIND_LOOKS[card.kind].radius + gap,
  );
  return <path className="tm-mark-hover" d={d} />;
}

function Marks({ nodes, edges, layout }: MarkLayerProps) {
  const { document, view } = useStores();
  const ui = useEditorUiStore();
  const ctx: EditContext = useMemo(() => ({ document, view, ui }), [document, view, ui]);
  const cards = useMemo(() => markCards(nodes), [nodes]);
  const { hovered, drag } = useMarkPointer(ctx, layout, cards);
  const dragIds = drag?.ids ?? null;
  // The cards that stay put are drawn once per edit, not once per pointer move.
  const still = useMemo(
    () => markGroups(dragIds ? cards.filter((c) => !dragIds.has(c.id)) : cards),
    [cards, dragIds],
  );
  const placed = useMemo(
    () => (drag ? markCards(nodes, drag.ids, drag.offset) : cards),
    [nodes, cards, drag],
  );
  const moving = useMemo(
    () => (drag ? markGroups(placed.filter((c) => drag.ids.has(c.id))) : []),
    [placed, drag],
  );
  const connections = useMemo(() => connectionGroups(edges, placed), [edges, placed]);
  const hoveredCard = hovered === null ? undefined : cards.find((c) => c.id === hovered);

  return (
    <svg
      className="tm-marks"
      width={layout.width}
      height={layout.height}
      aria-hidden="true"
      focusable="false"
      data-mark-count={cards.length}
      data-dragging={drag ? 'true' : 'false'}
    >
      <Paths groups={still} prefix="still" />
      <Paths groups={connections} prefix="edges" />
      <Paths groups={moving} prefix="moving" />
      {hoveredCard ? <Hover card={hoveredCard} /> : null}
    </svg>
  );
}

/** Mounted only at the 'marks' level: nearer in, React Flow draws the cards as nodes. */
export const MarkLayer = memo(function MarkLayer(props: MarkLayerProps) {
  const level = useStore(levelSelector);
  if (level !== 'marks') return null;
  return (
    <ViewportPortal>
      <Marks {...props} />
    </ViewportPortal>
  );
});
