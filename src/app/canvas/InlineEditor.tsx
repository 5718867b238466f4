/**
 * The text field that edits on the map, in place (a card's title, a connection's label):
 * focused and selected at once, Enter or leaving it keeps the text, Escape cancels, and
 * the keyboard then goes back to the map, so arrows and Tab go on working.
 */
import { useRef } from 'react';
import { inlineEditKeyDown } from './inline-edit.ts';

export function InlineEditor({
  className,
  initial,
  maxLength,
  label,
  placeholder,
  onCommit,
  onClose,
}: {
  className: string;
  initial: string;
  maxLength: number;
  /** Its accessible name, which also says which keys do what. */
  label: string;
  placeholder?: string;
  /** The trimmed text, when it was kept and differs from `initial`. */
  onCommit: (next: string) => void;
  /** Editing ends (kept, cancelled or left). */
  onClose: () => void;
}) {
  // Enter, Escape and the blur that follows them must finish only once.
  const finished = useRef(false);

  function finish(input: HTMLInputElement, commit: boolean) {
    if (finished.current) return;
    finished.current = true;
    const next = input.value.trim();
    if (commit && next !== initial) onCommit(next);
    const canvas = input.closest<HTMLElement>('.tm-canvas');
    onClose();
    // Back on the canvas without its focus frame: the edited card stays selected and marked,
    // and the frame would repaint the whole canvas after every Enter (a title commit on a
    // 1,500-card map re-rastered every tile of it).
    canvas?.focus({ preventScroll: true, focusVisible: false });
  }

  return (
    <input
      className={`${className} nodrag nopan nowheel`}
      defaultValue={initial}
      maxLength={maxLength}
      placeholder={placeholder}
      aria-label={label}
      // Just asked for: the field is where the user's typing goes.
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={(event) => inlineEditKeyDown(event, finish)}
      onBlur={(event) => finish(event.currentTarget, true)}
    />
  );
}
