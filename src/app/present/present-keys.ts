/**
 * The keys of presentation mode, as a pure mapping (a key in, a step out) so the rules are
 * tested without a browser: the keys a presenter's clicker sends (PageUp/PageDown), the
 * arrows, Space and Shift+Space, Home and End, Escape to leave.
 */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'ignore';

export interface PresentKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function presentAction(event: PresentKey): PresentAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    // F5 again would reload the page under the presentation.
    case 'F5':
      return 'ignore';
    default:
      return null;
  }
}

/** The slide an action leads to, kept inside 0..count-1. */
export function stepSlide(index: number, count: number, action: PresentAction): number {
  const last = Math.max(0, count - 1);
  switch (action) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return Math.min(last, Math.max(0, index));
  }
}
