/** Registers the `exportPptx` command (File › Export › PowerPoint…, the command palette). */
import { useEffect } from 'react';
import { registerCommands } from '../editor/commands.ts';
import type { EditContext } from '../editor/edit-actions.ts';
import { useStores } from '../store/context.tsx';
import { exportPowerPoint } from './pptx-export.ts';

export function usePptxExport(ctx: EditContext): void {
  const { platform } = useStores();
  useEffect(
    () =>
      registerCommands({
        exportPptx: async () => {
          ctx.ui.getState().say('Making the PowerPoint file…');
          const report = await exportPowerPoint(ctx.document.getState().map, platform);
          if (report !== null) ctx.ui.getState().say(report.text, report.tone);
        },
      }),
    [ctx, platform],
  );
}
