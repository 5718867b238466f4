/**
 * Where imported cards go: each cell's cards through its slots (slots.ts) in row order,
 * in as many slot columns as makes the fullest cell of the stage about square (at most
 * four), so a cell of twelve cards is not one tall column.
 */
import type { JourneyMap, Touchpoint } from './model.ts';
import { slotPosition } from './slots.ts';

const MAX_COLUMNS = 4;

export function arrangeImported(map: JourneyMap): JourneyMap {
  const perCell = new Map<string, number>();
  const fullest = new Map<string, number>();
  const cellOf = (tp: Touchpoint) => `${tp.stageId}\n${tp.departmentId}`;
  for (const tp of map.touchpoints) {
    const n = (perCell.get(cellOf(tp)) ?? 0) + 1;
    perCell.set(cellOf(tp), n);
    fullest.set(tp.stageId, Math.max(n, fullest.get(tp.stageId) ?? 0));
  }
  const placed = new Map<string, number>();
  const touchpoints = map.touchpoints.map((tp) => {
    const index = placed.get(cellOf(tp)) ?? 0;
    placed.set(cellOf(tp), index + 1);
    const columns = Math.min(MAX_COLUMNS, Math.ceil(Math.sqrt(fullest.get(tp.stageId) ?? 1)));
    return { ...tp, position: slotPosition(index, columns) };
  });
  return { ...map, touchpoints };
}
