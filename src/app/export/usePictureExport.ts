/**
 * Registers the Export SVG and Export PNG commands while an editor is open (mounted by
 * ExportHost, beside Export PDF). A failure is the command runner's to report (commands.ts).
 */
import { useEffect } from 'react';
import { registerCommands } from '../editor/commands.ts';
import { usePreferencesStore } from '../preferences/context.tsx';
import { useStores } from '../store/context.tsx';
import { loadExportFonts } from './fonts.ts';
import { makePicture, type PictureFormat } from './picture-export.ts';

export function usePictureExport(): void {
  const { document, platform } = useStores();
  const preferences = usePreferencesStore();
  useEffect(() => {
    const run = async (format: PictureFormat): Promise<void> => {
      const fonts = await loadExportFonts(preferences?.fallbackFont ?? null);
      const textSize = preferences?.get().textSize ?? 'm';
      const picture = await makePicture(document.getState().map, format, fonts, textSize);
      const outcome = await platform.exportFile(picture.bytes, picture.name, picture.mime);
      if (outcome.status === 'failed') throw new Error(outcome.message);
    };
    return registerCommands({ exportSvg: () => run('svg'), exportPng: () => run('png') });
  }, [document, platform, preferences]);
}
