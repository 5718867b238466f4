/**
 * Backups of the previous version of a map, kept at each save in a folder of the app's own
 * (the app data folder) as `<name>~<path hash>~<time>.touchmap`, the last few per file. Why
 * not beside the map: see src/node/document-files.ts.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { hashBytes } from './file-stamp.ts';

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

export async function writeBackup(
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
  // Prune to one fewer than `keep` before writing, so a kill at any moment leaves at most
  // `keep` backups (pruning after the write let kills between the two pile them up).
  const older = await listBackups(folder, documentPath);
  await Promise.all(
    older.slice(Math.max(0, keep - 1)).map((entry) => rm(entry.path, { force: true })),
  );
  await writeFileAtomic(target, bytes);
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
