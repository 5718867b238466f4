/** Asked once in the browser when the preferences have no name: what the others see. */
import { useState } from 'react';
import { Modal } from '../ui/Modal.tsx';
import { NAME_LIMIT, cleanName } from './presence.ts';

export function NamePrompt({ onName }: { onName: (name: string) => void }) {
  const [name, setName] = useState('');
  const clean = cleanName(name);
  const submit = () => {
    if (clean) onName(clean);
  };
  return (
    <Modal
      title="Join the session"
      onCancel={() => onName('Guest')}
      footer={
        <button
          type="submit"
          form="tm-session-name"
          className="tm-button tm-button--primary"
          disabled={!clean}
        >
          Join
        </button>
      }
    >
      <form
        id="tm-session-name"
        className="tm-session-name-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor="tm-session-name-input">Your name, shown beside your pointer</label>
        <input
          id="tm-session-name-input"
          data-autofocus
          value={name}
          maxLength={NAME_LIMIT}
          autoComplete="name"
          onChange={(event) => setName(event.target.value)}
        />
      </form>
    </Modal>
  );
}
