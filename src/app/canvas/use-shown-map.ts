/**
 * The map the canvas draws: the document's own, at once (a renamed card is painted in the
 * frame of its Enter), except just after a drop. Letting go of cards on a big map lays out
 * the grid, the curve and every connection's route again, more than a frame's work at
 * 1,500 cards; so from the drop until that work is done the canvas keeps drawing the map
 * as it was (the dropped cards held where they were let go, use-node-changes.ts) while
 * React lays out the new one in the background (useDeferredValue), in slices between
 * frames, and shows it whole when it is ready.
 */
import { useCallback, useDeferredValue, useState } from 'react';
import type { JourneyMap } from '../../core/model.ts';
import { useDocument } from '../store/context.tsx';

export interface ShownMap {
  map: JourneyMap;
  /** A drop is committed and the canvas still draws the map from before it. */
  settling: boolean;
  /**
   * Call in the same flushSync as the commit of a drop made on `from`, with the map it made
   * (null when it changed nothing), so both reach React in one render.
   */
  dropped: (from: JourneyMap, to: JourneyMap | null) => void;
}

interface Drop {
  from: JourneyMap;
  to: JourneyMap;
}

export function useShownMap(): ShownMap {
  const live = useDocument((state) => state.map);
  const deferred = useDeferredValue(live);
  const [drop, setDrop] = useState<Drop | null>(null);
  // Only while the document is the drop's own result: an undo or another edit meanwhile is
  // drawn at once, as any edit is.
  const settling = drop !== null && live === drop.to && deferred === drop.from;
  // Over (caught up, undone or overtaken): forgotten during this render, as React allows
  // for state that follows other values.
  if (drop !== null && !settling) setDrop(null);
  const dropped = useCallback(
    (from: JourneyMap, to: JourneyMap | null) => setDrop(to === null ? null : { from, to }),
    [],
  );
  return { map: settling ? deferred : live, settling, dropped };
}
