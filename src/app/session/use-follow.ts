/**
 * Following another participant's viewport. An editor follows whom they clicked in the
 * participants list until they pan, zoom or press Esc; a view link always follows the
 * presenter (presence.ts: presenterOf), so the projector shows what the facilitator shows.
 */
import { useEffect, useRef, useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { MAX_ZOOM, MIN_ZOOM } from '../canvas/viewport.ts';
import { followViewport, viewportMoved, type MapExtent } from './follow-viewport.ts';
import { presenterOf, type Participant, type SessionMode } from './presence.ts';

export interface Follow {
  /** Whom the view follows now; null for nobody. */
  following: Participant | null;
  /** Follows a participant (editors only); again, or null, stops. */
  follow(clientId: number | null): void;
}

export function useFollow(
  participants: readonly Participant[],
  mode: SessionMode,
  pane: HTMLElement | null,
  /** The map's extent: where the followed view reaches its edge, the follower aligns to it. */
  map: MapExtent,
): Follow {
  const [chosen, setChosen] = useState<number | null>(null);
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const applied = useRef<{ x: number; y: number; zoom: number } | null>(null);
  const following =
    mode === 'view'
      ? presenterOf(participants)
      : (participants.find((p) => p.clientId === chosen && !p.self) ?? null);
  const target = following?.viewport ?? null;

  useEffect(() => {
    if (target === null) return;
    const { width, height } = flowStore.getState();
    if (width <= 0 || height <= 0) return;
    const next = followViewport(target, { width, height }, { min: MIN_ZOOM, max: MAX_ZOOM }, map);
    if (!viewportMoved(applied.current, next)) return;
    applied.current = next;
    void flow.setViewport(next, { duration: 120 });
  }, [target, map, flow, flowStore]);

  // A pan, a zoom or Esc of one's own ends following (a view link cannot stop).
  useEffect(() => {
    if (mode === 'view' || chosen === null || pane === null) return;
    const stop = (event: Event) => {
      // The participants panel sits over the map: its clicks choose whom to follow.
      if (event.target instanceof Element && event.target.closest('.tm-session-panel')) return;
      setChosen(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setChosen(null);
    };
    pane.addEventListener('wheel', stop, { passive: true });
    pane.addEventListener('pointerdown', stop);
    window.addEventListener('keydown', onKey);
    return () => {
      pane.removeEventListener('wheel', stop);
      pane.removeEventListener('pointerdown', stop);
      window.removeEventListener('keydown', onKey);
    };
  }, [mode, chosen, pane]);

  return {
    following,
    follow: (clientId) => {
      applied.current = null;
      setChosen((current) => (clientId === current ? null : clientId));
    },
  };
}
