/**
 * The app's one modal dialog. A native <dialog> opened with showModal where the browser has it
 * (the page behind turns inert, the dialog sits above everything on a ::backdrop), rendered on
 * <body> so no panel's overflow or click handlers reach it, and kept `open` so the editor's
 * `dialog[open]` check knows a modal owns the keyboard.
 *
 * Labelled by its title and described by its body (or `describedBy`); focus goes to the
 * `[data-autofocus]` element (else the first control), stays inside (Tab wraps, focus that
 * leaves is brought back) and returns where it was on close. Escape closes unless `busy`.
 * Keys pressed inside do not reach the editor's shortcuts. Only the top modal of a stack
 * (a confirmation over a dialog) holds the focus.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './modal.css';

export interface ModalProps {
  title: string;
  /** Escape, and the host's Cancel or Close buttons. */
  onCancel: () => void;
  children: ReactNode;
  footer?: ReactNode;
  tone?: 'info' | 'warning' | 'error';
  className?: string;
  /** An alert dialog interrupts to report a problem or ask about one. */
  alert?: boolean;
  /** While true, Escape does nothing (a save in progress must finish or fail first). */
  busy?: boolean;
  /** The id of what describes the dialog; default its whole body. */
  describedBy?: string;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Open modals, innermost last: only the last one traps the focus. */
const stack: HTMLDialogElement[] = [];

const focusables = (dialog: HTMLElement): HTMLElement[] =>
  [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.hidden && element.closest('fieldset:disabled') === null,
  );

function focusStart(dialog: HTMLDialogElement): void {
  const target =
    dialog.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)') ??
    focusables(dialog)[0] ??
    dialog;
  target.focus();
}

export function Modal({
  title,
  onCancel,
  children,
  footer,
  tone = 'info',
  className,
  alert = false,
  busy = false,
  describedBy,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute is enough there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    stack.push(dialog);
    focusStart(dialog);

    // Focus that leaves the dialog (a click outside, a screen reader) is brought back.
    const onFocusIn = (event: FocusEvent) => {
      if (stack.at(-1) !== dialog) return;
      if (event.target instanceof Node && !dialog.contains(event.target)) focusStart(dialog);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      stack.splice(stack.indexOf(dialog), 1);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    event.stopPropagation();
    const dialog = ref.current;
    if (!dialog || stack.at(-1) !== dialog) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!busy) onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const list = focusables(dialog);
    const first = list[0];
    const last = list.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <dialog
      ref={ref}
      className={`tm-dialog tm-dialog--${tone}${className ? ` ${className}` : ''}`}
      role={alert ? 'alertdialog' : 'dialog'}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy ?? bodyId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onMouseDown={(event) => event.stopPropagation()}
      // Escape arrives as a keydown first (handled above, so no close request follows); other
      // close requests ask the host too, whose state, not the browser, closes the dialog.
      onCancel={(event) => {
        event.preventDefault();
        if (!busy && stack.at(-1) === ref.current) onCancel();
      }}
    >
      <h2 id={titleId} className="tm-dialog-title">
        {title}
      </h2>
      <div id={bodyId} className="tm-dialog-body">
        {children}
      </div>
      {footer ? <div className="tm-dialog-footer">{footer}</div> : null}
    </dialog>,
    document.body,
  );
}
