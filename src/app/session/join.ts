/**
 * The page's first question: was it opened by a session link (`?session=`, `?view=`, or the
 * host link)? Only then are the session modules (Yjs, the providers) loaded, so the plain
 * app's first bundle carries none of them. The page says what it waits for meanwhile.
 */
import { joinLinkOf } from './join-link.ts';
import type { JoinedSession } from './session-context.tsx';

export async function joinSharedSession(
  root: HTMLElement,
  win: Window = window,
): Promise<JoinedSession | null> {
  const link = joinLinkOf(win.location.href);
  if (link === null) return null;
  root.textContent = 'Joining the shared map…';
  root.className = 'tm-session-joining';
  const { openSharedSession } = await import('./open-shared-session.ts');
  return openSharedSession(root, link, win);
}
