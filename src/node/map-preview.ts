/**
 * The map behind a recent file, for its miniature on the start screen. Plain Node, for the
 * Electron main process: the file is read through the same bytes -> map path as opening it
 * (`mapTextFromBytes`, then the core's `parse`), so a picture is drawn only of a file that
 * would open. Anything else comes back as a problem in a word, never as an error.
 *
 * Previews are kept by path and modification time: showing the start screen again costs a
 * `stat` per file, and a file changed since is read again.
 */
import { readFile, stat } from 'node:fs/promises';
import { parse } from '../core/parse.ts';
import type { RecentPreview, RecentPreviewProblem } from '../ipc/contract.ts';
import { errorCode } from './file-stamp.ts';
import { mapTextFromBytes } from './read-map-file.ts';

/**
 * A miniature needs no more: a larger map still opens, it is only not drawn on the start
 * screen, where ten of them would hold that much memory each in the page.
 */
const MAX_PREVIEW_BYTES = 8 * 1024 * 1024;

const failed = (problem: RecentPreviewProblem): RecentPreview => ({ status: 'failed', problem });

/** The file's map, or why there is none. Never throws. */
export async function readMapPreview(
  path: string,
  options: { maxBytes?: number } = {},
): Promise<RecentPreview> {
  const maxBytes = options.maxBytes ?? MAX_PREVIEW_BYTES;
  try {
    const info = await stat(path);
    if (!info.isFile()) return failed('unreadable');
    if (info.size > maxBytes) return failed('too-large');
    const bytes = await readFile(path);
    // The file may have grown between the stat and the read.
    if (bytes.byteLength > maxBytes) return failed('too-large');
    const read = mapTextFromBytes(bytes);
    if (!read.ok) return failed('broken');
    const parsed = parse(read.text);
    if (!parsed.ok) return failed(parsed.error.kind === 'too-new' ? 'too-new' : 'broken');
    return { status: 'read', map: parsed.map, mtimeMs: info.mtimeMs };
  } catch (error) {
    const code = errorCode(error);
    return failed(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable');
  }
}

interface Kept {
  mtimeMs: number;
  size: number;
  preview: RecentPreview;
}

/** `readMapPreview` with the last previews kept by path, mtime and size. */
export class MapPreviewCache {
  readonly #kept = new Map<string, Kept>();
  readonly #capacity: number;
  readonly #read: typeof readMapPreview;

  constructor(options: { capacity: number; read?: typeof readMapPreview }) {
    this.#capacity = Math.max(1, options.capacity);
    this.#read = options.read ?? readMapPreview;
  }

  /** `key` is the path as compared on this platform (`pathKey`); `path` is what is read. */
  async preview(key: string, path: string): Promise<RecentPreview> {
    let info: { mtimeMs: number; size: number };
    try {
      const stats = await stat(path);
      info = { mtimeMs: stats.mtimeMs, size: stats.size };
    } catch {
      // Not kept: the reader says why (missing, unreadable), and a file that comes back is read.
      this.#kept.delete(key);
      return this.#read(path);
    }
    const kept = this.#kept.get(key);
    if (kept && kept.mtimeMs === info.mtimeMs && kept.size === info.size) return kept.preview;
    const preview = await this.#read(path);
    this.#kept.delete(key);
    this.#kept.set(key, { ...info, preview });
    // Oldest first in a Map: drop from the front.
    for (const old of this.#kept.keys()) {
      if (this.#kept.size <= this.#capacity) break;
      this.#kept.delete(old);
    }
    return preview;
  }
}
