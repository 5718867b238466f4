/**
 * Notes: the cards of customer-actions, physical-evidence, thoughts and notes rows, one
 * stage each. Within a cell they are drawn in document order, so "to the end of a cell"
 * is "to the end of the list".
 */
import * as z from 'zod';
import { LIMITS, NOTE_ROW_TYPES, type JourneyMap, type Note } from '../model.ts';
import { OperationError } from './errors.ts';
import { ID_PREFIXES, idAllocator } from './ids.ts';
import { getStage } from './lookup.ts';
import { check } from './validate.ts';

const noteText = z.string().min(1).max(LIMITS.noteLength);
const rowName = z.string().min(1).max(LIMITS.nameLength);

export function checkNoteRowName(name: string): void {
  check(rowName, name, 'row name');
}

function checkNoteRow(map: JourneyMap, rowId: string): void {
  const row = map.rows?.find((r) => r.id === rowId);
  if (!row) throw new OperationError(`There is no row "${rowId}"`);
  if (!(NOTE_ROW_TYPES as readonly string[]).includes(row.type)) {
    throw new OperationError(`Row "${rowId}" is a ${row.type} row, which holds no notes`);
  }
}

export interface NewNote {
  rowId: string;
  stageId: string;
  text: string;
  /** Default `nt-N`. */
  id?: string;
}

export function addNote(map: JourneyMap, input: NewNote): JourneyMap {
  checkNoteRow(map, input.rowId);
  getStage(map, input.stageId);
  check(noteText, input.text, 'note text');
  const ids = idAllocator(map);
  const id = input.id === undefined ? ids.next(ID_PREFIXES.note) : ids.claim(input.id);
  const note: Note = { id, rowId: input.rowId, stageId: input.stageId, text: input.text };
  return { ...map, notes: [...(map.notes ?? []), note] };
}

function getNote(map: JourneyMap, id: string): Note {
  const note = map.notes?.find((n) => n.id === id);
  if (!note) throw new OperationError(`There is no note "${id}"`);
  return note;
}

export function editNote(map: JourneyMap, id: string, text: string): JourneyMap {
  const note = getNote(map, id);
  check(noteText, text, 'note text');
  if (note.text === text) return map;
  return { ...map, notes: map.notes!.map((n) => (n.id === id ? { ...n, text } : n)) };
}

/** Unknown ids are an error, so a stale selection is noticed rather than half-applied. */
export function removeNotes(map: JourneyMap, ids: readonly string[]): JourneyMap {
  const gone = new Set(ids);
  for (const id of gone) getNote(map, id);
  if (gone.size === 0) return map;
  return { ...map, notes: map.notes!.filter((n) => !gone.has(n.id)) };
}

export interface NoteMove {
  stageId: string;
  /** Default: the note's own row. */
  rowId?: string;
}

/** Moves a note to another cell, at the end of that cell. */
export function moveNote(map: JourneyMap, id: string, to: NoteMove): JourneyMap {
  const note = getNote(map, id);
  const rowId = to.rowId ?? note.rowId;
  checkNoteRow(map, rowId);
  getStage(map, to.stageId);
  if (note.stageId === to.stageId && note.rowId === rowId) return map;
  const moved: Note = { ...note, rowId, stageId: to.stageId };
  return { ...map, notes: [...map.notes!.filter((n) => n.id !== id), moved] };
}
