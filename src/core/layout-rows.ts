/**
 * The blueprint part of the layout (layout.ts): which rows are drawn in which order, how
 * tall the rows that are not swimlanes are, where note cards sit, and where the blueprint's
 * lines run. Kept apart from layout.ts so that file stays about the grid itself.
 */
import {
  NOTE_ROW_TYPES,
  type Department,
  type JourneyMap,
  type Layer,
  type Row,
  type RowType,
} from './model.ts';
import { layerOf, visibleRows } from './rows.ts';
import { lineCount } from './text-measure.ts';
import { BLUEPRINT_LINES, ROW_TERMS, type BlueprintLine } from './vocabulary.ts';

export interface LayoutRow {
  id: string;
  type: RowType;
  departmentId?: string;
  label: string;
  y: number;
  height: number;
}

/** A blueprint line, drawn across the whole width at `y` (the top of the first row below it). */
export interface LayoutLine {
  kind: BlueprintLine;
  label: string;
  y: number;
}

/** A box in a row's cell, absolute. */
interface RowBox {
  id: string;
  rowId: string;
  stageId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One note card. */
export type LayoutNote = RowBox;

/**
 * One pain or idea of a derived row: its slot in its stage's list less the gap. Its id is
 * the friction's or the opportunity's (row-content.ts).
 */
export interface LayoutItem extends RowBox {
  type: 'pains' | 'ideas';
}

export const ROW_GEOMETRY = {
  /** As wide as a touchpoint card, so a note fits the narrowest column. */
  NOTE_WIDTH: 200,
  /** The shortest note card: three lines of text. Longer notes grow (noteHeight). */
  NOTE_HEIGHT: 64,
  /** A note grows to this many lines of text, then its text is cut with "…". */
  NOTE_MAX_LINES: 8,
  /** A note's text: its letter size and line height, and the room its padding and borders
   *  take across and down (notes.css), in canvas units at the full detail level. */
  NOTE_FONT: 13,
  NOTE_LINE: 16.25,
  NOTE_INSET_X: 25,
  NOTE_INSET_Y: 14,
  /** Between two stacked notes of a cell. */
  NOTE_GAP: 8,
  /** One pain or idea of a derived row: two lines of small text and a gap. */
  ITEM_HEIGHT: 40,
  /** That gap, under each item on the canvas (the PDF's slips keep a wider one). */
  ITEM_GAP: 4,
  /** A note, pains or ideas row with nothing in it. */
  MIN_ROW_HEIGHT: 96,
} as const;

const NOTE_ROWS: ReadonlySet<RowType> = new Set(NOTE_ROW_TYPES);

export function isNoteRowType(type: RowType): boolean {
  return NOTE_ROWS.has(type);
}

/**
 * The rows drawn, top to bottom. A map without `rows` keeps the emotion placement option
 * (curve on top or at the bottom); with `rows`, the file's order decides.
 */
export function rowsToDraw(
  map: Pick<JourneyMap, 'departments' | 'rows'>,
  emotionAtBottom: boolean,
): Row[] {
  const rows = visibleRows(map);
  if (map.rows !== undefined || !emotionAtBottom) return rows;
  return [...rows.filter((r) => r.type !== 'emotion'), ...rows.filter((r) => r.type === 'emotion')];
}

/** The word in a row's header: its department's name, its own name, or its type's word. */
export function rowLabel(row: Row, departments: ReadonlyMap<string, Department>): string {
  if (row.type === 'department') return departments.get(row.departmentId)?.name ?? '';
  return row.name ?? ROW_TERMS[row.type].word;
}

/**
 * A note card's height: its text's lines (whole words, at the card's letter size) up to
 * NOTE_MAX_LINES, never under NOTE_HEIGHT, so a long note is read whole on the canvas and in
 * the PDF instead of being cut at three lines.
 */
export function noteHeight(text: string): number {
  const g = ROW_GEOMETRY;
  const lines = lineCount(
    text,
    g.NOTE_WIDTH - g.NOTE_INSET_X,
    { size: g.NOTE_FONT },
    g.NOTE_MAX_LINES,
  );
  return Math.max(g.NOTE_HEIGHT, Math.ceil(g.NOTE_INSET_Y + lines * g.NOTE_LINE));
}

/** The height of a note row whose tallest stack of notes in one stage is `stack` high. */
export function noteRowHeight(stack: number, padding: number): number {
  if (stack === 0) return ROW_GEOMETRY.MIN_ROW_HEIGHT;
  return Math.max(ROW_GEOMETRY.MIN_ROW_HEIGHT, 2 * padding + stack);
}

/** The height of notes stacked in one cell, gaps included. */
export function stackHeight(heights: readonly number[]): number {
  if (heights.length === 0) return 0;
  return heights.reduce((sum, h) => sum + h, 0) + (heights.length - 1) * ROW_GEOMETRY.NOTE_GAP;
}

/** The height of a pains or ideas row listing at most `items` items in one stage. */
export function itemRowHeight(items: number, padding: number): number {
  return Math.max(ROW_GEOMETRY.MIN_ROW_HEIGHT, 2 * padding + items * ROW_GEOMETRY.ITEM_HEIGHT);
}

export function itemTop(index: number, padding: number): number {
  return padding + index * ROW_GEOMETRY.ITEM_HEIGHT;
}

/**
 * The items of the pains and ideas rows, absolute, row by row and stage by stage, each list
 * top down from its cell's padding and as wide as its column less that padding: the canvas
 * draws them there (RowItems.tsx) and keeps the lowest moments' labels off them.
 */
export function placeItems(
  rows: readonly LayoutRow[],
  columns: readonly { id: string; x: number; width: number }[],
  lists: Record<LayoutItem['type'], ReadonlyMap<string, readonly { id: string }[]> | null>,
  padding: number,
): LayoutItem[] {
  const items: LayoutItem[] = [];
  for (const row of rows) {
    if (row.type !== 'pains' && row.type !== 'ideas') continue;
    const type = row.type;
    for (const column of columns) {
      lists[type]?.get(column.id)?.forEach((item, i) => {
        items.push({
          id: item.id,
          type,
          rowId: row.id,
          stageId: column.id,
          x: column.x + padding,
          y: row.y + itemTop(i, padding),
          width: column.width - 2 * padding,
          height: ROW_GEOMETRY.ITEM_HEIGHT - ROW_GEOMETRY.ITEM_GAP,
        });
      });
    }
  }
  return items;
}

/**
 * Note indices grouped by row id, then by stage id, in document order. Notes of a row that
 * is not a drawn note row, or of an unknown stage, are left out.
 */
export function groupNotes(
  map: Pick<JourneyMap, 'notes' | 'stages'>,
  noteRowIds: ReadonlySet<string>,
): Map<string, Map<string, number[]>> {
  const stages = new Set(map.stages.map((s) => s.id));
  const out = new Map<string, Map<string, number[]>>();
  (map.notes ?? []).forEach((note, i) => {
    if (!noteRowIds.has(note.rowId) || !stages.has(note.stageId)) return;
    let byStage = out.get(note.rowId);
    if (!byStage) out.set(note.rowId, (byStage = new Map()));
    const list = byStage.get(note.stageId);
    if (list) list.push(i);
    else byStage.set(note.stageId, [i]);
  });
  return out;
}

type Band = 'customer' | Layer;

const LINE_KINDS = Object.keys(BLUEPRINT_LINES) as BlueprintLine[];

/**
 * The blueprint's lines: where a customer row is followed by a frontstage department row,
 * a frontstage by a backstage one, a backstage by a support one. Rows of other types in
 * between do not break the pair; the line runs at the top of the lower row. Each line is
 * drawn once, at its first place.
 */
export function blueprintLines(
  rows: readonly LayoutRow[],
  departments: ReadonlyMap<string, Department>,
): LayoutLine[] {
  const lines: LayoutLine[] = [];
  let previous: Band | null = null;
  for (const row of rows) {
    let band: Band | null = null;
    if (row.type === 'customer') band = 'customer';
    else if (row.type === 'department') {
      const department = row.departmentId ? departments.get(row.departmentId) : undefined;
      if (department) band = layerOf(department);
    }
    if (band === null) continue;
    const kind = LINE_KINDS.find(
      (k) => BLUEPRINT_LINES[k].above === previous && BLUEPRINT_LINES[k].below === band,
    );
    if (kind && !lines.some((l) => l.kind === kind)) {
      lines.push({ kind, label: BLUEPRINT_LINES[kind].word, y: row.y });
    }
    previous = band;
  }
  return lines;
}

export function mostPerStage(lists: Iterable<readonly unknown[]>): number {
  let most = 0;
  for (const list of lists) most = Math.max(most, list.length);
  return most;
}

/**
 * Note cards, absolute and in document order: stacked in their cell from its top-left, each
 * as tall as `heights[index]` (noteHeight of its text).
 */
export function placeNotes(
  map: Pick<JourneyMap, 'notes'>,
  rows: readonly LayoutRow[],
  columns: readonly { id: string; x: number }[],
  noteCells: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>,
  heights: readonly number[],
  padding: number,
): LayoutNote[] {
  const columnOf = new Map(columns.map((c) => [c.id, c]));
  const placed: { index: number; note: LayoutNote }[] = [];
  for (const row of rows) {
    const byStage = noteCells.get(row.id);
    if (!byStage) continue;
    for (const [stageId, indices] of byStage) {
      const column = columnOf.get(stageId);
      if (!column) continue;
      let top = row.y + padding;
      for (const index of indices) {
        const height = heights[index]!;
        placed.push({
          index,
          note: {
            id: map.notes![index]!.id,
            rowId: row.id,
            stageId,
            x: column.x + padding,
            y: top,
            width: ROW_GEOMETRY.NOTE_WIDTH,
            height,
          },
        });
        top += height + ROW_GEOMETRY.NOTE_GAP;
      }
    }
  }
  return placed.sort((a, b) => a.index - b.index).map((p) => p.note);
}
