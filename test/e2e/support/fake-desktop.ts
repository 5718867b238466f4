/**
 * A stand-in for the desktop app's preload in the built renderer: `window.touchmap`, installed
 * before the app's scripts run, so Chromium runs the Electron adapter against a scripted main
 * process. It answers what a freshly started window asks (no drafts, no documents) and the
 * recent list with the previews given; every call is kept in the page for the test to read.
 */
import type { Page } from 'playwright-core';
import type { FileRef, RecentPreview } from '../../../src/ipc/contract.ts';
import { DEFAULT_USER_PREFERENCES, type UserPreferences } from '../../../src/ipc/preferences.ts';

export interface FakeRecentFile {
  file: FileRef;
  preview: RecentPreview;
}

interface Script {
  recent: FakeRecentFile[];
  preferences: UserPreferences;
}

interface Call {
  method: string;
  args: unknown[];
}

/** Runs in the page (serialised by playwright). Not typed as TouchmapBridge: it is data there. */
function installBridge(script: Script): void {
  const calls: Call[] = [];
  const record = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const answer =
    <T>(method: string, value: () => T) =>
    async (...args: unknown[]): Promise<T> => {
      record(method, ...args);
      return value();
    };
  const listen = (method: string) => () => {
    record(method);
    return () => undefined;
  };
  let recent = script.recent;
  (window as unknown as { __desktopCalls: Call[] }).__desktopCalls = calls;
  (window as unknown as { touchmap: unknown }).touchmap = {
    platform: 'linux',
    versions: { electron: '41.7.1', chrome: '146.0.0.0' },
    ready: answer('ready', () => ({
      platform: 'linux',
      offerDraftRecovery: false,
      preferences: script.preferences,
    })),
    openFile: answer('openFile', () => ({ status: 'cancelled' })),
    openRecentFile: answer('openRecentFile', () => ({ status: 'cancelled' })),
    openDroppedFiles: answer('openDroppedFiles', () => ({ status: 'cancelled' })),
    reloadFile: answer('reloadFile', () => ({ status: 'cancelled' })),
    listRecentFiles: answer('listRecentFiles', () => recent.map((r) => r.file)),
    clearRecentFiles: answer('clearRecentFiles', () => {
      recent = [];
    }),
    async readRecentPreview(file: FileRef) {
      record('readRecentPreview', file);
      const entry = recent.find((r) => r.file.token === file.token);
      if (!entry) throw new Error('Refused: that file is not in the recent list.');
      return entry.preview;
    },
    saveFile: answer('saveFile', () => ({ status: 'cancelled' })),
    exportFile: answer('exportFile', () => ({ status: 'cancelled' })),
    showInFolder: answer('showInFolder', () => undefined),
    drafts: {
      write: answer('drafts.write', () => undefined),
      remove: answer('drafts.remove', () => undefined),
      list: answer('drafts.list', () => ({ drafts: [], skipped: 0 })),
      openInNewWindow: answer('drafts.openInNewWindow', () => false),
    },
    setDocumentState: answer('setDocumentState', () => undefined),
    preferences: {
      get: answer('preferences.get', () => script.preferences),
      set: answer('preferences.set', () => script.preferences),
      onChange: listen('preferences.onChange'),
    },
    getFallbackFont: answer('getFallbackFont', () => null),
    chooseFallbackFont: answer('chooseFallbackFont', () => ({ status: 'cancelled' })),
    clearFallbackFont: answer('clearFallbackFont', () => undefined),
    readFallbackFont: answer('readFallbackFont', () => ({
      name: null,
      bytes: null,
      message: null,
    })),
    onMenuCommand: listen('onMenuCommand'),
    onOpenDocument: listen('onOpenDocument'),
    onFileChanged: listen('onFileChanged'),
    onCloseRequest: listen('onCloseRequest'),
    respondToCloseRequest: answer('respondToCloseRequest', () => undefined),
    onDraftFlushRequest: listen('onDraftFlushRequest'),
    respondToDraftFlush: answer('respondToDraftFlush', () => undefined),
    openMapInNewWindow: answer('openMapInNewWindow', () => ({ status: 'opened' })),
    sessions: {
      share: answer('sessions.share', () => ({ status: 'unsaved' })),
      // What discovery found: the test changes `window.__foundSessions` while the page runs.
      found: answer('sessions.found', () => (window as unknown as FoundWindow).__foundSessions),
      join: answer('sessions.join', () => ({ status: 'joined' })),
    },
  };
  (window as unknown as FoundWindow).__foundSessions = [];
}

interface FoundWindow {
  __foundSessions: { name: string; address: string }[];
}

/** What the fake main process's discovery reports from now on. */
export async function setFoundSessions(
  page: Page,
  found: { name: string; address: string }[],
): Promise<void> {
  await page.evaluate((list) => {
    (window as unknown as FoundWindow).__foundSessions = list;
  }, found);
}

/** From the next load on, the page runs as a desktop window with this recent list; reloads. */
export async function runAsDesktop(page: Page, recent: FakeRecentFile[]): Promise<void> {
  const script: Script = { recent, preferences: DEFAULT_USER_PREFERENCES };
  await page.addInitScript(installBridge, script);
  await page.reload();
}

/** The bridge methods the page called so far, with their arguments. */
export function desktopCalls(page: Page): Promise<Call[]> {
  return page.evaluate(() => (window as unknown as { __desktopCalls: Call[] }).__desktopCalls);
}
