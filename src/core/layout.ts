/**
 * Grid layout geometry of a map, shared by the React Flow canvas and the PDF exporter so
 * that the export looks like the screen.
 *
 * Everything is in canvas units, with (0, 0) at the top-left corner of the whole map:
 *
 *   +--------------+-----------+-----------+
 *   |   (corner)   | stage hdr | stage hdr |   STAGE_HEADER_HEIGHT
 *   +--------------+-----------+-----------+
 *   |   (emotion)  |   emotion curve row   |   EMOTION_ROW_HEIGHT (top by default, or bottom)
 *   +--------------+-----------+-----------+
 *   |   lane hdr   |   cell    |   cell    |   one lane per department
 *   +--------------+-----------+-----------+
 *     LANE_HEADER_WIDTH   one column per stage
 *
 * A card's `position` in the file is its top-left inside its cell. Columns widen and lanes
 * grow to hold every card plus CELL_PADDING; negative positions are drawn (and measured)
 * as 0. The result is plain data (no functions, no Maps) so it can be memoised, sent
 * between processes and snapshotted; the helpers below read it.
 */
import type { JourneyMap, Position } from './model.ts';
import { indexById } from './journey-order.ts';
import { buildEmotionCurve, type EmotionCurve } from './emotion-curve.ts';

export type { EmotionCurve } from './emotion-curve.ts';

export const LAYOUT = {
  CARD_WIDTH: 200,
  CARD_HEIGHT: 96,
  /** Space kept right of and below the farthest card of a cell (and the default inset). */
  CELL_PADDING: 16,
  /** CARD_WIDTH + 2 * CELL_PADDING: one card at (CELL_PADDING, CELL_PADDING) fits. */
  MIN_CELL_WIDTH: 232,
  /** CARD_HEIGHT + 2 * CELL_PADDING. */
  MIN_CELL_HEIGHT: 128,
  /** The row of stage names across the top. */
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
  /** Where the emotion row runs: between the stage headers and the first lane (default), or below the last lane. */
  emotionRow?: EmotionRowPlacement;
}

export interface MapLayout {
  width: number;
  height: number;
  /** The stage-name row; it spans the columns (x from laneHeader.width to width). */
  stageHeader: { y: number; height: number };
  /** The department-name column; it spans the lanes. */
  laneHeader: { x: number; width: number };
  /** The emotion-curve row; it spans the columns. */
  emotionRow: { y: number; height: number; placement: EmotionRowPlacement };
  /** The area of the cells: every column times every lane. */
  grid: Rect;
  columns: LayoutColumn[];
  lanes: LayoutLane[];
  /** Document order; a touchpoint whose stage or department is unknown gets no card. */
  cards: LayoutCard[];
  curve: EmotionCurve;
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
    MIN_CELL_WIDTH,
    MIN_CELL_HEIGHT,
    STAGE_HEADER_HEIGHT,
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

  // Columns and lanes.
  const gridX = LANE_HEADER_WIDTH;
  const gridY = STAGE_HEADER_HEIGHT + (placement === 'top' ? EMOTION_ROW_HEIGHT : 0);
  let x = gridX;
  const columns = map.stages.map((stage, index): LayoutColumn => {
    const width = widths[index]!;
    const column = { id: stage.id, index, x, width };
    x += width;
    return column;
  });
  let y = gridY;
  const lanes = map.departments.map((department, index): LayoutLane => {
    const height = heights[index]!;
    const lane = { id: department.id, index, y, height };
    y += height;
    return lane;
  });
  const grid: Rect = { x: gridX, y: gridY, width: x - gridX, height: y - gridY };
  const emotionRowY = placement === 'top' ? STAGE_HEADER_HEIGHT : grid.y + grid.height;

  // Pass 2: cards, absolute.
  const cards: LayoutCard[] = [];
  for (let i = 0; i < n; i++) {
    const s = stageOf[i]!;
    if (s < 0) continue;
    const tp = touchpoints[i]!;
    cards.push({
      id: tp.id,
      stageId: tp.stageId,
      departmentId: tp.departmentId,
      x: columns[s]!.x + Math.max(0, tp.position.x),
      y: lanes[laneOf[i]!]!.y + Math.max(0, tp.position.y),
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    });
  }

  // The emotion curve: its points spread across their stage's column (emotion-curve.ts).
  const curve = buildEmotionCurve(map, columns, stageOf, {
    y: emotionRowY,
    height: EMOTION_ROW_HEIGHT,
    margin: EMOTION_ROW_MARGIN,
  });

  return {
    width: grid.x + grid.width,
    height: grid.y + grid.height + (placement === 'bottom' ? EMOTION_ROW_HEIGHT : 0),
    stageHeader: { y: 0, height: STAGE_HEADER_HEIGHT },
    laneHeader: { x: 0, width: LANE_HEADER_WIDTH },
    emotionRow: { y: emotionRowY, height: EMOTION_ROW_HEIGHT, placement },
    grid,
    columns,
    lanes,
    cards,
    curve,
  };
}

function findColumn(layout: MapLayout, stageId: string): LayoutColumn | undefined {
  return layout.columns.find((c) => c.id === stageId);
}

function findLane(layout: MapLayout, departmentId: string): LayoutLane | undefined {
  return layout.lanes.find((l) => l.id === departmentId);
}

/** The cell of a stage and a department, absolute; null when either is unknown. */
export function cellRect(layout: MapLayout, stageId: string, departmentId: string): Rect | null {
  const column = findColumn(layout, stageId);
  const lane = findLane(layout, departmentId);
  if (!column || !lane) return null;
  return { x: column.x, y: lane.y, width: column.width, height: lane.height };
}

/** The absolute top-left of a cell; null when the stage or department is unknown. */
export function cellOrigin(
  layout: MapLayout,
  stageId: string,
  departmentId: string,
): Position | null {
  const column = findColumn(layout, stageId);
  const lane = findLane(layout, departmentId);
  if (!column || !lane) return null;
  return { x: column.x, y: lane.y };
}

/** Index of the span [start, start + size) that holds `value`, by binary search; -1 if none. */
function findSpan<T>(
  items: readonly T[],
  value: number,
  start: (item: T) => number,
  size: (item: T) => number,
): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    const from = start(item);
    if (value < from) hi = mid - 1;
    else if (value >= from + size(item)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The cell that contains an absolute canvas point, or null (headers, emotion row, outside).
 * Each cell holds its top and left borders, not its right and bottom ones, so a point on a
 * shared border belongs to exactly one cell and the grid's right and bottom edges are outside.
 */
export function cellAt(layout: MapLayout, point: Position): CellRef | null {
  const c = findSpan(
    layout.columns,
    point.x,
    (col) => col.x,
    (col) => col.width,
  );
  if (c < 0) return null;
  const l = findSpan(
    layout.lanes,
    point.y,
    (lane) => lane.y,
    (lane) => lane.height,
  );
  if (l < 0) return null;
  return { stageId: layout.columns[c]!.id, departmentId: layout.lanes[l]!.id };
}

/**
 * An absolute canvas point (a dropped card's top-left) as a `position` inside the cell of
 * a stage and a department, clamped to be >= 0 on both axes; not rounded. Null when the
 * stage or department is unknown.
 */
export function relativePosition(
  layout: MapLayout,
  stageId: string,
  departmentId: string,
  absolute: Position,
): Position | null {
  const origin = cellOrigin(layout, stageId, departmentId);
  if (!origin) return null;
  return { x: Math.max(0, absolute.x - origin.x), y: Math.max(0, absolute.y - origin.y) };
}
