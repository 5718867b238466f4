/**
 * The PDF fallback font (a .ttf or .ttc for the characters the bundled Noto Sans lacks:
 * Chinese, Japanese...) behind one small interface, whatever the host:
 *
 * - the desktop app: the main process shows the open dialog, checks the file, keeps its path
 *   and reads it for each export (the page never sees the path);
 * - the browser: the chosen file's bytes and name, in IndexedDB under one key (fonts are
 *   too large for localStorage).
 */
import {
  hasTrueTypeSignature,
  type ChooseFallbackFontResult,
  type FallbackFontData,
  type FallbackFontInfo,
} from '../../ipc/contract.ts';
import { PREFERENCE_LIMITS } from '../../ipc/preferences.ts';
import type { DesktopShell } from '../platform/electron.ts';

export type { ChooseFallbackFontResult, FallbackFontData, FallbackFontInfo };

export interface FallbackFontStore {
  /** The font chosen, by name, or null. */
  info(): Promise<FallbackFontInfo | null>;
  /** Asks the user for a font file (call from a click), checks it, keeps it. */
  choose(): Promise<ChooseFallbackFontResult>;
  remove(): Promise<void>;
  /** The bytes for an export; never throws (a font that cannot be read gives a message). */
  read(): Promise<FallbackFontData>;
}

/** The largest font kept in the browser. */
const MAX_BYTES = PREFERENCE_LIMITS.fallbackFontBytes;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A picked file checked: a TrueType font of a sensible size, or why not. */
function checkFontFile(
  name: string,
  bytes: Uint8Array,
): { ok: true } | { ok: false; message: string } {
  if (bytes.byteLength > MAX_BYTES) {
    const mb = MAX_BYTES / (1024 * 1024);
    return {
      ok: false,
      message: `${name} cannot be the fallback font: it is larger than ${mb} MB.`,
    };
  }
  if (!hasTrueTypeSignature(bytes)) {
    return {
      ok: false,
      message: `${name} cannot be the fallback font: it is not a TrueType font (.ttf or .ttc).`,
    };
  }
  return { ok: true };
}

/** The desktop app's fallback font, kept by the main process. */
export function createDesktopFallbackFont(desktop: DesktopShell): FallbackFontStore {
  return {
    info: () => desktop.fallbackFont.get(),
    choose: () => desktop.fallbackFont.choose(),
    remove: () => desktop.fallbackFont.clear(),
    async read() {
      try {
        return await desktop.fallbackFont.read();
      } catch (error) {
        return {
          name: null,
          bytes: null,
          message: `The fallback font was not used: ${errorText(error)}`,
        };
      }
    },
  };
}

export interface StoredFont {
  name: string;
  bytes: Uint8Array;
}

/** Where a browser store keeps the font: IndexedDB, or memory in tests. */
export interface FontSlot {
  get(): Promise<StoredFont | null>;
  put(font: StoredFont): Promise<void>;
  remove(): Promise<void>;
}

/** Asks the user for a file; null when they cancel. */
export type PickFile = () => Promise<{ name: string; bytes: Uint8Array } | null>;

/** A fallback font the page keeps itself (the browser build): picked, checked, stored. */
export function createLocalFallbackFont(slot: FontSlot, pick: PickFile): FallbackFontStore {
  return {
    async info() {
      try {
        const font = await slot.get();
        return font ? { name: font.name, problem: null } : null;
      } catch {
        return null; // Storage blocked or damaged: as if none were set.
      }
    },
    async choose() {
      let picked: Awaited<ReturnType<PickFile>>;
      try {
        picked = await pick();
      } catch (error) {
        return { status: 'failed', message: `The font could not be read: ${errorText(error)}` };
      }
      if (!picked) return { status: 'cancelled' };
      const checked = checkFontFile(picked.name, picked.bytes);
      if (!checked.ok) return { status: 'failed', message: checked.message };
      try {
        await slot.put({ name: picked.name, bytes: picked.bytes });
      } catch (error) {
        return {
          status: 'failed',
          message: `The font could not be kept in this browser: ${errorText(error)}`,
        };
      }
      return { status: 'chosen', name: picked.name };
    },
    remove: () => slot.remove(),
    async read() {
      let font: StoredFont | null;
      try {
        font = await slot.get();
      } catch (error) {
        return {
          name: null,
          bytes: null,
          message: `The fallback font was not used: ${errorText(error)}`,
        };
      }
      if (!font) return { name: null, bytes: null, message: null };
      return { name: font.name, bytes: font.bytes, message: null };
    },
  };
}

/** For tests: a slot in memory. */
export function memoryFontSlot(initial: StoredFont | null = null): FontSlot & {
  font: StoredFont | null;
} {
  const slot = {
    font: initial,
    get: async () => slot.font,
    put: async (font: StoredFont) => void (slot.font = font),
    remove: async () => void (slot.font = null),
  };
  return slot;
}

const FALLBACK_FONT_DB = 'touchmap-fonts';
const STORE = 'fonts';
const KEY = 'pdf-fallback';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The browser's slot: one record in an IndexedDB object store. */
function indexedDbFontSlot(factory: IDBFactory = indexedDB): FontSlot {
  let opening: Promise<IDBDatabase> | null = null;
  const db = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(FALLBACK_FONT_DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => {
        opening = null;
        reject(req.error ?? new Error('IndexedDB is not available'));
      };
    });
    return opening;
  };
  const run = async <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>) => {
    const database = await db();
    return request(op(database.transaction(STORE, mode).objectStore(STORE)));
  };
  return {
    async get() {
      const value = (await run('readonly', (s) => s.get(KEY))) as Partial<StoredFont> | undefined;
      if (!value || typeof value.name !== 'string' || !(value.bytes instanceof Uint8Array)) {
        return null;
      }
      return { name: value.name, bytes: value.bytes };
    },
    async put(font) {
      await run('readwrite', (s) => s.put({ name: font.name, bytes: font.bytes }, KEY));
    },
    async remove() {
      await run('readwrite', (s) => s.delete(KEY));
    },
  };
}

/**
 * The browser's file picker: a hidden `<input type="file">`, clicked at once (so call this
 * from a click). Resolves with null when the user cancels.
 */
const pickFontFile: PickFile = () =>
  new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.ttf,.ttc,font/ttf,font/collection';
    input.style.display = 'none';
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) {
        resolve(null);
        return;
      }
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
    });
    document.body.append(input);
    input.click();
  });

/** The browser build's fallback font: IndexedDB, and the page's file picker. */
export function createBrowserFallbackFont(): FallbackFontStore {
  return createLocalFallbackFont(indexedDbFontSlot(), pickFontFile);
}

/** No fallback font and no way to choose one (IndexedDB unavailable, components alone). */
export const NO_FALLBACK_FONT: FallbackFontStore = {
  info: async () => null,
  choose: async () => ({
    status: 'failed',
    message: 'A fallback font cannot be kept here (this browser blocks its storage).',
  }),
  remove: async () => undefined,
  read: async () => ({ name: null, bytes: null, message: null }),
};
