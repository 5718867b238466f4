/**
 * Arrange: the cards of a cell, a stage or the whole map flowed through their cells' slots
 * in reading order (slots.ts), and the tidy on opening, which arranges only the cells whose
 * cards overlap. A map that is already arranged comes back as the same object, so an
 * Arrange that changes nothing adds no undo step.
 */
import type { CellRef } from '../layout.ts';
import type { JourneyMap, Position, Touchpoint } from '../model.ts';
import { anyOverlap, arrangedPositions, stageSlotColumns } from '../slots.ts';
import { getDepartment, getStage } from './lookup.ts';

const cellKey = (stageId: string, departmentId: string): string => `${stageId}\n${departmentId}`;

/** The indices of the map's touchpoints by cell, in document order. */
function cardsByCell(touchpoints: readonly Touchpoint[]): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  touchpoints.forEach((tp, index) => {
    const key = cellKey(tp.stageId, tp.departmentId);
    const list = cells.get(key);
    if (list) list.push(index);
    else cells.set(key, [index]);
  });
  return cells;
}

const samePlace = (a: Position, b: Position): boolean => a.x === b.x && a.y === b.y;

/**
 * Flows the cards of the chosen cells (keys from cellKey) through their slots. The slot
 * columns of each stage are read from the map before anything moves, so arranging one
 * cell never depends on another.
 */
function arrangeWhere(map: JourneyMap, chosen: (key: string) => boolean): JourneyMap {
  const { touchpoints } = map;
  const columns = new Map<string, number>();
  const columnsOf = (stageId: string): number => {
    let n = columns.get(stageId);
    if (n === undefined) {
      n = stageSlotColumns(touchpoints, stageId);
      columns.set(stageId, n);
    }
    return n;
  };
  let out: Touchpoint[] | null = null;
  for (const [key, indices] of cardsByCell(touchpoints)) {
    if (!chosen(key)) continue;
    const stageId = touchpoints[indices[0]!]!.stageId;
    const next = arrangedPositions(
      indices.map((i) => touchpoints[i]!.position),
      columnsOf(stageId),
    );
    indices.forEach((i, k) => {
      const card = touchpoints[i]!;
      const position = next[k]!;
      if (samePlace(card.position, position)) return;
      out ??= [...touchpoints];
      out[i] = { ...card, position: { ...card.position, ...position } };
    });
  }
  return out === null ? map : { ...map, touchpoints: out };
}

/** Arranges the cards of each given cell; unknown stages or departments are refused. */
export function arrangeCells(map: JourneyMap, cells: readonly CellRef[]): JourneyMap {
  const keys = new Set<string>();
  for (const cell of cells) {
    getStage(map, cell.stageId);
    getDepartment(map, cell.departmentId);
    keys.add(cellKey(cell.stageId, cell.departmentId));
  }
  return arrangeWhere(map, (key) => keys.has(key));
}

/** Arranges every cell of one stage (every lane of its column). */
export function arrangeStage(map: JourneyMap, stageId: string): JourneyMap {
  getStage(map, stageId);
  return arrangeWhere(map, (key) => key.startsWith(`${stageId}\n`));
}

/** Arranges every cell of the map. */
export function arrangeMap(map: JourneyMap): JourneyMap {
  return arrangeWhere(map, () => true);
}

export interface TidyResult {
  /** The input itself when no cards overlapped. */
  map: JourneyMap;
  /** How many cells were arranged. */
  cells: number;
}

/**
 * The tidy on opening: each cell where two cards overlap (a hand-edited file, an import,
 * an older version) is arranged in the cards' reading order; every other cell, and so a
 * file without overlaps, is left exactly as it was.
 */
export function tidyOverlaps(map: JourneyMap): TidyResult {
  const overlapping = new Set<string>();
  for (const [key, indices] of cardsByCell(map.touchpoints)) {
    if (indices.length > 1 && anyOverlap(indices.map((i) => map.touchpoints[i]!.position))) {
      overlapping.add(key);
    }
  }
  if (overlapping.size === 0) return { map, cells: 0 };
  return { map: arrangeWhere(map, (key) => overlapping.has(key)), cells: overlapping.size };
}
