/**
 * What goes on each page, planned before anything is drawn (so the page count is known for
 * the progress report and the footers): the fit page (title block, map, legend), or for a
 * poster a cover page and the map tiles (tile-pages.ts); then the appendix pages, on paper of
 * their own when the poster is large (page-kit.ts). Each planned page is a function that
 * draws it.
 */
import { appendixFlow } from './appendix.ts';
import { commentsFlow } from './comments-appendix.ts';
import { prepareLegend } from './draw-legend.ts';
import { drawMap } from './draw-map.ts';
import { prepareTitleBlock } from './draw-title-block.ts';
import { singleLine } from './fonts.ts';
import { MAX_TILES, contentBox } from './options.ts';
import {
  appendixColumns,
  appendixPaper,
  fitTransform,
  pageFactor,
  paperContent,
  posterPaper,
  type PageContext,
  type PlannedPage,
} from './page-kit.ts';
import type { Block, Box } from './painter.ts';
import { drawFlowPage, paginateFlow, type TableText } from './table.ts';
import { tilePages } from './tile-pages.ts';
import { countTiles, planTiles, type TileGrid } from './tiling.ts';
import { FAINT, RULE } from './theme.ts';

export class ExportError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

interface FitPlan {
  scale: number;
  draw(): void;
  /** The legend did not fit beside the map: it gets a page of its own. */
  legendPage: Block | null;
}

type Place = 'main' | 'side';

/**
 * One arrangement of the fit page: the title block above the map or in a column on its right,
 * the legend below the map or in that column. Null when the column overflows the page.
 */
function fitPlan(
  ctx: PageContext,
  titleAt: Place,
  legendAt: Place,
  sideWidth: number,
): FitPlan | null {
  const { p, options } = ctx;
  const content = contentBox(options);
  const u = pageFactor(content);
  const gap = 12 * u;
  const side =
    (options.titleBlock && titleAt === 'side') || (options.legend && legendAt === 'side');
  const title = options.titleBlock
    ? prepareTitleBlock(p, ctx.titleBlock, titleAt === 'side' ? sideWidth : content.width, u)
    : null;
  const mainWidth = content.width - (side ? sideWidth + gap : 0);
  const legend = options.legend
    ? prepareLegend(p, ctx.legend, legendAt === 'side' ? sideWidth : mainWidth, u)
    : null;
  const top = content.y + (title && titleAt === 'main' ? title.height + gap : 0);
  const bottom = content.y + content.height;
  if (side) {
    const column =
      (title && titleAt === 'side' ? title.height : 0) +
      (legend && legendAt === 'side' ? legend.height + gap : 0);
    if (column > bottom - top) return null;
  }
  const legendBelow = legend !== null && legendAt === 'main';
  const legendFits = !legendBelow || bottom - top - legend.height - gap >= content.height * 0.4;
  const area: Box = {
    x: content.x,
    y: top,
    width: mainWidth,
    height: bottom - top - (legendBelow && legendFits ? legend.height + gap : 0),
  };
  const t = fitTransform(ctx.drawing.layout, area);
  const sx = content.x + content.width - sideWidth;
  return {
    scale: t.scale,
    legendPage: legendFits ? null : legend,
    draw() {
      if (title) title.draw(titleAt === 'side' ? sx : content.x, content.y);
      p.with(t, null, () => drawMap(p, ctx.drawing));
      if (legend && legendFits)
        legend.draw(legendAt === 'side' ? sx : content.x, bottom - legend.height);
      if (side) {
        p.stroke(RULE)
          .lineWidth(0.8 * u)
          .dash([]);
        p.line(sx - gap / 2, top, sx - gap / 2, bottom);
      }
    },
  };
}

/**
 * The fit page: of the arrangements that fit, the one that draws the map largest (the plain
 * one, title above and legend below, unless another is clearly larger).
 */
function fitPages(ctx: PageContext): PlannedPage[] {
  const content = contentBox(ctx.options);
  const u = pageFactor(content);
  let plan = fitPlan(ctx, 'main', 'main', 0)!;
  const sideWidth = Math.min(Math.max(content.width * 0.22, 230 * u), 320 * u);
  if (sideWidth < content.width * 0.45) {
    for (const [titleAt, legendAt] of [
      ['main', 'side'],
      ['side', 'side'],
    ] as const) {
      const other = fitPlan(ctx, titleAt, legendAt, sideWidth);
      if (other !== null && other.scale > plan.scale * 1.1) plan = other;
    }
  }
  const pages: PlannedPage[] = [{ label: null, draw: () => plan.draw() }];
  const legendPage = plan.legendPage;
  if (legendPage !== null)
    pages.push({ label: 'Legend', draw: () => legendPage.draw(content.x, content.y) });
  return pages;
}

