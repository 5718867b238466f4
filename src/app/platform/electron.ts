/**
 * The desktop platform: the Platform interface over `window.touchmap` (the preload's bridge).
 *
 * Platform covers what every host offers (open, save, export, drafts, document state). What
 * only the desktop has (the application menu, documents sent by the system, files changed on
 * disk, the unsaved-changes handshake on close, preferences, the recent list, dropped files)
 * is in `desktop`, typed by the IPC contract.
 */
import type {
  ChooseFallbackFontResult,
  CloseOutcome,
  DraftListing,
  ExportMimeType,
  FallbackFontData,
  FallbackFontInfo,
  FileChangedEvent,
  FoundSessionInfo,
  IncomingDocument,
  JoinSessionResult,
  OpenFailureReason,
  OpenFileResult,
  OpenMapResult,
  RecentPreview,
  RendererMenuCommand,
  ShareSessionResult,
  StartupInfo,
  TouchmapBridge,
  Unsubscribe,
} from '../../ipc/contract.ts';
import type { UserPreferences, UserPreferencesPatch } from '../../ipc/preferences.ts';
import type {
  Draft,
  FileRef,
  OpenedFile,
  Platform,
  PlatformCapabilities,
  SaveOutcome,
} from './platform.ts';

declare global {
  interface Window {
    /** Present in the desktop app only (see electron/preload). */
    touchmap?: TouchmapBridge;
  }
}

const EXPORT_TYPES: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/svg+xml',
] satisfies ExportMimeType[];

export interface DesktopShell {
  /**
   * Call once at start-up, after subscribing to the events below: documents and commands the
   * main process holds for this window arrive right before it resolves.
   */
  ready(): Promise<StartupInfo>;
  onMenuCommand(listener: (command: RendererMenuCommand) => void): Unsubscribe;
  /**
   * A file (double-click, Open Recent, the menu's Open, a drop on another window...) or a
   * draft to recover, for this window.
   */
  onOpenDocument(listener: (document: IncomingDocument) => void): Unsubscribe;
  /** This window's file changed on disk: reload when clean, warn when dirty. */
  onFileChanged(listener: (event: FileChangedEvent) => void): Unsubscribe;
  /**
   * Answers the main process's "save before closing" requests with `save` (the same save as
   * the menu's Save: Save As for an untitled map, conflict handling included). The window
   * closes only when it resolves to a 'saved' outcome.
   */
  handleCloseRequests(save: () => Promise<SaveOutcome | boolean>): Unsubscribe;
  /**
   * Answers main's "write your draft now" (it is quitting) once `flush` is done, whether it
   * wrote, had nothing to write or failed: main only waits, it cannot do better.
   */
  handleDraftFlushRequests(flush: () => Promise<void>): Unsubscribe;
  openDroppedFiles(files: readonly File[]): Promise<OpenedFile | null>;
  openRecentFile(file: FileRef): Promise<OpenedFile | null>;
  listRecentFiles(): Promise<FileRef[]>;
  clearRecentFiles(): Promise<void>;
  /** A recent file's map for its miniature, read by main (or why it could not be). */
  readRecentPreview(file: FileRef): Promise<RecentPreview>;
  /** Reads this window's file again; throws an OpenFileError when it no longer opens. */
  reloadFile(file: FileRef): Promise<OpenedFile | null>;
  showInFolder(file: FileRef): Promise<void>;
  /** All drafts not held by another window, with how many damaged ones were skipped. */
  listDrafts(): Promise<DraftListing>;
  openDraftInNewWindow(documentId: string): Promise<boolean>;
  preferences: {
    get(): Promise<UserPreferences>;
    set(patch: UserPreferencesPatch): Promise<UserPreferences>;
    onChange(listener: (preferences: UserPreferences) => void): Unsubscribe;
  };
  /** The PDF fallback font: main keeps its path and reads it. */
  fallbackFont: {
    get(): Promise<FallbackFontInfo | null>;
    choose(): Promise<ChooseFallbackFontResult>;
    clear(): Promise<void>;
    read(): Promise<FallbackFontData>;
  };
  /** Opens a serialised map in a new untitled window (main parses it first). */
  openMapInNewWindow(text: string): Promise<OpenMapResult>;
  /** Live sessions on the local network: the desktop app's File menu (issue 12). */
  sessions: {
    share(): Promise<ShareSessionResult>;
    found(): Promise<FoundSessionInfo[]>;
    join(link: string): Promise<JoinSessionResult>;
  };
}

export const ELECTRON_CAPABILITIES: PlatformCapabilities = {
  routesFilesToWindows: true,
  draftStorage: 'host-files',
  configurableDraftInterval: true,
  confirmsCloseInPage: false,
  pickerNeedsUserActivation: false,
};

export interface ElectronPlatform extends Platform {
  readonly platformName: string;
  readonly desktop: DesktopShell;
}

export function hasElectronBridge(target: { touchmap?: TouchmapBridge } = window): boolean {
  return typeof target.touchmap === 'object' && target.touchmap !== null;
}

/** Exactly a FileRef, for the bridge's strict schemas. */
const ref = (file: FileRef): FileRef => ({ token: file.token, name: file.name });

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * A file that could not be opened: unreadable, or not a map this version can edit. `message`
 * is ready to show (one line per fact); `reason` tells a too-new file from a broken one.
 */
