/**
 * The app's document shell, without React: which document is open (or the start screen),
 * the file commands, drafts and their recovery, the preferences, dropped files, the recent
 * list, and, in the desktop app, everything the main process sends (see desktop-wiring.ts).
 * App.tsx renders its state; tests drive it directly.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  FileChangedEvent,
  IncomingDocument,
  StartupInfo,
  UserPreferences,
} from '../../ipc/contract.ts';
import { parse } from '../../core/parse.ts';
import { registerCommands, runCommand, type CommandHandlers } from '../editor/commands.ts';
import type { ElectronPlatform } from '../platform/electron.ts';
import type { FileRef, OpenedFile, Platform } from '../platform/platform.ts';
import {
  createDesktopPreferences,
  createPreferencesStore,
  createStoragePreferences,
  type PreferencesBackend,
  type PreferencesStore,
} from '../preferences/preferences.ts';
import { applyTheme } from '../preferences/theme.ts';
import {
  NO_FALLBACK_FONT,
  createBrowserFallbackFont,
  createDesktopFallbackFont,
  type FallbackFontStore,
} from '../preferences/fallback-font.ts';
import { isDirty } from '../store/document-store.ts';
import type { TemplateEntry } from '../templates.ts';
import { attachAutosave, WEB_DRAFT_INTERVAL_MS, type Autosave } from './autosave.ts';
import { wireDesktop } from './desktop-wiring.ts';
import { createDialogs, type Dialogs } from './dialogs.ts';
import {
  confirmReplace,
  loadOpened,
  loadText,
  newFromChoice,
  openDocument,
  openRouted,
  saveDocumentStatus,
  showOpenError,
  type DocumentHost,
  type SaveStatus,
} from './document-actions.ts';
import type { HelpTopic } from './HelpDialog.tsx';
import { isMapFileName, isPdf, MapFileError, mapTextOf, readBytes } from './map-file.ts';
import {
  listRecovery,
  recoveryItem,
  sessionFromDraft,
  type RecoveryItem,
  type RecoveryList,
} from './recovery.ts';
import { suggestedFileName, systemEntropy, type Entropy, type Session } from './session.ts';

export type AppPanel =
  { kind: 'preferences' } | { kind: 'about' } | { kind: 'help'; topic: HelpTopic };

export interface AppState {
  session: Session | null;
  /** The start screen shows (over an open document when the user chose New). */
  starting: boolean;
  /** Unsaved work from an earlier session, offered on the start screen; null: none. */
  recovery: RecoveryList | null;
  /** The desktop app's recent files, for the start screen; null in the browser. */
  recent: FileRef[] | null;
  panel: AppPanel | null;
  /** Files are being dragged over the window. */
  dropping: boolean;
  /** What the start screen should focus when a menu command brought the user there. */
  focusRequest: { target: 'blank' | 'templates'; nonce: number } | null;
}

/** A file dropped on the window, with its file handle where the browser gives one. */
export interface DroppedFile {
  file: File;
  handle?: Promise<FileSystemHandle | null> | null;
}

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

function isElectron(platform: Platform): platform is ElectronPlatform {
  return platform.kind === 'electron' && 'desktop' in platform;
}

interface FileAdopter {
  adoptFile(name: string, handle?: FileSystemFileHandle | null): FileRef;
}

