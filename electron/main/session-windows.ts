/**
 * Electron glue for session windows (the only port of session-sharing.ts that needs Electron):
 * a BrowserWindow with the hardened options and no preload, allowed onto its link's origin
 * only (security.ts), loading the session page. Type-checked, not run by the tests.
 */
import { BrowserWindow } from 'electron';
import type { SessionOrigins } from './security.ts';
import { sessionWindowOptions } from './window-options.ts';

export interface SessionWindowOptions {
  origins: SessionOrigins;
  /** The window is gone (closed by hand, or by Stop Sharing). */
  onClosed(windowId: number): void;
}

export function sessionWindowOpener(options: SessionWindowOptions): (url: string) => number {
  return (url) => {
    const window = new BrowserWindow(sessionWindowOptions());
    const windowId = window.id;
    const contentsId = window.webContents.id;
    options.origins.allow(contentsId, url);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      options.origins.forget(contentsId);
      options.onClosed(windowId);
    });
    void window.loadURL(url);
    return windowId;
  };
}
