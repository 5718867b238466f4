/**
 * The cards and connections at the 'marks' level of detail: one <canvas> over the grid,
 * painted from mark-shapes.ts's groups (mark-paint.ts, by a worker where the browser allows:
 * mark-painter.ts), in place of one React Flow node per card (the canvas passes React Flow
 * no nodes at this level). The groups change with an edit; a pan or zoom only repaints
 * them, once per frame. Hover, click, drag, double-click
 * and the selection box: use-mark-pointer.ts; connection labels: MarkLabels.tsx.
 */
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import type { MapLayout } from '../../core/layout.ts';
import { useStores } from '../store/context.tsx';
import { useRoutes } from './routes-context.tsx';
import { useEditorUiStore } from '../editor/editor-ui.tsx';
import type { EditContext } from '../editor/edit-actions.ts';
import type { CardNode, ConnectionEdge } from './flow-model.ts';
import { useDetailLevel } from './use-detail-level.ts';
import { levelZooms } from './detail-level.ts';
import { useTextSize } from '../preferences/use-text-size.ts';
import {
  MARK,
  connectionGroups,
  markCards,
  markGroups,
  outline,
  type MarkGroup,
  type RouteOf,
} from './mark-shapes.ts';
import { resolveColours } from './mark-paint.ts';
import { createMarkPainter, type MarkPainter } from './mark-painter.ts';
import { useMarkPointer } from './use-mark-pointer.ts';
import { markLabelRequests } from './mark-labels.ts';
import { MarkLabels } from './MarkLabels.tsx';
import './marks.css';

interface MarkLayerProps {
  /** flow-model's nodes (the canvas gives React Flow none at this level). */
  nodes: CardNode[];
  edges: ConnectionEdge[];
  layout: MapLayout;
}

const DARK = '(prefers-color-scheme: dark)';

function Marks({ nodes, edges, layout }: MarkLayerProps) {
  const { document, view } = useStores();
  const ui = useEditorUiStore();
  const ctx: EditContext = useMemo(() => ({ document, view, ui }), [document, view, ui]);
  const cards = useMemo(() => markCards(nodes), [nodes]);
  const { hovered, drag, box } = useMarkPointer(ctx, layout, cards, levelZooms(useTextSize()).full);
  const dragIds = drag?.ids ?? null;
  // The cards that stay put are grouped once per edit, not once per pointer move.
  const still = useMemo(
    () => markGroups(dragIds ? cards.filter((c) => !dragIds.has(c.id)) : cards),
    [cards, dragIds],
  );
  const placed = useMemo(
    () => (drag ? markCards(nodes, drag.ids, drag.offset) : cards),
    [nodes, cards, drag],
  );
  // The full level's routes, cached per layout: after the first time they cost nothing.
  const routes = useRoutes();
  const routeOf = useCallback<RouteOf>((id) => routes.route(id)?.points ?? null, [routes]);
  // Connections to a dragged card leave their route (it leads to where the card was).
  const moved = drag?.ids;
  const touchesMoved = useCallback(
    (edge: ConnectionEdge) =>
      dragIds !== null && (dragIds.has(edge.source) || dragIds.has(edge.target)),
    [dragIds],
  );
  // What a drag step does not change, with the cards that stay: painted as one layer that
  // the painter keeps (and a worker is sent) once per edit or drag, not once per step.
  const base = useMemo(
    () => [
      ...still,
      ...connectionGroups(
        edges.filter((e) => !touchesMoved(e)),
        cards,
        routeOf,
      ),
    ],
    [still, edges, cards, routeOf, touchesMoved],
  );
  const live = useMemo((): MarkGroup[] => {
    const moving = drag ? markGroups(placed.filter((c) => drag.ids.has(c.id))) : [];
    const card = hovered === null ? undefined : cards.find((c) => c.id === hovered);
    const hover: MarkGroup[] = card
      ? [{ part: 'hover', look: 'normal', shapes: outline(card, MARK.SELECTION_GAP / 2) }]
      : [];
    const attached = drag ? edges.filter(touchesMoved) : [];
    return [...connectionGroups(attached, placed, routeOf, moved), ...moving, ...hover];
  }, [edges, placed, drag, hovered, cards, routeOf, moved, touchesMoved]);

  const labels = useMemo(
    () => markLabelRequests(edges, placed, routeOf, moved),
    [edges, placed, routeOf, moved],
  );

  const store = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const canvas = useRef<HTMLCanvasElement>(null);
  const painter = useRef<MarkPainter | null>(null);
  const layers = useMemo(() => [base, live], [base, live]);
  const ratio = window.devicePixelRatio || 1;

  // Declared first, so the effects below find the painter; the canvas is handed over once.
  useEffect(() => {
    const created = createMarkPainter(canvas.current!);
    canvas.current!.dataset.painter = created.where;
    painter.current = created;
    return () => created.dispose();
  }, []);

  // The theme's colours, again when the system switches between light and dark.
  useEffect(() => {
    const element = canvas.current!;
    const onChange = () => painter.current?.colours(resolveColours(element.parentElement!));
    onChange();
    const media = window.matchMedia(DARK);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    painter.current?.layers(layers);
  }, [layers]);

  useEffect(() => {
    const show = () => {
      const [x, y, zoom] = store.getState().transform;
      painter.current?.view({ x, y, zoom, width, height }, ratio);
    };
    show();
    return store.subscribe((state, previous) => {
      if (state.transform !== previous.transform) show();
    });
  }, [store, width, height, ratio]);

  return (
    <>
      <canvas
        ref={canvas}
        className="tm-marks"
        style={{ width, height }}
        aria-hidden="true"
        data-mark-count={cards.length}
        data-dragging={drag ? 'true' : 'false'}
      />
      <MarkLabels layout={layout} requests={labels} />
      {box ? (
        // React Flow's own look for its selection box, which nearer in does this job.
        <div
          className="react-flow__selection tm-mark-box"
          style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
        />
      ) : null}
    </>
  );
}

/** The full level's label letters at 100 % (edges.css), kept on screen nearer out. */
const COMPACT_LABEL_PX = 11;

/**
 * At the 'compact' level the cards are React Flow's nodes, but a connection label in
 * canvas units would be drawn under 11 px (card-levels.css hides it): the labels are
 * MarkLabels' ones, placed along the same routes as far out, their letters the size the
 * full level's have at 100 %, and kept off the cards, whose titles they would hide.
 */
function CompactLabels({ nodes, edges, layout }: MarkLayerProps) {
  const cards = useMemo(() => markCards(nodes), [nodes]);
  const routes = useRoutes();
  const requests = useMemo(
    () => markLabelRequests(edges, cards, (id) => routes.route(id)?.points ?? null),
    [edges, cards, routes],
  );
  return (
    <MarkLabels layout={layout} requests={requests} screenPx={COMPACT_LABEL_PX} cards={cards} />
  );
}

/**
 * Mounted at the 'marks' level, and for connection labels only at 'compact': nearer in,
 * React Flow draws the cards as nodes and the connections with their labels.
 */
export const MarkLayer = memo(function MarkLayer(props: MarkLayerProps) {
  const level = useDetailLevel();
  if (level === 'marks') return <Marks {...props} />;
  return level === 'compact' ? <CompactLabels {...props} /> : null;
});
