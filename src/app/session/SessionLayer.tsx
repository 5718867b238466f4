/**
 * Everything a shared session adds to the editor, mounted inside the map area: presence
 * (what this participant tells the others, the others' pointers and selections), the
 * participants list with follow, and, for a view link, a shield that takes every editing
 * gesture (the view follows the presenter; the relay refuses a viewer's edits anyway).
 * Renders nothing for a map opened from a file.
 */
import { useState } from 'react';
import { useStores } from '../store/context.tsx';
import { NamePrompt } from './NamePrompt.tsx';
import { ParticipantsPanel } from './ParticipantsPanel.tsx';
import { PresenceOverlay } from './PresenceOverlay.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import { useSharedSession, type SharedSession } from './session-context.tsx';
import { useFollow } from './use-follow.ts';
import { useParticipants } from './use-participants.ts';
import { usePresenceBroadcast } from './use-presence-broadcast.ts';
import { useSessionName } from './use-session-name.ts';
import './session.css';

function SessionPresence({ session }: { session: SharedSession }) {
  const { view } = useStores();
  const [anchor, setAnchor] = useState<HTMLDivElement | null>(null);
  const [inviting, setInviting] = useState(false);
  const pane = anchor?.parentElement ?? null;
  const { name, asking } = useSessionName(session.name);
  const participants = useParticipants(session.awareness);
  usePresenceBroadcast({
    awareness: session.awareness,
    name,
    mode: session.mode,
    host: session.links.host,
    view,
    pane,
  });
  const { following, follow } = useFollow(participants, session.mode, pane);

  return (
    <div ref={setAnchor} className={`tm-session-layer is-${session.mode}`}>
      {session.mode === 'view' ? <div className="tm-session-shield" /> : null}
      <PresenceOverlay participants={participants} />
      <ParticipantsPanel
        mode={session.mode}
        status={session.status}
        participants={participants}
        following={following}
        onFollow={follow}
        onInvite={session.mode === 'edit' ? () => setInviting(true) : null}
      />
      {inviting ? <ShareDialog links={session.links} onClose={() => setInviting(false)} /> : null}
      {asking ? (
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

export function SessionLayer() {
  const session = useSharedSession();
  return session ? <SessionPresence session={session} /> : null;
}
