/** Changes that other programs make to an open map, reported debounced, each state once. */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { readStamp, type FileStamp } from './file-stamp.ts';

export type ExternalChange = { kind: 'modified'; stamp: FileStamp } | { kind: 'deleted' };

export interface WatchOptions {
  /** What we last read or wrote; a change is a file that differs from it. */
  known: () => FileStamp | null;
  onChange: (change: ExternalChange) => void;
  /** Quiet time before a burst of events is looked at; default 300 ms. */
  debounceMs?: number;
  /** Reading failed while looking at a change (permissions...): the watcher carries on. */
  onError?: (error: unknown) => void;
}

export interface DocumentWatcher {
  close(): void;
}

/**
 * Watches one document for changes made by other programs. The folder is watched rather than
 * the file, because an atomic save (ours or another editor's) replaces the file and a watch
 * on the old one would go silent. Our own saves are not reported as long as the caller
 * updates what `known` returns when it saves. One state is reported once.
 */
export function watchDocument(path: string, options: WatchOptions): DocumentWatcher {
  const name = basename(path);
  const debounceMs = options.debounceMs ?? 300;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let checking = false;
  let again = false;
  let lastReported: string | null = null;

  const check = async (): Promise<void> => {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    try {
      do {
        again = false;
        let current: FileStamp | null;
        try {
          current = await readStamp(path);
        } catch (error) {
          options.onError?.(error);
          continue;
        }
        if (closed) return;
        const known = options.known();
        const state = current?.hash ?? 'deleted';
        if ((known?.hash ?? 'deleted') === state) {
          lastReported = null;
          continue;
        }
        if (lastReported === state) continue;
        lastReported = state;
        options.onChange(current ? { kind: 'modified', stamp: current } : { kind: 'deleted' });
      } while (again && !closed);
    } finally {
      checking = false;
    }
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(path), { persistent: false }, (_event, filename) => {
      if (closed) return;
      if (filename && filename.toString() !== name) return;
      clearTimeout(timer);
      timer = setTimeout(() => void check(), debounceMs);
    });
    watcher.on('error', (error) => {
      options.onError?.(error);
      watcher?.close();
    });
  } catch (error) {
    options.onError?.(error);
  }

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
