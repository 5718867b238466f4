/**
 * A text field that edits a value of the document without making an undo step per key:
 * the draft is committed on Enter or when the field loses focus, as one edit. Escape puts
 * the stored value back. A value the rules refuse is not committed: the message shows
 * under the field and the document keeps its previous value.
 */
import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Field, join } from './fields.tsx';

export interface CommitTextProps {
  /** The visible label (or, with hideLabel, the accessible name only). */
  label: string;
  hideLabel?: boolean;
  value: string;
  /** Commits a changed, valid draft; returns an error message to show, or null. */
  onCommit: (value: string) => string | null;
  /** Extra rules: an error message, or null when the draft is fine. */
  validate?: (value: string) => string | null;
  /** An empty (or blank) draft is refused with "<label> cannot be empty." */
  required?: boolean;
  /** Longer drafts are refused with a message (not cut off silently). */
  maxLength?: number;
  /** Several lines: Enter commits, Shift+Enter starts a new line. */
  multiline?: boolean;
  /**
   * One line shown whole: the box wraps the text at spaces and grows a line at a time (a
   * list row's name), but a value never holds a line break: Enter commits, Shift+Enter does
   * nothing, and a pasted or dropped line break becomes a space. Not with `multiline`.
   */
  wrap?: boolean;
  /** Trim spaces at both ends before committing; default true for a single line. */
  trim?: boolean;
  placeholder?: string;
  hint?: string;
  className?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  /** After a successful commit, empty the field (for "add" rows). */
  clearOnCommit?: boolean;
  /** How the empty-value message names the field; default the label. */
  noun?: string;
  /** A tooltip on the input (e.g. the whole of a name too long for its box). */
  title?: string;
}

export function CommitText({
  label,
  hideLabel = false,
  value,
  onCommit,
  validate,
  required = false,
  maxLength,
  multiline = false,
  wrap = false,
  trim = !multiline,
  placeholder,
  hint,
  className,
  inputMode,
  clearOnCommit = false,
  noun,
  title,
}: CommitTextProps) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // The stored value changed under us (undo, another panel, the canvas): show it.
  if (value !== base) {
    setBase(value);
    setDraft(value);
    setError(null);
  }

  function problemWith(next: string): string | null {
    if (required && next.trim() === '') return `${noun ?? label} cannot be empty.`;
    if (maxLength !== undefined && next.length > maxLength) {
      return `At most ${maxLength} characters, this has ${next.length}.`;
    }
    return validate?.(next) ?? null;
  }

  function commit(): boolean {
    const next = trim ? draft.trim() : draft;
    if (next === value) {
      if (draft !== next) setDraft(next);
      setError(null);
      return true;
    }
    let problem = problemWith(next);
    if (problem === null) problem = onCommit(next);
    setError(problem);
    if (problem === null) {
      committed.current = next;
      setDraft(clearOnCommit ? '' : next);
    }
    return problem === null;
  }

  // A field can go away while it still has the focus and an edit in it (a click on the
  // canvas selects another card before the blur): a valid pending edit is committed then.
  const committed = useRef<string | null>(null);
  const flush = useRef<() => void>(() => {});
  useEffect(() => {
    flush.current = () => {
      const next = trim ? draft.trim() : draft;
      if (next !== value && next !== committed.current && problemWith(next) === null) {
        onCommit(next);
      }
    };
  });
  useEffect(() => () => flush.current(), []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      if (!event.shiftKey) {
        event.preventDefault();
        commit();
      } else if (wrap) {
        // A wrapped line takes no line break: Shift+Enter does nothing, as in an input.
        event.preventDefault();
      }
    } else if (event.key === 'Escape') {
      if (draft !== value || error !== null) {
        event.stopPropagation();
        setDraft(value);
        setError(null);
      }
    }
  }

  return (
    <Field label={label} hideLabel={hideLabel} hint={hint} problems={error} className={className}>
      {(control, classes) => {
        const common = {
          ...control,
          value: draft,
          placeholder,
          onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            setDraft(wrap ? oneLine(event.target) : event.target.value),
          onBlur: () => void commit(),
          onKeyDown,
          className: classes.input,
          title,
        } as const;
        return multiline ? (
          <textarea {...common} rows={2} />
        ) : wrap ? (
          <textarea
            {...common}
            className={join(classes.input, 'tm-one-line')}
            rows={1}
            inputMode={inputMode}
          />
        ) : (
          <input {...common} type="text" inputMode={inputMode} />
        );
      }}
    </Field>
  );
}

/**
 * The box's text with every line break made a space, written back to the box with the caret
 * and selection where they were (React, finding the box already showing the draft, leaves it
 * alone). A textarea's value holds a line break as one "\n", a pasted "\r\n" too, so the
 * text keeps its length.
 */
function oneLine(box: HTMLInputElement | HTMLTextAreaElement): string {
  const text = box.value;
  if (!/[\r\n]/.test(text)) return text;
  const { selectionStart, selectionEnd } = box;
  box.value = text.replace(/[\r\n]/g, ' ');
  if (selectionStart !== null && selectionEnd !== null) {
    box.setSelectionRange(selectionStart, selectionEnd);
  }
  return box.value;
}
