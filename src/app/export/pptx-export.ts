/**
 * Export PowerPoint in the app: the deck of the open map (src/slides, loaded on first use so
 * pptxgenjs stays out of the main bundle), saved through the platform's export like the PDF.
 * No dialog: a deck has no options; its name comes from the map's title, as the PDF's does.
 */
import type { JourneyMap } from '../../core/model.ts';
import { PPTX_MIME } from '../../slides/slide-shapes.ts';
import { exportReport, type ExportReport } from './export-report.ts';
import type { Platform } from '../platform/platform.ts';
import { suggestedPdfName } from './run-export.ts';

/** "hotel-stay.pptx": the PDF's safe name with the deck's extension. */
export const suggestedPptxName = (title: string): string =>
  suggestedPdfName(title).replace(/\.pdf$/, '.pptx');

/** What to tell the user, and how; null when they cancelled. */
export type PptxExportReport = ExportReport;

export async function exportPowerPoint(
  map: JourneyMap,
  platform: Pick<Platform, 'exportFile'>,
): Promise<PptxExportReport> {
  let bytes: Uint8Array;
  try {
    const { writePptx } = await import('../../slides/pptx.ts');
    bytes = await writePptx(map);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { text: `The PowerPoint file could not be made: ${why}`, tone: 'error' };
  }
  const name = suggestedPptxName(map.title);
  const outcome = await platform.exportFile(bytes, name, PPTX_MIME);
  return exportReport(outcome, name);
}
