/**
 * File › Join Session… (desktop): the sessions found on this network, refreshed while the
 * dialog is open, and a field for the link the host handed out. Hosts broadcast their name
 * and address but never the session's key, so a found session shows who is hosting where;
 * the link (or its QR code) is what lets someone in. Enter joins, Escape closes.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { FoundSessionInfo, JoinSessionResult } from '../../ipc/session-contract.ts';
import { readSessionLink } from '../../session/links.ts';
import { Modal } from '../ui/Modal.tsx';
import './join-dialog.css';

export interface JoinSessionPort {
  found(): Promise<FoundSessionInfo[]>;
  join(link: string): Promise<JoinSessionResult>;
}

export interface JoinDialogProps {
  sessions: JoinSessionPort;
  onClose: () => void;
  /** How often the list of found sessions is asked for again. */
  refreshMs?: number;
}

export const WRONG_LINK_MESSAGE =
  'That is not a session link. A link looks like http://ADDRESS:PORT/?session=… (to edit) or …/?view=… (to watch): copy it whole from the host’s Invite dialog.';

/** The problem with a pasted text, or null when it is a session link. */
export function joinLinkProblem(text: string): string | null {
  if (text.trim() === '') return 'Paste the link the host shared.';
  return readSessionLink(text) === null ? WRONG_LINK_MESSAGE : null;
}

function useFoundSessions(port: JoinSessionPort, refreshMs: number): FoundSessionInfo[] | null {
  const [found, setFound] = useState<FoundSessionInfo[] | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      port.found().then(
        (list) => live && setFound(list),
        () => live && setFound((previous) => previous ?? []),
      );
    void refresh();
    const timer = setInterval(() => void refresh(), refreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [port, refreshMs]);
  return found;
}

export function JoinDialog({ sessions, onClose, refreshMs = 2000 }: JoinDialogProps) {
  const found = useFoundSessions(sessions, refreshMs);
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const problemId = useId();
  const formId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = joinLinkProblem(link);
    setProblem(wrong);
    if (wrong !== null) {
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await sessions.join(link.trim());
      if (result.status === 'joined') onClose();
      else setProblem(WRONG_LINK_MESSAGE);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const choose = (session: FoundSessionInfo) => {
    setHint(
      `Paste the link “${session.name}” shows in its Invite dialog (or scan its QR code): the link holds the session’s key, which is never sent over the network.`,
    );
    field.current?.focus();
  };

  return (
    <Modal
      title="Join a Live Session"
      className="tm-join"
      onCancel={onClose}
      busy={busy}
      footer={
        <>
          <button type="button" className="tm-button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form={formId}
            className="tm-button tm-button--primary"
            disabled={busy}
          >
            Join
          </button>
        </>
      }
    >
      <section className="tm-join-found" aria-labelledby={`${formId}-found`}>
        <h3 id={`${formId}-found`}>Sessions on this network</h3>
        {found === null ? (
          <p className="tm-join-empty">Looking for sessions…</p>
        ) : found.length === 0 ? (
          <p className="tm-join-empty">
            No sessions found on this network yet — paste a link instead.
          </p>
        ) : (
          <ul className="tm-join-list">
            {found.map((session) => (
              <li key={`${session.name} ${session.address}`}>
                <button type="button" className="tm-join-session" onClick={() => choose(session)}>
                  <span className="tm-join-name">{session.name}</span>
                  <span className="tm-join-address">{session.address}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <form id={formId} className="tm-join-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={fieldId}>Session link</label>
        <input
          id={fieldId}
          ref={field}
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          data-autofocus=""
          placeholder="http://192.168.1.20:5000/?session=…"
          value={link}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? problemId : undefined}
          onChange={(event) => {
            setLink(event.target.value);
            setProblem(null);
          }}
        />
        {hint !== null && problem === null ? <p className="tm-join-hint">{hint}</p> : null}
        {problem !== null ? (
          <p id={problemId} className="tm-join-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
