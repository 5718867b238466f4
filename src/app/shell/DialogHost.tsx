/** Shows the dialog that document actions are waiting on (see dialogs.ts). */
import { useStore } from 'zustand';
import type { Dialogs } from './dialogs.ts';
import { Modal } from '../ui/Modal.tsx';

export function DialogHost({ dialogs }: { dialogs: Dialogs }) {
  const current = useStore(dialogs.store, (state) => state.current);
  if (current === null) return null;
  const { spec } = current;
  const primary = spec.buttons.find((b) => b.kind === 'primary') ?? spec.buttons[0];
  return (
    <Modal
      // A new dialog is a new element: focus and the native modal state start afresh.
      key={current.id}
      title={spec.title}
      tone={spec.tone}
      alert={spec.tone === 'error' || spec.tone === 'warning'}
      onCancel={() => dialogs.answer(spec.cancelValue)}
      footer={spec.buttons.map((button) => (
        <button
          key={button.value}
          type="button"
          className={`tm-button tm-button--${button.kind ?? 'default'}`}
          data-autofocus={button === primary ? '' : undefined}
          onClick={() => dialogs.answer(button.value)}
        >
          {button.label}
        </button>
      ))}
    >
      {spec.lines?.map((line, i) => (
        <p key={i} className="tm-dialog-line">
          {line}
        </p>
      ))}
      {spec.details && spec.details.length > 0 ? (
        <ol className="tm-problem-list" aria-label="Problems found">
          {spec.details.map((detail, i) => (
            <li key={i} className="tm-problem">
              {detail.path ? <code className="tm-problem-path">{detail.path}</code> : null}
              <span className="tm-problem-message">{detail.message}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {spec.footnote ? <p className="tm-dialog-footnote">{spec.footnote}</p> : null}
    </Modal>
  );
}
