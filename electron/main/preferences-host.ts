/**
 * The preferences as the main process serves them: what pages see and change (the theme is
 * applied here and every window is told), where windows were last placed, the notice of a
 * repaired preferences file, and the PDF fallback font, whose path stays here: pages see its
 * name and, to export, its bytes.
 */
import { open, readFile } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { EVENTS } from '../../src/ipc/contract.ts';
import {
  hasTrueTypeSignature,
  type ChooseFallbackFontResult,
  type FallbackFontData,
  type FallbackFontInfo,
} from '../../src/ipc/fallback-font.ts';
import { type UserPreferences, type UserPreferencesPatch } from '../../src/ipc/preferences.ts';
import type { DesktopContext } from './desktop-context.ts';
import { fallbackFontDialogOptions } from './dialog-options.ts';
import type { PreferencesStore } from './preferences.ts';
import type { SavedBounds } from './windows.ts';

export class PreferencesHost {
  readonly #context: DesktopContext;
  readonly #prefs: PreferencesStore;

  constructor(context: DesktopContext, preferences: PreferencesStore) {
    this.#context = context;
    this.#prefs = preferences;
  }

  getPreferences(): UserPreferences {
    return this.#prefs.user();
  }

  setPreferences(patch: UserPreferencesPatch): UserPreferences {
    const { shell, windows } = this.#context;
    const next = this.#prefs.setUser(patch);
    if (patch.theme) shell.setTheme(next.theme);
    for (const record of windows.all()) {
      if (record.ready) shell.send(record.id, EVENTS.preferencesChanged, next);
    }
    return next;
  }

  /** At start-up: the stored theme for the native parts (title bars, dialogs, menus). */
  applyTheme(): void {
    this.#context.shell.setTheme(this.#prefs.user().theme);
  }

  /** At start-up: tells the user when the preferences file was damaged and repaired. */
  reportRepair(): void {
    const notice = this.#prefs.notice;
    if (!notice) return;
    this.#context.log('warn', `${notice.message} ${notice.problems.join('; ')}`);
    void this.#context.shell.showMessageBox(null, {
      type: 'warning',
      message: notice.message,
      detail: [
        ...notice.problems,
        notice.keptAt ? `The damaged file was kept as ${notice.keptAt}.` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }

  // -------------------------------------------------------------------------------------------
  // Window placement

  rememberBounds(displayKey: string, bounds: SavedBounds): void {
    try {
      this.#prefs.setWindowBounds(displayKey, bounds);
    } catch (error) {
      this.#context.log('warn', `could not store window bounds: ${String(error)}`);
    }
  }

  savedBounds(): Record<string, SavedBounds> {
    return this.#prefs.windowBounds();
  }

  // -------------------------------------------------------------------------------------------
  // The PDF fallback font

  async getFallbackFont(): Promise<FallbackFontInfo | null> {
    const path = this.#prefs.fallbackFontPath();
    if (!path) return null;
    return { name: this.#fontName(path), problem: await fontProblem(path) };
  }

  async chooseFallbackFont(windowId: number): Promise<ChooseFallbackFontResult> {
    const path = await this.#context.shell.showOpenDialog(
      windowId,
      fallbackFontDialogOptions(this.#context.defaultFolder),
    );
    if (!path) return { status: 'cancelled' };
    const name = this.#fontName(path);
    const problem = await fontProblem(path);
    if (problem) {
      return { status: 'failed', message: `${name} cannot be the fallback font: ${problem}.` };
    }
    this.#prefs.setFallbackFontPath(path);
    return { status: 'chosen', name };
  }

  clearFallbackFont(): void {
    this.#prefs.setFallbackFontPath(null);
  }

  async readFallbackFont(): Promise<FallbackFontData> {
    const path = this.#prefs.fallbackFontPath();
    if (!path) return { name: null, bytes: null, message: null };
    const name = this.#fontName(path);
    const unusable = (why: string): FallbackFontData => ({
      name,
      bytes: null,
      message: `The fallback font ${name} was not used: ${why}. Choose it again in Preferences.`,
    });
    let bytes: Uint8Array;
    try {
      const buffer = await readFile(path);
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      return unusable(`it cannot be read (${fsReason(error)})`);
    }
    if (!hasTrueTypeSignature(bytes)) return unusable('it is not a TrueType font');
    return { name, bytes, message: null };
  }

  #fontName(path: string): string {
    return (this.#context.platform === 'win32' ? win32 : posix).basename(path);
  }
}

/** Why the font at `path` cannot be used, or null. Reads its first 4 bytes only. */
async function fontProblem(path: string): Promise<string | null> {
  let head: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(4);
      const { bytesRead } = await handle.read(buffer, 0, 4, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return `it cannot be read (${fsReason(error)})`;
  }
  return hasTrueTypeSignature(head) ? null : 'it is not a TrueType font (.ttf or .ttc)';
}

function fsReason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
