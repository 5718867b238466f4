/**
 * Everything a shared session adds to the editor, mounted inside the map area: presence
 * (what this participant tells the others, the others' pointers and selections), the
 * participants chip with follow, the host's controls (remove a participant, end the
 * session) behind a confirmation, the notice when the host removed this page or ended the
 * session, and, for a view link, a shield that takes every editing gesture (the view
 * follows the presenter; the relay refuses a viewer's edits anyway).
 */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { headerLimits } from '../canvas/header-box.ts';
import { useStableLayout } from '../canvas/stable-layout.ts';
import { useTextSize } from '../preferences/use-text-size.ts';
import { useDocument, useStores } from '../store/context.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { NamePrompt } from './NamePrompt.tsx';
import { ParticipantsPanel } from './ParticipantsPanel.tsx';
import { PresenceOverlay } from './PresenceOverlay.tsx';
import { SessionNotice } from './SessionNotice.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import { mapExtent } from './follow-viewport.ts';
import type { HostControls } from './connection.ts';
import type { Participant } from './presence.ts';
import type { SharedSession } from './session-context.tsx';
import { useFollow } from './use-follow.ts';
import { useParticipants } from './use-participants.ts';
import { usePresenceBroadcast } from './use-presence-broadcast.ts';
import { useSessionName } from './use-session-name.ts';
import './session.css';

type Asking = { kind: 'remove'; who: Participant } | { kind: 'end' } | null;

function HostConfirm({
  asking,
  controls,
  onDone,
}: {
  asking: Exclude<Asking, null>;
  controls: HostControls;
  onDone: () => void;
}) {
  if (asking.kind === 'remove') {
    const { name, clientId } = asking.who;
    return (
      <ConfirmDialog
        title={`Remove ${name} from the session?`}
        message={`${name} is disconnected and can no longer edit this map. Their copy stays in their browser.`}
        confirmLabel="Remove"
        onConfirm={() => {
          controls.remove(clientId);
          onDone();
        }}
        onCancel={onDone}
      />
    );
  }
  return (
    <ConfirmDialog
      title="End the session for everyone?"
      message="Everyone is disconnected and the map is saved to its file. Each participant keeps their copy."
      confirmLabel="End session"
      onConfirm={() => {
        controls.end();
        onDone();
      }}
      onCancel={onDone}
    />
  );
}

export default function SessionPresence({ session }: { session: SharedSession }) {
  const { view } = useStores();
  const [anchor, setAnchor] = useState<HTMLDivElement | null>(null);
  const [inviting, setInviting] = useState(false);
  const [asking, setAsking] = useState<Asking>(null);
  const pane = anchor?.parentElement ?? null;
  const { name, asking: askingName } = useSessionName(session.name);
  const participants = useParticipants(session.awareness);
  const status = useStore(session.status, (state) => state.status);
  usePresenceBroadcast({
    awareness: session.awareness,
    name,
    mode: session.mode,
    host: session.links.host,
    view,
    pane,
  });
  // The canvas's own layout object (one keeper for every map) and header sizes.
  const layout = useStableLayout(useDocument((state) => state.map));
  const textSize = useTextSize();
  const extent = useMemo(() => mapExtent(layout, headerLimits(textSize)), [layout, textSize]);
  const { following, follow } = useFollow(participants, session.mode, pane, extent);
  const { controls } = session;
  const live = status === 'connected';

  return (
    <div ref={setAnchor} className={`tm-session-layer is-${session.mode}`}>
      {session.mode === 'view' ? <div className="tm-session-shield" /> : null}
      <PresenceOverlay participants={participants} />
      <ParticipantsPanel
        mode={session.mode}
        status={status}
        host={session.links.host}
        participants={participants}
        following={following}
        onFollow={follow}
        onInvite={session.mode === 'edit' && live ? () => setInviting(true) : null}
        onRemove={controls && live ? (who) => setAsking({ kind: 'remove', who }) : null}
        onEnd={controls && live ? () => setAsking({ kind: 'end' }) : null}
      />
      <SessionNotice status={status} host={session.links.host} />
      {inviting ? <ShareDialog links={session.links} onClose={() => setInviting(false)} /> : null}
      {asking && controls ? (
        <HostConfirm asking={asking} controls={controls} onDone={() => setAsking(null)} />
      ) : null}
      {askingName ? (
        <NamePrompt
          onName={(given) => {
            session.rememberName(given);
            session.name.setState({ name: given });
          }}
        />
      ) : null}
    </div>
  );
}
