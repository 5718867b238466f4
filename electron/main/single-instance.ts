/**
 * One Touchmap process per user: a second start hands its files to the first one (which opens
 * or focuses their windows) and quits. macOS sends files to the running app as `open-file`
 * events instead, also before the app is ready; both go into the same queue.
 *
 * Takes the Electron `app` as a parameter so the wiring is tested with a fake.
 */
import type { App } from 'electron';
import { pathsFromArgv, type OpenRequestQueue } from './open-requests.ts';

export type AppLike = Pick<App, 'requestSingleInstanceLock' | 'quit'> & {
  on(event: string, listener: (...args: never[]) => void): unknown;
};

export interface SingleInstanceOptions {
  queue: OpenRequestQueue;
  /** See ArgvOptions.skip. */
  skip: number;
  /** A second start happened: bring a window to the front (after its files are queued). */
  onSecondInstance: () => void;
}

/**
 * Takes the lock. Returns false when another instance has it: this one has passed on its
 * command line (Electron does it with the lock request) and is quitting.
 */
export function claimSingleInstance(app: AppLike, options: SingleInstanceOptions): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  const onSecond = (_event: unknown, argv: string[], workingDirectory: string) => {
    options.queue.push(pathsFromArgv(argv, { cwd: workingDirectory, skip: options.skip }));
    options.onSecondInstance();
  };
  app.on('second-instance', onSecond as (...args: never[]) => void);
  return true;
}

/** macOS: files opened with the app (Finder, Dock); register before `ready`. */
export function listenForOpenFile(app: AppLike, queue: OpenRequestQueue): void {
  const onOpenFile = (event: { preventDefault(): void }, path: string) => {
    event.preventDefault();
    queue.push([path]);
  };
  app.on('open-file', onOpenFile as (...args: never[]) => void);
}
