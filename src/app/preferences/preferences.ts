/**
 * The user's preferences behind one small interface, whatever the host: the desktop app keeps
 * them in the main process (electron-store, read and written through the bridge); the browser
 * build keeps them in localStorage. Both check them with the contract's schema, so a damaged
 * or hand-edited value falls back to its default instead of breaking the app.
 *
 * `createPreferencesStore` holds the current preferences for the renderer (a zustand store)
 * and follows changes made elsewhere (another window, another tab).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_USER_PREFERENCES,
  userPreferencesPatchSchema,
  userPreferencesShape,
  type UserPreferences,
  type UserPreferencesPatch,
} from '../../ipc/preferences.ts';
import type { DesktopShell } from '../platform/electron.ts';
import { NO_FALLBACK_FONT, type FallbackFontStore } from './fallback-font.ts';

export type { UserPreferences, UserPreferencesPatch };
export { DEFAULT_USER_PREFERENCES };

export interface PreferencesBackend {
  get(): Promise<UserPreferences>;
  /** Replaces the keys given, whole; rejects a patch that does not fit the schema. */
  set(patch: UserPreferencesPatch): Promise<UserPreferences>;
  /** Preferences changed somewhere else (another window or tab). */
  onChange(listener: (preferences: UserPreferences) => void): () => void;
}

type Key = keyof UserPreferences;
const KEYS = Object.keys(userPreferencesShape) as Key[];

/**
 * Preferences from anything (stored JSON, an old version): each valid key is kept, each
 * missing or invalid one gets its default. Never throws.
 */
export function repairPreferences(raw: unknown): UserPreferences {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const result = userPreferencesShape[key].safeParse(source[key]);
    out[key] = result.success ? result.data : structuredClone(DEFAULT_USER_PREFERENCES[key]);
  }
  return out as UserPreferences;
}

/** A readable message for a patch the schema refuses. */
export class PreferencesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreferencesError';
  }
}

function checkPatch(patch: UserPreferencesPatch): UserPreferencesPatch {
  const result = userPreferencesPatchSchema.safeParse(patch);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.join('.') ?? '';
  throw new PreferencesError(`${where ? `${where}: ` : ''}${issue?.message ?? 'invalid value'}`);
}

export const PREFERENCES_KEY = 'touchmap.preferences';

/**
 * Preferences in a Storage (localStorage in the browser build). Other tabs' changes arrive
 * through the window's `storage` event.
 */
export function createStoragePreferences(
  storage: Storage,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = typeof window ===
  'undefined'
    ? null
    : window,
): PreferencesBackend {
  const read = (): UserPreferences => {
    let raw: unknown;
    try {
      raw = JSON.parse(storage.getItem(PREFERENCES_KEY) ?? 'null');
    } catch {
      raw = null;
    }
    return repairPreferences(raw);
  };
  return {
    async get() {
      return read();
    },
    async set(patch) {
      const next = { ...read(), ...checkPatch(patch) };
      storage.setItem(PREFERENCES_KEY, JSON.stringify(next));
      return next;
    },
    onChange(listener) {
      if (!events) return () => {};
      const onStorage = (event: StorageEvent) => {
        if (event.key === PREFERENCES_KEY || event.key === null) listener(read());
      };
      events.addEventListener('storage', onStorage as EventListener);
      return () => events.removeEventListener('storage', onStorage as EventListener);
    },
  };
}

/** The desktop app's preferences, owned by the main process. */
export function createDesktopPreferences(desktop: DesktopShell): PreferencesBackend {
  return {
    get: async () => repairPreferences(await desktop.preferences.get()),
    set: async (patch) => repairPreferences(await desktop.preferences.set(checkPatch(patch))),
    onChange: (listener) =>
      desktop.preferences.onChange((preferences) => listener(repairPreferences(preferences))),
  };
}

/** For tests: preferences in memory. */
export function createMemoryPreferences(
  initial: Partial<UserPreferences> = {},
): PreferencesBackend & {
  current: UserPreferences;
  /** Simulates a change made in another window. */
  emit(preferences: UserPreferences): void;
} {
  const listeners = new Set<(preferences: UserPreferences) => void>();
  const backend = {
    current: repairPreferences({ ...DEFAULT_USER_PREFERENCES, ...initial }),
    async get() {
      return backend.current;
    },
    async set(patch: UserPreferencesPatch) {
      backend.current = { ...backend.current, ...checkPatch(patch) };
      return backend.current;
    },
    onChange(listener: (preferences: UserPreferences) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Simulates a change made in another window. */
    emit(preferences: UserPreferences) {
      backend.current = preferences;
      for (const listener of listeners) listener(preferences);
    },
  };
  return backend;
}

export interface PreferencesState {
  preferences: UserPreferences;
  /** False until the host's preferences arrived (the defaults are shown meanwhile). */
  loaded: boolean;
}

export interface PreferencesStore {
  store: StoreApi<PreferencesState>;
  /** The PDF fallback font, kept apart (the desktop keeps its path in main, the browser its bytes in IndexedDB). */
  fallbackFont: FallbackFontStore;
  get(): UserPreferences;
  /** Reads the host's preferences (at start-up). */
  load(): Promise<UserPreferences>;
  /** Takes preferences that arrived another way (the desktop's ready() answer). */
  receive(preferences: UserPreferences): void;
  update(patch: UserPreferencesPatch): Promise<UserPreferences>;
  /** Follows changes made elsewhere from now on (idempotent); `dispose` stops. */
  connect(): void;
  dispose(): void;
}

export function createPreferencesStore(
  backend: PreferencesBackend,
  initial: UserPreferences = DEFAULT_USER_PREFERENCES,
  fallbackFont: FallbackFontStore = NO_FALLBACK_FONT,
): PreferencesStore {
  const store = createStore<PreferencesState>()(() => ({
    preferences: initial,
    loaded: false,
  }));
  const receive = (preferences: UserPreferences) =>
    store.setState({ preferences: repairPreferences(preferences), loaded: true });
  let unsubscribe: (() => void) | null = null;
  return {
    store,
    fallbackFont,
    get: () => store.getState().preferences,
    async load() {
      receive(await backend.get());
      return store.getState().preferences;
    },
    receive,
    async update(patch) {
      const next = await backend.set(patch);
      receive(next);
      return store.getState().preferences;
    },
    connect() {
      unsubscribe ??= backend.onChange(receive);
    },
    dispose() {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
