/** The review column: the Compare view, the reason a compare failed, or the Conflicts panel. */
import type { KeyboardEvent } from 'react';
import { ComparePanel } from './ComparePanel.tsx';
import { ConflictsPanel } from './ConflictsPanel.tsx';
import { ReviewHeader } from './ReviewHeader.tsx';
import type { Review } from './review-store.ts';
import { useReviewStore } from './review-context.tsx';
import './review.css';

export function ReviewPanel({ review }: { review: Review }) {
  const store = useReviewStore();
  // Esc inside the column closes it (on the map, the escape command does).
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    store.getState().show(null);
  }
  return (
    <aside
      className="tm-side rv-column"
      data-keyscope="panel"
      aria-label="Review"
      onKeyDown={onKeyDown}
    >
      {review.kind === 'compare' ? (
        <ComparePanel name={review.name} other={review.other} />
      ) : review.kind === 'conflicts' ? (
        <ConflictsPanel />
      ) : (
        <section className="pn-panel rv-panel" aria-label="Compare">
          <ReviewHeader title="Compare" />
          <p className="pn-error" role="alert">
            “{review.name}” cannot be compared
          </p>
          {review.lines.map((line, i) => (
            <p key={i} className="rv-problem">
              {line}
            </p>
          ))}
        </section>
      )}
    </aside>
  );
}
