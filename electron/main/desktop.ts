/**
 * The composition root of the main process's logic: builds the shared context and the modules,
 * one per job, and wires each to the few others it needs. index.ts builds one with the real
 * Electron port (electron-shell.ts); tests build one with a fake port (test/unit/electron/fakes.ts).
 *
 * Nothing here imports Electron at run time.
 */
import type { DraftStore } from '../../src/node/drafts.ts';
import { DesktopContext, type Log, type ShellPort } from './desktop-context.ts';
import { DesktopSessions, type SessionPorts } from './desktop-sessions.ts';
import { DocumentWatchers, type WatchFunction } from './document-watch.ts';
import { Documents } from './documents.ts';
import { Drafts } from './drafts.ts';
import type { FileGrants } from './file-grants.ts';
import { PreferencesHost } from './preferences-host.ts';
import type { PreferencesStore } from './preferences.ts';
import { RecentAndMenus } from './recent-and-menus.ts';
import { Saving } from './saving.ts';
import { WindowClosing } from './window-closing.ts';
import { WindowLifecycle } from './window-lifecycle.ts';
import type { WindowRegistry } from './windows.ts';

export type { ShellPort } from './desktop-context.ts';

export interface DesktopOptions {
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
  watch?: WatchFunction;
  log?: Log;
  /** How long quitting waits for the pages to write their drafts (draft-flush.ts). */
  draftFlushTimeoutMs?: number;
  /** Live sessions (the LAN host, discovery, session windows); absent: no sharing here. */
  sessions?: SessionPorts;
}

export interface Desktop {
  readonly context: DesktopContext;
  readonly windows: WindowRegistry;
  readonly grants: FileGrants;
  readonly lifecycle: WindowLifecycle;
  readonly documents: Documents;
  readonly saving: Saving;
  readonly drafts: Drafts;
  readonly preferences: PreferencesHost;
  readonly menus: RecentAndMenus;
  readonly closing: WindowClosing;
  /** Share, Stop Sharing and Join; null when the host gave no session ports. */
  readonly sessions: DesktopSessions | null;
}

export function createDesktop(options: DesktopOptions): Desktop {
  const context = new DesktopContext({
    shell: options.shell,
    defaultFolder: options.defaultFolder,
    platform: options.platform,
    grants: options.grants,
    log: options.log,
  });
  const watchers = new DocumentWatchers(context, options.watch);
  // The menu opens files and opening changes the recent list the menu shows: the opener is
  // reached through a function, so each side can be built first.
  const menus: RecentAndMenus = new RecentAndMenus(context, {
    preferences: options.preferences,
    backupFolder: options.backupFolder,
    appName: options.appName ?? 'Touchmap',
    isDev: options.isDev ?? false,
    sharing: () => sessions,
    opener: {
      openPaths: (paths) => documents.openPaths(paths),
      openFromMenu: () => documents.openFromMenu(),
    },
  });
  const documents: Documents = new Documents(context, watchers, menus);
  const sessions = options.sessions
    ? new DesktopSessions(context, options.sessions, documents)
    : null;
  sessions?.onHostingChange(() => menus.refreshMenu());
  const saving = new Saving(context, {
    documents,
    recent: menus,
    backupFolder: options.backupFolder,
  });
  const drafts = new Drafts(context, options.drafts, watchers);
  const preferences = new PreferencesHost(context, options.preferences);
  const closing = new WindowClosing(context, {
    draftFlushTimeoutMs: options.draftFlushTimeoutMs,
  });
  const lifecycle = new WindowLifecycle(context, {
    draftStore: options.drafts,
    backupFolder: options.backupFolder,
    watchers,
    documents,
    drafts,
    preferences,
    menus,
    closing,
  });
  return {
    context,
    windows: context.windows,
    grants: context.grants,
    lifecycle,
    documents,
    saving,
    drafts,
    preferences,
    menus,
    closing,
    sessions,
  };
}
