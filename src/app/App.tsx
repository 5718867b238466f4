/**
 * The renderer's root: the start screen or the editor for the one open document, the
 * file commands (new, open, save, save as) and the dialogs they raise.
 */
import { useEffect, useMemo, useState } from 'react';
import { createStore, useStore } from 'zustand';
import type { Platform } from './platform/platform.ts';
import { StoresProvider } from './store/context.tsx';
import { StartScreen } from './start/StartScreen.tsx';
import { TEMPLATES, type TemplateEntry } from './templates.ts';
import { EditorShell } from './editor/EditorShell.tsx';
import { registerCommands, runCommand } from './editor/commands.ts';
import { useKeyboardCommands } from './editor/useKeyboardCommands.ts';
import { DialogHost } from './document/DialogHost.tsx';
import { createDialogs } from './document/dialogs.ts';
import type { Session } from './document/session.ts';
import {
  newFromChoice,
  openDocument,
  saveDocument,
  type DocumentHost,
} from './document/document-actions.ts';
import { useDocumentTitle, useUnloadGuard } from './document/useDocumentTitle.ts';

interface AppState {
  session: Session | null;
  /** The start screen shows (over an open document when the user chose New). */
  starting: boolean;
}

/** One file action at a time: a second Ctrl+O while the first dialog is open does nothing. */
function exclusive<A extends unknown[]>(
  run: (...args: A) => Promise<unknown>,
): (...args: A) => Promise<void> {
  let busy = false;
  return async (...args: A) => {
    if (busy) return;
    busy = true;
    try {
      await run(...args);
    } finally {
      busy = false;
    }
  };
}

export interface AppProps {
  platform: Platform;
  /** A document to open straight away (the benchmark hook, tests). */
  initialSession?: Session | null;
}

export function App({ platform, initialSession = null }: AppProps) {
  const [store] = useState(() =>
    createStore<AppState>()(() => ({ session: initialSession, starting: initialSession === null })),
  );
  const [dialogs] = useState(createDialogs);
  const session = useStore(store, (state) => state.session);
  const starting = useStore(store, (state) => state.starting);

  const host = useMemo<DocumentHost>(
    () => ({
      platform,
      dialogs,
      getSession: () => store.getState().session,
      setSession: (next) => store.setState({ session: next, starting: false }),
      notify: (message) =>
        void dialogs.ask({
          title: 'The map was upgraded',
          lines: [message, 'Saving writes it in the current format.'],
          buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
          cancelValue: 'ok',
        }),
    }),
    [platform, dialogs, store],
  );

  useEffect(
    () =>
      registerCommands({
        new: () => store.setState({ starting: true }),
        open: exclusive(() => openDocument(host)),
        save: exclusive(() => saveDocument(host, { as: false })),
        saveAs: exclusive(() => saveDocument(host, { as: true })),
      }),
    [host, store],
  );

  useKeyboardCommands();
  useDocumentTitle(platform, session);
  useUnloadGuard(platform, session);

  const choose = useMemo(
    () => exclusive((entry: TemplateEntry) => newFromChoice(host, entry)),
    [host],
  );

  return (
    <>
      {starting || session === null ? (
        <StartScreen
          templates={TEMPLATES}
          onChoose={(entry) => void choose(entry)}
          onOpen={() => runCommand('open')}
          onBack={session !== null ? () => store.setState({ starting: false }) : undefined}
        />
      ) : (
        <StoresProvider
          key={session.document.getState().documentId}
          stores={{ document: session.document, view: session.view, platform }}
        >
          <EditorShell />
        </StoresProvider>
      )}
      <DialogHost dialogs={dialogs} />
    </>
  );
}
