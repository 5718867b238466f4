/**
 * What goes on each page, planned before anything is drawn (so the page count is known for
 * the progress report and the footers): the fit page (title block, map, legend), or for a
 * poster a cover page (title block, assembly guide, legend) and the map tiles; then the
 * appendix pages. Each planned page is a function that draws it.
 */
import type { JourneyMap } from '../core/model.ts';
import { appendixFlow } from './appendix.ts';
import { prepareLegend } from './draw-legend.ts';
import { drawMap, drawMapOutline, type MapDrawing } from './draw-map.ts';
import { prepareTitleBlock, type TitleBlockInput } from './draw-title-block.ts';
import { singleLine } from './fonts.ts';
import { MAX_TILES, contentBox, type ResolvedOptions } from './options.ts';
import type { Block, Box, Painter } from './painter.ts';
import { drawFlowPage, paginateFlow, type TableText } from './table.ts';
import { countTiles, planTiles, rowLetters, type Tile, type TileGrid } from './tiling.ts';
import { FAINT, INK, MUTED, RULE, WHITE, formatNumber } from './theme.ts';

export class ExportError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** One planned page: `label` names it in the footer ("B2", "Appendix"). */
export interface PlannedPage {
  label: string | null;
  /** Keeps the footer clear of crop marks at the corners. */
  footerInset?: number;
  draw(): void;
}

export interface PageContext {
  p: Painter;
  options: ResolvedOptions;
  map: JourneyMap;
  drawing: MapDrawing;
  titleBlock: TitleBlockInput;
  /** Departments for the legend. */
  legendDepartments: JourneyMap['departments'];
  /** The touchpoints kept, for the appendix. */
  kept: JourneyMap;
}

/** The page's size factor: 1 for the printable area of A4, about 4 for A0. */
function pageFactor(content: { width: number; height: number }): number {
  const f = ((content.width * content.height) / (539 * 786)) ** 0.25;
  return Math.min(3, Math.max(0.8, f));
}

