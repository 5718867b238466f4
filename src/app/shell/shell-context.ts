/**
 * What the parts of the app shell share: its state (the open document or the start screen,
 * unsaved work to recover, recent files, panels), the dialogs, the platform and, in the
 * desktop app, its shell. Each part (opening, saving, drafts, recovery, file changes,
 * commands) is made from this context; app-controller.ts puts them together.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DesktopShell } from '../platform/electron.ts';
import type { FileRef, Platform } from '../platform/platform.ts';
import type { Dialogs } from './dialogs.ts';
import type { DocumentHost } from './document-actions.ts';
import type { HelpTopic } from './HelpDialog.tsx';
import type { RecoveryList } from './recovery.ts';
import type { Entropy, Session } from './session.ts';

export type AppPanel =
  | { kind: 'preferences' }
  | { kind: 'about' }
  | { kind: 'help'; topic: HelpTopic }
  /** File › Join Session… (desktop only). */
  | { kind: 'joinSession' };

export interface AppState {
  session: Session | null;
  /** The start screen shows (over an open document when the user chose New). */
  starting: boolean;
  /** Unsaved work from an earlier session, offered on the start screen; null: none. */
  recovery: RecoveryList | null;
  /** The desktop app's recent files, for the start screen; null in the browser. */
  recent: FileRef[] | null;
  panel: AppPanel | null;
  /** Files are being dragged over the window. */
  dropping: boolean;
  /** What the start screen should focus when a menu command brought the user there. */
  focusRequest: { target: 'blank' | 'templates'; nonce: number } | null;
}

export function createAppStore(initial: Session | null = null): StoreApi<AppState> {
  return createStore<AppState>()(() => ({
    session: initial,
    starting: initial === null,
    recovery: null,
    recent: null,
    panel: null,
    dropping: false,
    focusRequest: null,
  }));
}

export interface ShellContext {
  platform: Platform;
  /** The desktop app's shell (platform/host-services.ts); null in a browser. */
  desktop: DesktopShell | null;
  store: StoreApi<AppState>;
  dialogs: Dialogs;
  entropy: Entropy;
  /** The shell as the document actions see it (document-actions.ts). */
  host: DocumentHost;
}

/** One file action at a time: a second Ctrl+O while the first dialog is open does nothing. */
export function exclusive<A extends unknown[]>(
  run: (...args: A) => Promise<unknown>,
): (...args: A) => Promise<void> {
  let busy = false;
  return async (...args: A) => {
    if (busy) return;
    busy = true;
    try {
      await run(...args);
    } finally {
      busy = false;
    }
  };
}

export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
