/**
 * Map files on disk, for the Electron main process (plain Node: no Electron imports).
 *
 * - open: read, check it is UTF-8 (or take the map out of a Touchmap PDF), strip the BOM,
 *   parse; a broken or too-new file comes back as the typed failure of `parse` and nothing is
 *   ever written to it.
 * - save: atomic (`writeFileAtomic`: a temporary file beside the target, flushed, renamed
 *   over it), after a conflict check, keeping the previous version as a backup.
 * - conflicts: a `FileStamp` (file-stamp.ts) is taken at open and at save; before the next
 *   save the file is read again and compared.
 * - watching: `watchDocument` (document-watcher.ts) reports changes made by others,
 *   debounced; the caller decides what to do (reload a clean window, warn a dirty one).
 *
 * Backups go to a folder of the app's own (the app data folder), not beside the map, as
 * `<name>~<path hash>~<time>.touchmap`, the last few per file. Beside the map would be easier
 * to find, but maps live in shared drives and git repositories that teams pass around: a
 * `.bak` there is noise in every teammate's folder and every `git status`, may be synced or
 * committed by mistake, and cannot be written at all in a folder the user may save to only
 * through a rename. In the app data folder backups are private, never shared, pruned by us,
 * and each is a complete `.touchmap` file the user can open directly.
 */
import { stat } from 'node:fs/promises';
import { parse, type ParseFailure } from '../core/parse.ts';
import type { JourneyMap } from '../core/model.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { writeBackup } from './document-backups.ts';
import { readErrorReason, writeErrorReason } from './file-errors.ts';
import {
  MAX_DOCUMENT_BYTES,
  compare,
  errorCode,
  hashBytes,
  snapshot,
  type ConflictReason,
  type FileStamp,
  type Snapshot,
} from './file-stamp.ts';
import { PDF_WITHOUT_MAP_MESSAGE, mapTextFromBytes } from './read-map-file.ts';

// The public face of map files for the Electron main process, whatever module does the job.
export { listBackups, backupKey } from './document-backups.ts';
export {
  watchDocument,
  type DocumentWatcher,
  type ExternalChange,
  type WatchOptions,
} from './document-watcher.ts';
export {
  MAX_DOCUMENT_BYTES,
  checkConflict,
  hashBytes,
  readStamp,
  type ConflictReason,
  type FileStamp,
} from './file-stamp.ts';

export type OpenFailure = ParseFailure | { kind: 'unreadable'; message: string };

export type OpenDocumentResult =
  | {
      ok: true;
      text: string;
      map: JourneyMap;
      notes: string[];
      stamp: FileStamp;
      /** The map came out of a Touchmap PDF: the PDF is not a file to save the map over. */
      fromPdf: boolean;
    }
  | {
      ok: false;
      error: OpenFailure;
      /** The text, when the file could be read but is not a map this version can edit. */
      text: string | null;
      stamp: FileStamp | null;
    };

const unreadable = (why: string): OpenFailure => ({
  kind: 'unreadable',
  message: `The file cannot be read: ${why}.`,
});

function readReason(error: unknown): string {
  if (errorCode(error) === 'EFBIG') {
    return `it is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB, too large to be a map`;
  }
  return readErrorReason(error);
}

export async function openDocument(path: string): Promise<OpenDocumentResult> {
  let current: Snapshot | null;
  try {
    current = await snapshot(path);
  } catch (error) {
    return { ok: false, error: unreadable(readReason(error)), text: null, stamp: null };
  }
  if (!current) return { ok: false, error: unreadable('no such file'), text: null, stamp: null };
  // A .touchmap file, or a PDF that Touchmap exported (the map inside it: read-map-file.ts).
  const read = mapTextFromBytes(current.bytes);
  if (!read.ok) {
    // Not UTF-8: the core's failure, worded as in the CLI and the browser build.
    const error =
      read.problem.kind === 'not-utf8' ? read.problem.failure : unreadable(PDF_WITHOUT_MAP_MESSAGE);
    return { ok: false, error, text: null, stamp: current.stamp };
  }
  const { text } = read;
  const result = parse(text);
  if (!result.ok) return { ok: false, error: result.error, text, stamp: current.stamp };
  return {
    ok: true,
    text,
    map: result.map,
    notes: result.notes,
    stamp: current.stamp,
    fromPdf: read.fromPdf,
  };
}

export interface SaveDocumentOptions {
  /** The stamp from the last open or save; see `checkConflict`. */
  expected: FileStamp | null;
  /** Write even when the file changed on disk (the user chose to overwrite). */
  force?: boolean;
  /** Where to keep the previous version; null: no backup. */
  backupFolder: string | null;
  /** Backups kept per file, the newest; default 5. */
  keepBackups?: number;
  now?: () => Date;
}

export type SaveDocumentResult =
  | {
      status: 'saved';
      stamp: FileStamp;
      /** The previous version's copy, when there was a previous version that differed. */
      backupPath: string | null;
      /** Why the backup could not be made; the save went ahead. */
      backupError: string | null;
    }
  | { status: 'conflict'; reason: ConflictReason; current: FileStamp | null }
  | { status: 'failed'; message: string; code: string | null };

const DEFAULT_KEEP_BACKUPS = 5;

export async function saveDocument(
  path: string,
  text: string,
  options: SaveDocumentOptions,
): Promise<SaveDocumentResult> {
  const bytes = Buffer.from(text, 'utf8');
  let previous: Snapshot | null;
  try {
    previous = await snapshot(path);
  } catch (error) {
    if (errorCode(error) === 'EFBIG') {
      previous = null; // Not a map we could have opened: nothing to back up, still replaceable.
    } else {
      return failed(error);
    }
  }
  if (!options.force) {
    const check = compare(options.expected, previous?.stamp ?? null);
    if (check.conflict) return { status: 'conflict', reason: check.reason, current: check.current };
  }

  let backupPath: string | null = null;
  let backupError: string | null = null;
  const newHash = hashBytes(bytes);
  if (options.backupFolder && previous && previous.stamp.hash !== newHash) {
    try {
      backupPath = await writeBackup(options.backupFolder, path, previous.bytes, {
        keep: options.keepBackups ?? DEFAULT_KEEP_BACKUPS,
        now: options.now?.() ?? new Date(),
      });
    } catch (error) {
      backupError = writeErrorReason(error);
    }
  }

  try {
    await writeFileAtomic(path, bytes);
    const info = await stat(path);
    return {
      status: 'saved',
      stamp: { mtimeMs: info.mtimeMs, size: bytes.byteLength, hash: newHash },
      backupPath,
      backupError,
    };
  } catch (error) {
    return failed(error);
  }
}

function failed(error: unknown): SaveDocumentResult {
  return {
    status: 'failed',
    message: `The file could not be saved: ${writeErrorReason(error)}.`,
    code: errorCode(error),
  };
}
