/**
 * Grid layout geometry of a map, shared by the React Flow canvas and the PDF exporter so
 * that the export looks like the screen.
 *
 * Everything is in canvas units, with (0, 0) at the top-left corner of the whole map:
 *
 *   +--------------+-----------+-----------+
 *   |   brief: persona, goals, scenario     |   only with `brief: true` and a persona or scenario
 *   +--------------+-----------+-----------+
 *   |   (corner)   | stage hdr | stage hdr |   STAGE_HEADER_HEIGHT, or taller for expectations
 *   +--------------+-----------+-----------+
 *   |   (emotion)  |   emotion curve row   |   EMOTION_ROW_HEIGHT (top by default, or bottom)
 *   +--------------+-----------+-----------+
 *   |   lane hdr   |   cell    |   cell    |   one lane per department
 *   +--------------+-----------+-----------+
 *     LANE_HEADER_WIDTH   one column per stage
 *
 * That is the order of a map without `rows`. With `rows` (a service blueprint), every visible
 * row is stacked in its order (rows.ts): department lanes, the emotion row, note rows and the
 * derived pains and ideas rows, and `lines` mark where the blueprint's layers change.
 *
 * A card's `position` in the file is its top-left inside its cell. Columns widen and lanes
 * grow to hold every card plus CELL_PADDING; negative positions are drawn (and measured)
 * as 0. The result is plain data (no functions, no Maps) so it can be memoised, sent
 * between processes and snapshotted; the helpers below read it.
 */
import type { Department, JourneyMap, Position } from './model.ts';
import { indexById } from './journey-order.ts';
import { buildEmotionCurve, type EmotionCurve } from './emotion-curve.ts';
import {
  blueprintLines,
  groupNotes,
  isNoteRowType,
  itemRowHeight,
  mostPerStage,
  noteHeight,
  noteRowHeight,
  placeItems,
  placeNotes,
  rowLabel,
  rowsToDraw,
  stackHeight,
  type LayoutItem,
  type LayoutLine,
  type LayoutNote,
  type LayoutRow,
} from './layout-rows.ts';
import { stageIdeas, stagePains } from './row-content.ts';
import { layoutBrief, stageHeaderHeight, type LayoutBrief } from './layout-brief.ts';

export type { EmotionCurve } from './emotion-curve.ts';
export type { LayoutItem, LayoutLine, LayoutNote, LayoutRow } from './layout-rows.ts';
export type { LayoutBrief, LayoutBriefSection } from './layout-brief.ts';

export const LAYOUT = {
  CARD_WIDTH: 200,
  CARD_HEIGHT: 96,
  /** Space kept right of and below the farthest card of a cell (and the default inset). */
  CELL_PADDING: 16,
  /** CARD_WIDTH + 2 * CELL_PADDING: one card at (CELL_PADDING, CELL_PADDING) fits. */
  MIN_CELL_WIDTH: 232,
  /** CARD_HEIGHT + 2 * CELL_PADDING. */
  MIN_CELL_HEIGHT: 128,
  /** The row of stage names across the top (taller when expectations need it). */
  STAGE_HEADER_HEIGHT: 56,
  /** The column of department names down the left. */
  LANE_HEADER_WIDTH: 160,
  /** The row that holds the emotion curve. */
  EMOTION_ROW_HEIGHT: 112,
  /** Vertical inset of the +2 and -2 levels inside the emotion row. */
  EMOTION_ROW_MARGIN: 16,
} as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One stage. */
export interface LayoutColumn {
  id: string;
  index: number;
  x: number;
  width: number;
}

/** One department. */
export interface LayoutLane {
  id: string;
  index: number;
  y: number;
  height: number;
}

