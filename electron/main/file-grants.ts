/**
 * Which files each window may touch. The renderer never sees a path: the main process grants
 * a file to one window (the user picked it in a dialog, dropped it, chose it from the recent
 * list, opened it from the command line or the system) and the window gets an opaque token.
 * Every request that names a file is checked here: a token of another window, an unknown
 * token, or a token used for more than its access allows is refused.
 */
import { randomBytes } from 'node:crypto';
import { posix, win32 } from 'node:path';
import type { FileRef } from '../../src/ipc/contract.ts';
import type { FileStamp } from '../../src/node/document-files.ts';
import { pathKey } from '../../src/node/recent-files.ts';

/**
 * What a window may do with a file, weakest first:
 * - export: it wrote it (a PDF); it may show it in the folder, nothing more.
 * - read: it may open or reload it (a recent file, a map this version cannot edit).
 * - edit: it may also save over it.
 */
export type FileAccess = 'export' | 'read' | 'edit';

const STRENGTH: Record<FileAccess, number> = { export: 0, read: 1, edit: 2 };

export interface Grant {
  token: string;
  path: string;
  access: FileAccess;
  /** The file as this window last read or wrote it, for the conflict check; null: unknown. */
  stamp: FileStamp | null;
}

export class FileAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileAccessError';
  }
}

export interface GrantOptions {
  /** Set the access as given; by default a grant never weakens an existing one. */
  replace?: boolean;
  /** The stamp to remember; left as it was when undefined. */
  stamp?: FileStamp | null;
}

export class FileGrants {
  readonly #byWindow = new Map<number, Map<string, Grant>>();
  readonly #newToken: () => string;
  readonly #platform: NodeJS.Platform;

  constructor(options: { newToken?: () => string; platform?: NodeJS.Platform } = {}) {
    this.#newToken = options.newToken ?? (() => randomBytes(24).toString('base64url'));
    this.#platform = options.platform ?? process.platform;
  }

  /** Grants `path` to the window; the same file keeps its token within a window. */
  grant(windowId: number, path: string, access: FileAccess, options: GrantOptions = {}): FileRef {
    let grants = this.#byWindow.get(windowId);
    if (!grants) {
      grants = new Map();
      this.#byWindow.set(windowId, grants);
    }
    const existing = this.#findByPath(grants, path);
    if (existing) {
      existing.path = path;
      if (options.replace || STRENGTH[access] > STRENGTH[existing.access]) existing.access = access;
      if (options.stamp !== undefined) existing.stamp = options.stamp;
      return this.#ref(existing);
    }
    const grant: Grant = { token: this.#newToken(), path, access, stamp: options.stamp ?? null };
    grants.set(grant.token, grant);
    return this.#ref(grant);
  }

  /** The grant behind a token of this window, or null. */
  resolve(windowId: number, token: string): Grant | null {
    return this.#byWindow.get(windowId)?.get(token) ?? null;
  }

  /** The grant behind a token, which must allow one of `accepted`; else a FileAccessError. */
  require(windowId: number, token: string, accepted: readonly FileAccess[]): Grant {
    const grant = this.resolve(windowId, token);
    if (!grant) throw new FileAccessError('This window was not given that file.');
    if (!accepted.includes(grant.access)) {
      throw new FileAccessError(`This window may not do that with that file (${grant.access}).`);
    }
    return grant;
  }

  /** The window's grant for a path, if any. */
  forPath(windowId: number, path: string): Grant | null {
    const grants = this.#byWindow.get(windowId);
    return grants ? (this.#findByPath(grants, path) ?? null) : null;
  }

  setStamp(windowId: number, token: string, stamp: FileStamp | null): void {
    const grant = this.resolve(windowId, token);
    if (grant) grant.stamp = stamp;
  }

  refFor(grant: Grant): FileRef {
    return this.#ref(grant);
  }

  /** Everything the window was given; for when it closes. */
  revokeWindow(windowId: number): void {
    this.#byWindow.delete(windowId);
  }

  count(windowId: number): number {
    return this.#byWindow.get(windowId)?.size ?? 0;
  }

  #findByPath(grants: Map<string, Grant>, path: string): Grant | undefined {
    const key = pathKey(path, this.#platform);
    for (const grant of grants.values()) {
      if (pathKey(grant.path, this.#platform) === key) return grant;
    }
    return undefined;
  }

  #ref(grant: Grant): FileRef {
    const path = this.#platform === 'win32' ? win32 : posix;
    return { token: grant.token, name: path.basename(grant.path) };
  }
}
