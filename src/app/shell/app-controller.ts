/**
 * The app's document shell, without React: which document is open (or the start screen),
 * the file commands, drafts and their recovery, the preferences, dropped files, the recent
 * list, and, in the desktop app, everything the main process sends (desktop-wiring.ts).
 * Each job is a module of its own; this one puts them together and runs start-up.
 * App.tsx renders its state; tests drive it directly.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { FileChangedEvent, IncomingDocument, StartupInfo } from '../../ipc/contract.ts';
import type { UserPreferences } from '../../ipc/preferences.ts';
import { registerCommands, runCommand, type CommandHandlers } from '../editor/commands.ts';
import { desktopShellOf } from '../platform/host-services.ts';
import type { FileRef, Platform } from '../platform/platform.ts';
import type { PreferencesBackend, PreferencesStore } from '../preferences/preferences.ts';
import type { FallbackFontStore } from '../preferences/fallback-font.ts';
import type { TemplateEntry } from '../templates.ts';
import { WEB_DRAFT_INTERVAL_MS } from './autosave.ts';
import { wireDesktop } from './desktop-wiring.ts';
import { createDialogs, tell, type Dialogs } from './dialogs.ts';
import type { DocumentHost, SaveStatus } from './document-actions.ts';
import { createDraftKeeping } from './draft-keeping.ts';
import { createDropHandler, type DroppedFile } from './dropped-files.ts';
import { createFileChangeHandler } from './file-changes.ts';
import { appCommands } from './menu-commands.ts';
import { tableCommands } from './table-commands.ts';
import { futureStateCommands } from './future-state.ts';
import { desktopSessionCommands } from '../session/desktop-session-commands.ts';
import { createOpening } from './opening.ts';
import type { RecoveryItem } from './recovery.ts';
import { createRecoveryActions } from './recovery-actions.ts';
import { createSaving } from './saving.ts';
import { systemEntropy, type Entropy, type Session } from './session.ts';
import { createAppStore, errorText, type AppPanel, type AppState } from './shell-context.ts';
import { createShellPreferences, followPreferences } from './shell-preferences.ts';

export type { AppPanel, AppState } from './shell-context.ts';
export type { DroppedFile } from './dropped-files.ts';

export interface AppControllerOptions {
  platform: Platform;
  initialSession?: Session | null;
  entropy?: Entropy;
  /** Where the preferences live; by default the host's (desktop) or localStorage. */
  preferences?: PreferencesBackend;
  /** Where the PDF fallback font lives; by default the host's (desktop) or IndexedDB. */
  fallbackFont?: FallbackFontStore;
  /** Milliseconds between a change and its draft in the browser. */
  webDraftIntervalMs?: number;
  doc?: Document;
  /** Draft-related focus and unload events; null to attach none (unit tests). */
  win?: Window | null;
}

export interface AppController {
  store: StoreApi<AppState>;
  dialogs: Dialogs;
  platform: Platform;
  preferences: PreferencesStore;
  host: DocumentHost;
  /** The handlers of the app-level commands (registered by `start`). */
  commands: CommandHandlers;
  /** Subscribes to the host, reads the preferences, offers recovery. */
  start(): Promise<void>;
  dispose(): void;

  choose(entry: TemplateEntry): Promise<void>;
  back(): void;
  restore(item: RecoveryItem): Promise<void>;
  discard(item: RecoveryItem): Promise<void>;
  /** A damaged draft's text, saved as a file so nothing is lost (browser only). */
  saveCopy(item: RecoveryItem): Promise<void>;
  dismissRecovery(): void;
  openRecent(file: FileRef): Promise<void>;
  clearRecent(): Promise<void>;
  dropFiles(files: readonly DroppedFile[]): Promise<void>;
  setDropping(dropping: boolean): void;
  openPanel(panel: AppPanel): void;
  closePanel(): void;
  savePreferences(preferences: UserPreferences): Promise<void>;
  /** What the desktop main process calls when the user chose Save while closing. */
  saveForClose(): Promise<SaveStatus>;
  openIncoming(document: IncomingDocument): Promise<void>;
  fileChanged(event: FileChangedEvent): Promise<void>;
  /** The desktop's start-up answer, once `start` has it. */
  readonly startup: StartupInfo | null;
}

