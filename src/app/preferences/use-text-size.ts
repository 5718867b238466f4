/** The card text size the user chose (preferences), for the canvas; M outside a provider. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_USER_PREFERENCES } from '../../ipc/preferences.ts';
import type { TextSize } from '../../core/text-size.ts';
import { usePreferencesStore } from './context.tsx';
import type { PreferencesState } from './preferences.ts';

// Components tested alone have no preferences: they read the defaults from here.
const DEFAULTS = createStore<PreferencesState>()(() => ({
  preferences: DEFAULT_USER_PREFERENCES,
  loaded: true,
}));

export function useTextSize(): TextSize {
  const preferences = usePreferencesStore();
  return useStore(preferences?.store ?? DEFAULTS, (state) => state.preferences.textSize);
}
