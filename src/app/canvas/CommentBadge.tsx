/**
 * The count of unresolved comment threads on a card or a header. Drawn only at the levels
 * where cards show their details: the caller decides; this only draws.
 */
import './comment-badge.css';

export function CommentBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  const words = `${count} unresolved comment${count === 1 ? '' : 's'}`;
  return (
    <span className="tm-comment-badge" title={words} aria-label={words} data-comments={count}>
      <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M2.25 3.25a1.5 1.5 0 0 1 1.5-1.5h8.5a1.5 1.5 0 0 1 1.5 1.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 2.75v-2.75h-.25a1.5 1.5 0 0 1-1.5-1.5z"
          fill="currentColor"
        />
      </svg>
      {count}
    </span>
  );
}
