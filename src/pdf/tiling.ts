/**
 * The page grid of a tiled (poster) export. Pure arithmetic.
 *
 * The map, `scale` points per canvas unit, is cut into tiles the size of a page's printable
 * area. Neighbouring tiles overlap by `overlap` points: the last `overlap` points of a tile
 * are the first ones of the next, so the pages can be trimmed and glued without a gap.
 * Tiles are named by row letter and column number, as on a map: A1 is the top-left,
 * B2 the second row's second page; rows past Z go on AA, AB...
 */

export interface TileGridInput {
  /** The map, canvas units. */
  mapWidth: number;
  mapHeight: number;
  /** Points per canvas unit. */
  scale: number;
  /** The printable area of a page, points. */
  contentWidth: number;
  contentHeight: number;
  /** Points shared by neighbouring tiles. */
  overlap: number;
}

export interface Tile {
  row: number;
  col: number;
  /** "B2". */
  label: string;
  /** The part of the map this tile shows, canvas units (may run past the map's edge). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Labels of the neighbours, null at the edge of the poster. */
  left: string | null;
  right: string | null;
  above: string | null;
  below: string | null;
}

export interface TileGrid {
  rows: number;
  cols: number;
  /** Row by row, left to right. */
  tiles: Tile[];
  /** Distance between the left edges of neighbouring tiles, canvas units (and tops). */
  stepX: number;
  stepY: number;
}

/** "A", "B", ..., "Z", "AA", "AB", ... for rows 0, 1, ... */
export function rowLetters(row: number): string {
  let n = Math.floor(row);
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

export function tileLabel(row: number, col: number): string {
  return `${rowLetters(row)}${col + 1}`;
}

/** How many tiles of `size` with `step` between their starts cover `length`. */
export function tilesAlong(length: number, size: number, step: number): number {
  if (length <= size + 1e-9) return 1;
  return 1 + Math.ceil((length - size - 1e-9) / step);
}

/** The number of tiles without building them (to refuse a poster of thousands of pages early). */
export function countTiles(input: TileGridInput): { rows: number; cols: number } {
  const { w, h, stepX, stepY } = unitsOf(input);
  return {
    rows: tilesAlong(input.mapHeight, h, stepY),
    cols: tilesAlong(input.mapWidth, w, stepX),
  };
}

function unitsOf(input: TileGridInput): { w: number; h: number; stepX: number; stepY: number } {
  const w = input.contentWidth / input.scale;
  const h = input.contentHeight / input.scale;
  const ov = input.overlap / input.scale;
  if (!(input.scale > 0) || !(ov < w && ov < h))
    throw new RangeError('the overlap must be smaller than the printable area');
  return { w, h, stepX: w - ov, stepY: h - ov };
}

export function planTiles(input: TileGridInput): TileGrid {
  const { w, h, stepX, stepY } = unitsOf(input);
  const { rows, cols } = countTiles(input);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      tiles.push({
        row,
        col,
        label: tileLabel(row, col),
        x: col * stepX,
        y: row * stepY,
        width: w,
        height: h,
        left: col > 0 ? tileLabel(row, col - 1) : null,
        right: col < cols - 1 ? tileLabel(row, col + 1) : null,
        above: row > 0 ? tileLabel(row - 1, col) : null,
        below: row < rows - 1 ? tileLabel(row + 1, col) : null,
      });
    }
  }
  return { rows, cols, tiles, stepX, stepY };
}

/** A box of the map that draws something worth a page, canvas units. */
export interface ContentBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (t: ContentBox, b: ContentBox): boolean =>
  b.x < t.x + t.width && b.x + b.width > t.x && b.y < t.y + t.height && b.y + b.height > t.y;

/** The part of a tile that no neighbour prints: the tile less the strips it shares. */
function ownPart(grid: TileGrid, t: Tile): ContentBox {
  const ovX = t.width - grid.stepX;
  const ovY = t.height - grid.stepY;
  const left = t.left === null ? 0 : ovX;
  const top = t.above === null ? 0 : ovY;
  return {
    x: t.x + left,
    y: t.y + top,
    width: t.width - left - (t.right === null ? 0 : ovX),
    height: t.height - top - (t.below === null ? 0 : ovY),
  };
}

/**
 * The tiles worth printing, in grid order. A tile whose own part (what its neighbours do not
 * also print) overlaps none of `content` would show empty grid, or only a sliver of a card
 * that the next page prints in full: it is left out. Should some content then be on no
 * page at all, the tiles that show it come back.
 */
export function tilesWithContent(grid: TileGrid, content: readonly ContentBox[]): Tile[] {
  const keep = new Set(
    grid.tiles.filter((tile) => content.some((box) => overlaps(ownPart(grid, tile), box))),
  );
  for (const box of content)
    if (![...keep].some((tile) => overlaps(tile, box)))
      for (const tile of grid.tiles) if (overlaps(tile, box)) keep.add(tile);
  return grid.tiles.filter((tile) => keep.has(tile));
}
