/**
 * The child process of draft-crash.test.ts (not a test itself): a desktop app without its
 * windows. The renderer's autosave (src/app/shell/autosave.ts, at the desktop's default
 * interval) keeps drafts of a document through the main process's draft keeping
 * (electron/main/drafts.ts over src/node/drafts.ts), while the document gets a steady stream
 * of edits, until the process is killed. Each edit is announced on stdout as
 * "edit <n> <epoch ms>" once applied; each finished draft write as "drafted <epoch ms>".
 *
 * Usage: node draft-crash-child.mjs <folder>  (drafts go to <folder>/app-data/drafts)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from '../../../src/core/parse.ts';
import { setTitle } from '../../../src/core/ops/index.ts';
import { DEFAULT_USER_PREFERENCES } from '../../../src/ipc/preferences.ts';
import { createDraftStore } from '../../../src/node/drafts.ts';
import { attachAutosave } from '../../../src/app/shell/autosave.ts';
import { createDocumentStore } from '../../../src/app/store/document-store.ts';
import { createDesktop, type ShellPort } from '../../../electron/main/desktop.ts';
import {
  DEFAULT_PREFERENCES,
  userPart,
  withUserPatch,
} from '../../../electron/main/preferences-schema.ts';
import type { PreferencesStore } from '../../../electron/main/preferences.ts';

const argument = process.argv[2];
if (!argument) throw new Error('usage: draft-crash-child <folder>');
const folder: string = argument;

/** A shell with one window and no user: every dialog is cancelled, nothing is shown. */
function headlessShell(): ShellPort {
  let next = 1;
  const nothing = () => undefined;
  return {
    createWindow: () => ({ windowId: next, webContentsId: 100 + next++ }),
    focusWindow: nothing,
    closeWindow: nothing,
    focusedWindowId: () => 1,
    quit: nothing,
    send: nothing,
    applyWindowState: nothing,
    showOpenDialog: async () => null,
    showSaveDialog: async () => null,
    showMessageBox: async () => 0,
    showItemInFolder: nothing,
    openFolder: nothing,
    addRecentDocument: nothing,
    clearRecentDocuments: nothing,
    setMenu: nothing,
    setTheme: nothing,
  };
}

function preferencesInMemory(): PreferencesStore {
  let data = structuredClone(DEFAULT_PREFERENCES);
  return {
    path: join(folder, 'app-data', 'preferences.json'),
    notice: null,
    all: () => structuredClone(data),
    user: () => userPart(data),
    setUser(patch) {
      data = withUserPatch(data, patch);
      return userPart(data);
    },
    fallbackFontPath: () => null,
    setFallbackFontPath: () => undefined,
    recentFiles: () => [],
    setRecentFiles: () => undefined,
    windowBounds: () => ({}),
    setWindowBounds: () => undefined,
  };
}

const desktop = createDesktop({
  shell: headlessShell(),
  preferences: preferencesInMemory(),
  drafts: createDraftStore(join(folder, 'app-data', 'drafts')),
  backupFolder: join(folder, 'app-data', 'backups'),
  defaultFolder: folder,
  platform: 'linux',
  log: (level, message) => process.stderr.write(`${level}: ${message}\n`),
});
const windowId = desktop.context.newWindow().id;
desktop.lifecycle.windowReady(windowId);

const template = parse(await readFile('assets/templates/hotel-stay.touchmap', 'utf8'));
if (!template.ok) throw new Error('the hotel template does not parse');
const document = createDocumentStore({ documentId: 'crash-draft', map: template.map });

// What the preload and IPC handlers do for the page: each draft call goes to this window's
// draft keeping in main.
attachAutosave({
  platform: {
    drafts: {
      write: (draft) => desktop.drafts.writeDraft(windowId, draft),
      remove: (documentId) => desktop.drafts.removeDraft(windowId, documentId),
      list: async () => (await desktop.drafts.listDrafts(windowId)).drafts,
    },
  },
  session: { document },
  intervalMs: DEFAULT_USER_PREFERENCES.draftIntervalSeconds * 1000,
  onWritten: () => process.stdout.write(`drafted ${Date.now()}\n`),
  onError: (error) => process.stderr.write(`draft failed: ${String(error)}\n`),
  target: null,
  doc: null,
});

process.stdout.write('ready\n');
let n = 0;
// An edit every 20 to 80 ms: a facilitator typing, forever (until the kill).
const edit = () => {
  n += 1;
  document.getState().apply((map) => setTitle(map, `Edit ${n}`));
  process.stdout.write(`edit ${n} ${Date.now()}\n`);
  setTimeout(edit, 20 + Math.random() * 60);
};
edit();