function tileGrid(ctx: PageContext): TileGrid {
  const { options } = ctx;
  const content = contentBox(options);
  const input = {
    mapWidth: ctx.drawing.layout.width,
    mapHeight: ctx.drawing.layout.height,
    scale: options.scale,
    contentWidth: content.width,
    contentHeight: content.height,
    overlap: options.overlap,
  };
  const { rows, cols } = countTiles(input);
  if (rows * cols > MAX_TILES)
    throw new ExportError(
      `At scale ${options.scale} the map needs ${rows} x ${cols} = ${rows * cols} ${options.pageSize} pages (at most ${MAX_TILES}): choose a smaller scale or a larger page.`,
    );
  return planTiles(input);
}

/** Between the appendix's columns, points. */
const COLUMN_GAP = 28;

function appendixPages(ctx: PageContext): PlannedPage[] {
  const { p, options } = ctx;
  if (options.appendix.length === 0 && !options.comments) return [];
  const paper = appendixPaper(options);
  const content = paperContent(paper);
  const columns = appendixColumns(options);
  const column = {
    width: (content.width - COLUMN_GAP * (columns - 1)) / columns,
    height: content.height,
  };
  // Never smaller than on A4 (8 pt cells), whatever the margins leave.
  const u = Math.max(1, pageFactor(column));
  const text: TableText = {
    wrap: (t, width, size, bold, maxLines) => p.wrap(t, width, size, bold, maxLines).lines,
    widestWord: (t, size, bold) => p.fonts.widestWord(t, bold) * size,
  };
  const flow = appendixFlow(ctx.kept, options.appendix, column.width, text, u);
  if (options.comments) {
    const letter = String.fromCharCode(65 + options.appendix.length);
    flow.push(...commentsFlow(ctx.kept, letter, flow.length === 0, column.width, text, u));
  }
  // The flow runs down each column, then on to the next column and sheet.
  const filled = paginateFlow(flow, column.height, 14 * u);
  const sheets: PlannedPage[] = [];
  for (let first = 0; first < filled.length; first += columns) {
    const placed = filled.slice(first, first + columns);
    sheets.push({
      label: 'Appendix',
      paper,
      draw: () =>
        placed.forEach((items, i) =>
          drawFlowPage(p, items, content.x + i * (column.width + COLUMN_GAP), content.y),
        ),
    });
  }
  return sheets;
}

export function planPages(ctx: PageContext): PlannedPage[] {
  const { p, options } = ctx;
  const content = contentBox(options);
  const u = pageFactor(content);
  const mapPages =
    options.layout === 'tile'
      ? tilePages(
          ctx,
          tileGrid(ctx),
          options.titleBlock ? prepareTitleBlock(p, ctx.titleBlock, content.width, u) : null,
          options.legend ? prepareLegend(p, ctx.legend, content.width, u) : null,
        )
      : fitPages(ctx);
  return [...mapPages, ...appendixPages(ctx)];
}

/** The footer in the bottom margin: the map's title, the page's label and number. */
export function drawFooter(
  ctx: PageContext,
  page: PlannedPage,
  index: number,
  total: number,
): void {
  const { p, options } = ctx;
  const paper = page.paper ?? posterPaper(options);
  const m = paper.margins;
  if (m.bottom < 12) return;
  const box = paperContent(paper);
  const inset = page.footerInset ?? 0;
  const c = { ...box, x: box.x + inset, width: box.width - 2 * inset };
  const size = Math.min(7 * pageFactor(box), m.bottom * 0.4);
  const baseline = paper.height - m.bottom / 2 + size * 0.35;
  const right = `${page.label ? `${page.label} \u00b7 ` : ''}page ${index + 1} of ${total}`;
  const rightW = p.measure(right, size);
  p.text(right, c.x + c.width, baseline, { size, color: FAINT, align: 'right' });
  const left = p.ellipsize(
    `${singleLine(ctx.map.title)} \u00b7 Touchmap`,
    c.width - rightW - 20,
    size,
  );
  p.text(left, c.x, baseline, { size, color: FAINT });
}
