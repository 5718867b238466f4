/**
 * The name others see: "Your name" from the preferences when it is set (the name on the
 * user's comments and PDFs), else the one given in this browser; null until one is known,
 * `asking` once the preferences are read and neither has a name.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { usePreferencesStore } from '../preferences/context.tsx';
import type { PreferencesState } from '../preferences/preferences.ts';
import { cleanName } from './presence.ts';

const fromPreferences = (state: PreferencesState): string | null | undefined =>
  state.loaded ? cleanName(state.preferences.authorName) || null : undefined;

export function useSessionName(given: StoreApi<{ name: string | null }>): {
  name: string | null;
  asking: boolean;
} {
  const store = usePreferencesStore()?.store ?? null;
  const subscribe = useCallback(
    (listener: () => void) => (store ? store.subscribe(listener) : () => {}),
    [store],
  );
  const preferred = useSyncExternalStore(subscribe, () =>
    store ? fromPreferences(store.getState()) : null,
  );
  const browserName = useStore(given, (state) => state.name);
  const name = preferred ?? browserName;
  return { name, asking: name === null && preferred !== undefined };
}
