/**
 * Atomic, durable file writes, for the command-line tool and the Electron main process.
 *
 * The data goes to a temporary file beside the target (same folder, so the same file system),
 * which is flushed to disk and then renamed over the target: a reader, or a crash, sees either
 * the old file or the new one, never a mix. The folder is then flushed too, where the platform
 * allows it, so the rename itself survives a power cut. On failure the temporary file is
 * removed and the target is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface WriteFileAtomicOptions {
  /**
   * Permission bits of the written file. By default an existing target keeps its own mode,
   * and a new file gets the usual 0o666 less the process's umask.
   */
  mode?: number;
}

const errorCode = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

/** The file a write to `path` must replace: a symbolic link is followed, not replaced. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return path;
    throw error;
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Flushes a folder's entries (the rename) to disk; not possible on every platform. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder, and some file systems refuse to fsync one: the file's
    // content is already on disk, only the rename's durability is best effort there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export function temporaryPathFor(target: string): string {
  const suffix = `${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  return join(dirname(target), `.${basename(target)}.${suffix}`);
}

/** Replaces (or creates) the file at `path` with `data` (text is written as UTF-8). */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const target = await resolveTarget(path);
  const mode = options.mode ?? (await existingMode(target));
  const temporary = temporaryPathFor(target);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, 'wx', mode ?? 0o666);
    await handle.writeFile(data);
    // `open` applies the umask; an explicit chmod gives exactly the mode that was asked for.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target));
}
