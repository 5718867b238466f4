/**
 * Opening a page for a shared session (`?session=` or `?view=`, the app served by `touchmap
 * serve` or a desktop app sharing a map): connects, waits for the map (from the relay or
 * this browser's copy), and gives the app an open document bound to the shared doc in
 * place of the start screen. The page shows what it waits for until then.
 */
import { createStore } from 'zustand/vanilla';
import { readMapFromDoc } from '../../session/doc-binding.ts';
import { createSession, type Session } from '../shell/session.ts';
import { connect } from './connection.ts';
import { joinLinkOf } from './join-link.ts';
import { cleanName } from './presence.ts';
import { pageLinks } from './share-links.ts';
import type { SharedSession } from './session-context.tsx';
import { bindDocumentStore } from './store-binding.ts';
import { blockViewerKeys } from './viewer-keys.ts';

const NAME_KEY = 'touchmap:session-name';

export interface JoinedSession {
  session: Session;
  shared: SharedSession;
}

function storedName(storage: Storage): string | null {
  try {
    return cleanName(storage.getItem(NAME_KEY) ?? '') || null;
  } catch {
    return null;
  }
}

export async function joinSharedSession(
  root: HTMLElement,
  win: Window = window,
): Promise<JoinedSession | null> {
  const links = pageLinks(win.location.href);
  const link = joinLinkOf(links.join);
  if (link === null) return null;
  root.textContent = 'Joining the shared map…';
  root.className = 'tm-session-joining';
  const connection = connect(link);
  await connection.ready;
  root.textContent = '';
  root.className = '';
  const read = readMapFromDoc(connection.doc);
  if (!read.ok) throw new Error(`The shared map cannot be read: ${read.problems.join('; ')}`);
  const session = createSession({ map: read.map });
  bindDocumentStore(connection.doc, session.document, {
    readOnly: link.mode === 'view',
    schedule: (run) => win.requestAnimationFrame(run),
    onProblem: (problems) => console.warn('[touchmap] shared map repaired:', problems),
  });
  if (link.mode === 'view') {
    win.document.documentElement.classList.add('tm-session-view');
    blockViewerKeys(win);
  }
  const storage = win.localStorage;
  return {
    session,
    shared: {
      mode: link.mode,
      awareness: connection.awareness,
      status: connection.status,
      name: createStore<{ name: string | null }>()(() => ({ name: storedName(storage) })),
      rememberName: (name) => {
        try {
          storage.setItem(NAME_KEY, name);
        } catch {
          // A browser that keeps nothing asks again next time.
        }
      },
      links,
    },
  };
}
