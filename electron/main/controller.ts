/**
 * The desktop shell's logic: which window a file goes to, what each window may touch, saving
 * with conflict checks and backups, drafts and their recovery, the recent list, the menu's
 * commands, and the unsaved-changes guard on close and quit.
 *
 * It never imports Electron at run time: everything Electron does (windows, dialogs, sending
 * to a page, the menu) goes through the `ShellPort` it is given. electron-shell.ts is the real
 * port; tests pass a fake one and drive this class, and the IPC handlers, without the binary.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, posix, win32 } from 'node:path';
import type {
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { describeParseFailure, parse } from '../../src/core/parse.ts';
import { writeErrorReason } from '../../src/node/file-errors.ts';
import {
  EVENTS,
  RENDERER_MENU_COMMANDS,
  hasTrueTypeSignature,
  type ChooseFallbackFontResult,
  type CloseOutcome,
  type DocumentState,
  type Draft,
  type DraftListing,
  type EventChannel,
  type ExportFileRequest,
  type FallbackFontData,
  type FallbackFontInfo,
  type FileRef,
  type IncomingDocument,
  type MenuCommand,
  type OpenFileResult,
  type RendererMenuCommand,
  type SaveFileRequest,
  type SaveOutcome,
  type StartupInfo,
  type UserPreferences,
  type UserPreferencesPatch,
} from '../../src/ipc/contract.ts';
import { writeFileAtomic } from '../../src/node/atomic-write.ts';
import {
  openDocument,
  saveDocument,
  watchDocument,
  type DocumentWatcher,
  type FileStamp,
  type OpenFailure,
  type WatchOptions,
} from '../../src/node/document-files.ts';
import type { DraftStore } from '../../src/node/drafts.ts';
import { addRecent, pruneMissing, removeRecent } from '../../src/node/recent-files.ts';
import {
  removeStaleTemporaryFiles,
  removeStaleTemporaryFilesOf,
} from '../../src/node/temporary-files.ts';
import {
  answerFor,
  confirmClose,
  onCloseAttempt,
  quitOrder,
  saveChangesDialog,
} from './close-guard.ts';
import type { CloseGuardDeps, GuardedWindow } from './close-guard.ts';
import {
  EXPORT_FORMATS,
  MAP_EXTENSION,
  exportDialogOptions,
  fallbackFontDialogOptions,
  openMapDialogOptions,
  saveMapDialogOptions,
  withExtension,
} from './dialog-options.ts';
import { FileAccessError, FileGrants } from './file-grants.ts';
import { buildMenuTemplate, recentEntries } from './menu.ts';
import type { OpenRequestQueue } from './open-requests.ts';
import { RECENT_FILES_CAP } from './preferences-schema.ts';
import type { PreferencesStore } from './preferences.ts';
import {
  WindowRegistry,
  INITIAL_STATE,
  isReplaceable,
  routeOpen,
  windowTitle,
  type SavedBounds,
  type WindowRecord,
} from './windows.ts';

/** What the controller needs from Electron. */
export interface ShellPort {
  /** Creates a document window and starts loading the page; it calls `ready()` when loaded. */
  createWindow(): { windowId: number; webContentsId: number };
  focusWindow(windowId: number): void;
  /** Asks the window to close (its close event goes through `onWindowClose`). */
  closeWindow(windowId: number): void;
  focusedWindowId(): number | null;
  quit(): void;
  send(windowId: number, channel: EventChannel, payload: unknown): void;
  applyWindowState(
    windowId: number,
    view: { title: string; edited: boolean; representedPath: string | null },
  ): void;
  showOpenDialog(windowId: number | null, options: OpenDialogOptions): Promise<string | null>;
  showSaveDialog(windowId: number | null, options: SaveDialogOptions): Promise<string | null>;
  /** Shows a message box and resolves with the index of the button pressed. */
  showMessageBox(windowId: number | null, options: MessageBoxOptions): Promise<number>;
  showItemInFolder(path: string): void;
  openFolder(path: string): void;
  addRecentDocument(path: string): void;
  clearRecentDocuments(): void;
  setMenu(template: MenuItemConstructorOptions[]): void;
  setTheme(theme: UserPreferences['theme']): void;
}

