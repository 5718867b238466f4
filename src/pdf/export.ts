/**
 * exportPdf: a journey map to a vector PDF that looks like the screen.
 *
 * Runs unchanged in a browser worker and in Node: no DOM, no file system; the fonts come in
 * as bytes (see src/node/pdf-fonts.ts for Node). The same map, options (date included) and
 * fonts give a byte-identical file.
 */
import { jsPDF } from 'jspdf';
import type { JourneyMap } from '../core/model.ts';
import { computeLayout } from '../core/layout.ts';
import { serialize } from '../core/serialize.ts';
import { EVIDENCE_BUCKETS } from '../core/evidence-shares.ts';
import { EVIDENCE_TERMS, KIND_LIST, kindWord } from '../core/vocabulary.ts';
import { attachMap } from './embed.ts';
import { applyFilter, keptCurve } from './filter.ts';
import { useFastFlate } from './flate-filter.ts';
import { FontSet, registerFonts, singleLine, type FontBytes } from './fonts.ts';
import { legendContent } from '../core/legend-content.ts';
import { fileIdOf, pdfDate, setDocumentInfo, type DocumentInfo } from './metadata.ts';
import { resolveOptions, type ExportOptions, type ResolvedOptions } from './options.ts';
import { posterPaper, type PageContext } from './page-kit.ts';
import { ExportError, drawFooter, planPages } from './pages.ts';
import { Painter } from './painter.ts';
import { cardText } from './theme.ts';

export interface ExportResult {
  bytes: Uint8Array;
  pageCount: number;
  /** Characters that no font had, drawn as boxes; each once, in code-point order. */
  missingCharacters: string[];
  /** Problems that did not stop the export (an unusable fallback font). */
  warnings: string[];
}

export const CREATOR = 'Touchmap';

function filterNote(map: JourneyMap, options: ResolvedOptions, filtered: boolean): string | null {
  if (!filtered) return null;
  const parts: string[] = [];
  if (options.kinds !== null && options.kinds.length < KIND_LIST.length)
    parts.push(
      options.kinds.length === 0
        ? 'no touchpoints'
        : `${options.kinds.map((k) => kindWord(k).toLowerCase()).join(' and ')} touchpoints`,
    );
  if (options.evidence !== null && options.evidence.length < EVIDENCE_BUCKETS.length) {
    const marks = options.evidence.map((e) =>
      e === 'unmarked' ? 'with no evidence mark' : `marked ${EVIDENCE_TERMS[e].word.toLowerCase()}`,
    );
    if (parts.length === 0) parts.push('touchpoints');
    parts.push(marks.length === 0 ? 'of no evidence level' : marks.join(' or '));
  }
  if (options.departments !== null) {
    const names = map.departments
      .filter((d) => options.departments!.includes(d.id))
      .map((d) => singleLine(d.name));
    parts.push(names.length > 0 ? `owned by ${names.join(', ')}` : 'of no department');
  }
  const how =
    options.filterMode === 'dim' ? 'the others are greyed out' : 'the others are left out';
  return `Showing only ${parts.join(' ')}; ${how}.`;
}

function documentInfo(map: JourneyMap, options: ResolvedOptions): DocumentInfo {
  const description = map.description ? singleLine(map.description) : '';
  const keywords = [
    'customer journey map',
    'touchpoints',
    ...(map.persona ? [singleLine(map.persona.name)] : []),
    ...map.stages.map((s) => singleLine(s.name)),
  ];
  return {
    title: singleLine(map.title),
    author: singleLine(options.author),
    subject:
      options.subject ??
      (description === '' ? 'Customer journey map' : `Customer journey map: ${description}`).slice(
        0,
        500,
      ),
    keywords: options.keywords ?? keywords.join(', '),
    creator: CREATOR,
  };
}

/** The export, synchronously. Throws ExportError for invalid options or a poster too large. */
export function exportPdfSync(
  map: JourneyMap,
  options: ExportOptions,
  fonts: FontBytes,
): ExportResult {
  const resolved = resolveOptions(options, map);
  if (!resolved.ok)
    throw new ExportError(`Invalid export options: ${resolved.errors.join('; ')}`, resolved.errors);
  const o = resolved.options;
  const filter = applyFilter(map, o);
  const layout = computeLayout(filter.drawn, { emotionRow: o.emotionRow });
  const curve = filter.dimming ? keptCurve(layout.curve, filter.keptIds) : layout.curve;
  const fontSet = new FontSet(fonts);

  useFastFlate();
  const doc = new jsPDF({
    unit: 'pt',
    format: [o.pageWidth, o.pageHeight],
    orientation: o.orientation === 'landscape' ? 'l' : 'p',
    compress: true,
    putOnlyUsedFonts: true,
    // A thousandth of a point is finer than any printer; jsPDF's default of 16 decimals made
    // the content stream four times longer and its compression the slowest step.
    floatPrecision: 3,
  });
  const useFont = registerFonts(doc, fontSet, fonts);
  const p = new Painter(doc, fontSet, useFont);
  doc.setLineCap('round');

  const ctx: PageContext = {
    p,
    options: o,
    map,
    drawing: {
      map: filter.drawn,
      layout,
      curve,
      keptIds: filter.keptIds,
      dimming: filter.dimming,
      cardText: cardText(o.textSize),
    },
    titleBlock: {
      map,
      kept: filter.kept,
      author: o.author,
      date: o.dateKnown ? o.date : null,
      filterNote: filterNote(map, o, filter.filtered),
    },
    legend: legendContent(filter.drawn, layout),
    kept: filter.kept,
  };
  const pages = planPages(ctx);
  const total = pages.length;
  o.onProgress?.(0, total);
  const poster = posterPaper(o);
  pages.forEach((page, i) => {
    // The appendix of a large poster is on paper of its own (see appendixPaper).
    const paper = page.paper ?? poster;
    if (i > 0) doc.addPage([paper.width, paper.height], paper.width > paper.height ? 'l' : 'p');
    p.resetState();
    page.draw();
    drawFooter(ctx, page, i, total);
    o.onProgress?.(i + 1, total);
  });

  const created = pdfDate(o.date);
  const fileText = serialize(map);
  const finish = setDocumentInfo(
    doc,
    documentInfo(map, o),
    created,
    fileIdOf(
      `${fileText}\u0000${JSON.stringify({ ...o, onProgress: null })}\u0000${fonts.fallback?.length ?? 0}`,
    ),
  );
  if (o.embedMap) attachMap(doc, fileText, created);
  const bytes = finish(new Uint8Array(doc.output('arraybuffer')));
  return {
    bytes,
    pageCount: doc.getNumberOfPages(),
    missingCharacters: fontSet.missingCharacters(),
    warnings: [...fontSet.warnings],
  };
}

/** The export; resolves with the PDF's bytes and what the fonts could not draw. */
export async function exportPdf(
  map: JourneyMap,
  options: ExportOptions,
  fonts: FontBytes,
): Promise<ExportResult> {
  return exportPdfSync(map, options, fonts);
}
