/**
 * What a file on disk looks like (mtime, size and SHA-256 of its bytes), and whether it
 * changed since we last read or wrote it. The content hash decides: a file that was only
 * touched (same bytes, new mtime: a sync tool, `touch`) is not a conflict, and a change that
 * kept the size and the mtime (coarse clocks) still is one.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** Larger than any map a person draws by some orders of magnitude; refusing protects memory. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** What a file looked like when we last read or wrote it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  /** SHA-256 of the bytes, hex. */
  hash: string;
}

export const hashBytes = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

export const errorCode = (error: unknown): string | null => {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : null;
  return typeof code === 'string' ? code : null;
};

export interface Snapshot {
  bytes: Uint8Array;
  stamp: FileStamp;
}

/** The file's bytes and stamp, or null when there is no file. Other errors are thrown. */
export async function snapshot(path: string): Promise<Snapshot | null> {
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

export function compare(expected: FileStamp | null, current: FileStamp | null): ConflictCheck {
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
