/**
 * Electron main process: thin glue. Everything with logic worth testing lives in plain
 * modules beside this file (tested under Node without the Electron binary).
 * The full desktop shell (files, menus, autosave) is built on top of this.
 */
import { app, BrowserWindow, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { documentWindowOptions, isAllowedExternalUrl } from './window-options.ts';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '..', 'renderer', 'index.html');
const preload = join(here, 'preload.cjs');

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(documentWindowOptions(preload));
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
  return window;
}

app.on('web-contents-created', (_event, contents) => {
  // The renderer never navigates away or opens windows; links go to the user's browser.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});
