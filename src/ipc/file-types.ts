/**
 * The file types every side of the app shares: the renderer's Platform, the IPC contract and
 * the Electron main process. They live here, below the hosts, so that the contract never
 * imports the renderer.
 */

/** A file the host granted to this window. `token` is meaningless outside the host. */
export interface FileRef {
  token: string;
  /** The file name to show, e.g. "Hotel stay.touchmap". Never a path. */
  name: string;
}

export interface OpenedFile {
  file: FileRef;
  text: string;
}

export type SaveOutcome =
  | { status: 'saved'; file: FileRef }
  | { status: 'cancelled' }
  /** The file changed on disk since it was opened or last saved; nothing was written. */
  | { status: 'conflict'; file: FileRef }
  | { status: 'failed'; message: string };

/** Unsaved work kept by the host so a crash or a closed tab loses nothing. */
export interface Draft {
  /** Stable per open document (not the map id: two windows may hold copies of one map). */
  documentId: string;
  title: string;
  /** The file the draft belongs to, when it has one. */
  file: FileRef | null;
  text: string;
  /** ISO-8601 */
  savedAt: string;
}
