/**
 * The editor's hook for a shared session: renders nothing for a map opened from a file, and
 * for a session page loads the session's layer (presence, participants, host controls) on
 * demand, so the plain app's first bundle carries none of it.
 */
import { lazy, Suspense } from 'react';
import { useSharedSession } from './session-context.tsx';

const SessionPresence = lazy(() => import('./SessionPresence.tsx'));

export function SessionLayer() {
  const session = useSharedSession();
  return session ? (
    <Suspense fallback={null}>
      <SessionPresence session={session} />
    </Suspense>
  ) : null;
}
