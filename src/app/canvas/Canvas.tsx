/**
 * The map canvas: React Flow showing the grid (GridLayer), the sticky stage and department
 * names (StickyHeaders), one card per touchpoint and one edge per connection.
 *
 * Data flow: the document store's map -> computeLayout -> flow-model (nodes, edges) ->
 * React Flow. Nodes are controlled: while a card is dragged its position lives only in
 * use-node-changes.ts, and letting go commits one `moveTouchpoints` (one undo step) from
 * which the next layout places the card in its new cell. Selection lives in the view store
 * (the panels read it); React Flow's selection changes are written there and read back.
 * The viewport (opening view, reveal, zoom commands), connecting and palette drops each
 * have their own hook beside this file.
 *
 * Panning: a drag on the background, or anywhere (cards included: a dense map has no
 * background left) with Space held or with the middle button. The zoom buttons are the
 * toolbar's; the canvas has none of its own. The card text size is the user's preference,
 * a CSS variable (--tm-text-scale) the card and header styles multiply their sizes by.
 */
import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import {
  ReactFlow,
  SelectionMode,
  useKeyPress,
  useReactFlow,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useStores, useView } from '../store/context.tsx';
import { useEditorUiStore } from '../editor/editor-ui.tsx';
import type { EditContext } from '../editor/edit-actions.ts';
import { textScale } from '../../core/text-size.ts';
import { useTextSize, useTextSizeCommands } from '../preferences/use-text-size.ts';
import {
  CARD_NODE_TYPE,
  CONNECTION_EDGE_TYPE,
  createFlowBuilder,
  type CardNode,
  type ConnectionEdge,
} from './flow-model.ts';
import { TouchpointCard } from './TouchpointCard.tsx';
import { ConnectionEdgeView } from './ConnectionEdgeView.tsx';
import { SelectionListenerOff } from './SelectionListenerOff.tsx';
import { GridLayer } from './GridLayer.tsx';
import { LowestLabels } from './LowestLabels.tsx';
import { MarkLayer } from './MarkLayer.tsx';
import { NoteLayer } from './NoteLayer.tsx';
import { useLowestTitles, useStableLayout } from './stable-layout.ts';
import { Overview } from './Overview.tsx';
import { StickyHeaders } from './StickyHeaders.tsx';
import { unresolvedCounts } from '../../core/comments.ts';
import { CellCursor } from './CellCursor.tsx';
import { placeNewCard } from './placement.ts';
import { addCardAt } from './canvas-edits.ts';
import { noteCellAt } from './note-cells.ts';
import { startNote } from './note-edits.ts';
import { CULL_ABOVE, MAX_ZOOM, minZoomFor } from './viewport.ts';
import { detailLevel, levelZooms } from './detail-level.ts';
import { DetailLevelScope, useSettledDetailLevel } from './use-detail-level.ts';
import { useViewport } from './use-viewport.ts';
import { useNodeChanges } from './use-node-changes.ts';
import { DropProvider, useShownMap } from './use-shown-map.ts';
import { RouteAhead, RoutesProvider } from './routes-context.tsx';
import { useConnect } from './use-connect.ts';
import { useCatalogueDrop } from './use-catalogue-drop.ts';

