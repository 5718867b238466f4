/**
 * A fake `window.touchmap` for the renderer's desktop wiring: it implements the whole
 * TouchmapBridge, records every call (in order), answers from scripted results, and lets a
 * test play the main process: send menu commands, documents, file changes and close requests.
 */
import {
  type ChooseFallbackFontResult,
  type CloseOutcome,
  type CloseRequest,
  type DocumentState,
  type DraftFlushRequest,
  type DraftListing,
  type ExportFileRequest,
  type FallbackFontData,
  type FallbackFontInfo,
  type FileChangedEvent,
  type FoundSessionInfo,
  type IncomingDocument,
  type JoinSessionResult,
  type OpenFileResult,
  type OpenMapResult,
  type RecentPreview,
  type RendererMenuCommand,
  type SaveFileRequest,
  type ShareSessionResult,
  type StartupInfo,
  type TouchmapBridge,
} from '../../../src/ipc/contract.ts';
import {
  DEFAULT_USER_PREFERENCES,
  type UserPreferences,
  type UserPreferencesPatch,
} from '../../../src/ipc/preferences.ts';
import type { Draft, FileRef, SaveOutcome } from '../../../src/app/platform/platform.ts';

type Listener<T> = (value: T) => void;

export interface Call {
  method: string;
  args: unknown[];
}

export class FakeBridge implements TouchmapBridge {
  readonly platform = 'linux';
  readonly versions = { electron: '41.7.1', chrome: '146.0.0.0' };

  calls: Call[] = [];
  startup: StartupInfo = {
    platform: 'linux',
    offerDraftRecovery: false,
    preferences: structuredClone(DEFAULT_USER_PREFERENCES),
  };
  preferencesValue: UserPreferences = structuredClone(DEFAULT_USER_PREFERENCES);
  /** Drafts main holds, by document id. */
  draftFiles = new Map<string, Draft>();
  skippedDrafts = 0;
  recent: FileRef[] = [];
  /** Scripted answers, taken in order (then a default). */
  openResults: OpenFileResult[] = [];
  saveResults: SaveOutcome[] = [];
  reloadResults: OpenFileResult[] = [];
  droppedResults: OpenFileResult[] = [];
  recentResults: OpenFileResult[] = [];
  documentStates: DocumentState[] = [];
  /** Live sessions: scripted share answers, what discovery found, the maps sent to new windows. */
  shareResults: ShareSessionResult[] = [];
  foundSessions: FoundSessionInfo[] = [];
  mapsInNewWindows: string[] = [];
  closeResponses = new Map<string, CloseOutcome>();
  /** Previews main would read, by token; a token without one is refused (not in the list). */
  previews = new Map<string, RecentPreview>();

