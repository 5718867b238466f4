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

/** One note card, absolute. */
export interface LayoutNote {
  id: string;
  rowId: string;
  stageId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const ROW_GEOMETRY = {
  /** As wide as a touchpoint card, so a note fits the narrowest column. */
  NOTE_WIDTH: 200,
  /** A note card is as wide as a touchpoint card and shorter: a line or three of text. */
  NOTE_HEIGHT: 64,
  /** Between two stacked notes of a cell. */
  NOTE_GAP: 8,
  /** One pain or idea of a derived row: two lines of small text and a gap. */
  ITEM_HEIGHT: 40,
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

/** The height of a row holding at most `notes` notes in one stage. */
export function noteRowHeight(notes: number, padding: number): number {
  const { NOTE_HEIGHT, NOTE_GAP, MIN_ROW_HEIGHT } = ROW_GEOMETRY;
  if (notes === 0) return MIN_ROW_HEIGHT;
  return Math.max(MIN_ROW_HEIGHT, 2 * padding + notes * NOTE_HEIGHT + (notes - 1) * NOTE_GAP);
}

/** The height of a pains or ideas row listing at most `items` items in one stage. */
export function itemRowHeight(items: number, padding: number): number {
  return Math.max(ROW_GEOMETRY.MIN_ROW_HEIGHT, 2 * padding + items * ROW_GEOMETRY.ITEM_HEIGHT);
}

/** The top of the `index`-th note (or pain, or idea) of a cell, relative to its row. */
export function noteTop(index: number, padding: number): number {
  return padding + index * (ROW_GEOMETRY.NOTE_HEIGHT + ROW_GEOMETRY.NOTE_GAP);
}

export function itemTop(index: number, padding: number): number {
  return padding + index * ROW_GEOMETRY.ITEM_HEIGHT;
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

/** Note cards, absolute and in document order: stacked in their cell from its top-left. */
export function placeNotes(
  map: Pick<JourneyMap, 'notes'>,
  rows: readonly LayoutRow[],
  columns: readonly { id: string; x: number }[],
  noteCells: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>,
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
      indices.forEach((index, k) => {
        placed.push({
          index,
          note: {
            id: map.notes![index]!.id,
            rowId: row.id,
            stageId,
            x: column.x + padding,
            y: row.y + noteTop(k, padding),
            width: ROW_GEOMETRY.NOTE_WIDTH,
            height: ROW_GEOMETRY.NOTE_HEIGHT,
          },
        });
      });
    }
  }
  return placed.sort((a, b) => a.index - b.index).map((p) => p.note);
}
