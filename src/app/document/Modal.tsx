/**
 * A modal dialog on the native <dialog> element: the browser traps focus inside it, puts
 * it above everything, and turns Escape into a `cancel` event. Mounted only while shown.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onCancel: () => void;
  children: ReactNode;
  footer?: ReactNode;
  tone?: 'info' | 'warning' | 'error';
  className?: string;
  /** An alert dialog interrupts to report a problem or ask about one. */
  alert?: boolean;
}

export function Modal({
  title,
  onCancel,
  children,
  footer,
  tone = 'info',
  className,
  alert = false,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom has no showModal; the open attribute is enough there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const primary = dialog.querySelector<HTMLElement>('[data-autofocus]');
    primary?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`tm-dialog tm-dialog--${tone}${className ? ` ${className}` : ''}`}
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="tm-dialog-title">
        {title}
      </h2>
      <div id={bodyId} className="tm-dialog-body">
        {children}
      </div>
      {footer ? <div className="tm-dialog-footer">{footer}</div> : null}
    </dialog>
  );
}
