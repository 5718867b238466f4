/**
 * The options of every document window (and of the session windows), kept apart from the Electron glue so tests can
 * check the security settings without the Electron binary.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { MIN_WINDOW_SIZE, DEFAULT_WINDOW_SIZE } from './windows.ts';

export function documentWindowOptions(
  preloadPath: string,
  bounds: Partial<Rectangle> = {},
): BrowserWindowConstructorOptions {
  return {
    width: DEFAULT_WINDOW_SIZE.width,
    height: DEFAULT_WINDOW_SIZE.height,
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Touchmap',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A file dropped on the page is opened by the app (through the preload), never navigated to.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/**
 * A session window: a page a session host serves over http (this app's, or another's on the
 * network). The same hardening, and no preload: such a page gets no bridge to the main
 * process, whoever serves it.
 */
export function sessionWindowOptions(
  bounds: Partial<Rectangle> = {},
): BrowserWindowConstructorOptions {
  const options = documentWindowOptions('', bounds);
  const { preload: _none, ...webPreferences } = options.webPreferences ?? {};
  return { ...options, title: 'Touchmap — Live Session', webPreferences };
}
