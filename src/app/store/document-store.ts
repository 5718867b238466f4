/**
 * One store per open document. It holds what is saved (the map) and where it came from;
 * undo and redo (zundo) track the map only, so selection, zoom and panels never become
 * undo steps (they live in the view store).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { JourneyMap } from '../../core/model.ts';
import type { FileRef } from '../platform/platform.ts';

const UNDO_LIMIT = 500;

export interface DocumentState {
  /** Stable for the life of this open document: drafts and windows are keyed by it. */
  documentId: string;
  map: JourneyMap;
  /** The file this document was opened from or last saved to; null while untitled. */
  file: FileRef | null;
  /** The map as last opened or saved: the document is dirty while `map !== savedMap`. */
  savedMap: JourneyMap | null;
  /**
   * Applies one edit (a pure core op) as one undo step. An op that throws leaves the map as
   * it was; the error is rethrown for the caller to show.
   */
  apply: (edit: (map: JourneyMap) => JourneyMap) => void;
  /**
   * After a save of `map` (the snapshot that was written; the user may have edited on while
   * the save ran, so the document stays dirty in that case).
   */
  markSaved: (file: FileRef, map: JourneyMap) => void;
}

type Tracked = Pick<DocumentState, 'map'>;

export type DocumentStore = StoreApi<DocumentState> & {
  temporal: StoreApi<TemporalState<Tracked>>;
};

export interface DocumentInit {
  documentId: string;
  map: JourneyMap;
  file?: FileRef | null;
  /** True for a map restored from a draft or made from a template: it starts unsaved. */
  dirty?: boolean;
}

export function createDocumentStore(init: DocumentInit): DocumentStore {
  return createStore<DocumentState>()(
    temporal(
      (set, get) => ({
        documentId: init.documentId,
        map: init.map,
        file: init.file ?? null,
        savedMap: init.dirty ? null : init.map,
        apply(edit) {
          const before = get().map;
          const after = edit(before);
          if (after !== before) set({ map: after });
        },
        markSaved(file, map) {
          set({ file, savedMap: map });
        },
      }),
      {
        partialize: (state): Tracked => ({ map: state.map }),
        equality: (a, b) => a.map === b.map,
        limit: UNDO_LIMIT,
      },
    ),
  ) as DocumentStore;
}

export function isDirty(state: Pick<DocumentState, 'map' | 'savedMap'>): boolean {
  return state.map !== state.savedMap;
}
