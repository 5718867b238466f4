/**
 * What the main process's modules share: the port to Electron, the open windows, the files each
 * window may touch, and the folder the last dialog ended in. One explicit object, built by the
 * composition root (desktop.ts) and passed to each module, instead of a global.
 *
 * Nothing here imports Electron at run time: electron-shell.ts is the real `ShellPort`; the
 * tests pass a fake one.
 */
import { dirname } from 'node:path';
import type {
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import type { EventChannel } from '../../src/ipc/contract.ts';
import type { UserPreferences } from '../../src/ipc/preferences.ts';
import { FileAccessError, FileGrants } from './file-grants.ts';
import { WindowRegistry, windowTitle, type WindowRecord } from './windows.ts';

/** What the main process needs from Electron. */
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

export type Log = (level: 'info' | 'warn' | 'error', message: string) => void;

export interface DesktopContextOptions {
  shell: ShellPort;
  /** Where the first dialog opens: the user's documents folder. */
  defaultFolder: string | null;
  platform?: NodeJS.Platform;
  grants?: FileGrants;
  log?: Log;
}

export class DesktopContext {
  readonly shell: ShellPort;
  readonly windows = new WindowRegistry();
  readonly grants: FileGrants;
  readonly platform: NodeJS.Platform;
  readonly defaultFolder: string | null;
  readonly log: Log;
  /** The folder of the last file saved or exported: where the next dialog opens. */
  lastFolder: string | null = null;

  constructor(options: DesktopContextOptions) {
    this.shell = options.shell;
    this.platform = options.platform ?? process.platform;
    this.defaultFolder = options.defaultFolder;
    this.grants = options.grants ?? new FileGrants({ platform: this.platform });
    this.log = options.log ?? ((level, message) => console[level](`[touchmap] ${message}`));
  }

  /** The window a request came from; throws for a window this process does not know. */
  record(windowId: number): WindowRecord {
    const record = this.windows.get(windowId);
    if (!record) throw new FileAccessError('Unknown window.');
    return record;
  }

  newWindow(): WindowRecord {
    const { windowId, webContentsId } = this.shell.createWindow();
    return this.windows.add(windowId, webContentsId);
  }

  /** Sends now when the page is ready, else when it is. */
  deliver(record: WindowRecord, channel: EventChannel, payload: unknown): void {
    if (record.ready) this.shell.send(record.id, channel, payload);
    else record.queue.push({ channel, payload });
  }

  /** Shows the window's document state in its title bar (and, on macOS, its proxy icon). */
  applyState(record: WindowRecord): void {
    this.shell.applyWindowState(record.id, {
      title: windowTitle(record.state, this.platform),
      edited: record.state.dirty,
      representedPath: record.documentPath,
    });
  }

  /** Where a dialog for this window opens: beside its file, else where the last one ended. */
  folderFor(record: WindowRecord | undefined): string | null {
    if (record?.documentPath) return dirname(record.documentPath);
    return this.lastFolder ?? this.defaultFolder;
  }
}
