/**
 * The recent-files list (kept in the preferences, shown in File > Open Recent and in the
 * system's own list) and the application menu: its template follows the recent list, and its
 * commands go to the focused window, to a new one, or are done here.
 */
import {
  EVENTS,
  RENDERER_MENU_COMMANDS,
  type FileRef,
  type MenuCommand,
  type RecentPreview,
  type RendererMenuCommand,
} from '../../src/ipc/contract.ts';
import { MapPreviewCache } from '../../src/node/map-preview.ts';
import {
  addRecent,
  pathKey,
  pruneMissing,
  removeRecent,
  samePath,
} from '../../src/node/recent-files.ts';
import type { DesktopContext } from './desktop-context.ts';
import type { DesktopSessions } from './desktop-sessions.ts';
import { FileAccessError } from './file-grants.ts';
import { buildMenuTemplate, recentEntries } from './menu.ts';
import { RECENT_FILES_CAP } from './preferences-schema.ts';
import type { PreferencesStore } from './preferences.ts';
import { isReplaceable } from './windows.ts';

/** The opening the menu asks for; documents.ts does it. */
export interface MenuOpener {
  /** Files from the system or Open Recent, into the focused window when it is empty. */
  openPaths(paths: readonly string[]): Promise<void>;
  /** File > Open: the open dialog, for the focused window or for none. */
  openFromMenu(): Promise<void>;
}

export interface RecentAndMenusOptions {
  preferences: PreferencesStore;
  /** Where previous versions of saved maps are kept: File > Show Backups opens it. */
  backupFolder: string;
  appName: string;
  isDev: boolean;
  opener: MenuOpener;
  /** Live sessions, when this host has them (Stop Sharing). */
  sharing?: () => DesktopSessions | null;
}

const RENDERER_COMMANDS = new Set<MenuCommand>(RENDERER_MENU_COMMANDS);
/** Commands that make sense with no window open (macOS): a window is opened for them. */
const WINDOWLESS_COMMANDS = new Set<MenuCommand>([
  'about',
  'preferences',
  'userGuide',
  'fileFormat',
  'joinSession',
]);

export class RecentAndMenus {
  readonly #context: DesktopContext;
  readonly #prefs: PreferencesStore;
  readonly #backupFolder: string;
  readonly #appName: string;
  readonly #isDev: boolean;
  readonly #opener: MenuOpener;
  readonly #sharing: () => DesktopSessions | null;
  readonly #previews = new MapPreviewCache({ capacity: RECENT_FILES_CAP });

  constructor(context: DesktopContext, options: RecentAndMenusOptions) {
    this.#context = context;
    this.#prefs = options.preferences;
    this.#backupFolder = options.backupFolder;
    this.#appName = options.appName;
    this.#isDev = options.isDev;
    this.#opener = options.opener;
    this.#sharing = options.sharing ?? (() => null);
  }

  // -------------------------------------------------------------------------------------------
  // The recent list

  /** The recent files, each granted to the window for reading only. */
  listRecentFiles(windowId: number): FileRef[] {
    this.#context.record(windowId);
    return this.#prefs
      .recentFiles()
      .map((path) => this.#context.grants.grant(windowId, path, 'read'));
  }

  /**
   * The map of a recent file, for its miniature on the start screen. Only a file that is in
   * the recent list now: a token granted for anything else (a file the window saved, a draft's
   * file) is refused, so the page cannot use this to read files. A file that cannot be read
   * stays in the list; the start screen says so.
   */
  async readRecentPreview(windowId: number, token: string): Promise<RecentPreview> {
    const { grants, platform } = this.#context;
    const grant = grants.require(windowId, token, ['read', 'edit']);
    const listed = this.#prefs.recentFiles().some((path) => samePath(path, grant.path, platform));
    if (!listed) throw new FileAccessError('That file is not in the recent list.');
    return this.#previews.preview(pathKey(grant.path, platform), grant.path);
  }

  clearRecentFiles(): void {
    this.#prefs.setRecentFiles([]);
    this.#context.shell.clearRecentDocuments();
    this.refreshMenu();
  }

  /** A file was opened or saved: it goes to the top of the list. */
  addRecent(path: string): void {
    const list = addRecent(this.#prefs.recentFiles(), path, {
      cap: RECENT_FILES_CAP,
      platform: this.#context.platform,
    });
    this.#prefs.setRecentFiles(list);
    this.#context.shell.addRecentDocument(path);
    this.refreshMenu();
  }

  /** A file is gone: it leaves the list. */
  removeRecent(path: string): void {
    const list = removeRecent(this.#prefs.recentFiles(), path, {
      platform: this.#context.platform,
    });
    this.#prefs.setRecentFiles(list);
    this.refreshMenu();
  }

  /** Drops the files that no longer exist (at start-up). */
  async pruneMissing(): Promise<void> {
    const recent = this.#prefs.recentFiles();
    const kept = await pruneMissing(recent);
    if (kept.length !== recent.length) {
      this.#prefs.setRecentFiles(kept);
      this.refreshMenu();
    }
  }

  // -------------------------------------------------------------------------------------------
  // The menu

  refreshMenu(): void {
    const template = buildMenuTemplate(
      {
        platform: this.#context.platform,
        appName: this.#appName,
        recentFiles: recentEntries(this.#prefs.recentFiles(), this.#context.platform),
        isDev: this.#isDev,
        canStopSharing: this.#sharing()?.canStopFocused() ?? false,
      },
      {
        command: (command) => void this.menuCommand(command),
        openRecent: (path) => void this.#opener.openPaths([path]),
        clearRecent: () => this.clearRecentFiles(),
      },
    );
    this.#context.shell.setMenu(template);
  }

  async menuCommand(command: MenuCommand): Promise<void> {
    const { shell, windows } = this.#context;
    const focused = windows.get(shell.focusedWindowId());
    switch (command) {
      case 'open':
        return this.#opener.openFromMenu();
      case 'new':
      case 'newFromTemplate': {
        const target = isReplaceable(focused) && focused ? focused : this.#context.newWindow();
        this.#context.deliver(target, EVENTS.menuCommand, command);
        return;
      }
      case 'close': {
        // Any focused window: a session window is not a document window but closes the same.
        const id = shell.focusedWindowId();
        if (id !== null) shell.closeWindow(id);
        return;
      }
      case 'showBackups':
        shell.openFolder(this.#backupFolder);
        return;
      case 'stopSharing':
        return this.#sharing()?.stopFocused();
      default:
        if (!RENDERER_COMMANDS.has(command)) return; // Native roles: Electron does them.
        if (focused) this.#context.deliver(focused, EVENTS.menuCommand, command);
        else if (WINDOWLESS_COMMANDS.has(command)) {
          const target = this.#context.newWindow();
          this.#context.deliver(target, EVENTS.menuCommand, command as RendererMenuCommand);
        }
    }
  }
}
