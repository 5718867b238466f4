/**
 * The shared session the open document belongs to, for the editor's session layer
 * (presence, participants, follow, undo): null for a map opened from a file.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { StoreApi } from 'zustand/vanilla';
import type { HostControls } from './connection.ts';
import type { ConnectionStatus } from './connection-status.ts';
import type { SessionMode } from './presence.ts';
import type { PageLinks } from './share-links.ts';
import type { Session } from '../shell/session.ts';

export interface SharedSession {
  mode: SessionMode;
  awareness: Awareness;
  status: StoreApi<{ status: ConnectionStatus }>;
  /** Remove a participant, end the session: on the facilitator's page (the host link) only. */
  controls: HostControls | null;
  /** The name others see; null until the participant has given one. */
  name: StoreApi<{ name: string | null }>;
  /** Keeps a name given in the browser for the next session. */
  rememberName(name: string): void;
  /** The links this page can hand on; `host`: the desktop app that shares this map. */
  links: PageLinks;
}

/** What a page opened by a session link starts with: the open document and the session. */
export interface JoinedSession {
  session: Session;
  shared: SharedSession;
}

const SessionContext = createContext<SharedSession | null>(null);

export function SharedSessionProvider({
  session,
  children,
}: {
  session: SharedSession | null;
  children: ReactNode;
}) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSharedSession(): SharedSession | null {
  return useContext(SessionContext);
}
