/**
 * The IPC channel names, alone in a module without dependencies so that the preload (bundled
 * for the sandbox) does not carry the zod schemas with it. `contract.ts` re-exports them with
 * the payload schemas and the bridge interface; import from there everywhere else.
 */

/** Renderer -> main, `ipcRenderer.invoke` / `ipcMain.handle`: one channel per action. */
export const CHANNELS = {
  ready: 'touchmap:ready',
  openFile: 'touchmap:open-file',
  readFileFromDialog: 'touchmap:read-file-from-dialog',
  openRecentFile: 'touchmap:open-recent-file',
  openDroppedFiles: 'touchmap:open-dropped-files',
  reloadFile: 'touchmap:reload-file',
  listRecentFiles: 'touchmap:list-recent-files',
  clearRecentFiles: 'touchmap:clear-recent-files',
  readRecentPreview: 'touchmap:recent-files:preview',
  saveFile: 'touchmap:save-file',
  exportFile: 'touchmap:export-file',
  showInFolder: 'touchmap:show-in-folder',
  writeDraft: 'touchmap:drafts:write',
  removeDraft: 'touchmap:drafts:remove',
  listDrafts: 'touchmap:drafts:list',
  openDraftInNewWindow: 'touchmap:drafts:open-in-new-window',
  respondToDraftFlush: 'touchmap:drafts:flushed',
  setDocumentState: 'touchmap:set-document-state',
  getPreferences: 'touchmap:preferences:get',
  setPreferences: 'touchmap:preferences:set',
  getFallbackFont: 'touchmap:fallback-font:get',
  chooseFallbackFont: 'touchmap:fallback-font:choose',
  clearFallbackFont: 'touchmap:fallback-font:clear',
  readFallbackFont: 'touchmap:fallback-font:read',
  respondToCloseRequest: 'touchmap:close-request:respond',
  openMapInNewWindow: 'touchmap:open-map-in-new-window',
  shareSession: 'touchmap:session:share',
  listFoundSessions: 'touchmap:session:found',
  joinSession: 'touchmap:session:join',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Main -> renderer, `webContents.send` / `ipcRenderer.on`. */
export const EVENTS = {
  menuCommand: 'touchmap:menu-command',
  openDocument: 'touchmap:open-document',
  fileChanged: 'touchmap:file-changed',
  closeRequest: 'touchmap:close-request',
  draftFlushRequest: 'touchmap:drafts:flush',
  preferencesChanged: 'touchmap:preferences-changed',
} as const;

export type EventChannel = (typeof EVENTS)[keyof typeof EVENTS];
