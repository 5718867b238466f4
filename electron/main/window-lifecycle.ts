/**
 * Start-up and the life of each window: the first files and the first window, cleaning up
 * after a crash, a page that loaded (or loaded again after a crash), crashed or closed, and the
 * document state a page reports for its title bar.
 */
import type { DocumentState, StartupInfo } from '../../src/ipc/contract.ts';
import type { DraftStore } from '../../src/node/drafts.ts';
import { removeStaleTemporaryFiles } from '../../src/node/temporary-files.ts';
import type { DesktopContext } from './desktop-context.ts';
import type { DocumentWatchers } from './document-watch.ts';
import type { Documents } from './documents.ts';
import type { Drafts } from './drafts.ts';
import type { OpenRequestQueue } from './open-requests.ts';
import type { PreferencesHost } from './preferences-host.ts';
import type { RecentAndMenus } from './recent-and-menus.ts';
import type { WindowClosing } from './window-closing.ts';
import { INITIAL_STATE } from './windows.ts';

export interface WindowLifecycleOptions {
  draftStore: DraftStore;
  /** Where previous versions of saved maps are kept: interrupted writes there are removed. */
  backupFolder: string;
  watchers: DocumentWatchers;
  documents: Pick<Documents, 'openPaths'>;
  drafts: Pick<Drafts, 'release' | 'windowClosed'>;
  preferences: Pick<PreferencesHost, 'getPreferences' | 'applyTheme' | 'reportRepair'>;
  menus: Pick<RecentAndMenus, 'refreshMenu' | 'pruneMissing'>;
  closing: Pick<WindowClosing, 'pageGone'>;
}

export class WindowLifecycle {
  readonly #context: DesktopContext;
  readonly #parts: WindowLifecycleOptions;
  #recoveryOffered = false;

  constructor(context: DesktopContext, parts: WindowLifecycleOptions) {
    this.#context = context;
    this.#parts = parts;
  }

  /**
   * Applies the preferences, cleans up after a crash, opens the files asked for at start
   * (command line, macOS open-file), and a window when none of them opened one.
   */
  async start(queue: OpenRequestQueue): Promise<void> {
    const { documents, menus, preferences } = this.#parts;
    preferences.applyTheme();
    menus.refreshMenu();
    void this.#cleanup();
    const first: Promise<void>[] = [];
    queue.setHandler((paths) => first.push(documents.openPaths(paths)));
    await Promise.all(first);
    queue.setHandler((paths) => void documents.openPaths(paths));
    if (this.#context.windows.size === 0) this.#context.newWindow();
    preferences.reportRepair();
  }

  async #cleanup(): Promise<void> {
    const { draftStore, backupFolder, menus } = this.#parts;
    try {
      const drafts = await draftStore.cleanup();
      const backups = await removeStaleTemporaryFiles(backupFolder);
      const removed = drafts.removed.length + backups.removed.length;
      if (removed > 0) {
        this.#context.log('info', `removed ${removed} temporary file(s) of interrupted writes`);
      }
      await menus.pruneMissing();
    } catch (error) {
      this.#context.log('warn', `start-up cleanup: ${String(error)}`);
    }
  }

  /** The page of a window called `ready()`. */
  windowReady(windowId: number): StartupInfo {
    const record = this.#context.record(windowId);
    const reloaded = record.ready || record.crashed;
    if (reloaded) {
      // A new page in an old window (reload after a crash, or in development): it holds no
      // document, its drafts are orphans to recover, its old tokens mean nothing.
      this.#parts.drafts.release(windowId);
      this.#parts.watchers.stop(windowId);
      this.#context.grants.revokeWindow(windowId);
      record.documentPath = null;
      record.state = { ...INITIAL_STATE };
      record.crashed = false;
    }
    const offerDraftRecovery = !this.#recoveryOffered || reloaded;
    this.#recoveryOffered = true;
    record.ready = true;
    const queued = record.queue;
    record.queue = [];
    const { shell } = this.#context;
    for (const message of queued) shell.send(windowId, message.channel, message.payload);
    return {
      platform: this.#context.platform,
      offerDraftRecovery,
      preferences: this.#parts.preferences.getPreferences(),
    };
  }

  /** The page of a window crashed: it cannot save; its drafts stay for recovery. */
  windowCrashed(windowId: number): void {
    const record = this.#context.windows.get(windowId);
    if (!record) return;
    record.crashed = true;
    this.#parts.drafts.release(windowId);
    this.#parts.closing.pageGone(windowId);
  }

  /** The window is gone. Its drafts go too if it closed on purpose (clean, saved or discarded). */
  windowClosed(windowId: number): void {
    const record = this.#context.windows.remove(windowId);
    if (!record) return;
    this.#parts.watchers.stop(windowId);
    this.#context.grants.revokeWindow(windowId);
    this.#parts.closing.pageGone(windowId);
    this.#parts.drafts.windowClosed(record);
  }

  setDocumentState(windowId: number, state: DocumentState): void {
    const record = this.#context.record(windowId);
    record.state = { ...state };
    this.#context.applyState(record);
  }
}
