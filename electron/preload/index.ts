/**
 * The only bridge between the page and the main process: `window.touchmap`, exactly the
 * TouchmapBridge of src/ipc/contract.ts, one named method per action. The page never gets
 * ipcRenderer, a generic invoke(channel), IPC event objects, or a file path; dropped files
 * become paths here, in the preload, and go straight to the main process.
 *
 * Bundled as CommonJS for the sandbox; only the channel names are imported at run time.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS, type Channel, type EventChannel } from '../../src/ipc/channels.ts';
import type {
  ChooseFallbackFontResult,
  CloseRequest,
  DocumentState,
  DraftFlushRequest,
  Draft,
  DraftListing,
  FallbackFontData,
  FallbackFontInfo,
  FileChangedEvent,
  FileRef,
  FoundSessionInfo,
  IncomingDocument,
  JoinSessionResult,
  OpenFileResult,
  OpenMapResult,
  RecentPreview,
  RendererMenuCommand,
  SaveOutcome,
  ShareSessionResult,
  StartupInfo,
  TouchmapBridge,
  Unsubscribe,
} from '../../src/ipc/contract.ts';
import type { UserPreferences } from '../../src/ipc/preferences.ts';

const invoke = <T>(channel: Channel, payload?: unknown): Promise<T> =>
  ipcRenderer.invoke(channel, payload) as Promise<T>;

function subscribe<T>(channel: EventChannel, listener: (payload: T) => void): Unsubscribe {
  // The page gets the payload only, never the event (it holds `sender`).
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

/** Exactly the two fields of a FileRef, whatever else the object carries. */
const ref = (file: FileRef): FileRef => ({ token: String(file.token), name: String(file.name) });

const bridge: TouchmapBridge = {
  platform: process.platform,
  versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '' },

  ready: () => invoke<StartupInfo>(CHANNELS.ready),
  openFile: () => invoke<OpenFileResult>(CHANNELS.openFile),
  readFileFromDialog: () => invoke<OpenFileResult>(CHANNELS.readFileFromDialog),
  openRecentFile: (file) => invoke<OpenFileResult>(CHANNELS.openRecentFile, { file: ref(file) }),
  openDroppedFiles(files) {
    const paths = Array.from(files, (file) => webUtils.getPathForFile(file)).filter(Boolean);
    if (paths.length === 0) return Promise.resolve<OpenFileResult>({ status: 'cancelled' });
    return invoke<OpenFileResult>(CHANNELS.openDroppedFiles, { paths: paths.slice(0, 32) });
  },
  reloadFile: (file) => invoke<OpenFileResult>(CHANNELS.reloadFile, { file: ref(file) }),
  listRecentFiles: () => invoke<FileRef[]>(CHANNELS.listRecentFiles),
  clearRecentFiles: () => invoke<void>(CHANNELS.clearRecentFiles),
  readRecentPreview: (file) =>
    invoke<RecentPreview>(CHANNELS.readRecentPreview, { file: ref(file) }),

  saveFile: (request) =>
    invoke<SaveOutcome>(CHANNELS.saveFile, {
      file: request.file ? ref(request.file) : null,
      text: request.text,
      suggestedName: request.suggestedName,
      force: request.force,
    }),
  exportFile: (request) =>
    invoke<SaveOutcome>(CHANNELS.exportFile, {
      bytes: request.bytes,
      suggestedName: request.suggestedName,
      mimeType: request.mimeType,
    }),
  showInFolder: (file) => invoke<void>(CHANNELS.showInFolder, { file: ref(file) }),

  drafts: {
    write: (draft: Draft) =>
      invoke<void>(CHANNELS.writeDraft, {
        draft: {
          documentId: draft.documentId,
          title: draft.title,
          file: draft.file ? ref(draft.file) : null,
          text: draft.text,
          savedAt: draft.savedAt,
        },
      }),
    remove: (documentId) => invoke<void>(CHANNELS.removeDraft, { documentId }),
    list: () => invoke<DraftListing>(CHANNELS.listDrafts),
    openInNewWindow: (documentId) => invoke<boolean>(CHANNELS.openDraftInNewWindow, { documentId }),
  },

  setDocumentState: (state: DocumentState) =>
    invoke<void>(CHANNELS.setDocumentState, {
      title: state.title,
      fileName: state.fileName,
      dirty: state.dirty,
    }),

  preferences: {
    get: () => invoke<UserPreferences>(CHANNELS.getPreferences),
    set: (patch) => invoke<UserPreferences>(CHANNELS.setPreferences, { patch }),
    onChange: (listener) => subscribe<UserPreferences>(EVENTS.preferencesChanged, listener),
  },

  getFallbackFont: () => invoke<FallbackFontInfo | null>(CHANNELS.getFallbackFont),
  chooseFallbackFont: () => invoke<ChooseFallbackFontResult>(CHANNELS.chooseFallbackFont),
  clearFallbackFont: () => invoke<void>(CHANNELS.clearFallbackFont),
  readFallbackFont: () => invoke<FallbackFontData>(CHANNELS.readFallbackFont),

  onMenuCommand: (listener) => subscribe<RendererMenuCommand>(EVENTS.menuCommand, listener),
  onOpenDocument: (listener) => subscribe<IncomingDocument>(EVENTS.openDocument, listener),
  onFileChanged: (listener) => subscribe<FileChangedEvent>(EVENTS.fileChanged, listener),
  onCloseRequest: (listener) => subscribe<CloseRequest>(EVENTS.closeRequest, listener),
  respondToCloseRequest: (requestId, outcome) =>
    invoke<void>(CHANNELS.respondToCloseRequest, { requestId, outcome }),
  onDraftFlushRequest: (listener) =>
    subscribe<DraftFlushRequest>(EVENTS.draftFlushRequest, listener),
  respondToDraftFlush: (requestId) => invoke<void>(CHANNELS.respondToDraftFlush, { requestId }),

  openMapInNewWindow: (text) =>
    invoke<OpenMapResult>(CHANNELS.openMapInNewWindow, { text: String(text) }),
  sessions: {
    share: () => invoke<ShareSessionResult>(CHANNELS.shareSession),
    found: () => invoke<FoundSessionInfo[]>(CHANNELS.listFoundSessions),
    join: (link) => invoke<JoinSessionResult>(CHANNELS.joinSession, { link: String(link) }),
  },
};

contextBridge.exposeInMainWorld('touchmap', bridge);
