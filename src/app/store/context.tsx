/** React access to the stores of the open document. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DocumentState, DocumentStore } from './document-store.ts';
import type { ViewState, ViewStore } from './view-store.ts';
import type { Platform } from '../platform/platform.ts';

interface Stores {
  document: DocumentStore;
  view: ViewStore;
  platform: Platform;
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores outside a StoresProvider');
  return stores;
}

export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useStores().document, selector);
}

export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(useStores().view, selector);
}

export function useHistory<T>(
  selector: (state: ReturnType<DocumentStore['temporal']['getState']>) => T,
): T {
  return useStore(useStores().document.temporal, selector);
}
