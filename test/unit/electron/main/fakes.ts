/**
 * Fakes for the main-process tests: a ShellPort that records, preferences in memory, events, and
 * a desktop built on them over a temporary folder.
 */
import type { MenuItemConstructorOptions, MessageBoxOptions, OpenDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EVENTS, type EventChannel, type FileRef } from '../../../../src/ipc/contract.ts';
import {
  userPreferencesPatchSchema,
  type UserPreferencesPatch,
} from '../../../../src/ipc/preferences.ts';
import { createDraftStore } from '../../../../src/node/drafts.ts';
import { hostLink } from '../../../../src/session/links.ts';
import type { DocumentWatcher, WatchOptions } from '../../../../src/node/document-files.ts';
import { createDesktop, type Desktop, type ShellPort } from '../../../../electron/main/desktop.ts';
import {
  createIpcHandlers,
  type SenderEvent,
  type SenderPolicy,
} from '../../../../electron/main/ipc-handlers.ts';
import type { TrustedRenderer } from '../../../../electron/main/security.ts';
import type { SessionPorts } from '../../../../electron/main/desktop-sessions.ts';
import type { FoundSession } from '../../../../electron/main/session-sharing.ts';
import {
  DEFAULT_PREFERENCES,
  preferencesSchema,
  userPart,
  withUserPatch,
  type Preferences,
} from '../../../../electron/main/preferences-schema.ts';
import type { PreferencesStore } from '../../../../electron/main/preferences.ts';
import { mapText, tempFolder } from '../../node/helpers.ts';

export interface Sent {
  windowId: number;
  channel: EventChannel;
  payload: unknown;
}

export class FakeShell implements ShellPort {
  nextWindowId = 1;
  windows: number[] = [];
  focused: number | null = null;
  sent: Sent[] = [];
  focusedLog: number[] = [];
  closed: number[] = [];
  quits = 0;
  menus: MenuItemConstructorOptions[][] = [];
  messages: { windowId: number | null; options: MessageBoxOptions }[] = [];
  /** Answers of the next dialogs, in order (a path, or null to cancel). */
  openAnswers: (string | null)[] = [];
  saveAnswers: (string | null)[] = [];
  /** Button indexes for the next message boxes. */
  boxAnswers: number[] = [];
  states = new Map<number, { title: string; edited: boolean; representedPath: string | null }>();
  shownInFolder: string[] = [];
  openedFolders: string[] = [];
  recentDocuments: string[] = [];
  themes: string[] = [];
  /**
   * Plays the pages' side of messages that want an answer: by default (makeDesktop) a page
   * answers a draft flush request at once, as a live page does after writing its draft.
   */
  pageReply: ((sent: Sent) => void) | null = null;

  createWindow() {
    const windowId = this.nextWindowId++;
    this.windows.push(windowId);
    this.focused = windowId;
    return { windowId, webContentsId: 100 + windowId };
  }
  focusWindow(windowId: number) {
    this.focused = windowId;
    this.focusedLog.push(windowId);
  }
  closeWindow(windowId: number) {
    this.closed.push(windowId);
  }
  focusedWindowId() {
    return this.focused;
  }
  quit() {
    this.quits++;
  }
  send(windowId: number, channel: EventChannel, payload: unknown) {
    this.sent.push({ windowId, channel, payload });
    const reply = this.pageReply;
    if (reply) queueMicrotask(() => reply({ windowId, channel, payload }));
  }
  applyWindowState(
    windowId: number,
    view: { title: string; edited: boolean; representedPath: string | null },
  ) {
    this.states.set(windowId, view);
  }
  /** The options of each open dialog shown. */
  openOptions: OpenDialogOptions[] = [];
  async showOpenDialog(_windowId: number | null, options: OpenDialogOptions) {
    this.openOptions.push(options);
    return this.openAnswers.shift() ?? null;
  }
  async showSaveDialog() {
    return this.saveAnswers.shift() ?? null;
  }
  async showMessageBox(windowId: number | null, options: MessageBoxOptions) {
    this.messages.push({ windowId, options });
    return this.boxAnswers.shift() ?? options.cancelId ?? 0;
  }
  showItemInFolder(path: string) {
    this.shownInFolder.push(path);
  }
  openFolder(path: string) {
    this.openedFolders.push(path);
  }
  addRecentDocument(path: string) {
    this.recentDocuments.push(path);
  }
  clearRecentDocuments() {
    this.recentDocuments = [];
  }
  setMenu(template: MenuItemConstructorOptions[]) {
    this.menus.push(template);
  }
  setTheme(theme: string) {
    this.themes.push(theme);
  }

