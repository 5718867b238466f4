/** The review column's title and its close button (Esc closes it too). */
import { ICONS } from '../../editor/icons.tsx';
import { useReviewStore } from './review-context.tsx';

export function ReviewHeader({ title }: { title: string }) {
  const review = useReviewStore();
  return (
    <div className="pn-panel-header">
      <h2 className="pn-panel-title">{title}</h2>
      <button
        type="button"
        className="tm-tool"
        aria-label={`Close ${title.toLowerCase()} (Esc)`}
        title={`Close (Esc)`}
        onClick={() => review.getState().show(null)}
      >
        {ICONS.close}
      </button>
    </div>
  );
}
