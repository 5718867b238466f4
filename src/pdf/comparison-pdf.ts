/**
 * The journey comparison of two maps as PDF pages (A4 landscape): a summary page per stage
 * and pages listing each touchpoint's changes, drawn with the appendix's table code, the
 * fonts embedded, the text searchable. Runs in the renderer and in Node like exportPdf; the
 * same maps, names, date and fonts give the same bytes.
 */
import { jsPDF } from 'jspdf';
import { compareJourneys } from '../core/journey-compare.ts';
import type { JourneyMap } from '../core/model.ts';
import { PAGE_SIZES } from '../core/paper.ts';
import { serialize } from '../core/serialize.ts';
import { comparisonFlow } from './comparison-tables.ts';
import { CREATOR, type ExportResult } from './export.ts';
import { useFastFlate } from './flate-filter.ts';
import { FontSet, registerFonts, singleLine, type FontBytes } from './fonts.ts';
import { fileIdOf, pdfDate, setDocumentInfo } from './metadata.ts';
import { Painter } from './painter.ts';
import { drawFlowPage, paginateFlow, type TableText } from './table.ts';
import { FAINT } from './theme.ts';

export interface ComparisonPdfOptions {
  /** What the older map is called: a file name, "the map as last saved". */
  beforeName: string;
  /** What the newer map is called; default its title. */
  afterName?: string;
  /** ISO-8601 date-time of the document; default now. */
  date?: string;
}

const MARGIN = 36;

export function exportComparisonPdf(
  before: JourneyMap,
  after: JourneyMap,
  options: ComparisonPdfOptions,
  fonts: FontBytes,
): ExportResult {
  const { width, height } = { width: PAGE_SIZES.A4.height, height: PAGE_SIZES.A4.width };
  const fontSet = new FontSet(fonts);
  useFastFlate();
  const doc = new jsPDF({
    unit: 'pt',
    format: [width, height],
    orientation: 'l',
    compress: true,
    putOnlyUsedFonts: true,
    floatPrecision: 3,
  });
  const p = new Painter(doc, fontSet, registerFonts(doc, fontSet, fonts));
  const text: TableText = {
    wrap: (t, w, size, bold, maxLines) => p.wrap(t, w, size, bold, maxLines).lines,
    widestWord: (t, size, bold) => p.fonts.widestWord(t, bold) * size,
  };
  const afterName = options.afterName ?? after.title;
  const title = `Journey comparison: ${singleLine(after.title)}`;
  const content = { width: width - 2 * MARGIN, height: height - 2 * MARGIN };
  const flow = comparisonFlow(
    compareJourneys(before, after),
    { title, subject: `From ${singleLine(options.beforeName)} to ${singleLine(afterName)}` },
    content.width,
    text,
    1,
  );
  const pages = paginateFlow(flow, content.height, 14);
  pages.forEach((placed, i) => {
    if (i > 0) doc.addPage([width, height], 'l');
    p.resetState();
    drawFlowPage(p, placed, MARGIN, MARGIN);
    const footer = `${title} \u00b7 page ${i + 1} of ${pages.length}`;
    p.text(p.ellipsize(footer, content.width, 7), MARGIN, height - MARGIN / 2, {
      size: 7,
      color: FAINT,
    });
  });
  const date = options.date ?? new Date().toISOString();
  const finish = setDocumentInfo(
    doc,
    {
      title,
      author: '',
      subject: `Journey comparison: from ${singleLine(options.beforeName)} to ${singleLine(afterName)}`,
      keywords: [
        'journey comparison',
        'current state',
        'future state',
        ...after.stages.map((s) => singleLine(s.name)),
      ].join(', '),
      creator: CREATOR,
    },
    pdfDate(date),
    fileIdOf(
      `${serialize(before)}\u0000${serialize(after)}\u0000${date}\u0000${options.beforeName}`,
    ),
  );
  return {
    bytes: finish(new Uint8Array(doc.output('arraybuffer'))),
    pageCount: doc.getNumberOfPages(),
    missingCharacters: fontSet.missingCharacters(),
    warnings: [...fontSet.warnings],
  };
}
