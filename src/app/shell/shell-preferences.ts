/**
 * The shell's preferences: kept by the desktop main process or in the browser's storage
 * (in memory when storage is blocked), the PDF fallback font beside them, and what follows
 * a change: the theme on the page, and the draft interval where the host lets it be chosen.
 */
import type { UserPreferences } from '../../ipc/preferences.ts';
import type { DesktopShell } from '../platform/electron.ts';
import {
  createDesktopPreferences,
  createPreferencesStore,
  createStoragePreferences,
  type PreferencesBackend,
  type PreferencesStore,
} from '../preferences/preferences.ts';
import { applyTheme } from '../preferences/theme.ts';
import {
  NO_FALLBACK_FONT,
  createBrowserFallbackFont,
  createDesktopFallbackFont,
  type FallbackFontStore,
} from '../preferences/fallback-font.ts';

/** A Storage in memory, for when the browser blocks localStorage (privacy settings). */
function memoryStorage(): Storage {
  const memory = new Map<string, string>();
  return {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
    clear: () => memory.clear(),
    key: (i) => [...memory.keys()][i] ?? null,
    get length() {
      return memory.size;
    },
  };
}

function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage blocked: the defaults, in memory.
  }
}

export function defaultPreferencesBackend(desktop: DesktopShell | null): PreferencesBackend {
  if (desktop) return createDesktopPreferences(desktop);
  return createStoragePreferences(pageStorage() ?? memoryStorage());
}

export function defaultFallbackFont(desktop: DesktopShell | null): FallbackFontStore {
  if (desktop) return createDesktopFallbackFont(desktop);
  return typeof indexedDB === 'undefined' ? NO_FALLBACK_FONT : createBrowserFallbackFont();
}

export interface ShellPreferencesOptions {
  desktop: DesktopShell | null;
  /** Where the preferences live; by default the host's (desktop) or localStorage. */
  preferences?: PreferencesBackend;
  /** Where the PDF fallback font lives; by default the host's (desktop) or IndexedDB. */
  fallbackFont?: FallbackFontStore;
}

export function createShellPreferences(options: ShellPreferencesOptions): PreferencesStore {
  return createPreferencesStore(
    options.preferences ?? defaultPreferencesBackend(options.desktop),
    undefined,
    options.fallbackFont ?? defaultFallbackFont(options.desktop),
  );
}

export interface PreferenceFollowers {
  /** Where the theme is set; null: nowhere (unit tests). */
  root: HTMLElement | null;
  /** Takes a new draft interval; null where the host keeps drafts at a fixed pace. */
  setDraftIntervalMs: ((ms: number) => void) | null;
}

/** Applies the theme now and after each change; passes draft interval changes on. */
export function followPreferences(
  preferences: PreferencesStore,
  followers: PreferenceFollowers,
): () => void {
  const { root, setDraftIntervalMs } = followers;
  const unsubscribe = preferences.store.subscribe((state, previous) => {
    const next: UserPreferences = state.preferences;
    if (next.theme !== previous.preferences.theme) applyTheme(next.theme, root);
    if (
      setDraftIntervalMs &&
      next.draftIntervalSeconds !== previous.preferences.draftIntervalSeconds
    ) {
      setDraftIntervalMs(next.draftIntervalSeconds * 1000);
    }
  });
  applyTheme(preferences.get().theme, root);
  return unsubscribe;
}
