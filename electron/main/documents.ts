/**
 * Opening maps: which window a file goes to (one window per document; an empty window is
 * reused, a file already open is focused), what the window may do with it (a token, never the
 * path), reading it again after another program changed it, and why a file cannot be opened.
 * Saving is in saving.ts; both make a file "the window's document" through `adopt`.
 */
import { isAbsolute, posix, win32 } from 'node:path';
import { describeParseFailure } from '../../src/core/parse.ts';
import {
  EVENTS,
  type FileRef,
  type IncomingDocument,
  type OpenFileResult,
} from '../../src/ipc/contract.ts';
import { openDocument, type FileStamp, type OpenFailure } from '../../src/node/document-files.ts';
import { removeStaleTemporaryFilesOf } from '../../src/node/temporary-files.ts';
import type { DesktopContext } from './desktop-context.ts';
import { MAP_EXTENSION, openMapDialogOptions } from './dialog-options.ts';
import type { DocumentWatchers } from './document-watch.ts';
import type { MenuOpener } from './recent-and-menus.ts';
import { routeOpen, type WindowRecord } from './windows.ts';

/** The recent list, as opening and saving change it (recent-and-menus.ts). */
export interface RecentList {
  addRecent(path: string): void;
  removeRecent(path: string): void;
}

/** Who asked for a file: a window's page (`requester`), or the system, preferring a window. */
export interface OpenVia {
  requester: number | null;
  prefer: number | null;
}

export class Documents implements MenuOpener {
  readonly #context: DesktopContext;
  readonly #watchers: DocumentWatchers;
  readonly #recent: RecentList;

  constructor(context: DesktopContext, watchers: DocumentWatchers, recent: RecentList) {
    this.#context = context;
    this.#watchers = watchers;
    this.#recent = recent;
  }

  /** Files from the system (command line, second instance, macOS open-file, Open Recent). */
  async openPaths(paths: readonly string[]): Promise<void> {
    for (const path of paths) {
      await this.#openPath(path, {
        requester: null,
        prefer: this.#context.shell.focusedWindowId(),
      });
    }
  }

  /** The open dialog, for a page that asked. */
  async openFromDialog(windowId: number): Promise<OpenFileResult> {
    const record = this.#context.record(windowId);
    const path = await this.#context.shell.showOpenDialog(
      windowId,
      openMapDialogOptions(this.#context.folderFor(record)),
    );
    if (!path) return { status: 'cancelled' };
    return this.#openPath(path, { requester: windowId, prefer: windowId });
  }

  /**
   * Compare With…: the open dialog, and the map read for the page that asked, with a read-only
   * token; the file does not become its document, go to another window or join the recent list.
   */
  async readFromDialog(windowId: number): Promise<OpenFileResult> {
    const record = this.#context.record(windowId);
    const path = await this.#context.shell.showOpenDialog(
      windowId,
      openMapDialogOptions(this.#context.folderFor(record)),
    );
    if (!path) return { status: 'cancelled' };
    const opened = await openDocument(path);
    if (!opened.ok) return failedOpen(opened.error);
    const file = this.#context.grants.grant(windowId, path, 'read', { stamp: opened.stamp });
    return { status: 'opened', file, text: opened.text };
  }

  /** File > Open: the dialog over the focused window (or none); the file goes where it routes. */
  async openFromMenu(): Promise<void> {
    const { shell, windows } = this.#context;
    const focused = windows.get(shell.focusedWindowId());
    const path = await shell.showOpenDialog(
      focused?.id ?? null,
      openMapDialogOptions(this.#context.folderFor(focused)),
    );
    if (path) await this.#openPath(path, { requester: null, prefer: focused?.id ?? null });
  }

  async openRecent(windowId: number, token: string): Promise<OpenFileResult> {
    const grant = this.#context.grants.require(windowId, token, ['read', 'edit']);
    return this.#openPath(grant.path, { requester: windowId, prefer: windowId });
  }

  /**
   * Files dropped on a page: the first for that page, the others each in a window. The paths
   * come from the page's process (the preload reads them off the dropped files), so only map
   * files are taken: a compromised page cannot use this to read other files.
   */
  async openDropped(windowId: number, paths: readonly string[]): Promise<OpenFileResult> {
    this.#context.record(windowId);
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
    const { grants } = this.#context;
    const grant = grants.require(windowId, token, ['read', 'edit']);
    const opened = await openDocument(grant.path);
    if (!opened.ok) {
      if (opened.error.kind === 'too-new') {
        grants.grant(windowId, grant.path, 'read', { replace: true });
      }
      return failedOpen(opened.error);
    }
    const file = grants.grant(windowId, grant.path, opened.fromPdf ? 'read' : 'edit', {
      replace: true,
      stamp: opened.stamp,
    });
    return { status: 'opened', file, text: opened.text };
  }

  /** The file becomes the window's document: granted for editing, watched, in its title. */
  adopt(record: WindowRecord, path: string, stamp: FileStamp | null): FileRef {
    const file = this.#context.grants.grant(record.id, path, 'edit', { replace: true, stamp });
    if (record.documentPath !== path) {
      record.documentPath = path;
      this.#watchers.watch(record);
      this.#context.applyState(record);
    }
    return file;
  }

  async #openPath(path: string, via: OpenVia): Promise<OpenFileResult> {
    const { shell, windows, grants, platform } = this.#context;
    const { requester } = via;
    const name = (platform === 'win32' ? win32 : posix).basename(path);
    const already = windows.findByPath(path, platform);
    if (already) {
      if (already.id !== requester) shell.focusWindow(already.id);
      return { status: 'elsewhere' };
    }

    const opened = await openDocument(path);
    removeStaleTemporaryFilesOf(path).catch(() => undefined);

    if (!opened.ok) {
      if (opened.error.kind === 'unreadable' && opened.error.message.includes('no such file')) {
        this.#recent.removeRecent(path);
      }
      const failed = failedOpen(opened.error);
      if (requester === null || !windows.get(requester)) {
        void shell.showMessageBox(via.prefer, {
          type: 'error',
          message: `“${name}” cannot be opened.`,
          detail: failed.message,
        });
      }
      return failed;
    }

    this.#recent.addRecent(path);
    // Routed after reading: another window may have taken the file meanwhile.
    const route = routeOpen(windows, path, requester ?? via.prefer, platform);
    if (route.kind === 'focus') {
      if (route.windowId !== requester) shell.focusWindow(route.windowId);
      return { status: 'elsewhere' };
    }
    const target =
      route.kind === 'into' ? this.#context.record(route.windowId) : this.#context.newWindow();
    // A map taken out of a Touchmap PDF: the PDF is only read, never saved over (see saving.ts).
    const file = opened.fromPdf
      ? grants.grant(target.id, path, 'read', { stamp: opened.stamp })
      : this.adopt(target, path, opened.stamp);
    if (target.id === requester) return { status: 'opened', file, text: opened.text };
    const incoming: IncomingDocument = { kind: 'file', file, text: opened.text };
    this.#context.deliver(target, EVENTS.openDocument, incoming);
    shell.focusWindow(target.id);
    return { status: 'elsewhere' };
  }
}

function failedOpen(error: OpenFailure): Extract<OpenFileResult, { status: 'failed' }> {
  const lines = error.kind === 'unreadable' ? [error.message] : describeParseFailure(error);
  return { status: 'failed', reason: error.kind, message: lines.join('\n') };
}
