/**
 * The level of detail now (detail-level.ts), from React Flow's zoom and the text size
 * preference. A component using it re-renders when the level changes, not on every frame
 * of a zoom.
 *
 * Zooming out, a coarser level is shown at once: the finer one would cost more (more cards
 * in view) and its letters would fall under 11 px. Zooming in, the finer level waits until
 * the zoom has rested for SETTLE_MS: a wheel zoom that passes a threshold and comes back
 * mounts and unmounts hundreds of cards for nothing, and the coarser drawing stays legible
 * meanwhile (fewer words, never smaller letters). The canvas decides once
 * (`useSettledDetailLevel`) and hands the level to everything under it (`DetailLevelScope`).
 */
import { createContext, createElement, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useTextSize } from '../preferences/use-text-size.ts';
import { coarser, detailLevel, type DetailLevel } from './detail-level.ts';

const SETTLE_MS = 150;

const Settled = createContext<DetailLevel | null>(null);

function useLevelNow(skip = false): DetailLevel | null {
  const size = useTextSize();
  return useStore(
    useCallback(
      (state: ReactFlowState) => (skip ? null : detailLevel(state.transform[2], size)),
      [size, skip],
    ),
  );
}

/** The canvas's level: coarser at once, finer once the zoom rests. */
export function useSettledDetailLevel(): DetailLevel {
  const now = useLevelNow()!;
  const size = useTextSize();
  const store = useStoreApi();
  // The finest level allowed; lowered at once, raised only when the zoom has rested.
  const [allowed, setAllowed] = useState(now);
  // Lowered during the render (React's pattern for state that follows a value).
  if (now !== allowed && coarser(now, allowed) === now) setAllowed(now);
  const shown = coarser(now, allowed);

  useEffect(() => {
    if (coarser(now, allowed) === now) return;
    const rested = () => setAllowed(detailLevel(store.getState().transform[2], size));
    let timer = setTimeout(rested, SETTLE_MS);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform[2] === previous.transform[2]) return;
      clearTimeout(timer);
      timer = setTimeout(rested, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [now, allowed, store, size]);

  return shown;
}

/** Hands the canvas's level to the cards, labels and marks under it. */
export function DetailLevelScope({ level, children }: { level: DetailLevel; children: ReactNode }) {
  return createElement(Settled.Provider, { value: level }, children);
}

/** The canvas's level inside a DetailLevelScope; outside one (a lone card), the zoom's. */
export function useDetailLevel(): DetailLevel {
  const settled = useContext(Settled);
  const now = useLevelNow(settled !== null);
  return settled ?? now!;
}