export interface ControllerOptions {
  shell: ShellPort;
  preferences: PreferencesStore;
  drafts: DraftStore;
  /** Where previous versions of saved maps are kept (see document-files.ts). */
  backupFolder: string;
  /** Where the first dialog opens: the user's documents folder. */
  defaultFolder: string | null;
  platform?: NodeJS.Platform;
  appName?: string;
  isDev?: boolean;
  grants?: FileGrants;
  watch?: (path: string, options: WatchOptions) => DocumentWatcher;
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
}

const RENDERER_COMMANDS = new Set<MenuCommand>(RENDERER_MENU_COMMANDS);
/** Commands that make sense with no window open (macOS): a window is opened for them. */
const WINDOWLESS_COMMANDS = new Set<MenuCommand>([
  'about',
  'preferences',
  'userGuide',
  'fileFormat',
]);

interface PendingClose {
  windowId: number;
  resolve: (saved: boolean) => void;
}

export class DesktopController {
  readonly windows = new WindowRegistry();
  readonly grants: FileGrants;
  readonly #shell: ShellPort;
  readonly #prefs: PreferencesStore;
  readonly #drafts: DraftStore;
  readonly #backupFolder: string;
  readonly #defaultFolder: string | null;
  readonly #platform: NodeJS.Platform;
  readonly #appName: string;
  readonly #isDev: boolean;
  readonly #watch: (path: string, options: WatchOptions) => DocumentWatcher;
  readonly #log: NonNullable<ControllerOptions['log']>;

  readonly #watchers = new Map<number, DocumentWatcher>();
  /** Which window last wrote each draft: its drafts are not offered to other windows. */
  readonly #draftOwners = new Map<string, number>();
  readonly #pendingCloses = new Map<string, PendingClose>();
  #recoveryOffered = false;
  #lastFolder: string | null = null;
  #quitConfirmed = false;
  #quitGuarding = false;

  constructor(options: ControllerOptions) {
    this.#shell = options.shell;
    this.#prefs = options.preferences;
    this.#drafts = options.drafts;
    this.#backupFolder = options.backupFolder;
    this.#defaultFolder = options.defaultFolder;
    this.#platform = options.platform ?? process.platform;
    this.#appName = options.appName ?? 'Touchmap';
    this.#isDev = options.isDev ?? false;
    this.grants = options.grants ?? new FileGrants({ platform: this.#platform });
    this.#watch = options.watch ?? watchDocument;
    this.#log = options.log ?? ((level, message) => console[level](`[touchmap] ${message}`));
  }

  // -------------------------------------------------------------------------------------------
  // Start-up and windows

  /**
   * Applies the preferences, cleans up after a crash, opens the files asked for at start
   * (command line, macOS open-file), and a window when none of them opened one.
   */
  async start(queue: OpenRequestQueue): Promise<void> {
    const notice = this.#prefs.notice;
    this.#shell.setTheme(this.#prefs.user().theme);
    this.refreshMenu();
    void this.#cleanup();
    const first: Promise<void>[] = [];
    queue.setHandler((paths) => first.push(this.openPaths(paths)));
    await Promise.all(first);
    queue.setHandler((paths) => void this.openPaths(paths));
    if (this.windows.size === 0) this.newWindow();
    if (notice) {
      this.#log('warn', `${notice.message} ${notice.problems.join('; ')}`);
      void this.#shell.showMessageBox(null, {
        type: 'warning',
        message: notice.message,
        detail: [
          ...notice.problems,
          notice.keptAt ? `The damaged file was kept as ${notice.keptAt}.` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      });
    }
  }

  async #cleanup(): Promise<void> {
    try {
      const drafts = await this.#drafts.cleanup();
      const backups = await removeStaleTemporaryFiles(this.#backupFolder);
      const removed = drafts.removed.length + backups.removed.length;
      if (removed > 0)
        this.#log('info', `removed ${removed} temporary file(s) of interrupted writes`);
      const recent = this.#prefs.recentFiles();
      const kept = await pruneMissing(recent);
      if (kept.length !== recent.length) {
        this.#prefs.setRecentFiles(kept);
        this.refreshMenu();
      }
    } catch (error) {
      this.#log('warn', `start-up cleanup: ${String(error)}`);
    }
  }

  newWindow(): WindowRecord {
    const { windowId, webContentsId } = this.#shell.createWindow();
    return this.windows.add(windowId, webContentsId);
  }

  /** The page of a window called `ready()`. */
  windowReady(windowId: number): StartupInfo {
    const record = this.#record(windowId);
    const reloaded = record.ready || record.crashed;
    if (reloaded) {
      // A new page in an old window (reload after a crash, or in development): it holds no
      // document, its drafts are orphans to recover, its old tokens mean nothing.
      this.#releaseDrafts(windowId);
      this.#watchers.get(windowId)?.close();
      this.#watchers.delete(windowId);
      this.grants.revokeWindow(windowId);
      record.documentPath = null;
      record.state = { ...INITIAL_STATE };
      record.crashed = false;
    }
    const offerDraftRecovery = !this.#recoveryOffered || reloaded;
    this.#recoveryOffered = true;
    record.ready = true;
    const queued = record.queue;
    record.queue = [];
    for (const message of queued) this.#shell.send(windowId, message.channel, message.payload);
    return { platform: this.#platform, offerDraftRecovery, preferences: this.#prefs.user() };
  }

  /** The page of a window crashed: it cannot save; its drafts stay for recovery. */
  windowCrashed(windowId: number): void {
    const record = this.windows.get(windowId);
    if (!record) return;
    record.crashed = true;
    this.#releaseDrafts(windowId);
    this.#resolvePendingCloses(windowId);
  }

  /** The window is gone. Its drafts go too if it closed on purpose (clean, saved or discarded). */
  windowClosed(windowId: number): void {
    const record = this.windows.remove(windowId);
    if (!record) return;
    this.#watchers.get(windowId)?.close();
    this.#watchers.delete(windowId);
    this.grants.revokeWindow(windowId);
    this.#resolvePendingCloses(windowId);
    for (const [documentId, owner] of this.#draftOwners) {
      if (owner !== windowId) continue;
      this.#draftOwners.delete(documentId);
      if (record.closeConfirmed && !record.crashed) {
        this.#drafts.remove(documentId).catch((error: unknown) => {
          this.#log('warn', `could not remove draft ${documentId}: ${String(error)}`);
        });
      }
    }
  }

