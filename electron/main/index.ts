/**
 * Electron main process: wiring only. The logic lives in the modules desktop.ts builds, in the
 * pure modules beside this file, and in src/node (files, drafts, recent list), all tested under
 * Node without the Electron binary.
 */
import { BrowserWindow, app, dialog, ipcMain, session, shell } from 'electron';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { createDraftStore } from '../../src/node/drafts.ts';
import { advertise, browseSessions } from '../../src/node/session/discovery.ts';
import { hostSession } from '../../src/node/session/host.ts';
import { createDesktop, type Desktop } from './desktop.ts';
import { createElectronShell } from './electron-shell.ts';
import { electronLinkPorts } from './external-links.ts';
import { createIpcHandlers, registerIpcHandlers } from './ipc-handlers.ts';
import { OpenRequestQueue, pathsFromArgv } from './open-requests.ts';
import { openPreferences } from './preferences.ts';
import {
  SessionOrigins,
  hardenWebContents,
  installSessionPolicy,
  type TrustedRenderer,
} from './security.ts';
import { nodeSharingPorts, rendererDir } from './session-ports.ts';
import { sessionWindowOpener } from './session-windows.ts';
import { claimSingleInstance, listenForOpenFile } from './single-instance.ts';
import { activateApp, focusSomeWindow } from './window-focus.ts';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '..', 'renderer', 'index.html');
const preloadPath = join(here, 'preload.cjs');
// `TOUCHMAP_DEV_SERVER_URL=http://localhost:5173` loads the page from `npm run dev:web`;
// never in a packaged app.
const devServerUrl = app.isPackaged ? null : (process.env.TOUCHMAP_DEV_SERVER_URL ?? null);
const trusted: TrustedRenderer = {
  indexUrl: pathToFileURL(rendererIndex).href,
  devServerOrigin: devServerUrl ? new URL(devServerUrl).origin : null,
  platform: process.platform,
};

/** The session windows' origins: each may stay on its own session's, nothing else. */
const sessionOrigins = new SessionOrigins();

const queue = new OpenRequestQueue();
/** `electron .` puts the app folder after the executable; a packaged app does not. */
const skip = process.defaultApp ? 2 : 1;

/** The app's windows now, editor and session windows alike, for window-focus.ts. */
const openWindows = () => ({
  focused: BrowserWindow.getFocusedWindow(),
  all: BrowserWindow.getAllWindows(),
});

async function main(): Promise<void> {
  installSessionPolicy(session.defaultSession, trusted, sessionOrigins);
  const userData = app.getPath('userData');
  let desktop: Desktop | null = null;
  const getDesktop = (): Desktop => {
    if (!desktop) throw new Error('The main process is not ready yet.');
    return desktop;
  };
  desktop = createDesktop({
    shell: createElectronShell({
      preloadPath,
      rendererIndex,
      devServerUrl,
      desktop: getDesktop,
    }),
    preferences: openPreferences(),
    drafts: createDraftStore(join(userData, 'drafts')),
    backupFolder: join(userData, 'backups'),
    defaultFolder: app.getPath('documents'),
    appName: app.getName(),
    isDev: !app.isPackaged,
    sessions: {
      // The page a session serves is the renderer the windows load (dist/renderer).
      ...nodeSharingPorts({
        appDir: rendererDir(here),
        hostSession,
        advertise,
        browseSessions,
        log: (message) => console.warn(`[touchmap] session: ${message}`),
      }),
      openSessionWindow: sessionWindowOpener({
        origins: sessionOrigins,
        onClosed: (windowId) => void getDesktop().sessions?.sessionWindowClosed(windowId),
      }),
    },
  });
  const ready = desktop;
  registerIpcHandlers(
    ipcMain,
    createIpcHandlers(ready, {
      trusted,
      windowIdFor: (id) => ready.windows.byWebContents(id)?.id ?? null,
    }),
  );
  app.on('before-quit', (event) => {
    if (!ready.closing.onBeforeQuit()) event.preventDefault();
  });
  // Hosted sessions save their files and end before the app goes (once).
  let sessionsEnded = false;
  app.on('will-quit', (event) => {
    const sessions = ready.sessions;
    if (sessionsEnded || sessions === null) return;
    sessionsEnded = true;
    event.preventDefault();
    void sessions
      .closeAll()
      .catch((error: unknown) => console.error('[touchmap] could not end the sessions:', error))
      .finally(() => app.quit());
  });
  // Stop Sharing is enabled in a window this app hosts: the menu follows the focus.
  app.on('browser-window-focus', () => ready.menus.refreshMenu());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // A Dock click focuses any open window (a session window too); only with none, a new map.
  app.on('activate', () => activateApp(openWindows(), () => ready.context.newWindow()));
  await ready.lifecycle.start(queue);
}

if (
  claimSingleInstance(app, { queue, skip, onSecondInstance: () => focusSomeWindow(openWindows()) })
) {
  app.enableSandbox();
  queue.push(pathsFromArgv(process.argv, { cwd: process.cwd(), skip }));
  listenForOpenFile(app, queue);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(
      contents,
      electronLinkPorts(contents, { BrowserWindow, dialog, shell }),
      Date.now,
      sessionOrigins,
    );
  });
  app
    .whenReady()
    .then(main)
    .catch((error: unknown) => {
      console.error('[touchmap] could not start:', error);
      app.exit(1);
    });
}
