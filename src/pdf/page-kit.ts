/**
 * What the page planners share: a planned page and its paper, the context they draw from,
 * the size factor of a page and the transform that fits a layout into a box.
 */
import type { JourneyMap } from '../core/model.ts';
import { PAGE_SIZES } from '../core/paper.ts';
import type { MapDrawing } from './draw-map.ts';
import type { TitleBlockInput } from './draw-title-block.ts';
import type { LegendContent } from '../core/legend-content.ts';
import type { Margins, ResolvedOptions } from './options.ts';
import type { Box, Painter } from './painter.ts';

/** A sheet of paper, points: the poster's, or the appendix's when the poster is large. */
export interface Paper {
  width: number;
  height: number;
  margins: Margins;
}

/** One planned page: `label` names it in the footer ("B2", "Appendix"). */
export interface PlannedPage {
  label: string | null;
  /** Keeps the footer clear of crop marks at the corners. */
  footerInset?: number;
  /** Default: the poster's paper (the options' page size and orientation). */
  paper?: Paper;
  draw(): void;
}

export interface PageContext {
  p: Painter;
  options: ResolvedOptions;
  map: JourneyMap;
  drawing: MapDrawing;
  titleBlock: TitleBlockInput;
  /** What the legend lists (its departments, assumed evidence, blueprint lines). */
  legend: LegendContent;
  /** The touchpoints kept, for the appendix. */
  kept: JourneyMap;
}

/** The poster's paper: the options' page, oriented, with their margins. */
export function posterPaper(options: ResolvedOptions): Paper {
  return { width: options.pageWidth, height: options.pageHeight, margins: options.margins };
}

/** The printable area of a sheet: inside its margins. */
export function paperContent(paper: Paper): Box {
  const { margins: m } = paper;
  return {
    x: m.left,
    y: m.top,
    width: paper.width - m.left - m.right,
    height: paper.height - m.top - m.bottom,
  };
}

const A3_AREA = PAGE_SIZES.A3.width * PAGE_SIZES.A3.height;

/** Larger than A3: A2, A1, A0 and larger custom sizes. */
const largePoster = (paper: Paper): boolean => paper.width * paper.height > A3_AREA * 1.01;

/**
 * The appendix's paper. Its tables are read at arm's length, not from across a room: up to
 * A3 (and the Letter sizes) they are set on the poster's own paper; a larger poster (A2, A1,
 * A0) gets A3 landscape sheets for them, in two columns as wide as an A4 page's (see
 * `appendixColumns`), so a wall-sized map brings neither wall-sized pages of 24 pt tables
 * nor seventy A4 pages. Margins stay the poster's, at most a tenth of an A4 page's width.
 */
export function appendixPaper(options: ResolvedOptions): Paper {
  const poster = posterPaper(options);
  if (!largePoster(poster)) return poster;
  const { width, height } = PAGE_SIZES.A3;
  const m = options.margins;
  const most = PAGE_SIZES.A4.width / 10;
  return {
    width: Math.max(width, height),
    height: Math.min(width, height),
    margins: {
      top: Math.min(m.top, most),
      right: Math.min(m.right, most),
      bottom: Math.min(m.bottom, most),
      left: Math.min(m.left, most),
    },
  };
}

/** Columns of the appendix: two on the A3 sheets of a large poster, else one. */
export function appendixColumns(options: ResolvedOptions): number {
  return largePoster(posterPaper(options)) ? 2 : 1;
}

/** The page's size factor: 1 for the printable area of A4, about 2 for A0. */
export function pageFactor(content: { width: number; height: number }): number {
  const f = ((content.width * content.height) / (539 * 786)) ** 0.25;
  return Math.min(3, Math.max(0.8, f));
}

/** The scale and placement that fit a layout into a box, centred horizontally, at its top. */
export function fitTransform(layout: { width: number; height: number }, box: Box) {
  const scale = Math.min(box.width / layout.width, box.height / layout.height);
  return {
    scale,
    dx: box.x + (box.width - layout.width * scale) / 2,
    dy: box.y,
  };
}
