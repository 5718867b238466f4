/**
 * Files the system asks the app to open: on the command line (first start, and each later
 * start that the single-instance lock turns into a `second-instance` event), from macOS
 * `open-file` events (double-click, drag onto the Dock icon; these may come before the app is
 * ready), and dropped on a window. All end up as absolute paths in one queue that holds them
 * until the app can open windows.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ArgvOptions {
  /** The folder relative paths are relative to (the second instance's own). */
  cwd: string;
  /**
   * Leading arguments that are not files: 1 for a packaged app (the executable), 2 when run as
   * `electron .` (the executable and the app folder; `process.defaultApp`).
   */
  skip: number;
}

/** The files named on a command line, as absolute paths; switches are ignored. */
export function pathsFromArgv(argv: readonly string[], options: ArgvOptions): string[] {
  const paths: string[] = [];
  let afterDashes = false;
  for (const arg of argv.slice(options.skip)) {
    if (!afterDashes && arg === '--') {
      afterDashes = true;
      continue;
    }
    if (!afterDashes && arg.startsWith('-')) continue; // --flag, --key=value, -psn_0_123 (macOS)
    if (arg.trim() === '') continue;
    let path = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      continue; // Some other URL: not a file.
    }
    paths.push(isAbsolute(path) ? path : resolve(options.cwd, path));
  }
  return paths;
}

/** Holds open requests until a handler is set, then passes each on in order. */
export class OpenRequestQueue {
  #pending: string[][] = [];
  #handler: ((paths: string[]) => void) | null = null;

  push(paths: readonly string[]): void {
    if (paths.length === 0) return;
    if (this.#handler) this.#handler([...paths]);
    else this.#pending.push([...paths]);
  }

  /** Starts delivering: what waited first, in order. */
  setHandler(handler: (paths: string[]) => void): void {
    this.#handler = handler;
    const pending = this.#pending;
    this.#pending = [];
    for (const paths of pending) handler(paths);
  }

  get pendingCount(): number {
    return this.#pending.reduce((n, paths) => n + paths.length, 0);
  }
}
