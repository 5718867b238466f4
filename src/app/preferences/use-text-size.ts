/**
 * The card text size the user chose (preferences), for the canvas, and the Larger text and
 * Smaller text commands that step it; M outside a PreferencesProvider.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_USER_PREFERENCES } from '../../ipc/preferences.ts';
import { stepTextSize, type TextSize } from '../../core/text-size.ts';
import { registerCommands } from '../editor/commands.ts';
import { usePreferencesStore } from './context.tsx';
import type { PreferencesState, PreferencesStore } from './preferences.ts';

// Components tested alone have no preferences: they read the defaults from here.
const DEFAULTS = createStore<PreferencesState>()(() => ({
  preferences: DEFAULT_USER_PREFERENCES,
  loaded: true,
}));

export function useTextSize(): TextSize {
  const preferences = usePreferencesStore();
  return useStore(preferences?.store ?? DEFAULTS, (state) => state.preferences.textSize);
}

/** A failed save is the command runner's to report (commands.ts). */
async function step(preferences: PreferencesStore, by: 1 | -1): Promise<void> {
  const current = preferences.get().textSize;
  const next = stepTextSize(current, by);
  if (next !== current) await preferences.update({ textSize: next });
}

/** Registers Larger text and Smaller text while the canvas is shown. */
export function useTextSizeCommands(): void {
  const preferences = usePreferencesStore();
  useEffect(() => {
    if (preferences === null) return undefined;
    return registerCommands({
      largerText: () => step(preferences, 1),
      smallerText: () => step(preferences, -1),
    });
  }, [preferences]);
}