  private readonly listeners = {
    menu: new Set<Listener<RendererMenuCommand>>(),
    open: new Set<Listener<IncomingDocument>>(),
    fileChanged: new Set<Listener<FileChangedEvent>>(),
    close: new Set<Listener<CloseRequest>>(),
    preferences: new Set<Listener<UserPreferences>>(),
    draftFlush: new Set<Listener<DraftFlushRequest>>(),
  };
  private readonly closeWaiters = new Map<string, (outcome: CloseOutcome) => void>();
  private readonly flushWaiters = new Map<string, () => void>();

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  /** The methods called, in order. */
  methods(): string[] {
    return this.calls.map((c) => c.method);
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private subscribe<K extends keyof FakeBridge['listeners']>(
    kind: K,
    method: string,
    listener: FakeBridge['listeners'][K] extends Set<infer L> ? L : never,
  ): () => void {
    this.record(method);
    const set = this.listeners[kind] as Set<typeof listener>;
    set.add(listener);
    return () => set.delete(listener);
  }

  // ---- the bridge ----------------------------------------------------------------------

  /** What main sends this window right before ready() resolves (held documents, commands). */
  beforeReady: (() => void) | null = null;

  async ready(): Promise<StartupInfo> {
    this.record('ready');
    this.beforeReady?.();
    return structuredClone(this.startup);
  }
  async openFile(): Promise<OpenFileResult> {
    this.record('openFile');
    return this.openResults.shift() ?? { status: 'cancelled' };
  }
  async readFileFromDialog(): Promise<OpenFileResult> {
    this.record('readFileFromDialog');
    return this.openResults.shift() ?? { status: 'cancelled' };
  }
  async openRecentFile(file: FileRef): Promise<OpenFileResult> {
    this.record('openRecentFile', file);
    return this.recentResults.shift() ?? { status: 'cancelled' };
  }
  async openDroppedFiles(files: readonly File[]): Promise<OpenFileResult> {
    this.record('openDroppedFiles', files);
    return this.droppedResults.shift() ?? { status: 'cancelled' };
  }
  async reloadFile(file: FileRef): Promise<OpenFileResult> {
    this.record('reloadFile', file);
    return this.reloadResults.shift() ?? { status: 'cancelled' };
  }
  async listRecentFiles(): Promise<FileRef[]> {
    this.record('listRecentFiles');
    return [...this.recent];
  }
  async clearRecentFiles(): Promise<void> {
    this.record('clearRecentFiles');
    this.recent = [];
  }
  async readRecentPreview(file: FileRef): Promise<RecentPreview> {
    this.record('readRecentPreview', file);
    const preview = this.previews.get(file.token);
    if (!preview) throw new Error('Refused: that file is not in the recent list.');
    return structuredClone(preview);
  }
  async saveFile(request: SaveFileRequest): Promise<SaveOutcome> {
    this.record('saveFile', request);
    return (
      this.saveResults.shift() ??
      (request.file
        ? { status: 'saved', file: request.file }
        : {
            status: 'saved',
            file: { token: 'granted-new-file-0001', name: request.suggestedName },
          })
    );
  }
  async exportFile(request: ExportFileRequest): Promise<SaveOutcome> {
    this.record('exportFile', request);
    return { status: 'cancelled' };
  }
  async showInFolder(file: FileRef): Promise<void> {
    this.record('showInFolder', file);
  }

  drafts = {
    write: async (draft: Draft): Promise<void> => {
      this.record('drafts.write', draft);
      this.draftFiles.set(draft.documentId, draft);
    },
    remove: async (documentId: string): Promise<void> => {
      this.record('drafts.remove', documentId);
      this.draftFiles.delete(documentId);
    },
    list: async (): Promise<DraftListing> => {
      this.record('drafts.list');
      return { drafts: [...this.draftFiles.values()], skipped: this.skippedDrafts };
    },
    openInNewWindow: async (documentId: string): Promise<boolean> => {
      this.record('drafts.openInNewWindow', documentId);
      return true;
    },
  };

  async setDocumentState(state: DocumentState): Promise<void> {
    this.record('setDocumentState', state);
    this.documentStates.push(state);
  }

  preferences = {
    get: async (): Promise<UserPreferences> => {
      this.record('preferences.get');
      return structuredClone(this.preferencesValue);
    },
    set: async (patch: UserPreferencesPatch): Promise<UserPreferences> => {
      this.record('preferences.set', patch);
      this.preferencesValue = { ...this.preferencesValue, ...patch };
      return structuredClone(this.preferencesValue);
    },
    onChange: (listener: Listener<UserPreferences>) =>
      this.subscribe('preferences', 'preferences.onChange', listener),
  };

  /** The fallback font main keeps (its name and bytes), and the scripted dialog answers. */
  fallbackFont: { name: string; bytes: Uint8Array } | null = null;
  fallbackChoices: ChooseFallbackFontResult[] = [];

  async getFallbackFont(): Promise<FallbackFontInfo | null> {
    this.record('getFallbackFont');
    return this.fallbackFont ? { name: this.fallbackFont.name, problem: null } : null;
  }
  async chooseFallbackFont(): Promise<ChooseFallbackFontResult> {
    this.record('chooseFallbackFont');
    const result = this.fallbackChoices.shift() ?? { status: 'cancelled' };
    if (result.status === 'chosen') {
      this.fallbackFont = { name: result.name, bytes: new Uint8Array([0, 1, 0, 0]) };
    }
    return result;
  }
  async clearFallbackFont(): Promise<void> {
    this.record('clearFallbackFont');
    this.fallbackFont = null;
  }
  async readFallbackFont(): Promise<FallbackFontData> {
    this.record('readFallbackFont');
    const font = this.fallbackFont;
    return { name: font?.name ?? null, bytes: font?.bytes ?? null, message: null };
  }

  onMenuCommand(listener: Listener<RendererMenuCommand>) {
    return this.subscribe('menu', 'onMenuCommand', listener);
  }
  onOpenDocument(listener: Listener<IncomingDocument>) {
    return this.subscribe('open', 'onOpenDocument', listener);
  }
  onFileChanged(listener: Listener<FileChangedEvent>) {
    return this.subscribe('fileChanged', 'onFileChanged', listener);
  }
  onCloseRequest(listener: Listener<CloseRequest>) {
    return this.subscribe('close', 'onCloseRequest', listener);
  }
  async respondToCloseRequest(requestId: string, outcome: CloseOutcome): Promise<void> {
    this.record('respondToCloseRequest', requestId, outcome);
    this.closeResponses.set(requestId, outcome);
    this.closeWaiters.get(requestId)?.(outcome);
  }
  onDraftFlushRequest(listener: Listener<DraftFlushRequest>) {
    return this.subscribe('draftFlush', 'onDraftFlushRequest', listener);
  }
  async respondToDraftFlush(requestId: string): Promise<void> {
    this.record('respondToDraftFlush', requestId);
    this.flushWaiters.get(requestId)?.();
  }
  async openMapInNewWindow(text: string): Promise<OpenMapResult> {
    this.record('openMapInNewWindow', text);
    this.mapsInNewWindows.push(text);
    return { status: 'opened' };
  }
  sessions = {
    share: async (): Promise<ShareSessionResult> => {
      this.record('sessions.share');
      return this.shareResults.shift() ?? { status: 'unsaved' };
    },
    found: async (): Promise<FoundSessionInfo[]> => {
      this.record('sessions.found');
      return this.foundSessions;
    },
    join: async (link: string): Promise<JoinSessionResult> => {
      this.record('sessions.join', link);
      return {
        status: link.includes('?session=') || link.includes('?view=') ? 'joined' : 'invalid',
      };
    },
  };

  // ---- playing the main process ------------------------------------------------------

  sendMenuCommand(command: RendererMenuCommand): void {
    for (const listener of this.listeners.menu) listener(command);
  }
  sendDocument(document: IncomingDocument): void {
    for (const listener of this.listeners.open) listener(document);
  }
  sendFileChanged(event: FileChangedEvent): void {
    for (const listener of this.listeners.fileChanged) listener(event);
  }
  sendPreferences(preferences: UserPreferences): void {
    this.preferencesValue = preferences;
    for (const listener of this.listeners.preferences) listener(preferences);
  }
  /** The user chose Save in main's unsaved-changes dialog; resolves with the page's answer. */
  requestClose(requestId = 'close-request-1'): Promise<CloseOutcome> {
    const answered = new Promise<CloseOutcome>((resolve) =>
      this.closeWaiters.set(requestId, resolve),
    );
    for (const listener of this.listeners.close) listener({ requestId });
    return answered;
  }
  /** Main is quitting: asks the page to write its draft; resolves when the page answers. */
  requestDraftFlush(requestId = 'flush-request-1'): Promise<void> {
    const answered = new Promise<void>((resolve) => this.flushWaiters.set(requestId, resolve));
    for (const listener of this.listeners.draftFlush) listener({ requestId });
    return answered;
  }
  listenerCount(): number {
    return Object.values(this.listeners).reduce((n, set) => n + set.size, 0);
  }
}
