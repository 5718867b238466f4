/** React access to the review store of the open editor (review-store.ts). */
import { createContext, useContext, type ReactNode } from 'react';
import type { ReviewStore } from './review-store.ts';

const ReviewContext = createContext<ReviewStore | null>(null);

export function ReviewProvider({ store, children }: { store: ReviewStore; children: ReactNode }) {
  return <ReviewContext.Provider value={store}>{children}</ReviewContext.Provider>;
}

export function useReviewStore(): ReviewStore {
  const store = useContext(ReviewContext);
  if (!store) throw new Error('useReview outside a ReviewProvider');
  return store;
}
