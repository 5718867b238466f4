/**
 * The map as React Flow nodes and edges: one card node per touchpoint (absolute positions
 * from `computeLayout`, the geometry the PDF uses) and one edge per connection. Pure and
 * framework-free apart from the types, so it is unit-tested without a DOM.
 *
 * Node `data` is plain, serialisable values: everything a card draws, nothing it would have
 * to look up. A builder keeps the previous objects and hands back the same node (or edge)
 * whenever nothing it shows changed, so React Flow and the memoised card components skip
 * the cards an edit did not touch; with 1,500 cards that is the difference between a
 * re-render of one card and of all of them.
 */
import type { Edge, Node } from '@xyflow/react';
import { MarkerType, Position } from '@xyflow/react';
import type {
  Channel,
  Emotion,
  EvidenceLevel,
  JourneyMap,
  Severity,
  Touchpoint,
  TouchpointKind,
} from '../../core/model.ts';
import { LAYOUT, type MapLayout } from '../../core/layout.ts';
import { frictionSummary } from '../../core/insights.ts';
import type { Filters, Selection } from '../store/view-store.ts';
import { matchesFilters, searchNeedle } from './filters.ts';
import { indexById, toggledIds, withSelection } from './flow-selection.ts';
import {
  cardsOf,
  departmentsOf,
  idSetOf,
  lowestOf,
  sameEdge,
  sameInputs,
  sameMembers,
  sameNode,
  stageNamesOf,
  type NodeInputs,
} from './flow-reuse.ts';
import { EVIDENCE_TERMS, kindWord } from '../../core/vocabulary.ts';

export const CARD_NODE_TYPE = 'touchpoint';
export const CONNECTION_EDGE_TYPE = 'connection';

export interface CardData extends Record<string, unknown> {
  title: string;
  kind: TouchpointKind;
  channel: Channel;
  emotion: Emotion | null;
  frictionCount: number;
  /** Of them, how many are marked assumed (all: the badge is drawn provisional). */
  assumedFrictions: number;
  worstSeverity: Severity | null;
  /** null when not measured. */
  csat: number | null;
  stageId: string;
  departmentId: string;
  departmentName: string;
  /** #rrggbb */
  departmentColor: string;
  /** Filtered out by the filter bar: drawn faded. */
  dimmed: boolean;
  /** One of the lowest points of the emotion curve. */
  lowest: boolean;
  /** Listed by the open Compare view: drawn highlighted. */
  changed: boolean;
  /** Unresolved comment threads on the card: its badge (0: none). */
  comments: number;
  /** How the team knows (null: not marked); assumed cards are drawn provisional. */
  evidence: EvidenceLevel | null;
  /** Where it came from ("Interview 4"), for the evidence mark's tooltip. */
  source: string | null;
}

export type CardNode = Node<CardData, typeof CARD_NODE_TYPE>;

export interface ConnectionData extends Record<string, unknown> {
  label: string | null;
  /** Both ends filtered out. */
  dimmed: boolean;
}

export type ConnectionEdge = Edge<ConnectionData, typeof CONNECTION_EDGE_TYPE>;

export interface FlowInput {
  map: JourneyMap;
  layout: MapLayout;
  filters: Filters;
  selection: Selection;
  /** The cards to highlight (view-store `highlight`); absent or null for none. */
  highlight?: ReadonlySet<string> | null;
  /** Unresolved threads by target key (core/comments.ts `unresolvedCounts`), made once per map change. */
  commentCounts?: ReadonlyMap<string, number>;
}

export interface FlowModel {
  nodes: CardNode[];
  edges: ConnectionEdge[];
}

const NO_COMMENTS: ReadonlyMap<string, number> = new Map();

/** The handle box (content 12 + border 2 x 2, see styles.css), centred on the card's side. */
const HANDLE_SIZE = 16;

/**
 * Where a card's handles are, from its fixed size, so React Flow need not render every card
 * once to measure them: with "only render what is on screen" a card off screen then stays
 * out of the DOM from the start. Target on the left side, source on the right.
 */
export const CARD_HANDLES: NonNullable<CardNode['handles']> = [
  {
    id: null,
    type: 'target',
    position: Position.Left,
    x: -HANDLE_SIZE / 2,
    y: LAYOUT.CARD_HEIGHT / 2 - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  },
  {
    id: null,
    type: 'source',
    position: Position.Right,
    x: LAYOUT.CARD_WIDTH - HANDLE_SIZE / 2,
    y: LAYOUT.CARD_HEIGHT / 2 - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  },
];

