/**
 * Hover, click, drag, double-click and the selection box on the 'marks' level, where cards
 * are painted on one canvas and have no element of their own (MarkLayer.tsx). Listens on
 * React Flow's root in the capture phase: a press on a mark, or with Shift on the
 * background, is taken before React Flow sees it (so it does not start a pan, nor React
 * Flow's own selection box, which sees no nodes at this level); any other press goes on as
 * usual. Letting go of a dragged mark commits one `moveTouchpoints`, as letting go of a
 * dragged card node does; letting go of a box selects the cards it touches.
 */
import { useEffect, useRef, useState } from 'react';
import { useReactFlow, useStoreApi, type XYPosition } from '@xyflow/react';
import type { MapLayout } from '../../core/layout.ts';
import type { EditContext } from '../editor/edit-actions.ts';
import { commitDrop, useDropTarget } from './use-shown-map.ts';

import {
  boxBetween,
  dragOffset,
  draggedCards,
  markAt,
  marksInBox,
  selectionOnClick,
  selectionOnPress,
  type MarkBox,
  type MarkRect,
} from './mark-pointer.ts';

export interface MarkDrag {
  ids: ReadonlySet<string>;
  offset: XYPosition;
}

/** Let go: painted where it was let go until the canvas draws the map after the drop. */
type HeldDrag = MarkDrag & { dropped?: true };

interface Press {
  id: string;
  start: XYPosition;
  additive: boolean;
  drag: MarkDrag | null;
}

/** A Shift+drag from the background: where it started, in screen and canvas coordinates. */
interface BoxPress {
  start: XYPosition;
  from: XYPosition;
  moved: boolean;
}

const additiveKey = (e: MouseEvent) => e.shiftKey || e.metaKey || e.ctrlKey;

