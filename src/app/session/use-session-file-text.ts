/**
 * What the toolbar says in place of a file name on a session page ("Shared · saved by the
 * host", "Offline · your edits are kept"...), or null for a map opened from a file.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { fileStateText, type ConnectionStatus } from './connection-status.ts';
import { useSharedSession } from './session-context.tsx';

/** Read when there is no session, so the hook is called the same way on every page. */
const NO_SESSION = createStore<{ status: ConnectionStatus }>()(() => ({ status: 'joining' }));

export function useSessionFileText(): string | null {
  const session = useSharedSession();
  const status = useStore(session?.status ?? NO_SESSION, (state) => state.status);
  return session ? fileStateText(status, session.links.host) : null;
}
