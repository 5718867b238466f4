/**
 * "Export comparison as PDF…" in the Compare view: the journey comparison's pages
 * (src/pdf/comparison-pdf.ts, loaded on first use with the bundled fonts) saved through the
 * platform's export, like the map's PDF.
 */
import type { JourneyMap } from '../../../core/model.ts';
import { loadAppFonts } from '../../export/fonts.ts';
import { suggestedPdfName } from '../../export/run-export.ts';
import { exportReport, type ExportReport } from '../../export/export-report.ts';
import type { Platform } from '../../platform/platform.ts';

/** "hotel-stay-future-state-comparison.pdf". */
const comparisonPdfName = (title: string): string =>
  suggestedPdfName(title).replace(/\.pdf$/, '-comparison.pdf');

/** What to tell the user, and how; null when they cancelled. */
export type ComparisonExportReport = ExportReport;

export async function exportComparison(
  before: { name: string; map: JourneyMap },
  after: JourneyMap,
  platform: Pick<Platform, 'exportFile'>,
): Promise<ComparisonExportReport> {
  let bytes: Uint8Array;
  try {
    const [{ exportComparisonPdf }, fonts] = await Promise.all([
      import('../../../pdf/comparison-pdf.ts'),
      loadAppFonts(),
    ]);
    bytes = exportComparisonPdf(before.map, after, { beforeName: before.name }, fonts).bytes;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { text: `The comparison could not be exported: ${why}`, tone: 'error' };
  }
  const name = comparisonPdfName(after.title);
  const outcome = await platform.exportFile(bytes, name, 'application/pdf');
  return exportReport(outcome, name);
}
