/**
 * The canvas's note edits, each one undo step through the document store: write a new
 * note in a cell, change a note's text, remove it, or drop it in another cell.
 */
import {
  addNote,
  editNote,
  ID_PREFIXES,
  moveNote,
  removeNotes,
  uniqueId,
} from '../../core/ops/index.ts';
import { tryApply, type EditContext } from '../editor/edit-actions.ts';
import type { NoteCell } from './note-cells.ts';
import { noteUi } from './note-ui.ts';

/** Starts writing a note in a cell (nothing is added until it has text). */
export function startNote(cell: NoteCell): void {
  noteUi.getState().edit({ kind: 'draft', ...cell });
}

export function addNoteText(ctx: EditContext, cell: NoteCell, text: string): string | null {
  if (text === '') return null;
  let id = '';
  const ok = tryApply(ctx, (map) => {
    id = uniqueId(map, ID_PREFIXES.note);
    return addNote(map, { id, ...cell, text });
  });
  if (!ok) return null;
  noteUi.getState().select(id);
  return id;
}

/** Empty text removes the note, as clearing a card's last word would leave nothing to show. */
export function setNoteText(ctx: EditContext, id: string, text: string): void {
  if (text === '') deleteNote(ctx, id);
  else tryApply(ctx, (map) => editNote(map, id, text));
}

export function deleteNote(ctx: EditContext, id: string): void {
  if (tryApply(ctx, (map) => removeNotes(map, [id]))) {
    noteUi.getState().select(null);
    ctx.ui.getState().say('Note deleted. Undo to bring it back.');
  }
}

export function dropNote(ctx: EditContext, id: string, cell: NoteCell): void {
  tryApply(ctx, (map) => moveNote(map, id, cell));
}
