/**
 * The session chip in the status bar's right end: folded, one line (the connection status
 * and "3 people"), so it covers no stage header or card on a 1280x720 projector; unfolded
 * (click, or Enter/Space; Esc folds), who is in (click one to follow their view; again to
 * stop), Save a Copy (when the host is gone, a participant's copy is where the map lives
 * on) and, on the facilitator's page, Remove per participant and End session.
 */
import { useId, useState } from 'react';
import { runCommand } from '../editor/commands.ts';
import { statusText, type ConnectionStatus } from './connection-status.ts';
import type { Participant, SessionMode } from './presence.ts';

export interface ParticipantsPanelProps {
  mode: SessionMode;
  status: ConnectionStatus;
  /** The facilitator's page (the host link). */
  host: boolean;
  participants: readonly Participant[];
  following: Participant | null;
  onFollow: (clientId: number) => void;
  /** Shows the links to invite others; null where there is none to show (a view link). */
  onInvite: (() => void) | null;
  /** The host's controls; null on every other page (and while the host is unreachable). */
  onRemove: ((participant: Participant) => void) | null;
  onEnd: (() => void) | null;
}

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

function PersonRow({
  person: p,
  mode,
  following,
  onFollow,
  onRemove,
}: Pick<ParticipantsPanelProps, 'mode' | 'onFollow' | 'onRemove'> & {
  person: Participant;
  following: boolean;
}) {
  return (
    <li className="tm-session-row">
      <button
        type="button"
        className="tm-session-person"
        disabled={p.self || mode === 'view'}
        aria-pressed={following}
        title={p.self ? 'You' : `Follow ${p.name}'s view (pan or Esc stops)`}
        onClick={() => onFollow(p.clientId)}
      >
        <span className="tm-session-dot" style={{ background: p.color }} />
        <span className="tm-session-person-name">{p.name}</span>
        {p.self ? <span className="tm-session-note">you</span> : null}
        {p.mode === 'view' && !p.self ? <span className="tm-session-note">viewing</span> : null}
        {following ? <span className="tm-session-note">following</span> : null}
      </button>
      {onRemove && !p.self ? (
        <button
          type="button"
          className="tm-session-remove"
          aria-label={`Remove ${p.name}`}
          title={`Remove ${p.name} from the session`}
          onClick={() => onRemove(p)}
        >
          Remove
        </button>
      ) : null}
    </li>
  );
}

export function ParticipantsPanel(props: ParticipantsPanelProps) {
  const { mode, status, host, participants, following, onInvite, onEnd } = props;
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const text = statusText(status, host);
  return (
    <section
      className={`tm-session-panel${open ? ' is-open' : ''}`}
      aria-label="Session"
      data-keyscope="panel"
      onKeyDown={(event) => {
        // Esc folds the list and goes on to the window (where it also stops following).
        if (event.key === 'Escape' && open) setOpen(false);
      }}
    >
      <button
        type="button"
        className="tm-session-chip"
        aria-expanded={open}
        aria-controls={bodyId}
        title={`${text.detail} ${open ? 'Fold' : 'Show'} the participants.`}
        onClick={() => setOpen((was) => !was)}
      >
        <span className={`tm-session-status is-${status}`} role="status">
          {text.label}
        </span>
        <span className="tm-session-count">{people(participants.length)}</span>
        {mode === 'view' ? <span className="tm-session-badge">View only</span> : null}
        <span className="tm-session-caret" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={bodyId} className="tm-session-body" hidden={!open}>
        <ul className="tm-session-people" aria-label="Participants">
          {participants.map((p) => (
            <PersonRow
              key={p.clientId}
              person={p}
              mode={mode}
              following={following?.clientId === p.clientId}
              onFollow={props.onFollow}
              onRemove={props.onRemove}
            />
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
        {onEnd ? (
          <button type="button" className="tm-button tm-session-end" onClick={onEnd}>
            End session…
          </button>
        ) : null}
      </div>
    </section>
  );
}
