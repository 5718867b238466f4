/**
 * Watching each window's file for changes made by other programs: the page is told (it offers
 * to reload), with the window's own token for the file. One watcher per window, on the file the
 * window's document belongs to.
 */
import { EVENTS } from '../../src/ipc/contract.ts';
import {
  watchDocument,
  type DocumentWatcher,
  type WatchOptions,
} from '../../src/node/document-files.ts';
import type { DesktopContext } from './desktop-context.ts';
import type { WindowRecord } from './windows.ts';

export type WatchFunction = (path: string, options: WatchOptions) => DocumentWatcher;

export class DocumentWatchers {
  readonly #context: DesktopContext;
  readonly #watch: WatchFunction;
  readonly #byWindow = new Map<number, DocumentWatcher>();

  constructor(context: DesktopContext, watch: WatchFunction = watchDocument) {
    this.#context = context;
    this.#watch = watch;
  }

  /** Watches the window's document file (after it changed), or nothing when it has none. */
  watch(record: WindowRecord): void {
    this.stop(record.id);
    const path = record.documentPath;
    if (path === null) return;
    const { grants, log } = this.#context;
    const watcher = this.#watch(path, {
      known: () => grants.forPath(record.id, path)?.stamp ?? null,
      onChange: (change) => {
        const grant = grants.forPath(record.id, path);
        if (!grant || record.documentPath !== path) return;
        this.#context.deliver(record, EVENTS.fileChanged, {
          file: grants.refFor(grant),
          change: change.kind,
        });
      },
      onError: (error) => log('warn', `watching ${path}: ${String(error)}`),
    });
    this.#byWindow.set(record.id, watcher);
  }

  stop(windowId: number): void {
    this.#byWindow.get(windowId)?.close();
    this.#byWindow.delete(windowId);
  }
}