export function useMarkPointer(
  ctx: EditContext,
  layout: MapLayout,
  cards: readonly MarkRect[],
  /** The zoom a double-click zooms in to: where cards are drawn in full. */
  fullZoom: number,
): { hovered: string | null; drag: MarkDrag | null; box: MarkBox | null } {
  const store = useStoreApi();
  const flow = useReactFlow();
  const [hovered, setHovered] = useState<string | null>(null);
  const [drag, setDrag] = useState<HeldDrag | null>(null);
  const drop = useDropTarget();
  // The selection box on screen (px from React Flow's corner), while Shift+dragging.
  const [box, setBox] = useState<MarkBox | null>(null);
  // The listeners live as long as the layer; what they read changes with every edit.
  const latest = useRef({ ctx, layout, cards, fullZoom, drop });
  useEffect(() => {
    latest.current = { ctx, layout, cards, fullZoom, drop };
  }, [ctx, layout, cards, fullZoom, drop]);

  useEffect(() => {
    const root = store.getState().domNode;
    const pane = root?.querySelector<HTMLElement>('.react-flow__pane');
    if (!root || !pane) return;
    let press: Press | null = null;
    let boxPress: BoxPress | null = null;
    let swallowClick = false;

    const hit = (event: MouseEvent): string | null => {
      if (!(event.target instanceof Element) || !event.target.closest('.react-flow__pane')) {
        return null;
      }
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      return markAt(latest.current.cards, point);
    };
    const selected = () => latest.current.ctx.view.getState().selection.touchpoints;
    const select = (touchpoints: string[]) =>
      latest.current.ctx.view.getState().select({ touchpoints, connections: [] });

    let hoveredId: string | null = null;
    const hover = (id: string | null) => {
      if (id === hoveredId) return;
      hoveredId = id;
      setHovered(id);
      const title =
        id &&
        latest.current.ctx.document.getState().map.touchpoints.find((t) => t.id === id)?.title;
      if (title) pane.title = title;
      else pane.removeAttribute('title');
      pane.style.cursor = id ? 'pointer' : '';
    };

    const onHover = (event: PointerEvent) => {
      if (press === null && boxPress === null && event.buttons === 0) hover(hit(event));
    };

    const onMove = (event: PointerEvent) => {
      if (press === null) return;
      const offset = dragOffset(
        press.start,
        { x: event.clientX, y: event.clientY },
        flow.getZoom(),
      );
      if (offset === null && press.drag === null) return;
      press.drag = {
        ids: press.drag?.ids ?? new Set(draggedCards(selected(), press.id)),
        offset: offset ?? { x: 0, y: 0 },
      };
      setDrag(press.drag);
    };

    const onUp = () => {
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onUp, true);
      const done = press;
      press = null;
      if (done === null) return;
      const { ctx: c, cards: all, drop: target } = latest.current;
      if (done.drag === null) {
        select(selectionOnClick(selected(), done.id, done.additive));
        c.ui.getState().setPasteAnchor(null);
        return;
      }
      const { ids, offset } = done.drag;
      commitDrop(
        c,
        target,
        all
          .filter((card) => ids.has(card.id))
          .map((card) => ({
            id: card.id,
            position: { x: card.x + offset.x, y: card.y + offset.y },
          })),
        () => setDrag({ ids, offset, dropped: true }),
      );
    };

    const onBoxMove = (event: PointerEvent) => {
      if (boxPress === null) return;
      const now = { x: event.clientX, y: event.clientY };
      if (!boxPress.moved && dragOffset(boxPress.start, now, 1) === null) return;
      boxPress.moved = true;
      const corner = root.getBoundingClientRect();
      const onScreen = boxBetween(boxPress.start, now);
      setBox({ ...onScreen, x: onScreen.x - corner.left, y: onScreen.y - corner.top });
    };

    const onBoxUp = (event: PointerEvent) => {
      window.removeEventListener('pointermove', onBoxMove, true);
      window.removeEventListener('pointerup', onBoxUp, true);
      const done = boxPress;
      boxPress = null;
      setBox(null);
      if (done === null || !done.moved) return;
      // A box let go is not a click on the background (which would set the paste place).
      swallowClick = true;
      const to = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      select(marksInBox(latest.current.cards, boxBetween(done.from, to)));
    };

    /** Shift+press on the background: a selection box of our own. */
    const startBox = (event: PointerEvent) => {
      event.stopPropagation();
      event.preventDefault();
      root.closest<HTMLElement>('.tm-canvas')?.focus({ preventScroll: true });
      const start = { x: event.clientX, y: event.clientY };
      boxPress = { start, from: flow.screenToFlowPosition(start), moved: false };
      hover(null);
      window.addEventListener('pointermove', onBoxMove, true);
      window.addEventListener('pointerup', onBoxUp, true);
    };

    const onDown = (event: PointerEvent) => {
      swallowClick = false;
      if (event.button !== 0 || press !== null || boxPress !== null) return;
      const id = hit(event);
      if (id === null) {
        const onPane = event.target instanceof Element && event.target.closest('.react-flow__pane');
        if (event.shiftKey && onPane) startBox(event);
        return;
      }
      // Ours: no pan (its mouse events are not sent once pointerdown is cancelled), no
      // pane click, no selection box.
      event.stopPropagation();
      event.preventDefault();
      root.closest<HTMLElement>('.tm-canvas')?.focus({ preventScroll: true });
      const additive = additiveKey(event);
      press = { id, start: { x: event.clientX, y: event.clientY }, additive, drag: null };
      swallowClick = true;
      select(selectionOnPress(selected(), id, additive));
      hover(null);
      window.addEventListener('pointermove', onMove, true);
      window.addEventListener('pointerup', onUp, true);
    };

    const onClick = (event: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.stopPropagation();
    };

    // Far out a card has no title to edit: double-click zooms in to it (where it has one).
    const onDoubleClick = (event: MouseEvent) => {
      const id = hit(event);
      if (id === null) return;
      event.stopPropagation();
      const card = latest.current.cards.find((c) => c.id === id)!;
      void flow.setCenter(card.x + card.width / 2, card.y + card.height / 2, {
        zoom: latest.current.fullZoom,
        duration: 200,
      });
    };

    const onLeave = () => {
      if (press === null) hover(null);
    };

    root.addEventListener('pointermove', onHover);
    root.addEventListener('pointerdown', onDown, true);
    root.addEventListener('click', onClick, true);
    root.addEventListener('dblclick', onDoubleClick, true);
    root.addEventListener('pointerleave', onLeave);
    return () => {
      root.removeEventListener('pointermove', onHover);
      root.removeEventListener('pointerdown', onDown, true);
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('dblclick', onDoubleClick, true);
      root.removeEventListener('pointerleave', onLeave);
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('pointermove', onBoxMove, true);
      window.removeEventListener('pointerup', onBoxUp, true);
      pane.removeAttribute('title');
      pane.style.cursor = '';
    };
  }, [store, flow]);

  // A drag let go of and settled is left as it is (the next press starts afresh).
  const held = drag !== null && (drag.dropped !== true || drop.settling) ? drag : null;
  return { hovered, drag: held, box };
}
