/**
 * Tells the others where this participant is: their name and colour once, then the pointer
 * over the map (in map coordinates), the selection and the viewport, each throttled so a
 * drag or a pan is a few messages a second, not sixty.
 */
import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';
import type { ViewStore } from '../store/view-store.ts';
import {
  presenceColor,
  readParticipants,
  type SessionMode,
  type SharedViewport,
} from './presence.ts';
import { throttle } from './throttle.ts';

const CURSOR_MS = 50;
const VIEWPORT_MS = 100;

export function usePresenceBroadcast(options: {
  awareness: Awareness;
  name: string | null;
  mode: SessionMode;
  host: boolean;
  view: ViewStore;
  /** The element the map is drawn in (pointer positions are read over it). */
  pane: HTMLElement | null;
}): void {
  const { awareness, name, mode, host, view, pane } = options;
  const flow = useReactFlow();
  const flowStore = useStoreApi();

  useEffect(() => {
    if (name === null) return;
    const joined = Date.now();
    const othersColors = () =>
      readParticipants(awareness.getStates(), awareness.clientID)
        .filter((p) => !p.self && p.joined <= joined)
        .map((p) => p.color);
    awareness.setLocalState({
      name,
      color: presenceColor(awareness.clientID, othersColors()),
      mode,
      host,
      joined,
      cursor: null,
      selection: [...view.getState().selection.touchpoints],
      viewport: null,
    });
    // Others' states may arrive after ours was set: whoever joined later gives way.
    const recolor = () => {
      const taken = othersColors();
      const mine = awareness.getLocalState()?.color;
      if (typeof mine === 'string' && taken.includes(mine)) {
        awareness.setLocalStateField('color', presenceColor(awareness.clientID, taken));
      }
    };
    awareness.on('change', recolor);
    const sendViewport = throttle((viewport: SharedViewport) => {
      awareness.setLocalStateField('viewport', viewport);
    }, VIEWPORT_MS);
    const readViewport = () => {
      const { transform, width, height } = flowStore.getState();
      if (width <= 0 || height <= 0) return;
      sendViewport({ x: transform[0], y: transform[1], zoom: transform[2], width, height });
    };
    readViewport();
    const stopViewport = flowStore.subscribe(readViewport);
    const stopSelection = view.subscribe((state, previous) => {
      if (state.selection.touchpoints !== previous.selection.touchpoints) {
        awareness.setLocalStateField('selection', [...state.selection.touchpoints]);
      }
    });
    return () => {
      awareness.off('change', recolor);
      stopViewport();
      stopSelection();
      sendViewport.cancel();
      awareness.setLocalState(null);
    };
  }, [awareness, name, mode, host, view, flowStore]);

  useEffect(() => {
    if (name === null || pane === null) return;
    const sendCursor = throttle((cursor: { x: number; y: number } | null) => {
      awareness.setLocalStateField('cursor', cursor);
    }, CURSOR_MS);
    const onMove = (event: PointerEvent) =>
      sendCursor(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    const onLeave = () => sendCursor(null);
    pane.addEventListener('pointermove', onMove);
    pane.addEventListener('pointerleave', onLeave);
    return () => {
      pane.removeEventListener('pointermove', onMove);
      pane.removeEventListener('pointerleave', onLeave);
      sendCursor.cancel();
    };
  }, [awareness, name, pane, flow]);
}