// Module level: React Flow re-creates every node when these objects change.
const nodeTypes: NodeTypes = { [CARD_NODE_TYPE]: TouchpointCard };
const edgeTypes: EdgeTypes = { [CONNECTION_EDGE_TYPE]: ConnectionEdgeView };
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const DEFAULT_VIEWPORT = { x: 16, y: 16, zoom: 1 };
/** Left button on the background, middle button anywhere (React Flow lets it through cards). */
const PAN_BUTTONS = [0, 1];
/** React Flow's corner credit: optional under its MIT licence, and noise on a map on a wall. */
const PRO_OPTIONS = { hideAttribution: true };
const NO_NODES: CardNode[] = [];
const NO_EDGES: ConnectionEdge[] = [];

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
  // The document's map, or just after a drop the one before it (see use-shown-map.ts).
  const { map, settling, dropped } = useShownMap();
  const drop = useMemo(() => ({ settling, dropped }), [settling, dropped]);
  // The same layout object while the geometry is the same (a rename moves nothing).
  const layout = useStableLayout(map);
  const filters = useView((state) => state.filters);
  const selection = useView((state) => state.selection);
  const highlight = useView((state) => state.highlight);
  const showMinimap = useView((state) => state.panels.minimap);
  const toggleMinimap = useCallback(() => view.getState().togglePanel('minimap'), [view]);
  // While Space is held a press on a card pans instead of dragging the card (React Flow
  // ignores Space typed in text fields, and pans from the background by itself).
  const spaceHeld = useKeyPress('Space');
  const textSize = useTextSize();
  useTextSizeCommands();
  const [build] = useState(createFlowBuilder);
  // Once per change of the comments (other edits keep the list object): the badges' numbers.
  const comments = map.comments;
  const commentCounts = useMemo(() => unresolvedCounts(comments), [comments]);
  const model = useMemo(
    () => build({ map, layout, filters, selection, highlight, commentCounts }),
    [build, map, layout, filters, selection, highlight, commentCounts],
  );
  const flow = useReactFlow<CardNode, ConnectionEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  const { width, height, nodesOff } = useViewport(layout);
  // Re-renders this component only when the level changes (see use-detail-level.ts).
  const level = useSettledDetailLevel();
  // Far out (the 'marks' level) MarkLayer paints cards and connections on one canvas; until
  // React Flow knows its size it cannot tell which cards are on screen, and would render all
  // of them once (with 1,500 cards that first frame alone takes a second).
  const flowNodes = width > 0 && height > 0 && level !== 'marks' && !nodesOff;
  const { nodes, onNodesChange, onEdgesChange, onNodeDragStop } = useNodeChanges(
    ctx,
    drop,
    model.nodes,
  );
  const { onConnect, onConnectEnd, isValidConnection } = useConnect(ctx);

  const lowestTitles = useLowestTitles(map, layout);

  const focusCanvas = useCallback(() => {
    wrapper.current?.focus({ preventScroll: true });
  }, []);
  const { onDragOver, onDrop } = useCatalogueDrop(ctx, layout, focusCanvas);

  const onPaneClick = useCallback(
    (event: ReactMouseEvent) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const placement = placeNewCard(layout, point);
      // A click in a note row's cell puts the cell cursor there: N or Enter writes a note.
      const noteCell = placement ? null : noteCellAt(layout, point);
      if (noteCell) view.getState().setCursor({ ...noteCell, departmentId: '' });
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
    [flow, layout, ui, view, focusCanvas],
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
      const noteCell = noteCellAt(layout, point);
      if (noteCell) {
        view.getState().setCursor({ ...noteCell, departmentId: '' });
        startNote(noteCell);
        return;
      }
      const id = addCardAt(ctx, layout, point);
      if (id !== null) view.getState().startRenaming(id);
    },
    [flow, ctx, layout, view],
  );

  const onNodeClick = useCallback(() => ui.getState().setPasteAnchor(null), [ui]);

  // Far out a card has no title to edit: double-click zooms in to it (where it has one).
  const onNodeDoubleClick = useCallback(
    (_event: ReactMouseEvent, node: CardNode) => {
      if (detailLevel(flow.getZoom(), textSize) !== 'marks') {
        view.getState().startRenaming(node.id);
        return;
      }
      const { x, y } = node.position;
      void flow.setCenter(x + (node.width ?? 0) / 2, y + (node.height ?? 0) / 2, {
        zoom: levelZooms(textSize).full,
        duration: 200,
      });
    },
    [flow, view, textSize],
  );

  const onEdgeDoubleClick = useCallback(
    (_event: ReactMouseEvent, edge: ConnectionEdge) => ui.getState().editConnection(edge.id),
    [ui],
  );

  const onPointerDown = useCallback(
    (event: React.PointerEvent) => {
      const target = event.target as Element;
      if (target.closest('input, textarea, select, button, a')) return;
      focusCanvas();
    },
    [focusCanvas],
  );

  return (
    <div
      ref={wrapper}
      className={`tm-canvas tm-canvas--${level}${spaceHeld ? ' is-space-panning' : ''}`}
      style={{ '--tm-text-scale': textScale(textSize) } as CSSProperties}
      data-text-size={textSize}
      tabIndex={0}
      aria-label="Journey map. Arrow keys move the cell cursor, N or Enter adds a touchpoint there, Tab goes to the next card, F2 renames, question mark lists every shortcut."
      onPointerDown={onPointerDown}
      data-card-count={map.touchpoints.length}
    >
      <DetailLevelScope level={level}>
        <RouteAhead map={map} />
        <RoutesProvider map={map}>
          <DropProvider value={drop}>
            <ReactFlow<CardNode, ConnectionEdge>
              nodes={flowNodes ? nodes : NO_NODES}
              edges={flowNodes ? model.edges : NO_EDGES}
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
              nodesDraggable={!spaceHeld}
              panOnDrag={PAN_BUTTONS}
              proOptions={PRO_OPTIONS}
              deleteKeyCode={null}
              selectionKeyCode="Shift"
              multiSelectionKeyCode={MULTI_SELECTION_KEYS}
              selectionMode={SelectionMode.Partial}
              zoomOnDoubleClick={false}
              disableKeyboardA11y
              nodesFocusable={false}
              edgesFocusable={false}
              onlyRenderVisibleElements={map.touchpoints.length > CULL_ABOVE}
              minZoom={minZoomFor(layout, { width, height }, textSize)}
              maxZoom={MAX_ZOOM}
              defaultViewport={DEFAULT_VIEWPORT}
              colorMode="system"
            >
              <SelectionListenerOff />
              <GridLayer layout={layout} departments={map.departments} />
              <NoteLayer ctx={ctx} layout={layout} map={map} />
              <MarkLayer nodes={model.nodes} edges={model.edges} layout={layout} />
              {/* After the marks level's canvas (same z-index): a label at the emotion row's
                  foot stays over the cards there, as it does over card nodes. */}
              <LowestLabels layout={layout} titles={lowestTitles} />
              <StickyHeaders
                layout={layout}
                stages={map.stages}
                departments={map.departments}
                commentCounts={commentCounts}
                persona={map.persona}
                scenario={map.scenario}
              />
              <CellCursor layout={layout} />
              <Overview
                layout={layout}
                departments={map.departments}
                open={showMinimap}
                onToggle={toggleMinimap}
              />
            </ReactFlow>
          </DropProvider>
        </RoutesProvider>
      </DetailLevelScope>
      {map.touchpoints.length === 0 ? <EmptyHint /> : null}
    </div>
  );
}

/** The canvas; needs a ReactFlowProvider above it (the editor shell has one, so its toolbar can show the zoom). */
export const Canvas = CanvasFlow;
