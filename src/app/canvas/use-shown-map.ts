/**
 * The map the canvas draws: the document's own, at once (a renamed card is painted in the
 * frame of its Enter), except just after a drop. Letting go of cards on a big map lays out
 * the grid, the curve and every connection's route again, more than a frame's work at
 * 1,500 cards; so from the drop until that work is done the canvas keeps drawing the map
 * as it was (the dropped cards held where they were let go, use-node-changes.ts) while
 * React lays out the new one in the background (useDeferredValue), in slices between
 * frames, and shows it whole when it is ready.
 */
import { createContext, useCallback, useContext, useDeferredValue, useState } from 'react';
import { flushSync } from 'react-dom';
import type { JourneyMap } from '../../core/model.ts';
import { useDocument } from '../store/context.tsx';
import type { EditContext } from '../editor/edit-actions.ts';
import { commitDraggedCards } from './canvas-edits.ts';
import type { DroppedCard } from './placement.ts';
import { layoutOf } from './stable-layout.ts';

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
  const [drop, setDrop] = useState<Drop | null>(null);
  // Deferred only while a drop waits, so no other edit costs a second, background render.
  // In the drop's own (urgent) render this is still the value from before (null); React
  // then renders again in the background, where it is the drop's map: caught up.
  const caughtUp = useDeferredValue(drop === null ? null : drop.to) === drop?.to;
  // Only while the document is the drop's own result: an undo or another edit meanwhile is
  // drawn at once, as any edit is.
  const settling = drop !== null && live === drop.to && !caughtUp;
  // Over (caught up, undone or overtaken): forgotten during this render, as React allows
  // for state that follows other values.
  if (drop !== null && !settling) setDrop(null);
  const dropped = useCallback(
    (from: JourneyMap, to: JourneyMap | null) => setDrop(to === null ? null : { from, to }),
    [],
  );
  return { map: settling ? drop.from : live, settling, dropped };
}

/** What a drag needs of the shown map to let go: whether a drop is settling, and `dropped`. */
export type DropTarget = Pick<ShownMap, 'settling' | 'dropped'>;

/** Outside a canvas (a layer rendered on its own in a test) a drop is drawn at once. */
const DropContext = createContext<DropTarget>({ settling: false, dropped: () => {} });
export const DropProvider = DropContext.Provider;
export const useDropTarget = (): DropTarget => useContext(DropContext);

/**
 * Commits cards let go after a drag (one `moveTouchpoints`) in one render with `hold` (the
 * drag's own state update keeping the cards where they were let go) and the canvas told to
 * draw the new map in the background.
 */
export function commitDrop(
  ctx: EditContext,
  target: DropTarget,
  cards: readonly DroppedCard[],
  hold: () => void,
): void {
  const from = ctx.document.getState().map;
  flushSync(() => {
    hold();
    // The document's layout, not the drawn one: a drop soon after another one can come
    // before the canvas has caught up.
    const committed = commitDraggedCards(ctx, layoutOf(from), cards);
    target.dropped(from, committed ? ctx.document.getState().map : null);
  });
}