export function createAppController(options: AppControllerOptions): AppController {
  const { platform } = options;
  const { configurableDraftInterval } = platform.capabilities;
  const entropy = options.entropy ?? systemEntropy;
  const doc = options.doc ?? (typeof document === 'undefined' ? undefined : document);
  const win =
    options.win === undefined ? (typeof window === 'undefined' ? null : window) : options.win;
  const desktop = desktopShellOf(platform);
  const dialogs = createDialogs();
  const preferences = createShellPreferences({
    desktop,
    preferences: options.preferences,
    fallbackFont: options.fallbackFont,
  });
  const store = createAppStore(options.initialSession ?? null);

  const drafts = createDraftKeeping({
    platform,
    store,
    dialogs,
    entropy,
    win,
    doc,
    intervalMs: () =>
      configurableDraftInterval
        ? preferences.get().draftIntervalSeconds * 1000
        : (options.webDraftIntervalMs ?? WEB_DRAFT_INTERVAL_MS),
  });

  const host: DocumentHost = {
    platform,
    dialogs,
    entropy,
    getSession: () => store.getState().session,
    setSession: (session) => drafts.setSession(session),
    notify: (message) =>
      void tell(dialogs, {
        title: 'The map was upgraded',
        lines: [message, 'Saving writes it in the current format.'],
      }),
    newMapDefaults: () => preferences.get().newMap,
  };

  const ctx = { platform, desktop, store, dialogs, entropy, host };
  const opening = createOpening(ctx);
  const saving = createSaving(ctx, () => drafts.flush());
  const recovery = createRecoveryActions(ctx, (session, recovered) =>
    drafts.setSession(session, recovered),
  );
  const fileChanged = createFileChangeHandler(ctx);
  let startup: StartupInfo | null = null;
  const cleanups: (() => void)[] = [];

  const controller: AppController = {
    store,
    dialogs,
    platform,
    preferences,
    host,
    commands: appCommands({
      showStart: opening.showStart,
      open: opening.open,
      save: saving.save,
      saveAs: saving.saveAs,
      openPanel: (panel) => controller.openPanel(panel),
    }),
    get startup() {
      return startup;
    },

    async start() {
      cleanups.push(registerCommands(controller.commands));
      cleanups.push(registerCommands(tableCommands(host, doc ?? null)));
      cleanups.push(registerCommands(futureStateCommands(host)));
      if (desktop) {
        const join = () => controller.openPanel({ kind: 'joinSession' });
        cleanups.push(registerCommands(desktopSessionCommands(host, desktop, join)));
      }
      // The desktop's preferences changes come through the wiring (subscribed before ready()).
      if (!desktop) preferences.connect();
      cleanups.push(
        followPreferences(preferences, {
          root: doc?.documentElement ?? null,
          setDraftIntervalMs: configurableDraftInterval ? (ms) => drafts.setIntervalMs(ms) : null,
        }),
        store.subscribe((state, previous) => {
          if (state.starting && !previous.starting) void opening.refreshRecent();
        }),
      );
      drafts.watchCurrent();

      if (desktop) {
        const wiring = await wireDesktop(desktop, {
          doc: doc!,
          run: (command) => runCommand(command),
          saveForClose: () => controller.saveForClose(),
          flushDraft: () => drafts.flush(),
          openDocument: (incoming) => void controller.openIncoming(incoming),
          fileChanged: (event) => void controller.fileChanged(event),
          preferencesChanged: (next) => preferences.receive(next),
        });
        cleanups.push(wiring.dispose);
        startup = wiring.info;
        preferences.receive(wiring.info.preferences);
        void opening.refreshRecent();
        if (wiring.info.offerDraftRecovery) await recovery.offer();
        return;
      }
      try {
        await preferences.load();
      } catch (error) {
        console.warn('[touchmap] could not read the preferences:', errorText(error));
      }
      await recovery.offer();
    },

    dispose() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      preferences.dispose();
      // Not discarded: the page is going away, its draft stays for recovery.
      drafts.dispose();
    },

    choose: opening.choose,
    back: opening.back,
    restore: recovery.restore,
    discard: recovery.discard,
    saveCopy: recovery.saveCopy,
    dismissRecovery: recovery.dismiss,
    openRecent: opening.openRecent,
    clearRecent: opening.clearRecent,
    dropFiles: createDropHandler(ctx),

    setDropping(dropping) {
      if (store.getState().dropping !== dropping) store.setState({ dropping });
    },

    openPanel(panel) {
      store.setState({ panel });
    },

    closePanel() {
      store.setState({ panel: null });
    },

    async savePreferences(next) {
      await preferences.update(next);
      store.setState({ panel: null });
    },

    saveForClose: saving.saveForClose,

    async openIncoming(incoming) {
      if (incoming.kind === 'file') {
        await opening.openFile({ file: incoming.file, text: incoming.text });
      } else {
        await recovery.openDraft(incoming.draft);
      }
    },

    fileChanged,
  };

  return controller;
}
