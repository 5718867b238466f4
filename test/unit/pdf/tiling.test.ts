import { describe, expect, it } from 'vitest';
import {
  countTiles,
  planTiles,
  rowLetters,
  tileLabel,
  tilesAlong,
  tilesWithContent,
  type ContentBox,
} from '../../../src/pdf/tiling.ts';

describe('tile labels', () => {
  it('names rows by letters, past Z as AA, AB...', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(rowLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
  it('puts the row letter before the column number', () => {
    expect(tileLabel(0, 0)).toBe('A1');
    expect(tileLabel(1, 1)).toBe('B2');
    expect(tileLabel(2, 11)).toBe('C12');
  });
});

describe('tilesAlong', () => {
  it('needs one tile when the map fits', () => {
    expect(tilesAlong(100, 100, 80)).toBe(1);
    expect(tilesAlong(50, 100, 80)).toBe(1);
  });
  it('adds a tile per step beyond the first page', () => {
    expect(tilesAlong(100.5, 100, 80)).toBe(2);
    expect(tilesAlong(180, 100, 80)).toBe(2);
    expect(tilesAlong(180.1, 100, 80)).toBe(3);
  });
});

describe('planTiles', () => {
  const input = {
    mapWidth: 2000,
    mapHeight: 1000,
    scale: 0.5,
    contentWidth: 500,
    contentHeight: 400,
    overlap: 20,
  };

  it('covers the whole map with overlapping tiles', () => {
    const grid = planTiles(input);
    // 500 pt / 0.5 = 1000 units a page, 40 units of overlap: a step of 960 across, 760 down.
    expect(grid.stepX).toBe(960);
    expect(grid.stepY).toBe(760);
    expect({ rows: grid.rows, cols: grid.cols }).toEqual({ rows: 2, cols: 3 });
    expect(countTiles(input)).toEqual({ rows: 2, cols: 3 });
    expect(grid.tiles.map((t) => t.label)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3']);
    const last = grid.tiles[grid.tiles.length - 1]!;
    expect(last.x + last.width).toBeGreaterThanOrEqual(input.mapWidth);
    expect(last.y + last.height).toBeGreaterThanOrEqual(input.mapHeight);
    for (const t of grid.tiles) {
      expect(t.width).toBe(1000);
      expect(t.height).toBe(800);
    }
  });

  it('makes neighbours share exactly the overlap', () => {
    const grid = planTiles(input);
    const [a1, a2] = grid.tiles;
    const overlapUnits = input.overlap / input.scale;
    expect(a1!.x + a1!.width - a2!.x).toBeCloseTo(overlapUnits);
    const b1 = grid.tiles[3]!;
    expect(a1!.y + a1!.height - b1.y).toBeCloseTo(overlapUnits);
  });

  it('knows every tile’s neighbours', () => {
    const grid = planTiles(input);
    const b2 = grid.tiles.find((t) => t.label === 'B2')!;
    expect(b2).toMatchObject({ left: 'B1', right: 'B3', above: 'A2', below: null, row: 1, col: 1 });
    const a1 = grid.tiles[0]!;
    expect(a1).toMatchObject({ left: null, above: null, right: 'A2', below: 'B1' });
  });

  it('gives one tile for a map smaller than a page', () => {
    const grid = planTiles({ ...input, mapWidth: 300, mapHeight: 200 });
    expect(grid.tiles).toHaveLength(1);
    expect(grid.tiles[0]).toMatchObject({ label: 'A1', x: 0, y: 0 });
  });

  it('grows with the scale', () => {
    const small = countTiles({ ...input, scale: 0.25 });
    const large = countTiles({ ...input, scale: 2 });
    expect(small.rows * small.cols).toBe(1);
    expect(large.rows * large.cols).toBeGreaterThan(20);
  });

  it('refuses an overlap as large as the page', () => {
    expect(() => planTiles({ ...input, overlap: 400 })).toThrow(/overlap/);
  });
});

describe('tiles worth printing', () => {
  // Tiles of 400 x 300 units sharing 20: columns start at 0, 380, 760; rows at 0, 280, 560.
  const grid = planTiles({
    mapWidth: 1150,
    mapHeight: 850,
    scale: 1,
    contentWidth: 400,
    contentHeight: 300,
    overlap: 20,
  });
  const labels = (content: ContentBox[]) => tilesWithContent(grid, content).map((t) => t.label);

  it('keeps the tiles that show some content, in grid order, and leaves out the others', () => {
    expect(grid.tiles).toHaveLength(9);
    const header = { x: 0, y: 0, width: 1150, height: 50 };
    const card = { x: 800, y: 600, width: 200, height: 96 };
    expect(labels([card, header])).toEqual(['A1', 'A2', 'A3', 'C3']);
  });

  it('leaves out a tile that shows only a sliver its neighbour prints in full', () => {
    // The card's last 10 units run into A2's first 20, which A1 prints too.
    const card = { x: 190, y: 100, width: 200, height: 96 };
    expect(labels([card])).toEqual(['A1']);
    // Past the shared strip, A2 shows something of its own.
    expect(labels([{ ...card, x: 210 }])).toEqual(['A1', 'A2']);
  });

  it('never loses content: what lies only in shared strips comes back on every tile showing it', () => {
    // A 10-unit mark inside the strip A1, A2, B1 and B2 all share.
    const mark = { x: 385, y: 285, width: 10, height: 10 };
    expect(labels([mark])).toEqual(['A1', 'A2', 'B1', 'B2']);
  });

  it('prints nothing of a map without content', () => {
    expect(labels([])).toEqual([]);
  });
});