  sentTo(windowId: number, channel?: EventChannel): unknown[] {
    return this.sent
      .filter((s) => s.windowId === windowId && (!channel || s.channel === channel))
      .map((s) => s.payload);
  }
}

export type MemoryPreferences = PreferencesStore & { data: Preferences };

export function memoryPreferences(initial: Partial<Preferences> = {}): MemoryPreferences {
  const store: MemoryPreferences = {
    data: preferencesSchema.parse({ ...structuredClone(DEFAULT_PREFERENCES), ...initial }),
    path: '/memory/preferences.json',
    notice: null,
    all: () => structuredClone(store.data),
    user: () => userPart(store.data),
    setUser(patch: UserPreferencesPatch) {
      const checked = userPreferencesPatchSchema.parse(patch);
      store.data = withUserPatch(store.data, checked);
      return userPart(store.data);
    },
    fallbackFontPath: () => store.data.pdf.fallbackFontPath,
    setFallbackFontPath(path) {
      store.data = { ...store.data, pdf: { ...store.data.pdf, fallbackFontPath: path } };
    },
    recentFiles: () => [...store.data.recentFiles],
    setRecentFiles(paths) {
      store.data = { ...store.data, recentFiles: [...paths] };
    },
    windowBounds: () => ({ ...store.data.windowBounds }),
    setWindowBounds(key, bounds) {
      store.data = { ...store.data, windowBounds: { ...store.data.windowBounds, [key]: bounds } };
    },
  };
  return store;
}

/** A watch function the test triggers by hand. */
export function manualWatch() {
  const watches = new Map<string, WatchOptions>();
  const watch = (path: string, options: WatchOptions): DocumentWatcher => {
    watches.set(path, options);
    return { close: () => watches.delete(path) };
  };
  return { watch, watches };
}

/**
 * Session ports that record: a hosted file gets fixed links, session windows take ids from
 * 500 on (the shell's document windows start at 1), and `announce` plays discovery.
 */
function fakeSessionPorts() {
  const log: string[] = [];
  let nextWindow = 500;
  let announce: (found: FoundSession[]) => void = () => undefined;
  const ports: SessionPorts = {
    async host(file) {
      log.push(`host ${file}`);
      return {
        editUrl: `http://10.0.0.2:5000/?session=${'e'.repeat(32)}`,
        viewUrl: `http://10.0.0.2:5000/?view=${'v'.repeat(32)}`,
        hostUrl: hostLink(
          `http://10.0.0.2:5000/?session=${'e'.repeat(32)}`,
          `http://10.0.0.2:5000/?view=${'v'.repeat(32)}`,
          'h'.repeat(32),
        ),
        ended: new Promise<void>(() => undefined),
        close: async () => void log.push(`saved and closed ${file}`),
      };
    },
    browse(onChange) {
      announce = onChange;
      return () => undefined;
    },
    openSessionWindow(url) {
      log.push(`session window ${url}`);
      return nextWindow++;
    },
  };
  return { ports, log, announce: (found: FoundSession[]) => announce(found) };
}

/** How long the fake desktop waits for a page that does not answer a draft flush request. */
export const DRAFT_FLUSH_TIMEOUT_MS = 60;

