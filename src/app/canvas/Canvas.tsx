/**
 * The map canvas: React Flow showing the grid (GridLayer), the sticky stage and department
 * names (StickyHeaders), one card per touchpoint and one edge per connection.
 *
 * Data flow: the document store's map -> computeLayout -> flow-model (nodes, edges) ->
 * React Flow. Nodes are controlled: while a card is dragged its position lives only here
 * (`drag`), and letting go commits one `moveTouchpoints` (one undo step) from which the
 * next layout places the card in its new cell. Selection lives in the view store (the
 * panels read it); React Flow's selection changes are written there and read back.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import {
  ControlButton,
  Controls,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type FinalConnectionState,
  type NodeChange,
  type NodeTypes,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { computeLayout } from '../../core/layout.ts';
import { useDocument, useStores, useView } from '../store/context.tsx';
import type { ViewStore } from '../store/view-store.ts';
import { useEditorUiStore } from '../editor/editor-ui.tsx';
import type { EditContext } from '../editor/edit-actions.ts';
import { registerCommands } from '../editor/commands.ts';
import { IS_MAC, withShortcut } from '../editor/keymap.ts';
import {
  CARD_NODE_TYPE,
  CONNECTION_EDGE_TYPE,
  createFlowBuilder,
  type CardNode,
  type ConnectionEdge,
} from './flow-model.ts';
import { TouchpointCard } from './TouchpointCard.tsx';
import { ConnectionEdgeView } from './ConnectionEdgeView.tsx';
import { GridLayer } from './GridLayer.tsx';
import { Overview } from './Overview.tsx';
import { StickyHeaders } from './StickyHeaders.tsx';
import { placeNewCard } from './placement.ts';
import { CATALOGUE_MIME } from '../../core/catalogue.ts';
import { addCardAt, commitDraggedCards, connectCards, dropCatalogueItem } from './canvas-edits.ts';
import { MAX_ZOOM, MIN_OPENING_ZOOM, MIN_ZOOM, mapBounds, openingViewport } from './viewport.ts';

// Module level: React Flow re-creates every node when these objects change.
const nodeTypes: NodeTypes = { [CARD_NODE_TYPE]: TouchpointCard };
const edgeTypes: EdgeTypes = { [CONNECTION_EDGE_TYPE]: ConnectionEdgeView };
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const DEFAULT_VIEWPORT = { x: 16, y: 16, zoom: 1 };
const ARIA_LABELS = {
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': withShortcut('Zoom in', 'zoomIn', IS_MAC),
  'controls.zoomOut.ariaLabel': withShortcut('Zoom out', 'zoomOut', IS_MAC),
};
const FIT_LABEL = withShortcut('Fit the map to the window', 'zoomFit', IS_MAC);
const NO_NODES: CardNode[] = [];
const NO_EDGES: ConnectionEdge[] = [];
/** Above this many cards, only the cards on screen are rendered. */
const CULL_ABOVE = 150;

interface DragState {
  position: XYPosition;
  dragging: boolean;
}

function withDrag(nodes: CardNode[], drag: ReadonlyMap<string, DragState> | null): CardNode[] {
  if (drag === null || drag.size === 0) return nodes;
  return nodes.map((node) => {
    const moved = drag.get(node.id);
    return moved ? { ...node, position: moved.position, dragging: moved.dragging } : node;
  });
}

/** Writes React Flow's select / unselect changes into the view store's selection. */
function applySelectChanges(
  view: ViewStore,
  key: 'touchpoints' | 'connections',
  changes: readonly { id: string; selected: boolean }[],
): void {
  if (changes.length === 0) return;
  const current = view.getState().selection[key];
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  if (next.size === current.length && current.every((id) => next.has(id))) return;
  view.getState().select({ [key]: [...next] });
}

function FitIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}

function EmptyHint() {
  return (
    <div className="tm-empty-hint" role="note">
      <strong>This map has no touchpoints yet.</strong>
      <span>
        Drag a touchpoint from the palette onto a cell, or double-click a cell to add one.
      </span>
    </div>
  );
}