/** One touchpoint card, absolute. */
export interface LayoutCard {
  id: string;
  stageId: string;
  departmentId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type EmotionRowPlacement = 'top' | 'bottom';

export interface LayoutOptions {
  /**
   * Where the emotion row runs: between the stage headers and the first lane (default), or
   * below the last lane. Only for maps without `rows`: with rows, the emotion row's place
   * in them decides.
   */
  emotionRow?: EmotionRowPlacement;
  /**
   * Lay out the map's brief (persona and scenario) in a band above the stage headers: the
   * canvas does; the PDF has them in its title block and the slides on their own slide.
   */
  brief?: boolean;
  /**
   * Make the stage headers taller for their expectations (the default). False for a host
   * that does not draw them (the slides), which keeps STAGE_HEADER_HEIGHT.
   */
  expectations?: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  /** The persona and scenario band across the top; height 0 without one (see LayoutOptions). */
  brief: LayoutBrief;
  /** The stage-name row; it spans the columns (x from laneHeader.width to width). */
  stageHeader: { y: number; height: number };
  /** The department-name column; it spans the lanes. */
  laneHeader: { x: number; width: number };
  /** The emotion-curve row; it spans the columns. Height 0 when the emotion row is hidden. */
  emotionRow: { y: number; height: number; placement: EmotionRowPlacement };
  /** From the top of the first lane to the bottom of the last, across every column. */
  grid: Rect;
  columns: LayoutColumn[];
  /** Department rows only, top to bottom; other rows may sit between two lanes. */
  lanes: LayoutLane[];
  /** Document order; a touchpoint whose stage or department is unknown gets no card. */
  cards: LayoutCard[];
  curve: EmotionCurve;
  /** Every visible row, top to bottom, lanes and the emotion row included. */
  rows: LayoutRow[];
  /** The blueprint's lines, top to bottom. */
  lines: LayoutLine[];
  /** Note cards, in document order. */
  notes: LayoutNote[];
  /** The pains and ideas rows' items, row by row and stage by stage. */
  items: LayoutItem[];
}

export interface CellRef {
  stageId: string;
  departmentId: string;
}

/**
 * The room a card at `position` (in its cell) needs: its right and bottom edges plus
 * CELL_PADDING. Columns and lanes are sized from this, so their widths and heights come from
 * their content; the slots of a cell (slots.ts) read the same measure.
 */
export function cardExtent(position: Position): { right: number; bottom: number } {
  return {
    right: Math.max(0, position.x) + LAYOUT.CARD_WIDTH + LAYOUT.CELL_PADDING,
    bottom: Math.max(0, position.y) + LAYOUT.CARD_HEIGHT + LAYOUT.CELL_PADDING,
  };
}

export function computeLayout(map: JourneyMap, options: LayoutOptions = {}): MapLayout {
  const placement = options.emotionRow ?? 'top';
  const {
    CARD_WIDTH,
    CARD_HEIGHT,
    CELL_PADDING,
    MIN_CELL_WIDTH,
    MIN_CELL_HEIGHT,
    LANE_HEADER_WIDTH,
    EMOTION_ROW_HEIGHT,
    EMOTION_ROW_MARGIN,
  } = LAYOUT;
  const stageIndex = indexById(map.stages);
  const departmentIndex = indexById(map.departments);
  const touchpoints = map.touchpoints;
  const n = touchpoints.length;

  // Pass 1: the cell of each touchpoint and the size each column and lane needs.
  const widths = map.stages.map((): number => MIN_CELL_WIDTH);
  const heights = map.departments.map((): number => MIN_CELL_HEIGHT);
  const stageOf = new Int32Array(n).fill(-1);
  const laneOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const tp = touchpoints[i]!;
    const s = stageIndex.get(tp.stageId);
    const d = departmentIndex.get(tp.departmentId);
    if (s === undefined || d === undefined) continue;
    stageOf[i] = s;
    laneOf[i] = d;
    const { right, bottom } = cardExtent(tp.position);
    if (right > widths[s]!) widths[s] = right;
    if (bottom > heights[d]!) heights[d] = bottom;
  }

  // Columns.
  const gridX = LANE_HEADER_WIDTH;
  let x = gridX;
  const columns = map.stages.map((stage, index): LayoutColumn => {
    const width = widths[index]!;
    const column = { id: stage.id, index, x, width };
    x += width;
    return column;
  });

  // The brief across the whole width, then the stage headers, sized from their words.
  const brief = options.brief ? layoutBrief(map, x) : { y: 0, height: 0, sections: [] };
  const stageHeader = {
    y: brief.height,
    height:
      options.expectations === false
        ? LAYOUT.STAGE_HEADER_HEIGHT
        : stageHeaderHeight(map.stages, widths),
  };
  const headersBottom = stageHeader.y + stageHeader.height;