/** The scale and placement that fit a layout into a box, centred horizontally, at its top. */
function fitTransform(layout: { width: number; height: number }, box: Box) {
  const scale = Math.min(box.width / layout.width, box.height / layout.height);
  return {
    scale,
    dx: box.x + (box.width - layout.width * scale) / 2,
    dy: box.y,
  };
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
    ? prepareLegend(p, ctx.legendDepartments, legendAt === 'side' ? sideWidth : mainWidth, u)
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

function drawAssemblyGuide(ctx: PageContext, grid: TileGrid, area: Box, u: number): void {
  const { p, options } = ctx;
  const layout = ctx.drawing.layout;
  const mm = (pt: number): string => formatNumber((pt / 72) * 25.4, 0);
  const lastRow = rowLetters(grid.rows - 1);
  const intro = [
    `This poster is ${grid.rows * grid.cols} ${options.pageSize} ${options.orientation} pages: ${grid.rows} row${grid.rows === 1 ? '' : 's'} (A${grid.rows > 1 ? `\u2013${lastRow}` : ''}) by ${grid.cols} column${grid.cols === 1 ? '' : 's'} (1${grid.cols > 1 ? `\u2013${grid.cols}` : ''}), at scale ${formatNumber(options.scale, 2)} (a card is ${mm(200 * options.scale)} mm wide).`,
    options.overlap > 0
      ? `Neighbouring pages overlap by ${mm(options.overlap)} mm. Trim each page along the crop marks of its left and top edges and lay it over its neighbour, that edge on the dashed line that carries its label.`
      : 'The pages do not overlap: trim them along their crop marks and butt them edge to edge.',
  ];
  const size = 8.5 * u;
  let y = area.y + 12 * u;
  p.text('How to assemble the poster', area.x, y, { size: 11 * u, bold: true, color: INK });
  y += 6 * u;
  for (const paragraph of intro) {
    const lines = p.wrap(paragraph, area.width, size).lines;
    lines.forEach((line) => {
      y += size * 1.3;
      p.text(line, area.x, y, { size, color: INK });
    });
    y += size * 0.4;
  }
  y += 10 * u;
  const guide: Box = { x: area.x, y, width: area.width, height: area.y + area.height - y };
  if (guide.height < 40) return;
  const totalW = (grid.cols - 1) * grid.stepX + grid.tiles[0]!.width;
  const totalH = (grid.rows - 1) * grid.stepY + grid.tiles[0]!.height;
  const extent = { width: Math.max(totalW, layout.width), height: Math.max(totalH, layout.height) };
  const t = fitTransform(extent, guide);
  p.with(t, null, () => {
    drawMapOutline(p, ctx.drawing.map, layout);
    const hair = 1 / t.scale;
    for (const tile of grid.tiles) {
      p.stroke(INK)
        .lineWidth(hair * 1.2)
        .dash([4 * hair, 3 * hair]);
      p.rect(tile.x, tile.y, tile.width, tile.height, 'S');
      const labelSize = Math.min(tile.width, tile.height) * 0.18;
      p.fill(WHITE).stroke(INK).lineWidth(hair);
      const w = p.measure(tile.label, labelSize, true) + labelSize * 0.6;
      p.roundedRect(
        tile.x + tile.width / 2 - w / 2,
        tile.y + tile.height / 2 - labelSize * 0.8,
        w,
        labelSize * 1.5,
        labelSize * 0.3,
        'FD',
      );
      p.text(tile.label, tile.x + tile.width / 2, tile.y + tile.height / 2 + labelSize * 0.33, {
        size: labelSize,
        bold: true,
        color: INK,
        align: 'center',
      });
    }
  });
}

/** Crop marks, the dashed lines where the next pages' edges go, and the page's label. */
function drawTileMarks(ctx: PageContext, grid: TileGrid, tile: Tile): void {
  const { p, options } = ctx;
  const c = contentBox(options);
  const m = options.margins;
  const ov = options.overlap;
  const right = c.x + c.width;
  const bottom = c.y + c.height;
  // Crop marks at the corners, in the margins.
  p.stroke(INK).lineWidth(0.4).dash([]);
  const mark = (len: number): number => Math.max(0, Math.min(9, len * 0.35));
  for (const x of [c.x, right]) {
    const up = mark(m.top);
    const down = mark(m.bottom);
    if (up > 0) p.line(x, c.y - 3, x, c.y - 3 - up);
    if (down > 0) p.line(x, bottom + 3, x, bottom + 3 + down);
  }
  for (const y of [c.y, bottom]) {
    const l = mark(m.left);
    const r = mark(m.right);
    if (l > 0) p.line(c.x - 3, y, c.x - 3 - l, y);
    if (r > 0) p.line(right + 3, y, right + 3 + r, y);
  }
  // Where the neighbours' edges go.
  const small = Math.max(5, Math.min(7, Math.min(m.top, m.left) * 0.45));
  p.stroke(MUTED).lineWidth(0.5).dash([3, 2]);
  if (tile.right !== null && ov > 0) {
    const x = right - ov;
    p.line(x, c.y, x, bottom);
    if (m.top >= 8) p.text(tile.right, x + 2, c.y - 3, { size: small, bold: true, color: MUTED });
  }
  if (tile.below !== null && ov > 0) {
    const y = bottom - ov;
    p.stroke(MUTED).lineWidth(0.5).dash([3, 2]);
    p.line(c.x, y, right, y);
    if (m.left >= 12)
      p.text(tile.below, c.x - 3, y - 2, { size: small, bold: true, color: MUTED, align: 'right' });
  }
  p.dash([]);
  // The page's label and its place in the grid.
  const labelSize = Math.max(8, Math.min(16, m.top * 0.6));
  const where = `row ${rowLetters(tile.row)} of ${grid.rows}, column ${tile.col + 1} of ${grid.cols} \u00b7 ${singleLine(ctx.map.title)}`;
  if (m.top >= 14) {
    const baseline = c.y - Math.max(4, (m.top - labelSize) / 2);
    const w = p.text(tile.label, c.x + 8, baseline, { size: labelSize, bold: true, color: INK });
    const info = p.ellipsize(where, c.width * 0.6, labelSize * 0.5);
    p.text(info, c.x + 8 + w + labelSize * 0.5, baseline, { size: labelSize * 0.5, color: MUTED });
  } else {
    const size = 10;
    const w = p.measure(tile.label, size, true) + 8;
    p.fill(WHITE).stroke(RULE).lineWidth(0.5);
    p.rect(c.x + 2, c.y + 2, w, size + 6, 'FD');
    p.text(tile.label, c.x + 6, c.y + size + 4, { size, bold: true, color: INK });
  }
}

function tilePages(ctx: PageContext, title: Block | null, legend: Block | null): PlannedPage[] {
  const { p, options } = ctx;
  const grid = tileGrid(ctx);
  const content = contentBox(options);
  const u = pageFactor(content);
  const gap = 12 * u;
  const cover: PlannedPage = {
    label: 'Cover',
    draw() {
      let top = content.y;
      if (title) {
        title.draw(content.x, top);
        top += title.height + gap;
      }
      const bottom = content.y + content.height - (legend ? legend.height + gap : 0);
      drawAssemblyGuide(
        ctx,
        grid,
        { x: content.x, y: top, width: content.width, height: bottom - top },
        u,
      );
      legend?.draw(content.x, content.y + content.height - legend.height);
    },
  };
  const s = options.scale;
  const tiles = grid.tiles.map((tile): PlannedPage => ({
    label: tile.label,
    draw() {
      p.save();
      p.clip(content.x, content.y, content.width, content.height);
      p.with(
        { scale: s, dx: content.x - tile.x * s, dy: content.y - tile.y * s },
        { x: tile.x, y: tile.y, width: tile.width, height: tile.height },
        () => drawMap(p, ctx.drawing),
      );
      p.restore();
      drawTileMarks(ctx, grid, tile);
    },
  }));
  return [cover, ...tiles];
}

function appendixPages(ctx: PageContext): PlannedPage[] {
  const { p, options } = ctx;
  if (options.appendix.length === 0) return [];
  const content = contentBox(options);
  const u = pageFactor(content);
  const text: TableText = {
    wrap: (t, width, size, bold, maxLines) => p.wrap(t, width, size, bold, maxLines).lines,
    width: (t, size, bold) => p.measure(t, size, bold),
  };
  const flow = appendixFlow(ctx.kept, options.appendix, content.width, text, u);
  const pages = paginateFlow(flow, content.height, 14 * u);
  return pages.map((placed) => ({
    label: 'Appendix',
    draw: () => drawFlowPage(p, placed, content.x, content.y),
  }));
}

export function planPages(ctx: PageContext): PlannedPage[] {
  const { p, options } = ctx;
  const content = contentBox(options);
  const u = pageFactor(content);
  const mapPages =
    options.layout === 'tile'
      ? tilePages(
          ctx,
          options.titleBlock ? prepareTitleBlock(p, ctx.titleBlock, content.width, u) : null,
          options.legend ? prepareLegend(p, ctx.legendDepartments, content.width, u) : null,
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
  const m = options.margins;
  if (m.bottom < 12) return;
  const box = contentBox(options);
  const inset = page.footerInset ?? 0;
  const c = { ...box, x: box.x + inset, width: box.width - 2 * inset };
  const size = Math.min(7 * pageFactor(box), m.bottom * 0.4);
  const baseline = options.pageHeight - m.bottom / 2 + size * 0.35;
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
