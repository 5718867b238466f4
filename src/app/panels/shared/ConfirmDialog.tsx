/**
 * An accessible modal confirmation: rendered over everything (a portal on <body>), focus
 * moved inside and kept there (Tab wraps), Escape or Cancel cancels, focus goes back to
 * where it was when it closes. Keys pressed inside do not reach the editor's shortcuts. It is
 * an open <dialog> element (not showModal: this component draws its own backdrop), so the
 * editor's `dialog[open]` check knows a modal owns the keyboard.
 *
 *   <ConfirmDialog title="Delete stage?" message="…" confirmLabel="Delete"
 *     onConfirm={…} onCancel={…} extra={<fieldset>…</fieldset>} />
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** More content between the message and the buttons (choices, a field). */
  extra?: ReactNode;
  /** Style the confirm button as destructive; default true. */
  destructive?: boolean;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  onCancel,
  extra,
  destructive = true,
}: ConfirmDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // The least destructive choice has the focus, so Enter never deletes by surprise.
    cancelRef.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  useEffect(() => {
    // Focus that leaves the dialog (a click outside, a screen reader) is brought back.
    const onFocusIn = (event: FocusEvent) => {
      const dialog = dialogRef.current;
      if (dialog && event.target instanceof Node && !dialog.contains(event.target)) {
        cancelRef.current?.focus();
      }
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="pn-dialog-backdrop" onMouseDown={(event) => event.preventDefault()}>
      <dialog
        ref={dialogRef}
        open
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-message`}
        className="pn-dialog"
        onKeyDown={onKeyDown}
        onMouseDown={(event) => event.stopPropagation()}
      >
        <h2 id={`${id}-title`} className="pn-dialog-title">
          {title}
        </h2>
        <div id={`${id}-message`} className="pn-dialog-message">
          {message}
        </div>
        {extra ? <div className="pn-dialog-extra">{extra}</div> : null}
        <div className="pn-dialog-buttons">
          <button ref={cancelRef} type="button" className="pn-button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button
            type="button"
            className={`pn-button ${destructive ? 'pn-button-danger' : 'pn-button-primary'}`}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </div>,
    document.body,
  );
}