  rememberBounds(displayKey: string, bounds: SavedBounds): void {
    try {
      this.#prefs.setWindowBounds(displayKey, bounds);
    } catch (error) {
      this.#log('warn', `could not store window bounds: ${String(error)}`);
    }
  }

  savedBounds(): Record<string, SavedBounds> {
    return this.#prefs.windowBounds();
  }

  setDocumentState(windowId: number, state: DocumentState): void {
    const record = this.#record(windowId);
    record.state = { ...state };
    this.#applyState(record);
  }

  #applyState(record: WindowRecord): void {
    this.#shell.applyWindowState(record.id, {
      title: windowTitle(record.state, this.#platform),
      edited: record.state.dirty,
      representedPath: record.documentPath,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Opening

  /** Files from the system (command line, second instance, macOS open-file, Open Recent). */
  async openPaths(paths: readonly string[]): Promise<void> {
    for (const path of paths) {
      await this.#openPath(path, { requester: null, prefer: this.#shell.focusedWindowId() });
    }
  }

  /** The open dialog, for a page that asked. */
  async openFromDialog(windowId: number): Promise<OpenFileResult> {
    const record = this.#record(windowId);
    const path = await this.#shell.showOpenDialog(
      windowId,
      openMapDialogOptions(this.#folderFor(record)),
    );
    if (!path) return { status: 'cancelled' };
    return this.#openPath(path, { requester: windowId, prefer: windowId });
  }

  async openRecent(windowId: number, token: string): Promise<OpenFileResult> {
    const grant = this.grants.require(windowId, token, ['read', 'edit']);
    return this.#openPath(grant.path, { requester: windowId, prefer: windowId });
  }

  /**
   * Files dropped on a page: the first for that page, the others each in a window. The paths
   * come from the page's process (the preload reads them off the dropped files), so only map
   * files are taken: a compromised page cannot use this to read other files.
   */
  async openDropped(windowId: number, paths: readonly string[]): Promise<OpenFileResult> {
    this.#record(windowId);
    const maps = paths.filter(
      (p) => isAbsolute(p) && p.toLowerCase().endsWith(`.${MAP_EXTENSION}`),
    );
    const [first, ...rest] = [...new Set(maps)];
    if (first === undefined) return { status: 'cancelled' };
    const result = await this.#openPath(first, { requester: windowId, prefer: windowId });
    for (const path of rest) await this.#openPath(path, { requester: null, prefer: null });
    return result;
  }

  /**
   * Reads a window's file again (to take another program's version). When it can no longer be
   * opened, the window keeps its document; a file now written by a newer version may no
   * longer be saved over (format rule 3), any other broken file may, after the conflict prompt.
   */
  async reloadFile(windowId: number, token: string): Promise<OpenFileResult> {
    const grant = this.grants.require(windowId, token, ['read', 'edit']);
    const opened = await openDocument(grant.path);
    if (!opened.ok) {
      if (opened.error.kind === 'too-new') {
        this.grants.grant(windowId, grant.path, 'read', { replace: true });
      }
      return failedOpen(opened.error);
    }
    const file = this.grants.grant(windowId, grant.path, opened.fromPdf ? 'read' : 'edit', {
      replace: true,
      stamp: opened.stamp,
    });
    return { status: 'opened', file, text: opened.text };
  }

  listRecentFiles(windowId: number): FileRef[] {
    this.#record(windowId);
    return this.#prefs.recentFiles().map((path) => this.grants.grant(windowId, path, 'read'));
  }

  clearRecentFiles(): void {
    this.#prefs.setRecentFiles([]);
    this.#shell.clearRecentDocuments();
    this.refreshMenu();
  }

  async #openPath(
    path: string,
    via: { requester: number | null; prefer: number | null },
  ): Promise<OpenFileResult> {
    const { requester } = via;
    const name = (this.#platform === 'win32' ? win32 : posix).basename(path);
    const already = this.windows.findByPath(path, this.#platform);
    if (already) {
      if (already.id !== requester) this.#shell.focusWindow(already.id);
      return { status: 'elsewhere' };
    }

    const opened = await openDocument(path);
    removeStaleTemporaryFilesOf(path).catch(() => undefined);

    if (!opened.ok) {
      if (opened.error.kind === 'unreadable' && opened.error.message.includes('no such file')) {
        this.#removeRecent(path);
      }
      const failed = failedOpen(opened.error);
      if (requester === null || !this.windows.get(requester)) {
        void this.#shell.showMessageBox(via.prefer, {
          type: 'error',
          message: `“${name}” cannot be opened.`,
          detail: failed.message,
        });
      }
      return failed;
    }

    this.#addRecent(path);
    // Routed after reading: another window may have taken the file meanwhile.
    const route = routeOpen(this.windows, path, requester ?? via.prefer, this.#platform);
    if (route.kind === 'focus') {
      if (route.windowId !== requester) this.#shell.focusWindow(route.windowId);
      return { status: 'elsewhere' };
    }
    const target = route.kind === 'into' ? this.#record(route.windowId) : this.newWindow();
    // A map taken out of a Touchmap PDF: the PDF is only read, never saved over (see saveFile).
    const file = opened.fromPdf
      ? this.grants.grant(target.id, path, 'read', { stamp: opened.stamp })
      : this.#adopt(target, path, opened.stamp);
    if (target.id === requester) return { status: 'opened', file, text: opened.text };
    const incoming: IncomingDocument = { kind: 'file', file, text: opened.text };
    this.#deliver(target, EVENTS.openDocument, incoming);
    this.#shell.focusWindow(target.id);
    return { status: 'elsewhere' };
  }

  /** The file becomes the window's document: granted for editing, watched, in its title. */
  #adopt(record: WindowRecord, path: string, stamp: FileStamp | null): FileRef {
    const file = this.grants.grant(record.id, path, 'edit', { replace: true, stamp });
    if (record.documentPath !== path) {
      record.documentPath = path;
      this.#watchDocument(record);
      this.#applyState(record);
    }
    return file;
  }

