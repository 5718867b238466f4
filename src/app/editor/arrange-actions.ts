/**
 * The Arrange commands: the cards of a cell, a stage or the whole map flowed through their
 * cells' slots in reading order (core/ops/arrange.ts), each one undo step. Which cells:
 * those of the selected cards, else the cell cursor's (the first cell when it has none
 * yet), so the command always does something visible and predictable.
 */
import type { CellRef } from '../../core/layout.ts';
import type { JourneyMap } from '../../core/model.ts';
import { arrangeCells, arrangeMap, arrangeStage } from '../../core/ops/index.ts';
import { cursorCell } from './cell-cursor.ts';
import { tryApply, type EditContext } from './edit-actions.ts';

/** The cells of the selected cards, in map order; the cursor's cell when none is selected. */
function targetCells(ctx: EditContext): CellRef[] {
  const { map } = ctx.document.getState();
  const { selection, cursor } = ctx.view.getState();
  const wanted = new Set(selection.touchpoints);
  const cells = new Map<string, CellRef>();
  for (const tp of map.touchpoints) {
    if (!wanted.has(tp.id)) continue;
    cells.set(`${tp.stageId}\n${tp.departmentId}`, {
      stageId: tp.stageId,
      departmentId: tp.departmentId,
    });
  }
  if (cells.size > 0) return [...cells.values()];
  const cell = cursorCell(map, cursor);
  return cell === null ? [] : [cell];
}

/** How many cards an arrange moved. */
function movedCount(before: JourneyMap, after: JourneyMap): number {
  return after.touchpoints.filter((tp, i) => tp !== before.touchpoints[i]).length;
}

function run(ctx: EditContext, what: string, edit: (map: JourneyMap) => JourneyMap): boolean {
  const before = ctx.document.getState().map;
  if (!tryApply(ctx, edit)) return false;
  const moved = movedCount(before, ctx.document.getState().map);
  ctx.ui
    .getState()
    .say(
      moved === 0
        ? `${what.charAt(0).toUpperCase()}${what.slice(1)} was already tidy.`
        : `Arranged ${what}: ${moved} card${moved === 1 ? '' : 's'} moved. Undo puts them back.`,
    );
  return true;
}

/** Arranges the selected cards' cells, or the cursor's cell. */
export function arrangeSelectedCells(ctx: EditContext): boolean {
  const cells = targetCells(ctx);
  if (cells.length === 0) return false;
  const what = cells.length === 1 ? 'the cell' : `${cells.length} cells`;
  return run(ctx, what, (map) => arrangeCells(map, cells));
}

/** Arranges every lane of the stages of those cells. */
export function arrangeSelectedStages(ctx: EditContext): boolean {
  const stageIds = [...new Set(targetCells(ctx).map((cell) => cell.stageId))];
  if (stageIds.length === 0) return false;
  const what = stageIds.length === 1 ? 'the stage' : `${stageIds.length} stages`;
  return run(ctx, what, (map) => stageIds.reduce(arrangeStage, map));
}

export function arrangeWholeMap(ctx: EditContext): boolean {
  return run(ctx, 'the map', arrangeMap);
}
