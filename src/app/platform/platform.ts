/**
 * The one door between the editor and the machine it runs on. The editor never names a file
 * path: a host hands it opaque `FileRef`s for files the user chose (dialog, drop, recent list,
 * command line), and saves go back through the same refs.
 *
 * Adapters: electron (window.touchmap from the preload), web (browser file APIs and storage),
 * memory (tests).
 */

import type { Draft, FileRef, OpenedFile, SaveOutcome } from '../../ipc/file-types.ts';

// Defined with the IPC contract (main and preload use them too); re-exported for the renderer.
export type { Draft, FileRef, OpenedFile, SaveOutcome };

export interface DraftStore {
  write(draft: Draft): Promise<void>;
  remove(documentId: string): Promise<void>;
  list(): Promise<Draft[]>;
}

/**
 * What differs between hosts, by what it decides. The app reads these, never which host it
 * runs on, so a new host (or a test) states its behaviour instead of imitating another's.
 */
export interface PlatformCapabilities {
  /**
   * The host opens files in windows of its own choosing: in this one only when it holds
   * nothing worth keeping, else in a new window (the desktop app). Opening then never
   * replaces unsaved work, and several dropped maps each get a window.
   */
  readonly routesFilesToWindows: boolean;
  /**
   * Where drafts are kept: as files by the host (the desktop app, which also keeps the
   * damaged ones on disk), in the browser's storage, or in memory (tests). Outside host
   * files, the stored text is the only copy of a damaged draft, so it can be saved as a file.
   */
  readonly draftStorage: 'host-files' | 'browser-storage' | 'memory';
  /** Drafts are kept at the interval the preferences choose; else every few seconds. */
  readonly configurableDraftInterval: boolean;
  /**
   * The page itself asks before it is closed or reloaded with unsaved changes (a browser
   * tab); the desktop app's main process asks in its own way.
   */
  readonly confirmsCloseInPage: boolean;
  /**
   * The save picker opens only right after a click (a browser's user activation), so a
   * file made later waits for another click before it can be saved.
   */
  readonly pickerNeedsUserActivation: boolean;
}

export interface Platform {
  readonly capabilities: PlatformCapabilities;
  /** Shows an open dialog; null when the user cancelled. */
  openFile(): Promise<OpenedFile | null>;
  /**
   * Shows an open dialog and reads the chosen map without opening it as a document (Compare
   * With…); null when the user cancelled.
   */
  readFileFromDialog(): Promise<OpenedFile | null>;
  /** Saves to `file`, or asks where when it is null (Save As). `force` overwrites a conflict. */
  saveFile(
    file: FileRef | null,
    text: string,
    suggestedName: string,
    options?: { force?: boolean },
  ): Promise<SaveOutcome>;
  /** Writes an exported file (a PDF) where the user chooses. */
  exportFile(bytes: Uint8Array, suggestedName: string, mimeType: string): Promise<SaveOutcome>;
  drafts: DraftStore;
  /** Window title and unsaved-changes marker. */
  setDocumentState(state: { title: string; fileName: string | null; dirty: boolean }): void;
}
