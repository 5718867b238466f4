/**
 * Start-up cleanup of the temporary files `writeFileAtomic` leaves behind when the process
 * dies in the middle of a write (power cut, crash, kill): `.<name>.<pid>.<random>.tmp` beside
 * the target. Such a file is never the user's data (the target is always a complete old or
 * new version), so removing it loses nothing.
 *
 * A temporary file is stale when the process that wrote it is gone, or when it is older than
 * any write could take (a safety net for a process id reused by another program). Files of
 * live processes, this one included, are left alone: they may be in the middle of a write.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The names `temporaryPathFor` (atomic-write.ts) gives; a test keeps the two in step. */
const TEMPORARY_NAME = /^\.(?<target>.+)\.(?<pid>\d+)\.(?<random>[0-9a-f]{12})\.tmp$/;

export interface TemporaryFileName {
  /** The base name of the file it was going to replace. */
  target: string;
  pid: number;
}

export function parseTemporaryName(name: string): TemporaryFileName | null {
  const match = TEMPORARY_NAME.exec(name);
  if (!match?.groups) return null;
  return { target: match.groups.target ?? '', pid: Number(match.groups.pid) };
}

/** Whether a process with this id is running (one we may not signal still counts). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface CleanupOptions {
  /** Only temporary files of this target base name (e.g. "map.touchmap"). */
  target?: string;
  /** Files at least this old are removed whoever wrote them; default one day. */
  maxAgeMs?: number;
  isAlive?: (pid: number) => boolean;
  now?: () => number;
}

export interface CleanupReport {
  removed: string[];
  /** Files that looked stale but could not be removed (permissions...). */
  failed: { path: string; message: string }[];
}

const DEFAULT_MAX_TEMPORARY_AGE_MS = 24 * 60 * 60 * 1000;

/** Removes the stale temporary files in `folder`. A missing folder is not an error. */
export async function removeStaleTemporaryFiles(
  folder: string,
  options: CleanupOptions = {},
): Promise<CleanupReport> {
  const report: CleanupReport = { removed: [], failed: [] };
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return report;
  }
  const isAlive = options.isAlive ?? isProcessAlive;
  const maxAge = options.maxAgeMs ?? DEFAULT_MAX_TEMPORARY_AGE_MS;
  const now = (options.now ?? Date.now)();
  for (const name of names) {
    const parsed = parseTemporaryName(name);
    if (!parsed) continue;
    if (options.target !== undefined && parsed.target !== options.target) continue;
    const path = join(folder, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      const old = now - info.mtimeMs >= maxAge;
      if (!old && isAlive(parsed.pid)) continue;
      await rm(path, { force: true });
      report.removed.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      report.failed.push({ path, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

/** The stale temporary files of one document, found beside it. */
export function removeStaleTemporaryFilesOf(
  documentPath: string,
  options: Omit<CleanupOptions, 'target'> = {},
): Promise<CleanupReport> {
  return removeStaleTemporaryFiles(dirname(documentPath), {
    ...options,
    target: basename(documentPath),
  });
}