export class OpenFileError extends Error {
  readonly reason: OpenFailureReason;
  constructor(reason: OpenFailureReason, message: string) {
    super(message);
    this.name = 'OpenFileError';
    this.reason = reason;
  }
}

/** What a window does with an open result: a file for it, nothing (elsewhere, cancelled), or an error. */
function opened(result: OpenFileResult): OpenedFile | null {
  switch (result.status) {
    case 'opened':
      return { file: result.file, text: result.text };
    case 'failed':
      throw new OpenFileError(result.reason, result.message);
    default:
      return null;
  }
}

async function saving(run: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
  try {
    return await run();
  } catch (error) {
    return { status: 'failed', message: message(error) };
  }
}

export function createElectronPlatform(
  bridge: TouchmapBridge | undefined = typeof window === 'undefined' ? undefined : window.touchmap,
): ElectronPlatform {
  if (!bridge) throw new Error('Not running in the Touchmap desktop app (no window.touchmap).');

  const desktop: DesktopShell = {
    ready: () => bridge.ready(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onOpenDocument: (listener) => bridge.onOpenDocument(listener),
    onFileChanged: (listener) => bridge.onFileChanged(listener),
    handleCloseRequests(save) {
      return bridge.onCloseRequest(({ requestId }) => {
        void (async () => {
          let outcome: CloseOutcome;
          try {
            const result = await save();
            const status =
              typeof result === 'boolean' ? (result ? 'saved' : 'failed') : result.status;
            outcome =
              status === 'saved' ? 'saved' : status === 'cancelled' ? 'cancelled' : 'failed';
          } catch {
            outcome = 'failed';
          }
          await bridge.respondToCloseRequest(requestId, outcome).catch(() => undefined);
        })();
      });
    },
    handleDraftFlushRequests(flush) {
      return bridge.onDraftFlushRequest(({ requestId }) => {
        void (async () => {
          await flush().catch((error: unknown) => {
            console.warn('[touchmap] could not write the draft before quitting:', message(error));
          });
          await bridge.respondToDraftFlush(requestId).catch(() => undefined);
        })();
      });
    },
    openDroppedFiles: async (files) => opened(await bridge.openDroppedFiles(files)),
    openRecentFile: async (file) => opened(await bridge.openRecentFile(ref(file))),
    listRecentFiles: () => bridge.listRecentFiles(),
    clearRecentFiles: () => bridge.clearRecentFiles(),
    readRecentPreview: (file) => bridge.readRecentPreview(ref(file)),
    reloadFile: async (file) => opened(await bridge.reloadFile(ref(file))),
    showInFolder: (file) => bridge.showInFolder(ref(file)),
    listDrafts: () => bridge.drafts.list(),
    openDraftInNewWindow: (documentId) => bridge.drafts.openInNewWindow(documentId),
    preferences: {
      get: () => bridge.preferences.get(),
      set: (patch) => bridge.preferences.set(patch),
      onChange: (listener) => bridge.preferences.onChange(listener),
    },
    fallbackFont: {
      get: () => bridge.getFallbackFont(),
      choose: () => bridge.chooseFallbackFont(),
      clear: () => bridge.clearFallbackFont(),
      read: () => bridge.readFallbackFont(),
    },
    openMapInNewWindow: (text) => bridge.openMapInNewWindow(text),
    sessions: {
      share: () => bridge.sessions.share(),
      found: () => bridge.sessions.found(),
      join: (link) => bridge.sessions.join(link),
    },
  };

  return {
    capabilities: ELECTRON_CAPABILITIES,
    platformName: bridge.platform,
    desktop,

    async openFile() {
      return opened(await bridge.openFile());
    },

    async readFileFromDialog() {
      return opened(await bridge.readFileFromDialog());
    },

    saveFile(file, text, suggestedName, options) {
      return saving(() =>
        bridge.saveFile({
          file: file ? ref(file) : null,
          text,
          suggestedName: suggestedName.trim() || 'Untitled',
          force: options?.force === true,
        }),
      );
    },

    exportFile(bytes, suggestedName, mimeType) {
      if (!EXPORT_TYPES.includes(mimeType)) {
        return Promise.resolve({ status: 'failed', message: `Cannot export ${mimeType} files.` });
      }
      return saving(() =>
        bridge.exportFile({
          bytes,
          suggestedName: suggestedName.trim() || 'Untitled',
          mimeType: mimeType as ExportMimeType,
        }),
      );
    },

    drafts: {
      write: (draft: Draft) =>
        bridge.drafts.write({
          documentId: draft.documentId,
          title: draft.title,
          file: draft.file ? ref(draft.file) : null,
          text: draft.text,
          savedAt: draft.savedAt,
        }),
      remove: (documentId) => bridge.drafts.remove(documentId),
      list: async () => (await bridge.drafts.list()).drafts,
    },

    setDocumentState(state) {
      bridge
        .setDocumentState({ title: state.title, fileName: state.fileName, dirty: state.dirty })
        .catch((error: unknown) => console.warn('[touchmap] setDocumentState:', message(error)));
    },
  };
}
