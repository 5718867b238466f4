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

export interface Platform {
  readonly kind: 'electron' | 'web' | 'memory';
  /** Shows an open dialog; null when the user cancelled. */
  openFile(): Promise<OpenedFile | null>;
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