function CanvasFlow() {
  const { document: documentStore, view } = useStores();
  const ui = useEditorUiStore();
  const ctx: EditContext = useMemo(
    () => ({ document: documentStore, view, ui }),
    [documentStore, view, ui],
  );
  const map = useDocument((state) => state.map);
  const layout = useMemo(() => computeLayout(map), [map]);
  const filters = useView((state) => state.filters);
  const selection = useView((state) => state.selection);
  const reveal = useView((state) => state.reveal);
  const showMinimap = useView((state) => state.panels.minimap);
  const [build] = useState(createFlowBuilder);
  const model = useMemo(
    () => build({ map, layout, filters, selection }),
    [build, map, layout, filters, selection],
  );
  const [drag, setDrag] = useState<ReadonlyMap<string, DragState> | null>(null);
  const nodes = useMemo(() => withDrag(model.nodes, drag), [model.nodes, drag]);
  const flow = useReactFlow<CardNode, ConnectionEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const opened = useRef(false);
  const revealed = useRef<number | null>(null);

  const lowestTitles = useMemo(() => {
    const wanted = new Set(layout.curve.lowest);
    return new Map(
      map.touchpoints.filter((tp) => wanted.has(tp.id)).map((tp) => [tp.id, tp.title]),
    );
  }, [map, layout]);

  // The opening view, once React Flow knows its size.
  useEffect(() => {
    if (opened.current || width === 0 || height === 0) return;
    opened.current = true;
    void flow.setViewport(openingViewport(layout, { width, height }));
  }, [width, height, layout, flow]);

  // Reveal requests (Tab, insights, search): centre on the card.
  useEffect(() => {
    if (reveal === null || revealed.current === reveal.nonce) return;
    const card = layout.cards.find((c) => c.id === reveal.touchpointId);
    if (!card) return;
    revealed.current = reveal.nonce;
    void flow.setCenter(card.x + card.width / 2, card.y + card.height / 2, {
      zoom: Math.max(flow.getZoom(), MIN_OPENING_ZOOM),
      duration: 200,
    });
  }, [reveal, layout, flow]);

  useEffect(
    () =>
      registerCommands({
        zoomIn: () => void flow.zoomIn({ duration: 150 }),
        zoomOut: () => void flow.zoomOut({ duration: 150 }),
        zoomReset: () => void flow.zoomTo(1, { duration: 150 }),
        zoomFit: () => void flow.fitBounds(mapBounds(layout), { padding: 0.04, duration: 200 }),
      }),
    [flow, layout],
  );

  const focusCanvas = useCallback(() => {
    wrapper.current?.focus({ preventScroll: true });
  }, []);

  const onNodesChange = useCallback(
    (changes: NodeChange<CardNode>[]) => {
      const moved: { id: string; state: DragState }[] = [];
      const selects: { id: string; selected: boolean }[] = [];
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          moved.push({
            id: change.id,
            state: { position: change.position, dragging: change.dragging ?? false },
          });
        } else if (change.type === 'select') {
          selects.push(change);
        }
        // 'dimensions': cards have a fixed size from the layout. 'remove': Delete is ours.
      }
      if (moved.length > 0) {
        setDrag((previous) => {
          const next = new Map(previous ?? []);
          for (const { id, state } of moved) next.set(id, state);
          return next;
        });
      }
      applySelectChanges(view, 'touchpoints', selects);
    },
    [view],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ConnectionEdge>[]) => {
      applySelectChanges(
        view,
        'connections',
        changes.filter((change) => change.type === 'select'),
      );
    },
    [view],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: CardNode, dragged: CardNode[]) => {
      setDrag(null);
      commitDraggedCards(
        ctx,
        layout,
        dragged.map((node) => ({ id: node.id, position: node.position })),
      );
    },
    [layout, ctx],
  );

  const connect = useCallback((from: string, to: string) => connectCards(ctx, from, to), [ctx]);

  const onConnect = useCallback(
    (connection: Connection) => connect(connection.source, connection.target),
    [connect],
  );

  // Letting go over a card's body (not its handle) connects too: a 200-unit card is an
  // easier target than a 10-pixel handle.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const element = window.document.elementFromPoint(point.clientX, point.clientY);
      const other = element?.closest('.react-flow__node')?.getAttribute('data-id');
      if (!other || other === state.fromNode.id) return;
      if (state.fromHandle?.type === 'target') connect(other, state.fromNode.id);
      else connect(state.fromNode.id, other);
    },
    [connect],
  );

  const isValidConnection = useCallback(
    (connection: { source: string; target: string }) => connection.source !== connection.target,
    [],
  );

  const onPaneClick = useCallback(
    (event: ReactMouseEvent) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const placement = placeNewCard(layout, point);
      ui.getState().setPasteAnchor(
        placement
          ? {
              stageId: placement.stageId,
              departmentId: placement.departmentId,
              at: placement.position,
            }
          : null,
      );
      focusCanvas();
    },
    [flow, layout, ui, focusCanvas],
  );

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      if (
        !(event.target instanceof Element) ||
        !event.target.classList.contains('react-flow__pane')
      ) {
        return;
      }
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const id = addCardAt(ctx, layout, point);
      if (id !== null) view.getState().startRenaming(id);
    },
    [flow, ctx, layout, view],
  );

  const onNodeClick = useCallback(() => ui.getState().setPasteAnchor(null), [ui]);

  const onNodeDoubleClick = useCallback(
    (_event: ReactMouseEvent, node: CardNode) => view.getState().startRenaming(node.id),
    [view],
  );

  const onEdgeDoubleClick = useCallback(
    (_event: ReactMouseEvent, edge: ConnectionEdge) => ui.getState().editConnection(edge.id),
    [ui],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(CATALOGUE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const text = event.dataTransfer.getData(CATALOGUE_MIME);
      if (!text) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (dropCatalogueItem(ctx, layout, point, text) !== null) focusCanvas();
    },
    [flow, ctx, layout, focusCanvas],
  );

  const onPointerDown = useCallback(
    (event: React.PointerEvent) => {
      const target = event.target as Element;
      if (target.closest('input, textarea, select, button, a')) return;
      focusCanvas();
    },
    [focusCanvas],
  );

  const fit = useCallback(
    () => void flow.fitBounds(mapBounds(layout), { padding: 0.04, duration: 200 }),
    [flow, layout],
  );

  return (
    <div
      ref={wrapper}
      className="tm-canvas"
      tabIndex={0}
      aria-label="Journey map. Arrow keys move the selected cards, Tab goes to the next card, Enter renames, question mark lists every shortcut."
      onPointerDown={onPointerDown}
      data-card-count={map.touchpoints.length}
    >
      <ReactFlow<CardNode, ConnectionEdge>
        // Until React Flow knows its size it cannot tell which cards are on screen, and would
        // render all of them once: with 1,500 cards that first frame alone takes a second.
        nodes={width > 0 && height > 0 ? nodes : NO_NODES}
        edges={width > 0 && height > 0 ? model.edges : NO_EDGES}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onEdgeDoubleClick={onEdgeDoubleClick}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onPaneClick={onPaneClick}
        onDoubleClick={onDoubleClick}
        onDragOver={onDragOver}
        onDrop={onDrop}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        selectionMode={SelectionMode.Partial}
        zoomOnDoubleClick={false}
        disableKeyboardA11y
        nodesFocusable={false}
        edgesFocusable={false}
        onlyRenderVisibleElements={map.touchpoints.length > CULL_ABOVE}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        defaultViewport={DEFAULT_VIEWPORT}
        colorMode="system"
        ariaLabelConfig={ARIA_LABELS}
      >
        <GridLayer layout={layout} departments={map.departments} titles={lowestTitles} />
        <StickyHeaders layout={layout} stages={map.stages} departments={map.departments} />
        <Controls
          position="bottom-right"
          orientation="horizontal"
          showFitView={false}
          showInteractive={false}
          className="tm-controls"
        >
          <ControlButton onClick={fit} title={FIT_LABEL} aria-label={FIT_LABEL}>
            <FitIcon />
          </ControlButton>
        </Controls>
        {showMinimap ? <Overview layout={layout} departments={map.departments} /> : null}
      </ReactFlow>
      {map.touchpoints.length === 0 ? <EmptyHint /> : null}
    </div>
  );
}

/** The canvas; needs a ReactFlowProvider above it (the editor shell has one, so its toolbar can show the zoom). */
export const Canvas = CanvasFlow;
