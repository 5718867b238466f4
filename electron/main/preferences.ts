/**
 * The preferences, stored with electron-store (an atomic JSON file in the app's data folder),
 * checked with the zod schema of preferences-schema.ts.
 *
 * Every read goes through `parsePreferencesText`, so a damaged file (hand-edited, truncated
 * by a full disk, written by a newer version) never crashes the app: the bad keys take their
 * defaults. When the file needed repair at start-up, its text is kept beside it as
 * `<name>.corrupt.json`, the repaired preferences are written back, and `notice` says what
 * happened so the app can tell the user.
 */
import { writeFileSync } from 'node:fs';
import Store from 'electron-store';
import {
  userPreferencesPatchSchema,
  type UserPreferences,
  type UserPreferencesPatch,
} from '../../src/ipc/preferences.ts';
import {
  DEFAULT_PREFERENCES,
  parsePreferencesText,
  preferencesSchema,
  serializePreferences,
  userPart,
  withUserPatch,
  type Preferences,
} from './preferences-schema.ts';
import type { SavedBounds } from './windows.ts';

export interface PreferencesNotice {
  message: string;
  problems: string[];
  /** Where the damaged file's text was kept, if it could be. */
  keptAt: string | null;
}

export interface PreferencesStore {
  readonly path: string;
  /** Set when the file had to be repaired at start-up. */
  readonly notice: PreferencesNotice | null;
  all(): Preferences;
  user(): UserPreferences;
  /** Validates and applies a change from a renderer; returns the result. */
  setUser(patch: UserPreferencesPatch): UserPreferences;
  /** The fallback font's path (set only by main, after its own open dialog). */
  fallbackFontPath(): string | null;
  setFallbackFontPath(path: string | null): void;
  recentFiles(): string[];
  setRecentFiles(paths: readonly string[]): void;
  windowBounds(): Record<string, SavedBounds>;
  setWindowBounds(key: string, bounds: SavedBounds): void;
}

export interface OpenPreferencesOptions {
  /** The folder of the file; electron-store's default is the app's userData folder. */
  cwd?: string;
  /** The file name without `.json`. */
  name?: string;
}

export function openPreferences(options: OpenPreferencesOptions = {}): PreferencesStore {
  let problems: string[] = [];
  let damagedText: string | null = null;
  const store = new Store<Preferences>({
    name: options.name ?? 'preferences',
    ...(options.cwd ? { cwd: options.cwd } : {}),
    defaults: DEFAULT_PREFERENCES,
    accessPropertiesByDotNotation: false,
    serialize: serializePreferences,
    deserialize: (text: string) => {
      const repaired = parsePreferencesText(text);
      if (repaired.problems.length > 0 && damagedText === null) {
        problems = repaired.problems;
        damagedText = text;
      }
      return repaired.value;
    },
  });

  let notice: PreferencesNotice | null = null;
  if (damagedText !== null) {
    const stem = store.path.replace(/\.json$/, '');
    let keptAt: string | null = `${stem}.corrupt.json`;
    try {
      writeFileSync(keptAt, damagedText);
    } catch {
      keptAt = null;
    }
    store.store = preferencesSchema.parse(store.store);
    notice = {
      message:
        'Your preferences file was damaged; the damaged settings were reset to their defaults.',
      problems,
      keptAt,
    };
  }

  const all = (): Preferences => preferencesSchema.parse(store.store);

  return {
    path: store.path,
    notice,
    all,
    user: () => userPart(all()),
    setUser(patch) {
      const checked = userPreferencesPatchSchema.parse(patch);
      const next = withUserPatch(all(), checked);
      store.store = next;
      return userPart(next);
    },
    fallbackFontPath: () => all().pdf.fallbackFontPath,
    setFallbackFontPath(path) {
      const current = all();
      store.store = preferencesSchema.parse({
        ...current,
        pdf: { ...current.pdf, fallbackFontPath: path },
      });
    },
    recentFiles: () => [...all().recentFiles],
    setRecentFiles(paths) {
      store.store = preferencesSchema.parse({ ...all(), recentFiles: [...paths] });
    },
    windowBounds: () => ({ ...all().windowBounds }),
    setWindowBounds(key, bounds) {
      const current = all();
      store.store = preferencesSchema.parse({
        ...current,
        windowBounds: { ...current.windowBounds, [key]: bounds },
      });
    },
  };
}