export function makeDesktop(
  folder: string,
  options: { platform?: NodeJS.Platform; draftFlushTimeoutMs?: number } = {},
) {
  const shell = new FakeShell();
  const preferences = memoryPreferences();
  const drafts = createDraftStore(join(folder, 'app-data', 'drafts'));
  const watching = manualWatch();
  const logs: string[] = [];
  const backupFolder = join(folder, 'app-data', 'backups');
  const sessions = fakeSessionPorts();
  const desktop = createDesktop({
    shell,
    preferences,
    drafts,
    backupFolder,
    defaultFolder: folder,
    platform: options.platform ?? 'linux',
    watch: watching.watch,
    log: (level, message) => logs.push(`${level}: ${message}`),
    draftFlushTimeoutMs: options.draftFlushTimeoutMs ?? DRAFT_FLUSH_TIMEOUT_MS,
    sessions: sessions.ports,
  });
  shell.pageReply = (sent) => {
    if (sent.channel !== EVENTS.draftFlushRequest) return;
    const { requestId } = sent.payload as { requestId: string };
    desktop.closing.respondToDraftFlush(sent.windowId, requestId);
  };
  return { desktop, shell, preferences, drafts, watching, logs, backupFolder, sessions };
}

/** A window created and ready, as after its page loaded. */
export function readyWindow(desktop: Desktop): number {
  const record = desktop.context.newWindow();
  desktop.lifecycle.windowReady(record.id);
  return record.id;
}

export const INDEX_URL = 'file:///opt/Touchmap/resources/app.asar/dist/renderer/index.html';

/** An IPC event from the top frame of the app's page in the given window. */
export function eventFrom(windowId: number, url = INDEX_URL, parent: unknown = null): SenderEvent {
  return { sender: { id: 100 + windowId }, senderFrame: { url, parent } };
}

const trusted: TrustedRenderer = {
  indexUrl: INDEX_URL,
  devServerOrigin: null,
  platform: 'linux',
};

/** The IPC handlers over a desktop in a fresh folder, with two ready windows. */
export async function setupIpc(prefix: string) {
  const dir = await tempFolder(prefix);
  const env = makeDesktop(dir);
  const policy: SenderPolicy = {
    trusted,
    windowIdFor: (id) => env.desktop.windows.byWebContents(id)?.id ?? null,
  };
  const handlers = createIpcHandlers(env.desktop, policy);
  const one = readyWindow(env.desktop);
  const two = readyWindow(env.desktop);
  const call = (channel: keyof typeof handlers, windowId: number, payload?: unknown) =>
    handlers[channel](eventFrom(windowId), payload);
  return { ...env, dir, policy, handlers, one, two, call };
}

/** Lets the promises in flight settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A fixture file of test/fixtures. */
export const fixture = (path: string) =>
  new URL(`../../../fixtures/${path}`, import.meta.url).pathname;

/** A desktop over a fresh temporary folder, with the fakes it was built with. */
export async function setupDesktop(prefix = 'touchmap-desktop-') {
  const dir = await tempFolder(prefix);
  return { dir, ...makeDesktop(dir) };
}

export type DesktopEnv = Awaited<ReturnType<typeof setupDesktop>>;

/** Writes a valid map named `name` in the test's folder. */
export async function writeMap(env: DesktopEnv, name: string, title = name): Promise<string> {
  const path = join(env.dir, name);
  await writeFile(path, mapText(title));
  return path;
}

/** The page of `windowId` opens `path` through the open dialog. */
export async function openIn(env: DesktopEnv, windowId: number, path: string) {
  env.shell.openAnswers.push(path);
  return env.desktop.documents.openFromDialog(windowId);
}

export const draftOf = (
  documentId: string,
  file: FileRef | null = null,
  text = mapText('Draft'),
) => ({
  documentId,
  title: 'Draft map',
  file,
  text,
  savedAt: new Date().toISOString(),
});
