/**
 * Map files on disk, for the Electron main process (plain Node: no Electron imports).
 *
 * - open: read, check it is UTF-8 (or take the map out of a Touchmap PDF), strip the BOM,
 *   parse; a broken or too-new file comes back as the typed failure of `parse` and nothing is
 *   ever written to it.
 * - save: atomic (`writeFileAtomic`: a temporary file beside the target, flushed, renamed
 *   over it), after a conflict check, keeping the previous version as a backup.
 * - conflicts: a `FileStamp` (mtime, size and SHA-256 of the bytes) is taken at open and at
 *   save; before the next save the file is read again and compared. The content hash decides:
 *   a file that was only touched (same bytes, new mtime: a sync tool, `touch`) is not a
 *   conflict, and a change that kept the size and the mtime (coarse clocks) still is one.
 * - watching: `watchDocument` reports changes made by others, debounced; the caller decides
 *   what to do (reload a clean window, warn a dirty one).
 *
 * Backups go to a folder of the app's own (the app data folder), not beside the map, as
 * `<name>~<path hash>~<time>.touchmap`, the last few per file. Beside the map would be easier
 * to find, but maps live in shared drives and git repositories that teams pass around: a
 * `.bak` there is noise in every teammate's folder and every `git status`, may be synced or
 * committed by mistake, and cannot be written at all in a folder the user may save to only
 * through a rename. In the app data folder backups are private, never shared, pruned by us,
 * and each is a complete `.touchmap` file the user can open directly.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parse, type ParseFailure } from '../core/parse.ts';
import type { JourneyMap } from '../core/model.ts';
import { readErrorReason, writeErrorReason } from './file-errors.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { PDF_WITHOUT_MAP_MESSAGE, mapTextFromBytes } from './read-map-file.ts';

/** Larger than any map a person draws by some orders of magnitude; refusing protects memory. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** What a file looked like when we last read or wrote it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  /** SHA-256 of the bytes, hex. */
  hash: string;
}

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

export const hashBytes = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

const errorCode = (error: unknown): string | null => {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : null;
  return typeof code === 'string' ? code : null;
};

interface Snapshot {
  bytes: Uint8Array;
  stamp: FileStamp;
}

/** The file's bytes and stamp, or null when there is no file. Other errors are thrown. */
async function snapshot(path: string): Promise<Snapshot | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
    }
    if (info.size > MAX_DOCUMENT_BYTES) {
      throw Object.assign(new Error(`${path} is too large`), { code: 'EFBIG' });
    }
    const bytes = await readFile(path);
    return {
      bytes,
      stamp: { mtimeMs: info.mtimeMs, size: bytes.byteLength, hash: hashBytes(bytes) },
    };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** The stamp of the file as it is now, or null when it does not exist. */
export async function readStamp(path: string): Promise<FileStamp | null> {
  return (await snapshot(path))?.stamp ?? null;
}

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

export type ConflictReason =
  /** The bytes differ from those we read or wrote last. */
  | 'modified'
  /** The file is gone. */
  | 'deleted'
  /** A file appeared where we expected none. */
  | 'created';

export type ConflictCheck =
  | { conflict: false; current: FileStamp | null }
  | { conflict: true; reason: ConflictReason; current: FileStamp | null };

function compare(expected: FileStamp | null, current: FileStamp | null): ConflictCheck {
  if (expected === null && current === null) return { conflict: false, current };
  if (expected === null) return { conflict: true, reason: 'created', current };
  if (current === null) return { conflict: true, reason: 'deleted', current };
  if (current.hash !== expected.hash) return { conflict: true, reason: 'modified', current };
  return { conflict: false, current };
}

/**
 * Whether the file changed on disk since `expected` was taken. `expected` null means we know
 * of no file there (a new file, or a path we never read): any file found is a conflict.
 */
export async function checkConflict(
  path: string,
  expected: FileStamp | null,
): Promise<ConflictCheck> {
  return compare(expected, await readStamp(path));
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

export const DEFAULT_KEEP_BACKUPS = 5;

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

// ---------------------------------------------------------------------------------------------
// Backups

const BACKUP_NAME =
  /^(?<stem>.*)~(?<key>[0-9a-f]{12})~(?<time>\d{8}T\d{9}Z)(?:-(?<n>\d+))?\.touchmap$/;

/** Twelve hex digits naming the file a backup belongs to (two maps may share a name). */
export const backupKey = (path: string): string => hashBytes(path).slice(0, 12);

/** 2026-01-22T15:30:12.123Z -> 20260122T153012123Z, which sorts as it reads. */
const compactTime = (date: Date): string => date.toISOString().replace(/[-:.]/g, '');
const isoTime = (t: string): string =>
  `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}.${t.slice(15, 18)}Z`;

export interface BackupEntry {
  path: string;
  /** ISO-8601, from the name. */
  savedAt: string;
}

/** The backups of `documentPath`, newest first. */
export async function listBackups(folder: string, documentPath: string): Promise<BackupEntry[]> {
  const key = backupKey(documentPath);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const entries: { name: string; time: string; n: number }[] = [];
  for (const name of names) {
    const groups = BACKUP_NAME.exec(name)?.groups;
    if (groups?.key !== key || !groups.time) continue;
    entries.push({ name, time: groups.time, n: Number(groups.n ?? 1) });
  }
  entries.sort((a, b) => (a.time === b.time ? b.n - a.n : a.time < b.time ? 1 : -1));
  return entries.map(({ name, time }) => ({ path: join(folder, name), savedAt: isoTime(time) }));
}

async function writeBackup(
  folder: string,
  documentPath: string,
  bytes: Uint8Array,
  { keep, now }: { keep: number; now: Date },
): Promise<string> {
  await mkdir(folder, { recursive: true });
  const name = basename(documentPath);
  const stem = (extname(name) ? name.slice(0, -extname(name).length) : name).slice(0, 80);
  const base = `${stem}~${backupKey(documentPath)}~${compactTime(now)}`;
  let target = join(folder, `${base}.touchmap`);
  // Two saves within one millisecond must not overwrite each other's backup.
  for (let n = 2; await exists(target); n++) target = join(folder, `${base}-${n}.touchmap`);
  await writeFileAtomic(target, bytes);
  const all = await listBackups(folder, documentPath);
  await Promise.all(all.slice(Math.max(1, keep)).map((entry) => rm(entry.path, { force: true })));
  return target;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Watching

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
