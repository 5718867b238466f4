/**
 * The options of every document window, kept apart from the Electron glue so tests can
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
