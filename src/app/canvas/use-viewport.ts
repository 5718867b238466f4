/**
 * Where the canvas looks: the opening view once React Flow knows its size, centring on a
 * card when something asks to reveal it (Tab, insights, search), and the zoom commands.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useReactFlow, useStore, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import type { MapLayout } from '../../core/layout.ts';
import { useView } from '../store/context.tsx';
import { registerCommands } from '../editor/commands.ts';
import type { CardNode, ConnectionEdge } from './flow-model.ts';
import { MIN_OPENING_ZOOM, fitPlan, openingViewport } from './viewport.ts';
import type { TextSize } from '../../core/text-size.ts';
import { useTextSize } from '../preferences/use-text-size.ts';

const sizeSelector = (state: { width: number; height: number }) => ({
  width: state.width,
  height: state.height,
});

/**
 * Fits the whole map in the window, headers included (see `fitPlan`). A Fit that must take
 * the cards out of React Flow first hands its viewport to `dropNodesThen`.
 */
function fitMap(
  flow: Pick<ReactFlowInstance, 'setViewport' | 'getZoom'>,
  layout: MapLayout,
  size: { width: number; height: number },
  textSize: TextSize,
  dropNodesThen: (viewport: Viewport) => void,
): void {
  if (size.width <= 0 || size.height <= 0) return;
  const plan = fitPlan(layout, size, flow.getZoom(), textSize);
  if (plan.dropNodesFirst) dropNodesThen(plan.viewport);
  else void flow.setViewport(plan.viewport, { duration: plan.animate ? 200 : 0 });
}

/** React Flow's size, for Fit. */
function useFlowSize(): { width: number; height: number } {
  return useStore(sizeSelector, shallow);
}

export interface ViewportState {
  /** React Flow's size, 0 until it has measured itself. */
  width: number;
  height: number;
  /**
   * A Fit out to the marks level is taking the card nodes out of React Flow before it
   * zooms: the canvas hands it none.
   */
  nodesOff: boolean;
}

/** Drives the viewport. */
export function useViewport(layout: MapLayout): ViewportState {
  const flow = useReactFlow<CardNode, ConnectionEdge>();
  const reveal = useView((state) => state.reveal);
  const { width, height } = useFlowSize();
  const textSize = useTextSize();
  const opened = useRef(false);
  const revealed = useRef<number | null>(null);
  const [nodesOff, setNodesOff] = useState(false);

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
        zoomFit: () =>
          fitMap(flow, layout, { width, height }, textSize, (viewport) => {
            // A render with no card nodes, now: its effects (a sync render runs them before
            // flushSync returns) hand React Flow the empty list, so the zoom finds no cards.
            flushSync(() => setNodesOff(true));
            void flow.setViewport(viewport);
            // At the marks level now, the canvas hands React Flow no cards by itself.
            setNodesOff(false);
          }),
      }),
    [flow, layout, width, height, textSize],
  );

  return { width, height, nodesOff };
}