  // Rows, stacked in order below the stage headers.
  const drawn = rowsToDraw(map, placement === 'bottom');
  const departmentsById = new Map<string, Department>(map.departments.map((d) => [d.id, d]));
  const noteRowIds = new Set(drawn.filter((r) => isNoteRowType(r.type)).map((r) => r.id));
  const noteCells =
    noteRowIds.size > 0 ? groupNotes(map, noteRowIds) : new Map<string, Map<string, number[]>>();
  // Each note as tall as its text; only the notes that are drawn are measured.
  const noteHeights: number[] = [];
  for (const byStage of noteCells.values()) {
    for (const indices of byStage.values()) {
      for (const i of indices) noteHeights[i] = noteHeight(map.notes![i]!.text);
    }
  }
  const pains = drawn.some((r) => r.type === 'pains') ? stagePains(map) : null;
  const ideas = drawn.some((r) => r.type === 'ideas') ? stageIdeas(map) : null;
  const laneByDepartment: LayoutLane[] = [];
  const lanes: LayoutLane[] = [];
  const rows: LayoutRow[] = [];
  let emotion: { y: number; height: number } | null = null;
  let emotionFirst = false;
  let y = headersBottom;
  for (const row of drawn) {
    let height: number;
    if (row.type === 'department') {
      const d = departmentIndex.get(row.departmentId)!;
      height = heights[d]!;
      const lane = { id: row.departmentId, index: lanes.length, y, height };
      lanes.push(lane);
      laneByDepartment[d] = lane;
    } else if (row.type === 'emotion') {
      height = EMOTION_ROW_HEIGHT;
      if (!emotion) {
        emotion = { y, height };
        emotionFirst = lanes.length === 0;
      }
    } else if (row.type === 'pains' || row.type === 'ideas') {
      height = itemRowHeight(
        mostPerStage((row.type === 'pains' ? pains : ideas)!.values()),
        CELL_PADDING,
      );
    } else {
      let stack = 0;
      for (const indices of noteCells.get(row.id)?.values() ?? []) {
        stack = Math.max(stack, stackHeight(indices.map((i) => noteHeights[i]!)));
      }
      height = noteRowHeight(stack, CELL_PADDING);
    }
    const label = rowLabel(row, departmentsById);
    rows.push(
      row.type === 'department'
        ? { id: row.id, type: row.type, departmentId: row.departmentId, label, y, height }
        : { id: row.id, type: row.type, label, y, height },
    );
    y += height;
  }
  const firstLane = lanes[0];
  const lastLane = lanes[lanes.length - 1];
  const gridY = firstLane
    ? firstLane.y
    : emotion && emotionFirst
      ? emotion.y + emotion.height
      : headersBottom;
  const gridBottom = lastLane ? lastLane.y + lastLane.height : gridY;
  const grid: Rect = { x: gridX, y: gridY, width: x - gridX, height: gridBottom - gridY };
  const emotionRow = emotion ?? { y: headersBottom, height: 0 };
  const emotionPlacement: EmotionRowPlacement =
    map.rows === undefined ? placement : emotion && !emotionFirst ? 'bottom' : 'top';

  // Pass 2: cards, absolute.
  const cards: LayoutCard[] = [];
  for (let i = 0; i < n; i++) {
    const s = stageOf[i]!;
    if (s < 0) continue;
    // A hidden department row hides its cards, and their points on the curve with them.
    const lane = laneByDepartment[laneOf[i]!];
    if (!lane) {
      stageOf[i] = -1;
      continue;
    }
    const tp = touchpoints[i]!;
    cards.push({
      id: tp.id,
      stageId: tp.stageId,
      departmentId: tp.departmentId,
      x: columns[s]!.x + Math.max(0, tp.position.x),
      y: lane.y + Math.max(0, tp.position.y),
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    });
  }

  // The emotion curve: its points spread across their stage's column (emotion-curve.ts).
  // A hidden emotion row still gets its (flat) points, so hit-testing code need not special-case it.
  const curve = buildEmotionCurve(map, columns, stageOf, {
    y: emotionRow.y,
    height: emotionRow.height,
    margin: emotion ? EMOTION_ROW_MARGIN : 0,
  });

  const notes =
    noteCells.size > 0 ? placeNotes(map, rows, columns, noteCells, noteHeights, CELL_PADDING) : [];

  return {
    width: grid.x + grid.width,
    height: y,
    brief,
    stageHeader,
    laneHeader: { x: 0, width: LANE_HEADER_WIDTH },
    emotionRow: { y: emotionRow.y, height: emotionRow.height, placement: emotionPlacement },
    grid,
    columns,
    lanes,
    cards,
    curve,
    rows,
    lines: blueprintLines(rows, departmentsById),
    notes,
    items: placeItems(rows, columns, { pains, ideas }, CELL_PADDING),
  };
}
