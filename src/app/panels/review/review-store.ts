/**
 * What the review column shows: the Compare view (the open map against another copy) or the
 * Conflicts panel (the merge conflicts the open map carries). View state of one editor: never
 * saved, never an undo step. While either shows, it takes the side panel's place.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { JourneyMap } from '../../../core/model.ts';

export type Review =
  /** `other`: the map compared against (the "before" side); `name`: where it came from. */
  | { kind: 'compare'; name: string; other: JourneyMap }
  /** The chosen file is not a map this version reads: why, line by line. */
  | { kind: 'compare-failed'; name: string; lines: string[] }
  | { kind: 'conflicts' };

export interface ReviewState {
  review: Review | null;
  show: (review: Review | null) => void;
}

export type ReviewStore = StoreApi<ReviewState>;

/** Opens on the Conflicts panel when the map arrives with conflicts to resolve. */
export function createReviewStore(map: JourneyMap): ReviewStore {
  const conflicts = (map.conflicts ?? []).length > 0;
  return createStore<ReviewState>()((set) => ({
    review: conflicts ? { kind: 'conflicts' } : null,
    show: (review) => set({ review }),
  }));
}