/** One shared object: edges compare equal by identity when nothing else changed. */
const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#6b7280' } as const;

function countAssumed(frictions: Touchpoint['frictions']): number {
  let count = 0;
  for (const friction of frictions) if (friction.evidence === 'assumed') count++;
  return count;
}

function cardLabel(data: CardData, stageName: string): string {
  const kind = kindWord(data.kind).toLowerCase();
  const label = `${data.title}, ${kind} touchpoint, ${stageName}, ${data.departmentName}`;
  return data.evidence === null
    ? label
    : `${label}, ${EVIDENCE_TERMS[data.evidence].word.toLowerCase()}`;
}

/** Nodes and edges for one state of the map and the view; no reuse (see `createFlowBuilder`). */
export function buildFlow(input: FlowInput): FlowModel {
  return createFlowBuilder()(input);
}

/**
 * A function from the map and view to nodes and edges that reuses the node and edge
 * objects of its previous call when they would be equal.
 */
export function createFlowBuilder(): (input: FlowInput) => FlowModel {
  let previousNodes = new Map<string, CardNode>();
  let previousInputs = new Map<string, NodeInputs>();
  let previousEdges = new Map<string, ConnectionEdge>();
  let previous: FlowModel | null = null;
  let previousInput: FlowInput | null = null;
  /** Where each node and edge is in `previous`, made when a selection change needs it. */
  let index: { nodes: Map<string, number>; edges: Map<string, number> } | null = null;

  /** Only the selection changed since the last call: flip the items it touches. */
  function reselect(before: FlowInput, selection: Selection): FlowModel {
    const was = previous!;
    index ??= { nodes: indexById(was.nodes), edges: indexById(was.edges) };
    const cards = idSetOf(selection.touchpoints);
    const lines = idSetOf(selection.connections);
    const nodes = withSelection(
      was.nodes,
      index.nodes,
      toggledIds(idSetOf(before.selection.touchpoints), cards),
      cards,
      (node) => {
        previousNodes.set(node.id, node);
        const inputs = previousInputs.get(node.id);
        if (inputs) previousInputs.set(node.id, { ...inputs, selected: node.selected === true });
      },
    );
    const edges = withSelection(
      was.edges,
      index.edges,
      toggledIds(idSetOf(before.selection.connections), lines),
      lines,
      (edge) => previousEdges.set(edge.id, edge),
    );
    if (nodes !== was.nodes || edges !== was.edges) previous = { nodes, edges };
    return previous!;
  }

  return function build(input: FlowInput): FlowModel {
    const before = previousInput;
    previousInput = input;
    const { map, layout, filters, selection, highlight, commentCounts = NO_COMMENTS } = input;
    if (
      before !== null &&
      previous !== null &&
      before.map === map &&
      before.layout === layout &&
      before.filters === filters &&
      before.highlight === highlight &&
      (before.commentCounts ?? NO_COMMENTS) === commentCounts
    ) {
      return reselect(before, selection);
    }
    index = null;
    // All a card is made of but its touchpoint is what the last call had (a rename, a new
    // emotion): a touchpoint object seen last time keeps its node without a look at filters,
    // lookups or comments (2 ms a rename on the 1,500-card map, profile).
    const sameContext =
      before !== null &&
      before.map.departments === map.departments &&
      before.map.stages === map.stages &&
      before.layout === layout &&
      before.filters === filters &&
      before.selection === selection &&
      before.highlight === highlight &&
      (before.commentCounts ?? NO_COMMENTS) === commentCounts;
    const departments = departmentsOf(map.departments);
    const stageNames = stageNamesOf(map.stages);
    const selectedCards = idSetOf(selection.touchpoints);
    const selectedEdges = idSetOf(selection.connections);
    const lowest = lowestOf(layout);
    const needle = searchNeedle(filters);
    const cards = cardsOf(layout);

    const nodes: CardNode[] = [];
    const nextNodes = new Map<string, CardNode>();
    const nextInputs = new Map<string, NodeInputs>();
    const visible = new Set<string>();
    for (const tp of map.touchpoints) {
      if (sameContext) {
        const kept = previousInputs.get(tp.id);
        const node = previousNodes.get(tp.id);
        if (kept?.touchpoint === tp && node !== undefined) {
          if (!kept.dimmed) visible.add(tp.id);
          nodes.push(node);
          nextNodes.set(tp.id, node);
          nextInputs.set(tp.id, kept);
          continue;
        }
      }
      const card = cards.get(tp.id);
      const department = departments.get(tp.departmentId);
      if (card === undefined || department === undefined) continue;
      const dimmed = !matchesFilters(tp, filters, needle);
      if (!dimmed) visible.add(tp.id);
      const stageName = stageNames.get(tp.stageId) ?? '';
      const selected = selectedCards.has(tp.id);
      const isLowest = lowest.has(tp.id);
      const changed = highlight?.has(tp.id) === true;
      const comments = commentCounts.get(`touchpoint:${tp.id}`) ?? 0;
      const old = previousNodes.get(tp.id);
      const oldInputs = previousInputs.get(tp.id);
      // Nothing the node is made of changed (a rename changes one touchpoint object): keep
      // the node without building its data again; with 1,500 cards that is most of an edit.
      if (
        old !== undefined &&
        sameInputs(
          oldInputs,
          tp,
          department,
          stageName,
          card,
          selected,
          isLowest,
          dimmed,
          changed,
          comments,
        )
      ) {
        nodes.push(old);
        nextNodes.set(tp.id, old);
        nextInputs.set(tp.id, oldInputs);
        continue;
      }
      const inputs: NodeInputs = {
        touchpoint: tp,
        department,
        stageName,
        card,
        selected,
        lowest: isLowest,
        dimmed,
        changed,
        comments,
      };
      nextInputs.set(tp.id, inputs);
      const { count, worst } = frictionSummary(tp);
      const data: CardData = {
        title: tp.title,
        kind: tp.kind,
        channel: tp.channel,
        emotion: tp.emotion,
        frictionCount: count,
        assumedFrictions: countAssumed(tp.frictions),
        worstSeverity: worst,
        csat: typeof tp.csat === 'number' ? tp.csat : null,
        stageId: tp.stageId,
        departmentId: tp.departmentId,
        departmentName: department.name,
        departmentColor: department.color,
        dimmed,
        lowest: inputs.lowest,
        changed: inputs.changed,
        comments: inputs.comments,
        evidence: tp.evidence ?? null,
        source: tp.source ?? null,
      };
      const fresh: CardNode = {
        id: tp.id,
        type: CARD_NODE_TYPE,
        position: { x: card.x, y: card.y },
        // Fixed size from the layout: React Flow need not measure a card before it can
        // place, cull or fit it, and a new node object does not lose its size.
        width: card.width,
        height: card.height,
        measured: { width: card.width, height: card.height },
        handles: CARD_HANDLES,
        selected: inputs.selected,
        ariaLabel: cardLabel(data, inputs.stageName),
        data,
      };
      const node = old !== undefined && sameNode(old, fresh) ? old : fresh;
      nodes.push(node);
      nextNodes.set(tp.id, node);
    }

    const edges: ConnectionEdge[] = [];
    const nextEdges = new Map<string, ConnectionEdge>();
    for (const cn of map.connections) {
      if (!nextNodes.has(cn.from) || !nextNodes.has(cn.to)) continue;
      const fresh: ConnectionEdge = {
        id: cn.id,
        type: CONNECTION_EDGE_TYPE,
        source: cn.from,
        target: cn.to,
        markerEnd: ARROW,
        selected: selectedEdges.has(cn.id),
        data: {
          label: cn.label ?? null,
          dimmed: !visible.has(cn.from) && !visible.has(cn.to),
        },
      };
      const old = previousEdges.get(cn.id);
      const edge = old !== undefined && sameEdge(old, fresh) ? old : fresh;
      edges.push(edge);
      nextEdges.set(cn.id, edge);
    }

    // Same members in the same order: hand back the previous array (and model) too, so a
    // rename does not make React Flow look at every edge again.
    const sameNodes = previous !== null && sameMembers(previous.nodes, nodes);
    const sameEdges = previous !== null && sameMembers(previous.edges, edges);
    previousNodes = nextNodes;
    previousInputs = nextInputs;
    previousEdges = nextEdges;
    if (sameNodes && sameEdges) return previous!;
    previous = {
      nodes: sameNodes ? previous!.nodes : nodes,
      edges: sameEdges ? previous!.edges : edges,
    };
    return previous;
  };
}
