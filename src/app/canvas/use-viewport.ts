/**
 * Where the canvas looks: the opening view once React Flow knows its size, centring on a
 * card when something asks to reveal it (Tab, insights, search), and the zoom commands.
 */
import { useEffect, useRef } from 'react';
import { useReactFlow, useStore, type ReactFlowInstance } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import type { MapLayout } from '../../core/layout.ts';
import { useView } from '../store/context.tsx';
import { registerCommands } from '../editor/commands.ts';
import type { CardNode, ConnectionEdge } from './flow-model.ts';
import { MIN_OPENING_ZOOM, fitViewport, openingViewport } from './viewport.ts';
import type { TextSize } from '../../core/text-size.ts';
import { useTextSize } from '../preferences/use-text-size.ts';
import { detailLevel } from './detail-level.ts';

/** Above this many cards, a Fit out to the marks level is not animated (see `fitMap`). */
const ANIMATED_FIT_MAX_CARDS = 300;

const sizeSelector = (state: { width: number; height: number }) => ({
  width: state.width,
  height: state.height,
});

/** Fits the whole map in the window, headers included (see `fitViewport`). */
function fitMap(
  flow: Pick<ReactFlowInstance, 'setViewport'>,
  layout: MapLayout,
  size: { width: number; height: number },
  textSize: TextSize,
): void {
  if (size.width <= 0 || size.height <= 0) return;
  const target = fitViewport(layout, size, textSize);
  // Animating out to the marks level on a big map passes through the compact level with
  // hundreds of cards on screen, each mounted for a frame or two: seconds of work for a
  // 200 ms animation. Such a Fit jumps.
  const jump =
    layout.cards.length > ANIMATED_FIT_MAX_CARDS && detailLevel(target.zoom, textSize) === 'marks';
  void flow.setViewport(target, { duration: jump ? 0 : 200 });
}

/** React Flow's size, for Fit. */
function useFlowSize(): { width: number; height: number } {
  return useStore(sizeSelector, shallow);
}

/** Drives the viewport; returns React Flow's size (0 until it has measured itself). */
export function useViewport(layout: MapLayout): { width: number; height: number } {
  const flow = useReactFlow<CardNode, ConnectionEdge>();
  const reveal = useView((state) => state.reveal);
  const { width, height } = useFlowSize();
  const textSize = useTextSize();
  const opened = useRef(false);
  const revealed = useRef<number | null>(null);

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
        zoomFit: () => fitMap(flow, layout, { width, height }, textSize),
      }),
    [flow, layout, width, height, textSize],
  );

  return { width, height };
}
