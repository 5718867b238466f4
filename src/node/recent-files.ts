/**
 * The "Open Recent" list: absolute paths, most recent first, without duplicates, capped.
 *
 * Pure functions over arrays, so the list can live anywhere (the preferences file) and be
 * tested without a file system; only `pruneMissing` looks at the disk, through a function the
 * caller may replace. Paths are compared the way the platform's file system does by default:
 * case-insensitively on Windows and macOS, exactly elsewhere.
 */
import { access, stat } from 'node:fs/promises';
import { posix, win32 } from 'node:path';

export const DEFAULT_RECENT_CAP = 10;

export interface RecentOptions {
  /** Longest list kept; older entries fall off the end. */
  cap?: number;
  /** Whose path rules apply; defaults to the running platform. */
  platform?: NodeJS.Platform;
}

const caseInsensitive = (platform: NodeJS.Platform): boolean =>
  platform === 'win32' || platform === 'darwin';

/** The form two paths are compared in: normalised, and lower-cased where case does not count. */
export function pathKey(path: string, platform: NodeJS.Platform = process.platform): string {
  const normal = platform === 'win32' ? win32.normalize(path) : posix.normalize(path);
  return caseInsensitive(platform) ? normal.toLowerCase() : normal;
}

export function samePath(
  a: string,
  b: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  return pathKey(a, platform) === pathKey(b, platform);
}

/** `path` moved (or added) to the front; an older spelling of the same file is dropped. */
export function addRecent(
  list: readonly string[],
  path: string,
  options: RecentOptions = {},
): string[] {
  const platform = options.platform ?? process.platform;
  const cap = Math.max(0, options.cap ?? DEFAULT_RECENT_CAP);
  const key = pathKey(path, platform);
  const rest = list.filter((entry) => pathKey(entry, platform) !== key);
  return [path, ...dedupe(rest, platform)].slice(0, cap);
}

export function removeRecent(
  list: readonly string[],
  path: string,
  options: Pick<RecentOptions, 'platform'> = {},
): string[] {
  const platform = options.platform ?? process.platform;
  const key = pathKey(path, platform);
  return list.filter((entry) => pathKey(entry, platform) !== key);
}

/** A list read from somewhere that may hold junk: strings only, first spelling wins, capped. */
export function normalizeRecent(list: readonly unknown[], options: RecentOptions = {}): string[] {
  const platform = options.platform ?? process.platform;
  const cap = Math.max(0, options.cap ?? DEFAULT_RECENT_CAP);
  const strings = list.filter((entry): entry is string => typeof entry === 'string' && !!entry);
  return dedupe(strings, platform).slice(0, cap);
}

function dedupe(list: readonly string[], platform: NodeJS.Platform): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of list) {
    const key = pathKey(entry, platform);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}

/** True when `path` is an existing regular file (a folder in its place does not count). */
export async function isExistingFile(path: string): Promise<boolean> {
  try {
    await access(path);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The list without the files that no longer exist; order kept. */
export async function pruneMissing(
  list: readonly string[],
  exists: (path: string) => Promise<boolean> = isExistingFile,
): Promise<string[]> {
  const present = await Promise.all(list.map((path) => exists(path)));
  return list.filter((_, index) => present[index]);
}
