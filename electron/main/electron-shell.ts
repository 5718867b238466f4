/**
 * The ShellPort over Electron: windows, dialogs, the menu, messages to pages. Only glue: every
 * decision is in the modules desktop.ts puts together. This file, session-windows.ts and
 * index.ts are the only ones of the main process that import Electron at run time (so the only
 * ones not run by the tests; they are type-checked against Electron's types).
 */
import { mkdir } from 'node:fs/promises';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  nativeTheme,
  screen,
  shell,
  type MessageBoxOptions,
} from 'electron';
import type { Desktop, ShellPort } from './desktop.ts';
import { documentWindowOptions } from './window-options.ts';
import { chooseWindowBounds, displayKey } from './windows.ts';

export interface ElectronShellOptions {
  preloadPath: string;
  rendererIndex: string;
  /** Development: load the page from the Vite dev server instead of the built files. */
  devServerUrl: string | null;
  desktop: () => Desktop;
}

const windowOf = (id: number | null): BrowserWindow | null => {
  if (id === null) return null;
  const window = BrowserWindow.fromId(id);
  return window && !window.isDestroyed() ? window : null;
};

export function createElectronShell(options: ElectronShellOptions): ShellPort {
  const desktop = options.desktop;

  const rememberBounds = (window: BrowserWindow) => {
    const bounds = window.getNormalBounds();
    const display = screen.getDisplayMatching(bounds);
    desktop().preferences.rememberBounds(displayKey(display), {
      ...bounds,
      maximized: window.isMaximized(),
    });
  };

  const createWindow = () => {
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const { maximized, ...bounds } = chooseWindowBounds(
      desktop().preferences.savedBounds(),
      { bounds: display.bounds, workArea: display.workArea },
      BrowserWindow.getAllWindows().length,
    );
    const window = new BrowserWindow(documentWindowOptions(options.preloadPath, bounds));
    const windowId = window.id;
    const contents = window.webContents;
    if (maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    window.on('close', (event) => {
      rememberBounds(window);
      if (!desktop().closing.onWindowClose(windowId)) event.preventDefault();
    });
    window.on('closed', () => desktop().lifecycle.windowClosed(windowId));
    contents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      desktop().lifecycle.windowCrashed(windowId);
      void dialog
        .showMessageBox(window, {
          type: 'error',
          message: 'This window stopped working.',
          detail:
            'Your changes up to the last autosave are kept as a draft. Reload the window to recover them.',
          buttons: ['Reload', 'Close Window'],
          defaultId: 0,
          cancelId: 1,
        })
        .then(({ response }) => {
          if (window.isDestroyed()) return;
          if (response === 0) contents.reload();
          else window.close();
        });
    });
    if (options.devServerUrl) void window.loadURL(options.devServerUrl);
    else void window.loadFile(options.rendererIndex);
    return { windowId, webContentsId: contents.id };
  };

  return {
    createWindow,
    focusWindow(windowId) {
      const window = windowOf(windowId);
      if (!window) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    closeWindow(windowId) {
      windowOf(windowId)?.close();
    },
    focusedWindowId() {
      return BrowserWindow.getFocusedWindow()?.id ?? null;
    },
    quit() {
      app.quit();
    },
    send(windowId, channel, payload) {
      const window = windowOf(windowId);
      if (window && !window.webContents.isDestroyed()) window.webContents.send(channel, payload);
    },
    applyWindowState(windowId, view) {
      const window = windowOf(windowId);
      if (!window) return;
      window.setTitle(view.title);
      if (process.platform === 'darwin') {
        window.setDocumentEdited(view.edited);
        window.setRepresentedFilename(view.representedPath ?? '');
      }
    },
    async showOpenDialog(windowId, dialogOptions) {
      const window = windowOf(windowId);
      const result = window
        ? await dialog.showOpenDialog(window, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSaveDialog(windowId, dialogOptions) {
      const window = windowOf(windowId);
      const result = window
        ? await dialog.showSaveDialog(window, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showMessageBox(windowId, boxOptions: MessageBoxOptions) {
      const window = windowOf(windowId);
      const result = window
        ? await dialog.showMessageBox(window, boxOptions)
        : await dialog.showMessageBox(boxOptions);
      return result.response;
    },
    showItemInFolder(path) {
      shell.showItemInFolder(path);
    },
    openFolder(path) {
      void mkdir(path, { recursive: true }).then(() => shell.openPath(path));
    },
    addRecentDocument(path) {
      if (process.platform !== 'linux') app.addRecentDocument(path);
    },
    clearRecentDocuments() {
      if (process.platform !== 'linux') app.clearRecentDocuments();
    },
    setMenu(template) {
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    },
    setTheme(theme) {
      nativeTheme.themeSource = theme;
    },
  };
}
