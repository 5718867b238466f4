/**
 * Which note is selected and which is being written, for the note cards on the canvas.
 * View state, like the card selection: never saved, never an undo step. One store for the
 * window (a window shows one map); a note that is gone is simply not found.
 */
import { createStore, useStore } from 'zustand';
import type { NoteCell } from './note-cells.ts';

export type NoteEditing = { kind: 'note'; id: string } | ({ kind: 'draft' } & NoteCell) | null;

interface NoteUiState {
  selected: string | null;
  editing: NoteEditing;
  select: (id: string | null) => void;
  edit: (editing: NoteEditing) => void;
}

export const noteUi = createStore<NoteUiState>()((set) => ({
  selected: null,
  editing: null,
  select: (selected) => set({ selected }),
  edit: (editing) => set({ editing }),
}));

export function useNoteUi<T>(selector: (state: NoteUiState) => T): T {
  return useStore(noteUi, selector);
}
