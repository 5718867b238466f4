/**
 * A confirmation on the app's one Modal: a question, what it will do, optional choices, and
 * two buttons. The least destructive choice (Cancel) has the focus, so Enter never deletes
 * by surprise; Escape cancels.
 *
 *   <ConfirmDialog title="Delete stage?" message="…" confirmLabel="Delete"
 *     onConfirm={…} onCancel={…} extra={<fieldset>…</fieldset>} />
 */
import { useId, type ReactNode } from 'react';
import { Modal } from './Modal.tsx';

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
  const messageId = useId();
  return (
    <Modal
      title={title}
      className="tm-confirm"
      onCancel={onCancel}
      describedBy={messageId}
      footer={
        <>
          <button type="button" className="pn-button" onClick={onCancel} data-autofocus="">
            {cancelLabel}
          </button>
          <button
            type="button"
            className={`pn-button ${destructive ? 'pn-button-danger' : 'pn-button-primary'}`}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <div id={messageId} className="tm-confirm-message">
        {message}
      </div>
      {extra ? <div className="tm-confirm-extra">{extra}</div> : null}
    </Modal>
  );
}