function canAdopt(platform: Platform): platform is Platform & FileAdopter {
  return typeof (platform as Partial<FileAdopter>).adoptFile === 'function';
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

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function defaultFallbackFont(platform: Platform): FallbackFontStore {
  if (isElectron(platform)) return createDesktopFallbackFont(platform.desktop);
  return typeof indexedDB === 'undefined' ? NO_FALLBACK_FONT : createBrowserFallbackFont();
}

function defaultBackend(platform: Platform): PreferencesBackend {
  if (isElectron(platform)) return createDesktopPreferences(platform.desktop);
  let storage: Storage | null;
  try {
    storage = typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    storage = null; // Storage blocked (privacy settings): the defaults, in memory.
  }
  if (storage) return createStoragePreferences(storage);
  const memory = new Map<string, string>();
  return createStoragePreferences({
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
    clear: () => memory.clear(),
    key: (i) => [...memory.keys()][i] ?? null,
    get length() {
      return memory.size;
    },
  });
}

export function createAppController(options: AppControllerOptions): AppController {
  const { platform } = options;
  const entropy = options.entropy ?? systemEntropy;
  const doc = options.doc ?? (typeof document === 'undefined' ? undefined : document);
  const win =
    options.win === undefined ? (typeof window === 'undefined' ? null : window) : options.win;
  const desktop = isElectron(platform) ? platform.desktop : null;
  const dialogs = createDialogs();
  const preferences = createPreferencesStore(
    options.preferences ?? defaultBackend(platform),
    undefined,
    options.fallbackFont ?? defaultFallbackFont(platform),
  );
  const initial = options.initialSession ?? null;
  const store = createStore<AppState>()(() => ({
    session: initial,
    starting: initial === null,
    recovery: null,
    recent: null,
    panel: null,
    dropping: false,
    focusRequest: null,
  }));

  let startup: StartupInfo | null = null;
  let autosave: Autosave | null = null;
  let draftErrorShown = false;
  let fileChangeAsking = false;
  const cleanups: (() => void)[] = [];

  const draftIntervalMs = () =>
    desktop
      ? preferences.get().draftIntervalSeconds * 1000
      : (options.webDraftIntervalMs ?? WEB_DRAFT_INTERVAL_MS);

  const reportDraftError = (error: unknown, operation: 'write' | 'remove') => {
    if (operation === 'remove') {
      console.warn('[touchmap] could not remove a draft:', errorText(error));
      return;
    }
    if (draftErrorShown) return;
    draftErrorShown = true;
    void dialogs.ask({
      title: 'Your unsaved changes could not be kept as a draft',
      lines: [
        errorText(error),
        'They are still here, but would not survive a crash. Save the map to a file to be safe.',
      ],
      footnote: 'Touchmap keeps trying; this message shows once until a draft is kept again.',
      tone: 'warning',
      buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
      cancelValue: 'ok',
    });
  };

  function watch(session: Session | null, recovered: boolean): void {
    autosave = null;
    if (session === null) return;
    autosave = attachAutosave({
      platform,
      session,
      intervalMs: draftIntervalMs(),
      recovered,
      now: entropy.now,
      onError: reportDraftError,
      onWritten: () => {
        draftErrorShown = false;
      },
      target: win,
      doc: win ? doc : null,
    });
  }

  /** Shows a new document; the previous one's draft goes (it was saved or discarded). */
  function setSession(next: Session, recovered = false): void {
    const previous = store.getState().session;
    if (previous === next) return;
    void autosave?.dispose({ discard: true });
    store.setState({ session: next, starting: false });
    watch(next, recovered);
  }

  const notify = (message: string) =>
    void dialogs.ask({
      title: 'The map was upgraded',
      lines: [message, 'Saving writes it in the current format.'],
      buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
      cancelValue: 'ok',
    });

  const host: DocumentHost = {
    platform,
    dialogs,
    entropy,
    getSession: () => store.getState().session,
    setSession: (session) => setSession(session),
    notify,
    newMapDefaults: () => preferences.get().newMap,
  };

  const removeRecoveryItem = (documentId: string) => {
    const recovery = store.getState().recovery;
    if (!recovery) return;
    const items = recovery.items.filter((item) => item.documentId !== documentId);
    store.setState({
      recovery: items.length === 0 && recovery.skipped === 0 ? null : { ...recovery, items },
    });
  };

  const showStart = (target: 'blank' | 'templates') =>
    store.setState((state) => ({
      starting: true,
      focusRequest: { target, nonce: (state.focusRequest?.nonce ?? 0) + 1 },
    }));

  const open = exclusive(() => openDocument(host));
  const save = exclusive(() => saveDocumentStatus(host, { as: false }));
  const saveAs = exclusive(() => saveDocumentStatus(host, { as: true }));

  const commands: CommandHandlers = {
    new: () => showStart('blank'),
    newFromTemplate: () => showStart('templates'),
    open,
    save,
    saveAs,
    preferences: () => controller.openPanel({ kind: 'preferences' }),
    userGuide: () => controller.openPanel({ kind: 'help', topic: 'guide' }),
    fileFormat: () => controller.openPanel({ kind: 'help', topic: 'format' }),
    about: () => controller.openPanel({ kind: 'about' }),
  };

  async function refreshRecent(): Promise<void> {
    if (!desktop) return;
    try {
      store.setState({ recent: await desktop.listRecentFiles() });
    } catch (error) {
      console.warn('[touchmap] could not list recent files:', errorText(error));
    }
  }

  async function offerRecovery(): Promise<void> {
    let list: RecoveryList;
    const openId = store.getState().session?.document.getState().documentId;
    try {
      list = await listRecovery(platform, new Set(openId ? [openId] : []));
    } catch (error) {
      await dialogs.ask({
        title: 'Unsaved work from last time could not be listed',
        lines: [errorText(error), 'The drafts were left where they are.'],
        tone: 'warning',
        buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
        cancelValue: 'ok',
      });
      return;
    }
    if (list.items.length === 0 && list.skipped === 0) return;
    store.setState({ recovery: list });
    const { session, starting } = store.getState();
    if (session !== null && !starting && list.items.length > 0) {
      // A document opened straight away (double-click on a file): say there is more.
      const choice = await dialogs.ask<'show' | 'later'>({
        title: 'Recover unsaved work?',
        lines: [
          list.items.length === 1
            ? `A map with unsaved changes (“${titleOf(list.items[0]!)}”) was left open last time.`
            : `${list.items.length} maps with unsaved changes were left open last time.`,
        ],
        buttons: [
          { label: 'Show it', value: 'show', kind: 'primary' },
          { label: 'Later', value: 'later' },
        ],
        cancelValue: 'later',
      });
      if (choice === 'show') store.setState({ starting: true });
    }
  }

  async function replaceInPlace(session: Session, opened: OpenedFile): Promise<boolean> {
    const result = parse(opened.text);
    if (!result.ok) {
      await showOpenError(
        host,
        new Error(`${result.error.message}\nYour map is unchanged.`),
        `“${opened.file.name}” could not be reloaded`,
      );
      return false;
    }
    // The other program's version becomes the saved state; undo still reaches this window's
    // earlier versions (they show as unsaved), and the reload itself is not an undo step.
    const temporal = session.document.temporal.getState();
    temporal.pause();
    session.document.setState({ map: result.map, savedMap: result.map, file: opened.file });
    temporal.resume();
    return true;
  }

  async function reload(session: Session, file: FileRef): Promise<void> {
    if (!desktop) return;
    let opened: OpenedFile | null;
    try {
      opened = await desktop.reloadFile(file);
    } catch (error) {
      await showOpenError(host, error, `“${file.name}” could not be reloaded`);
      return;
    }
    if (opened !== null && store.getState().session === session) {
      await replaceInPlace(session, opened);
    }
  }

  const controller: AppController = {
    store,
    dialogs,
    platform,
    preferences,
    host,
    commands,
    get startup() {
      return startup;
    },

    async start() {
      cleanups.push(registerCommands(commands));
      // The desktop's preferences changes come through the wiring (subscribed before ready()).
      if (!desktop) preferences.connect();
      cleanups.push(
        preferences.store.subscribe((state, previous) => {
          if (state.preferences.theme !== previous.preferences.theme) {
            applyTheme(state.preferences.theme, doc?.documentElement ?? null);
          }
          if (
            desktop &&
            state.preferences.draftIntervalSeconds !== previous.preferences.draftIntervalSeconds
          ) {
            autosave?.setIntervalMs(state.preferences.draftIntervalSeconds * 1000);
          }
        }),
      );
      cleanups.push(
        store.subscribe((state, previous) => {
          if (state.starting && !previous.starting) void refreshRecent();
        }),
      );
      applyTheme(preferences.get().theme, doc?.documentElement ?? null);
      watch(store.getState().session, false);

      if (desktop) {
        const wiring = await wireDesktop(desktop, {
          doc: doc!,
          run: (command) => runCommand(command),
          saveForClose: () => controller.saveForClose(),
          openDocument: (incoming) => void controller.openIncoming(incoming),
          fileChanged: (event) => void controller.fileChanged(event),
          preferencesChanged: (next) => preferences.receive(next),
        });
        cleanups.push(wiring.dispose);
        startup = wiring.info;
        preferences.receive(wiring.info.preferences);
        void refreshRecent();
        if (wiring.info.offerDraftRecovery) await offerRecovery();
        return;
      }
      try {
        await preferences.load();
      } catch (error) {
        console.warn('[touchmap] could not read the preferences:', errorText(error));
      }
      await offerRecovery();
    },

    dispose() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      preferences.dispose();
      // Not discarded: the page is going away, its draft stays for recovery.
      void autosave?.dispose();
      autosave = null;
    },

    choose: exclusive(async (entry: TemplateEntry) => {
      await newFromChoice(host, entry);
    }),

    back() {
      if (store.getState().session !== null) store.setState({ starting: false });
    },

    async restore(item) {
      if (item.kind !== 'ready') return;
      const session = store.getState().session;
      if (session !== null && desktop) {
        // This window holds a map: the draft gets a window of its own.
        try {
          await desktop.openDraftInNewWindow(item.documentId);
          removeRecoveryItem(item.documentId);
        } catch (error) {
          await showOpenError(host, error, `“${item.draft.title}” could not be recovered`);
        }
        return;
      }
      if (!(await confirmReplace(host))) return;
      setSession(sessionFromDraft(item, entropy), true);
      removeRecoveryItem(item.documentId);
      if (item.notes.length > 0) notify(item.notes.join(' '));
    },

    async discard(item) {
      const choice = await dialogs.ask<'discard' | 'keep'>({
        title: `Discard the unsaved changes to “${titleOf(item)}”?`,
        lines: ['The draft is deleted for good. This cannot be undone.'],
        tone: 'warning',
        buttons: [
          { label: 'Discard', value: 'discard', kind: 'danger' },
          { label: 'Keep it', value: 'keep', kind: 'primary' },
        ],
        cancelValue: 'keep',
      });
      if (choice !== 'discard') return;
      try {
        await platform.drafts.remove(item.documentId);
        removeRecoveryItem(item.documentId);
      } catch (error) {
        await dialogs.ask({
          title: 'The draft could not be discarded',
          lines: [errorText(error)],
          tone: 'error',
          buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
          cancelValue: 'ok',
        });
      }
    },

    async saveCopy(item) {
      const text = item.kind === 'ready' ? item.draft.text : item.text;
      const outcome = await platform.saveFile(
        null,
        text,
        suggestedFileName(`${titleOf(item)} (recovered)`),
      );
      if (outcome.status === 'failed') {
        await dialogs.ask({
          title: 'The copy was not saved',
          lines: [outcome.message],
          tone: 'error',
          buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
          cancelValue: 'ok',
        });
      }
    },

    dismissRecovery() {
      store.setState({ recovery: null });
    },

    openRecent: exclusive(async (file: FileRef) => {
      if (!desktop) return;
      await openRouted(host, () => desktop.openRecentFile(file));
      await refreshRecent();
    }),

    async clearRecent() {
      if (!desktop) return;
      await desktop.clearRecentFiles();
      store.setState({ recent: [] });
    },

    dropFiles: exclusive(async (dropped: readonly DroppedFile[]) => {
      store.setState({ dropping: false });
      if (dropped.length === 0) return;
      // Sort what came: map files by name, PDFs by their first bytes.
      const maps: DroppedFile[] = [];
      const pdfs: { item: DroppedFile; bytes: Uint8Array }[] = [];
      for (const item of dropped) {
        if (isMapFileName(item.file.name)) {
          maps.push(item);
          continue;
        }
        const bytes = await readBytes(item.file);
        if (isPdf(bytes)) pdfs.push({ item, bytes });
      }
      if (maps.length > 0) {
        if (desktop) {
          // Main reads them (by path), routes each to a window and grants this one its file.
          await openRouted(host, () => desktop.openDroppedFiles(maps.map((m) => m.file)));
          return;
        }
        const [first] = maps;
        const bytes = await readBytes(first!.file);
        let read;
        try {
          read = await mapTextOf(first!.file.name, bytes);
        } catch (error) {
          // Not UTF-8: the core's message, as for the file picker; nothing is opened.
          if (!(error instanceof MapFileError)) throw error;
          await dialogs.ask({
            title: error.message,
            lines: error.lines,
            tone: 'error',
            buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
            cancelValue: 'ok',
          });
          return;
        }
        const { text, fromPdf } = read;
        const handle = await first!.handle?.catch(() => null);
        const file =
          canAdopt(platform) && !fromPdf
            ? platform.adoptFile(
                first!.file.name,
                handle && handle.kind === 'file' ? (handle as FileSystemFileHandle) : null,
              )
            : null;
        await loadText(host, text, file, { confirm: true, name: first!.file.name });
        return;
      }
      if (pdfs.length > 0) {
        const [{ item, bytes }] = pdfs as [(typeof pdfs)[number]];
        try {
          const { text } = await mapTextOf(item.file.name, bytes);
          // The map of a PDF has no .touchmap file yet: saving asks where.
          await loadText(host, text, null, { confirm: true, name: item.file.name });
        } catch (error) {
          if (!(error instanceof MapFileError)) throw error;
          await dialogs.ask({
            title: error.message,
            lines: error.lines,
            tone: 'error',
            buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
            cancelValue: 'ok',
          });
        }
        return;
      }
      const names = dropped.map((d) => `“${d.file.name}”`).join(', ');
      await dialogs.ask({
        title: 'Nothing to open',
        lines: [
          `${names} ${dropped.length === 1 ? 'is not a map' : 'are not maps'}.`,
          'Touchmap opens .touchmap files, and the PDFs it exported (they carry their map).',
        ],
        tone: 'info',
        buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
        cancelValue: 'ok',
      });
    }),

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

    async saveForClose() {
      const session = store.getState().session;
      // Nothing unsaved (an undo back to the saved map since main asked): nothing to lose.
      if (session === null || !isDirty(session.document.getState())) return 'saved';
      const status = await saveDocumentStatus(host, { as: false });
      // The draft goes with the save (autosave removes it): let that finish before closing.
      if (status === 'saved') await autosave?.flush();
      return status;
    },

    async openIncoming(incoming) {
      if (incoming.kind === 'file') {
        await loadOpened(host, { file: incoming.file, text: incoming.text }, { confirm: true });
        return;
      }
      const item = recoveryItem(incoming.draft);
      if (item.kind !== 'ready') {
        await dialogs.ask({
          title: `“${incoming.draft.title}” cannot be recovered`,
          lines: [item.problem, 'The draft was left where it is.'],
          tone: 'error',
          buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
          cancelValue: 'ok',
        });
        return;
      }
      if (!(await confirmReplace(host))) return;
      setSession(sessionFromDraft(item, entropy), true);
      removeRecoveryItem(item.documentId);
    },

    async fileChanged(event) {
      const session = store.getState().session;
      if (session === null || fileChangeAsking) return;
      const state = session.document.getState();
      if (state.file === null) return;
      const name = state.file.name;
      if (event.change === 'deleted') {
        // Only this window has the map now: it is unsaved work, kept as a draft.
        if (!isDirty(state)) session.document.setState({ savedMap: null });
        fileChangeAsking = true;
        try {
          await dialogs.ask({
            title: `“${name}” was deleted or moved`,
            lines: [
              'Another program removed the file. Your map is still open here, marked as unsaved.',
              'Save it to write the file again, or use Save As to put it somewhere else.',
            ],
            tone: 'warning',
            buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
            cancelValue: 'ok',
          });
        } finally {
          fileChangeAsking = false;
        }
        return;
      }
      if (!isDirty(state)) {
        await reload(session, event.file);
        return;
      }
      fileChangeAsking = true;
      let choice: 'reload' | 'keep';
      try {
        choice = await dialogs.ask<'reload' | 'keep'>({
          title: `“${name}” was changed by another program`,
          lines: [
            'You have unsaved changes here, and the file on disk is now different.',
            'Reload it to take the other version (your changes here are lost), or keep yours: saving will then ask before replacing the file.',
          ],
          tone: 'warning',
          buttons: [
            { label: 'Keep my version', value: 'keep', kind: 'primary' },
            { label: 'Reload and lose my changes', value: 'reload', kind: 'danger' },
          ],
          cancelValue: 'keep',
        });
      } finally {
        fileChangeAsking = false;
      }
      if (choice === 'reload' && store.getState().session === session) {
        await reload(session, event.file);
      }
    },
  };

  return controller;
}

export function titleOf(item: RecoveryItem): string {
  return item.kind === 'ready' ? item.map.title || item.draft.title : item.title;
}
