/**
 * The renderer's root: the start screen (with unsaved work to recover and, in the desktop
 * app, the recent maps) or the editor for the one open document, the dialogs, the
 * preferences, help and about, and the drop overlay. The document shell itself (file
 * commands, drafts, recovery, the desktop main process's events) is the app controller.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Platform } from './platform/platform.ts';
import { desktopShellOf } from './platform/host-services.ts';
import { StoresProvider } from './store/context.tsx';
import { StartScreen } from './start/StartScreen.tsx';
import { RecoveryPrompt } from './start/RecoveryPrompt.tsx';
import { RecentFiles } from './start/RecentFiles.tsx';
import { TEMPLATES } from './templates.ts';
import { EditorShell } from './editor/EditorShell.tsx';
import { runCommand } from './editor/commands.ts';
import { useKeyboardCommands } from './editor/useKeyboardCommands.ts';
import { DialogHost } from './shell/DialogHost.tsx';
import type { Session } from './shell/session.ts';
import { createAppController, type AppController } from './shell/app-controller.ts';
import { useDocumentTitle, useUnloadGuard } from './shell/useDocumentTitle.ts';
import { DropOverlay, useFileDrop } from './shell/DropOverlay.tsx';
import { HelpDialog } from './shell/HelpDialog.tsx';
import { AboutDialog } from './shell/AboutDialog.tsx';
import { JoinDialog } from './session/JoinDialog.tsx';
import { PreferencesDialog } from './preferences/PreferencesDialog.tsx';
import { PreferencesProvider } from './preferences/context.tsx';
import './preferences/theme.css';
import './shell/shell.css';

export interface AppProps {
  platform: Platform;
  /** A document to open straight away (the benchmark hook, tests). */
  initialSession?: Session | null;
  /** A controller made by the caller (tests drive it directly). */
  controller?: AppController;
}

/**
 * Starts the controller once for the life of the page. React's development double mount
 * (StrictMode) unmounts and mounts again at once: the stop is deferred and cancelled then,
 * so the desktop main process hears `ready()` once.
 */
function useControllerLifetime(controller: AppController): void {
  const state = useRef<{ started: boolean; stopping: ReturnType<typeof setTimeout> | null }>({
    started: false,
    stopping: null,
  });
  useEffect(() => {
    const life = state.current;
    if (life.stopping !== null) {
      clearTimeout(life.stopping);
      life.stopping = null;
    } else if (!life.started) {
      life.started = true;
      controller.start().catch((error: unknown) => {
        console.error('[touchmap] start-up failed:', error);
      });
    }
    return () => {
      life.stopping = setTimeout(() => {
        life.stopping = null;
        controller.dispose();
      }, 0);
    };
  }, [controller]);
}

export function App({ platform, initialSession = null, controller: given }: AppProps) {
  const [controller] = useState(() => given ?? createAppController({ platform, initialSession }));
  const { store, dialogs, preferences } = controller;
  const session = useStore(store, (state) => state.session);
  const starting = useStore(store, (state) => state.starting);
  const recovery = useStore(store, (state) => state.recovery);
  const recent = useStore(store, (state) => state.recent);
  const panel = useStore(store, (state) => state.panel);
  const dropping = useStore(store, (state) => state.dropping);
  const focusRequest = useStore(store, (state) => state.focusRequest);
  const desktop = desktopShellOf(controller.platform);
  const currentPreferences = useStore(preferences.store, (state) => state.preferences);
  const { capabilities } = controller.platform;

  useControllerLifetime(controller);
  useKeyboardCommands();
  useDocumentTitle(controller.platform, session);
  useUnloadGuard(controller.platform, session);
  useFileDrop({
    onDragging: useCallback((dragging: boolean) => controller.setDropping(dragging), [controller]),
    onDrop: useCallback((files) => void controller.dropFiles(files), [controller]),
  });

  const onChoose = useCallback(
    (entry: (typeof TEMPLATES)[number]) => void controller.choose(entry),
    [controller],
  );
  const onOpen = useCallback(() => runCommand('open'), []);
  const onBack = useCallback(() => controller.back(), [controller]);
  const onPreferences = useCallback(
    () => controller.openPanel({ kind: 'preferences' }),
    [controller],
  );
  const onHelp = useCallback(
    () => controller.openPanel({ kind: 'help', topic: 'guide' }),
    [controller],
  );
  const onAbout = useCallback(() => controller.openPanel({ kind: 'about' }), [controller]);

  return (
    <PreferencesProvider store={preferences}>
      {starting || session === null ? (
        <StartScreen
          templates={TEMPLATES}
          onChoose={onChoose}
          onOpen={onOpen}
          onBack={session !== null ? onBack : undefined}
          onPreferences={onPreferences}
          onHelp={onHelp}
          onAbout={onAbout}
          focusRequest={focusRequest}
          recovery={
            recovery ? (
              <RecoveryPrompt
                recovery={recovery}
                canSaveCopy={capabilities.draftStorage !== 'host-files'}
                onRestore={(item) => void controller.restore(item)}
                onDiscard={(item) => void controller.discard(item)}
                onSaveCopy={(item) => void controller.saveCopy(item)}
                onDismiss={() => controller.dismissRecovery()}
              />
            ) : null
          }
          recent={
            recent ? (
              <RecentFiles
                files={recent}
                onOpen={(file) => void controller.openRecent(file)}
                onClear={() => void controller.clearRecent()}
                readPreview={desktopShellOf(controller.platform)?.readRecentPreview}
              />
            ) : null
          }
        />
      ) : (
        <StoresProvider
          key={session.document.getState().documentId}
          stores={{ document: session.document, view: session.view, platform: controller.platform }}
        >
          <EditorShell />
        </StoresProvider>
      )}
      {panel?.kind === 'preferences' ? (
        <PreferencesDialog
          preferences={currentPreferences}
          fallbackFont={preferences.fallbackFont}
          showDraftInterval={capabilities.configurableDraftInterval}
          onSave={(next) => controller.savePreferences(next)}
          onCancel={() => controller.closePanel()}
        />
      ) : null}
      {panel?.kind === 'help' ? (
        <HelpDialog
          topic={panel.topic}
          onTopic={(topic) => controller.openPanel({ kind: 'help', topic })}
          onClose={() => controller.closePanel()}
        />
      ) : null}
      {panel?.kind === 'about' ? <AboutDialog onClose={() => controller.closePanel()} /> : null}
      {panel?.kind === 'joinSession' && desktop ? (
        <JoinDialog sessions={desktop.sessions} onClose={() => controller.closePanel()} />
      ) : null}
      <DialogHost dialogs={dialogs} />
      {dropping ? <DropOverlay windowPerMap={capabilities.routesFilesToWindows} /> : null}
    </PreferencesProvider>
  );
}