  #watchDocument(record: WindowRecord): void {
    this.#watchers.get(record.id)?.close();
    this.#watchers.delete(record.id);
    const path = record.documentPath;
    if (path === null) return;
    const watcher = this.#watch(path, {
      known: () => this.grants.forPath(record.id, path)?.stamp ?? null,
      onChange: (change) => {
        const grant = this.grants.forPath(record.id, path);
        if (!grant || record.documentPath !== path) return;
        this.#deliver(record, EVENTS.fileChanged, {
          file: this.grants.refFor(grant),
          change: change.kind,
        });
      },
      onError: (error) => this.#log('warn', `watching ${path}: ${String(error)}`),
    });
    this.#watchers.set(record.id, watcher);
  }

  // -------------------------------------------------------------------------------------------
  // Saving and exporting

  async saveFile(windowId: number, request: SaveFileRequest): Promise<SaveOutcome> {
    const record = this.#record(windowId);
    const parsed = parse(request.text);
    if (!parsed.ok) {
      const [first, second] = describeParseFailure(parsed.error);
      return {
        status: 'failed',
        message: `The map was not saved: it is not a valid map. ${[first, second].filter(Boolean).join(' ')}`,
      };
    }

    let path: string;
    let expected: FileStamp | null = null;
    let force = request.force;
    const source =
      request.file === null
        ? null
        : this.grants.require(windowId, request.file.token, ['read', 'edit']);
    // A map taken out of a Touchmap PDF is saved as a .touchmap file of its own, asked where.
    const fromPdf = source !== null && source.access !== 'edit' && /\.pdf$/i.test(source.path);
    if (source === null || fromPdf) {
      const suggested = fromPdf
        ? request.suggestedName.replace(/\.pdf$/i, '')
        : request.suggestedName;
      const chosen = await this.#shell.showSaveDialog(
        windowId,
        saveMapDialogOptions(suggested, this.#folderFor(record)),
      );
      if (!chosen) return { status: 'cancelled' };
      path = withExtension(chosen, MAP_EXTENSION, this.#platform);
      const other = this.windows.findByPath(path, this.#platform);
      if (other && other.id !== windowId) {
        return {
          status: 'failed',
          message: 'That file is open in another window. Close it there, or choose another name.',
        };
      }
      // The dialog asked before overwriting the name it returned; a name we completed was not
      // asked about, so an existing file there is reported as a conflict instead.
      force = force || path === chosen;
    } else {
      const grant = source;
      if (grant.access !== 'edit') {
        return {
          status: 'failed',
          message:
            'This file was opened read-only: this version of Touchmap cannot edit it. Use Save As to save a copy.',
        };
      }
      path = grant.path;
      expected = grant.stamp;
      if (force) {
        // Overwriting whatever is there now: never a map of a newer version (format rule 3).
        const current = await openDocument(path);
        if (!current.ok && current.error.kind === 'too-new') {
          this.grants.grant(windowId, path, 'read', { replace: true });
          return {
            status: 'failed',
            message: `${current.error.message} Use Save As to keep your version.`,
          };
        }
      }
    }

    const result = await saveDocument(path, request.text, {
      expected,
      force,
      backupFolder: this.#backupFolder,
    });
    if (result.status === 'failed') return { status: 'failed', message: result.message };
    if (result.status === 'conflict') {
      const file = this.grants.grant(windowId, path, 'edit');
      return { status: 'conflict', file };
    }
    if (result.backupError) {
      this.#log('warn', `saved ${path}, but the backup failed: ${result.backupError}`);
    }
    const file = this.#adopt(record, path, result.stamp);
    this.#lastFolder = dirname(path);
    this.#addRecent(path);
    return { status: 'saved', file };
  }

  async exportFile(windowId: number, request: ExportFileRequest): Promise<SaveOutcome> {
    const record = this.#record(windowId);
    const chosen = await this.#shell.showSaveDialog(
      windowId,
      exportDialogOptions(request.suggestedName, request.mimeType, this.#folderFor(record)),
    );
    if (!chosen) return { status: 'cancelled' };
    const path = withExtension(chosen, EXPORT_FORMATS[request.mimeType].extension, this.#platform);
    try {
      await writeFileAtomic(path, request.bytes);
    } catch (error) {
      return {
        status: 'failed',
        message: `The file could not be written: ${writeErrorReason(error)}.`,
      };
    }
    this.#lastFolder = dirname(path);
    return { status: 'saved', file: this.grants.grant(windowId, path, 'export') };
  }

  showInFolder(windowId: number, token: string): void {
    const grant = this.grants.require(windowId, token, ['export', 'read', 'edit']);
    this.#shell.showItemInFolder(grant.path);
  }

  #folderFor(record: WindowRecord): string | null {
    if (record.documentPath) return dirname(record.documentPath);
    return this.#lastFolder ?? this.#defaultFolder;
  }

  // -------------------------------------------------------------------------------------------
  // Drafts

  async writeDraft(windowId: number, draft: Draft): Promise<void> {
    const record = this.#record(windowId);
    if (record.closeConfirmed) return; // Closing: its drafts are about to be dropped.
    this.#checkDraftOwner(windowId, draft.documentId);
    let path: string | null = null;
    let baseStamp: FileStamp | null = null;
    if (draft.file) {
      const grant = this.grants.require(windowId, draft.file.token, ['read', 'edit']);
      path = grant.path;
      baseStamp = grant.stamp;
    }
    await this.#drafts.write({
      documentId: draft.documentId,
      title: draft.title,
      path,
      text: draft.text,
      savedAt: draft.savedAt,
      baseStamp,
    });
    this.#draftOwners.set(draft.documentId, windowId);
    if (path && record.documentPath === null && !this.windows.findByPath(path, this.#platform)) {
      record.documentPath = path;
      this.#watchDocument(record);
    }
  }

  async removeDraft(windowId: number, documentId: string): Promise<void> {
    this.#record(windowId);
    this.#checkDraftOwner(windowId, documentId);
    await this.#drafts.remove(documentId);
    this.#draftOwners.delete(documentId);
  }

  /** The drafts no other open window holds: the work a crash left unsaved. */
  async listDrafts(windowId: number): Promise<DraftListing> {
    this.#record(windowId);
    const { drafts, problems } = await this.#drafts.list();
    for (const problem of problems) {
      this.#log('warn', `skipped a damaged draft: ${problem.file} ${problem.message}`);
    }
    const out: Draft[] = [];
    for (const draft of drafts) {
      const owner = this.#draftOwners.get(draft.documentId);
      if (owner !== undefined && owner !== windowId && this.windows.get(owner)) continue;
      let file: FileRef | null = null;
      if (draft.path) {
        const known = this.grants.forPath(windowId, draft.path);
        file = this.grants.grant(
          windowId,
          draft.path,
          'edit',
          known ? {} : { stamp: draft.baseStamp },
        );
      }
      out.push({
        documentId: draft.documentId,
        title: draft.title,
        file,
        text: draft.text,
        savedAt: draft.savedAt,
      });
    }
    return { drafts: out, skipped: problems.length };
  }

  /** Recovers a draft in a new window of its own. */
  async openDraftInNewWindow(windowId: number, documentId: string): Promise<boolean> {
    this.#record(windowId);
    const owner = this.windows.get(this.#draftOwners.get(documentId));
    if (owner) {
      this.#shell.focusWindow(owner.id);
      return true;
    }
    const draft = await this.#drafts.read(documentId);
    if (!draft) return false;
    const target = this.newWindow();
    this.#draftOwners.set(documentId, target.id);
    let file: FileRef | null = null;
    if (draft.path) {
      file = this.grants.grant(target.id, draft.path, 'edit', { stamp: draft.baseStamp });
      if (!this.windows.findByPath(draft.path, this.#platform)) {
        target.documentPath = draft.path;
        this.#watchDocument(target);
      }
    }
    const incoming: IncomingDocument = {
      kind: 'draft',
      draft: { documentId, title: draft.title, file, text: draft.text, savedAt: draft.savedAt },
    };
    this.#deliver(target, EVENTS.openDocument, incoming);
    return true;
  }

  #checkDraftOwner(windowId: number, documentId: string): void {
    const owner = this.#draftOwners.get(documentId);
    if (owner !== undefined && owner !== windowId && this.windows.get(owner)) {
      throw new FileAccessError('That draft belongs to another window.');
    }
  }

  #releaseDrafts(windowId: number): void {
    for (const [documentId, owner] of this.#draftOwners) {
      if (owner === windowId) this.#draftOwners.delete(documentId);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Preferences and the recent list

  getPreferences(): UserPreferences {
    return this.#prefs.user();
  }

  setPreferences(patch: UserPreferencesPatch): UserPreferences {
    const next = this.#prefs.setUser(patch);
    if (patch.theme) this.#shell.setTheme(next.theme);
    for (const record of this.windows.all()) {
      if (record.ready) this.#shell.send(record.id, EVENTS.preferencesChanged, next);
    }
    return next;
  }

  // -------------------------------------------------------------------------------------------
  // The PDF fallback font: its path stays here; pages see its name and, to export, its bytes.

  #fontName(path: string): string {
    return (this.#platform === 'win32' ? win32 : posix).basename(path);
  }

  /** Why the font at `path` cannot be used, or null. Reads its first 4 bytes only. */
  async #fontProblem(path: string): Promise<string | null> {
    let head: Uint8Array;
    try {
      const handle = await open(path, 'r');
      try {
        const buffer = new Uint8Array(4);
        const { bytesRead } = await handle.read(buffer, 0, 4, 0);
        head = buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    } catch (error) {
      return `it cannot be read (${fsReason(error)})`;
    }
    return hasTrueTypeSignature(head) ? null : 'it is not a TrueType font (.ttf or .ttc)';
  }

  async getFallbackFont(): Promise<FallbackFontInfo | null> {
    const path = this.#prefs.fallbackFontPath();
    if (!path) return null;
    return { name: this.#fontName(path), problem: await this.#fontProblem(path) };
  }

  async chooseFallbackFont(windowId: number): Promise<ChooseFallbackFontResult> {
    const path = await this.#shell.showOpenDialog(
      windowId,
      fallbackFontDialogOptions(this.#defaultFolder),
    );
    if (!path) return { status: 'cancelled' };
    const name = this.#fontName(path);
    const problem = await this.#fontProblem(path);
    if (problem) {
      return { status: 'failed', message: `${name} cannot be the fallback font: ${problem}.` };
    }
    this.#prefs.setFallbackFontPath(path);
    return { status: 'chosen', name };
  }

  clearFallbackFont(): void {
    this.#prefs.setFallbackFontPath(null);
  }

  async readFallbackFont(): Promise<FallbackFontData> {
    const path = this.#prefs.fallbackFontPath();
    if (!path) return { name: null, bytes: null, message: null };
    const name = this.#fontName(path);
    const unusable = (why: string): FallbackFontData => ({
      name,
      bytes: null,
      message: `The fallback font ${name} was not used: ${why}. Choose it again in Preferences.`,
    });
    let bytes: Uint8Array;
    try {
      const buffer = await readFile(path);
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      return unusable(`it cannot be read (${fsReason(error)})`);
    }
    if (!hasTrueTypeSignature(bytes)) return unusable('it is not a TrueType font');
    return { name, bytes, message: null };
  }

  #addRecent(path: string): void {
    const list = addRecent(this.#prefs.recentFiles(), path, {
      cap: RECENT_FILES_CAP,
      platform: this.#platform,
    });
    this.#prefs.setRecentFiles(list);
    this.#shell.addRecentDocument(path);
    this.refreshMenu();
  }

  #removeRecent(path: string): void {
    const list = removeRecent(this.#prefs.recentFiles(), path, { platform: this.#platform });
    this.#prefs.setRecentFiles(list);
    this.refreshMenu();
  }

  // -------------------------------------------------------------------------------------------
  // The menu

  refreshMenu(): void {
    const template = buildMenuTemplate(
      {
        platform: this.#platform,
        appName: this.#appName,
        recentFiles: recentEntries(this.#prefs.recentFiles(), this.#platform),
        isDev: this.#isDev,
      },
      {
        command: (command) => void this.menuCommand(command),
        openRecent: (path) => void this.openPaths([path]),
        clearRecent: () => this.clearRecentFiles(),
      },
    );
    this.#shell.setMenu(template);
  }

  async menuCommand(command: MenuCommand): Promise<void> {
    const focused = this.windows.get(this.#shell.focusedWindowId());
    switch (command) {
      case 'open': {
        const path = await this.#shell.showOpenDialog(
          focused?.id ?? null,
          openMapDialogOptions(
            focused ? this.#folderFor(focused) : (this.#lastFolder ?? this.#defaultFolder),
          ),
        );
        if (path) await this.#openPath(path, { requester: null, prefer: focused?.id ?? null });
        return;
      }
      case 'new':
      case 'newFromTemplate': {
        const target = isReplaceable(focused) && focused ? focused : this.newWindow();
        this.#deliver(target, EVENTS.menuCommand, command);
        return;
      }
      case 'close':
        if (focused) this.#shell.closeWindow(focused.id);
        return;
      case 'showBackups':
        this.#shell.openFolder(this.#backupFolder);
        return;
      default:
        if (!RENDERER_COMMANDS.has(command)) return; // Native roles: Electron does them.
        if (focused) this.#deliver(focused, EVENTS.menuCommand, command);
        else if (WINDOWLESS_COMMANDS.has(command)) {
          this.#deliver(this.newWindow(), EVENTS.menuCommand, command as RendererMenuCommand);
        }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Closing and quitting

  /** A window's `close` event: true lets it close; false stops it (the user is being asked). */
  onWindowClose(windowId: number): boolean {
    const record = this.windows.get(windowId);
    if (!record) return true;
    if (onCloseAttempt(closeAttempt(record)) === 'close') {
      record.closeConfirmed = true;
      return true;
    }
    if (!record.guarding && !this.#quitGuarding) void this.#guardClose(record);
    return false;
  }

  /** The app's `before-quit`: true lets it quit; false stops it (the user is being asked). */
  onBeforeQuit(): boolean {
    if (this.#quitConfirmed) return true;
    if (this.#quitGuarding) return false;
    const windows = this.windows.all();
    const asking = windows.filter((r) => onCloseAttempt(closeAttempt(r)) === 'ask');
    if (asking.length === 0) {
      this.#confirmQuit();
      return true;
    }
    if (windows.some((r) => r.guarding)) return false;
    void this.#guardQuit(asking);
    return false;
  }

  respondToCloseRequest(windowId: number, requestId: string, outcome: CloseOutcome): void {
    const pending = this.#pendingCloses.get(requestId);
    if (!pending || pending.windowId !== windowId) {
      throw new FileAccessError('There is no such close request for this window.');
    }
    this.#pendingCloses.delete(requestId);
    pending.resolve(outcome === 'saved');
  }

  async #guardClose(record: WindowRecord): Promise<void> {
    record.guarding = true;
    try {
      const decision = await confirmClose([this.#guarded(record)], this.#guardDeps());
      if (decision.proceed && this.windows.get(record.id)) {
        record.closeConfirmed = true;
        this.#shell.closeWindow(record.id);
      }
    } finally {
      record.guarding = false;
    }
  }

  async #guardQuit(asking: WindowRecord[]): Promise<void> {
    this.#quitGuarding = true;
    for (const record of asking) record.guarding = true;
    try {
      const ordered = quitOrder(asking, this.#shell.focusedWindowId());
      const decision = await confirmClose(
        ordered.map((r) => this.#guarded(r)),
        this.#guardDeps(),
      );
      if (decision.proceed) {
        this.#confirmQuit();
        this.#shell.quit();
      }
    } finally {
      this.#quitGuarding = false;
      for (const record of asking) record.guarding = false;
    }
  }

  #confirmQuit(): void {
    this.#quitConfirmed = true;
    for (const record of this.windows.all()) record.closeConfirmed = true;
  }

  #guarded(record: WindowRecord): GuardedWindow {
    const name = record.state.fileName ?? (record.state.title.trim() || 'Untitled');
    return { id: record.id, dirty: record.state.dirty, name };
  }

  #guardDeps(): CloseGuardDeps {
    return {
      ask: async (window) => {
        if (!this.windows.get(window.id)) return 'discard';
        this.#shell.focusWindow(window.id);
        const response = await this.#shell.showMessageBox(
          window.id,
          saveChangesDialog(window.name, this.#platform),
        );
        return answerFor(response, this.#platform);
      },
      save: (window) => this.#requestSave(window.id),
    };
  }

  /** Asks the page to save (it may show Save As); resolves with whether it did. */
  #requestSave(windowId: number): Promise<boolean> {
    const record = this.windows.get(windowId);
    if (!record || !record.ready || record.crashed) return Promise.resolve(false);
    const requestId = randomBytes(12).toString('base64url');
    return new Promise((resolve) => {
      this.#pendingCloses.set(requestId, { windowId, resolve });
      this.#shell.send(windowId, EVENTS.closeRequest, { requestId });
    });
  }

  #resolvePendingCloses(windowId: number): void {
    for (const [requestId, pending] of this.#pendingCloses) {
      if (pending.windowId !== windowId) continue;
      this.#pendingCloses.delete(requestId);
      pending.resolve(false);
    }
  }

  // -------------------------------------------------------------------------------------------

  #record(windowId: number): WindowRecord {
    const record = this.windows.get(windowId);
    if (!record) throw new FileAccessError('Unknown window.');
    return record;
  }

  /** Sends now when the page is ready, else when it is. */
  #deliver(record: WindowRecord, channel: EventChannel, payload: unknown): void {
    if (record.ready) this.#shell.send(record.id, channel, payload);
    else record.queue.push({ channel, payload });
  }
}

const closeAttempt = (record: WindowRecord) => ({
  dirty: record.state.dirty,
  closeConfirmed: record.closeConfirmed,
  crashed: record.crashed,
});

function failedOpen(error: OpenFailure): Extract<OpenFileResult, { status: 'failed' }> {
  const lines = error.kind === 'unreadable' ? [error.message] : describeParseFailure(error);
  return { status: 'failed', reason: error.kind, message: lines.join('\n') };
}

function fsReason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
