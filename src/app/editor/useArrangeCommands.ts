/** Registers the Arrange commands (Ctrl+Shift+A, and Arrange stage / whole map by name). */
import { useEffect } from 'react';
import { registerCommands } from './commands.ts';
import { arrangeSelectedCells, arrangeSelectedStages, arrangeWholeMap } from './arrange-actions.ts';
import type { EditContext } from './edit-actions.ts';

export function useArrangeCommands(ctx: EditContext): void {
  useEffect(
    () =>
      registerCommands({
        arrange: () => void arrangeSelectedCells(ctx),
        arrangeStage: () => void arrangeSelectedStages(ctx),
        arrangeMap: () => void arrangeWholeMap(ctx),
      }),
    [ctx],
  );
}
