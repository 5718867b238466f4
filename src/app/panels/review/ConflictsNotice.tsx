/** The status line's "N merge conflicts to resolve", opening the Conflicts panel. */
import './review.css';
import { useDocument } from '../../store/context.tsx';
import { useReviewStore } from './review-context.tsx';

export function ConflictsNotice() {
  const count = useDocument((state) => state.map.conflicts?.length ?? 0);
  const review = useReviewStore();
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="rv-notice"
      onClick={() => review.getState().show({ kind: 'conflicts' })}
    >
      {count === 1 ? '1 merge conflict' : `${count} merge conflicts`} to resolve
    </button>
  );
}
