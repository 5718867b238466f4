/**
 * The bare page's nodes and edges: every touchpoint as a plain default React Flow node at
 * the absolute position and size `computeLayout` gives Touchmap's card, and every
 * connection as a default edge. Nothing else (no grid, no headers, no custom nodes), so the
 * bare page is the floor React Flow itself sets for the same map. Pure.
 */
import type { Edge, Node } from '@xyflow/react';
import { computeLayout } from '../../../src/core/layout.ts';
import type { JourneyMap } from '../../../src/core/model.ts';

export interface BareFlow {
  nodes: Node[];
  edges: Edge[];
  /** The whole map's extent, in flow units. */
  width: number;
  height: number;
}

export function bareFlow(map: JourneyMap): BareFlow {
  const layout = computeLayout(map);
  const titles = new Map(map.touchpoints.map((tp) => [tp.id, tp.title]));
  const nodes: Node[] = layout.cards.map((card) => ({
    id: card.id,
    position: { x: card.x, y: card.y },
    data: { label: titles.get(card.id) ?? card.id },
    width: card.width,
    height: card.height,
  }));
  const placed = new Set(nodes.map((node) => node.id));
  const edges: Edge[] = map.connections
    .filter((c) => placed.has(c.from) && placed.has(c.to))
    .map((c) => ({ id: c.id, source: c.from, target: c.to }));
  return { nodes, edges, width: layout.width, height: layout.height };
}
