/**
 * The pages of a poster: a cover page (title block, assembly guide, legend) and the map's
 * tiles, each with crop marks, the lines where its neighbours go and its label. Tiles that
 * show nothing but empty grid are not printed; the guide shows where they would go.
 */
import { drawMap, drawMapOutline } from './draw-map.ts';
import { singleLine } from './fonts.ts';
import { contentBox } from './options.ts';
import { fitTransform, pageFactor, type PageContext, type PlannedPage } from './page-kit.ts';
import type { Block, Box } from './painter.ts';
import { mapContent } from './tile-content.ts';
import { rowLetters, tilesWithContent, type Tile, type TileGrid } from './tiling.ts';
import { FAINT, INK, MUTED, RULE, WHITE, formatNumber } from './theme.ts';

function drawAssemblyGuide(
  ctx: PageContext,
  grid: TileGrid,
  printed: ReadonlySet<Tile>,
  area: Box,
  u: number,
): void {
  const { p, options } = ctx;
  const layout = ctx.drawing.layout;
  const mm = (pt: number): string => formatNumber((pt / 72) * 25.4, 0);
  const lastRow = rowLetters(grid.rows - 1);
  const intro = [
    `This poster is ${printed.size} ${options.pageSize} ${options.orientation} page${printed.size === 1 ? '' : 's'} on a grid of ${grid.rows} row${grid.rows === 1 ? '' : 's'} (A${grid.rows > 1 ? `\u2013${lastRow}` : ''}) by ${grid.cols} column${grid.cols === 1 ? '' : 's'} (1${grid.cols > 1 ? `\u2013${grid.cols}` : ''}), at scale ${formatNumber(options.scale, 2)} (a card is ${mm(200 * options.scale)} mm wide).`,
    options.overlap > 0
      ? `Neighbouring pages overlap by ${mm(options.overlap)} mm. Trim each page along the crop marks of its left and top edges and lay it over its neighbour, that edge on the dashed line that carries its label.`
      : 'The pages do not overlap: trim them along their crop marks and butt them edge to edge.',
  ];
  const blank = grid.tiles.filter((t) => !printed.has(t)).map((t) => t.label);
  if (blank.length > 0)
    intro.push(
      `${blank.length === 1 ? 'Page' : 'Pages'} ${blank.join(', ')} would show only empty grid and ${blank.length === 1 ? 'is' : 'are'} not printed: leave ${blank.length === 1 ? 'its' : 'their'} place empty.`,
    );
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
      const shown = printed.has(tile);
      const ink = shown ? INK : FAINT;
      p.stroke(ink)
        .lineWidth(hair * 1.2)
        .dash(shown ? [4 * hair, 3 * hair] : [1 * hair, 3 * hair]);
      p.rect(tile.x, tile.y, tile.width, tile.height, 'S');
      const labelSize = Math.min(tile.width, tile.height) * 0.18;
      p.fill(WHITE).stroke(ink).lineWidth(hair).dash([]);
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
        color: ink,
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

/** The cover page and the tiles that show something, of a poster cut along `grid`. */
export function tilePages(
  ctx: PageContext,
  grid: TileGrid,
  title: Block | null,
  legend: Block | null,
): PlannedPage[] {
  const { p, options } = ctx;
  const printed = new Set(tilesWithContent(grid, mapContent(ctx.drawing)));
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
        printed,
        { x: content.x, y: top, width: content.width, height: bottom - top },
        u,
      );
      legend?.draw(content.x, content.y + content.height - legend.height);
    },
  };
  const s = options.scale;
  const tiles = [...printed].map((tile): PlannedPage => ({
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
