/**
 * The session bar over the map's top-right corner: the connection status, who is in (click
 * one to follow their view; again to stop), and Save a Copy, which keeps the shared map as
 * a file (when the host is gone, a participant's copy is where the map lives on).
 */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { runCommand } from '../editor/commands.ts';
import { statusText, type ConnectionStatus } from './connection-status.ts';
import type { Participant, SessionMode } from './presence.ts';

export interface ParticipantsPanelProps {
  mode: SessionMode;
  status: StoreApi<{ status: ConnectionStatus }>;
  participants: readonly Participant[];
  following: Participant | null;
  onFollow: (clientId: number) => void;
  /** Shows the links to invite others; null where there is none to show (a view link). */
  onInvite: (() => void) | null;
}

export function ParticipantsPanel({
  mode,
  status: statusStore,
  participants,
  following,
  onFollow,
  onInvite,
}: ParticipantsPanelProps) {
  const status = useStore(statusStore, (state) => state.status);
  const text = statusText(status);
  return (
    <section className="tm-session-panel" aria-label="Session" data-keyscope="panel">
      <header className="tm-session-head">
        <span className={`tm-session-status is-${status}`} role="status" title={text.detail}>
          {text.label}
        </span>
        {mode === 'view' ? <span className="tm-session-badge">View only</span> : null}
      </header>
      <ul className="tm-session-people" aria-label="Participants">
        {participants.map((p) => (
          <li key={p.clientId}>
            <button
              type="button"
              className="tm-session-person"
              disabled={p.self || mode === 'view'}
              aria-pressed={following?.clientId === p.clientId}
              title={p.self ? 'You' : `Follow ${p.name}'s view (pan or Esc stops)`}
              onClick={() => onFollow(p.clientId)}
            >
              <span className="tm-session-dot" style={{ background: p.color }} />
              <span className="tm-session-person-name">{p.name}</span>
              {p.self ? <span className="tm-session-note">you</span> : null}
              {p.mode === 'view' && !p.self ? (
                <span className="tm-session-note">viewing</span>
              ) : null}
              {following?.clientId === p.clientId ? (
                <span className="tm-session-note">following</span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      <div className="tm-session-actions">
        {onInvite ? (
          <button type="button" className="tm-button" onClick={onInvite}>
            Invite…
          </button>
        ) : null}
        <button type="button" className="tm-button" onClick={() => runCommand('saveAs')}>
          Save a Copy…
        </button>
      </div>
    </section>
  );
}
