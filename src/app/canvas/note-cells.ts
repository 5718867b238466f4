/**
 * Where notes go on the canvas: the note-row cell under a point (a dropped note), and the
 * place of a note about to be written in a cell. Pure, from the layout.
 */
import type { LayoutRow, MapLayout, Rect } from '../../core/layout.ts';
import { isNoteRowType, ROW_GEOMETRY } from '../../core/layout-rows.ts';
import { LAYOUT } from '../../core/layout.ts';
import type { Position } from '../../core/model.ts';

export interface NoteCell {
  rowId: string;
  stageId: string;
}

const inside = (value: number, from: number, size: number) => value >= from && value < from + size;

/** The note row's cell that holds `point`, or null (a lane, a header, outside). */
export function noteCellAt(layout: MapLayout, point: Position): NoteCell | null {
  const column = layout.columns.find((c) => inside(point.x, c.x, c.width));
  const row = layout.rows.find((r) => isNoteRowType(r.type) && inside(point.y, r.y, r.height));
  return column && row ? { rowId: row.id, stageId: column.id } : null;
}

/** The drawn note row with this id, or undefined (hidden, removed, or not a note row). */
function noteRow(layout: MapLayout, rowId: string): LayoutRow | undefined {
  return layout.rows.find((r) => r.id === rowId && isNoteRowType(r.type));
}

/** The cell of a note row, absolute; null when the row or the stage is not drawn. */
export function noteCellRect(layout: MapLayout, cell: NoteCell): Rect | null {
  const row = noteRow(layout, cell.rowId);
  const column = layout.columns.find((c) => c.id === cell.stageId);
  if (!row || !column) return null;
  return { x: column.x, y: row.y, width: column.width, height: row.height };
}

/** Where a new note of a cell appears: below the cell's notes. */
export function draftNoteRect(layout: MapLayout, cell: NoteCell): Rect | null {
  const rect = noteCellRect(layout, cell);
  if (!rect) return null;
  // Notes are as tall as their text: the new one goes below the lowest.
  let top = rect.y + LAYOUT.CELL_PADDING;
  for (const n of layout.notes) {
    if (n.rowId === cell.rowId && n.stageId === cell.stageId) {
      top = Math.max(top, n.y + n.height + ROW_GEOMETRY.NOTE_GAP);
    }
  }
  return {
    x: rect.x + LAYOUT.CELL_PADDING,
    y: top,
    width: ROW_GEOMETRY.NOTE_WIDTH,
    height: ROW_GEOMETRY.NOTE_HEIGHT,
  };
}
