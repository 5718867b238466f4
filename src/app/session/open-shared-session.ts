/**
 * Opening a page for a shared session (`?session=` or `?view=`, the app served by `touchmap
 * serve` or a desktop app sharing a map): connects, waits for the map (from the relay or
 * this browser's copy), and gives the app an open document bound to the shared doc in
 * place of the start screen. Loaded by join.ts only on a session page, so Yjs and the
 * providers stay out of the plain app's first bundle.
 */
import { createStore } from 'zustand/vanilla';
import { readMapFromDoc } from '../../session/doc-binding.ts';
import { createSession } from '../shell/session.ts';
import { connect } from './connection.ts';
import type { JoinLink } from './join-link.ts';
import { cleanName } from './presence.ts';
import { pageLinks } from './share-links.ts';
import type { JoinedSession } from './session-context.tsx';
import { bindDocumentStore } from './store-binding.ts';
import { blockViewerKeys } from './viewer-keys.ts';

const NAME_KEY = 'touchmap:session-name';

function storedName(storage: Storage): string | null {
  try {
    return cleanName(storage.getItem(NAME_KEY) ?? '') || null;
  } catch {
    return null;
  }
}

export async function openSharedSession(
  root: HTMLElement,
  link: JoinLink,
  win: Window,
): Promise<JoinedSession> {
  const links = pageLinks(win.location.href);
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
  win.document.documentElement.classList.add('tm-session-page');
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
      controls: connection.controls,
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
