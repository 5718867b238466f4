/**
 * React access to the user's preferences, anywhere under the app root (the export dialog
 * reads the default page size and the author from here).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { PreferencesStore } from './preferences.ts';

const PreferencesContext = createContext<PreferencesStore | null>(null);

export function PreferencesProvider({
  store,
  children,
}: {
  store: PreferencesStore;
  children: ReactNode;
}) {
  return <PreferencesContext.Provider value={store}>{children}</PreferencesContext.Provider>;
}

/** The preferences store, or null outside a PreferencesProvider (components tested alone). */
export function usePreferencesStore(): PreferencesStore | null {
  return useContext(PreferencesContext);
}
