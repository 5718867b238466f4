/**
 * `touchmap export FILE -o OUT.svg|OUT.png`, run for real (the compiled bin) into a temporary
 * folder: the files written, their size in pixels, the background, and the options refused.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './bin.ts';
import { touchmap } from './run-cli.ts';
import { tmp, tmpFolderEachTest } from './tmp-folder.ts';

const HOTEL = join(ROOT, 'assets/templates/hotel-stay.touchmap');
const DATE = '2026-11-22T09:00:00Z';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface Png {
  width: number;
  height: number;
  /** The top-left pixel, RGBA. */
  corner: number[];
}

/**
 * Reads a PNG's size and its first pixel. Whatever the first row's filter, its first pixel
 * is stored as is (it has no left or upper neighbour), so no unfiltering is needed.
 */
function readPng(bytes: Buffer): Png {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9]]).toEqual([8, 6]); // 8-bit RGBA
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const pixels = inflateSync(Buffer.concat(data));
  return { width, height, corner: [...pixels.subarray(1, 5)] };
}

/** The width and height an SVG declares (svg-export.test.ts parses the XML itself). */
async function svgSize(path: string): Promise<{ width: number; height: number }> {
  const root = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(await readFile(path, 'utf8'));
  if (root === null) throw new Error(`${path}: no <svg width height>`);
  return { width: Number(root[1]), height: Number(root[2]) };
}

tmpFolderEachTest('touchmap-vector-');

describe('touchmap export -o OUT.svg', () => {
  it('writes the picture and prints its size', async () => {
    const out = join(tmp, 'hotel.svg');
    const run = await touchmap(['export', HOTEL, '-o', out, '--date', DATE]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const { width, height } = await svgSize(out);
    expect(width).toBeGreaterThan(1000);
    const kb = Math.round((await stat(out)).size / 1000);
    expect(run.stdout).toBe(`${out}: ${width} x ${height} pixels, ${kb} KB\n`);
    const svg = await readFile(out, 'utf8');
    expect(svg).toContain('>Hotel stay: from search to loyalty</text>');
    expect(svg).not.toContain('@font-face');
    const embedded = join(tmp, 'embedded.svg');
    expect((await touchmap(['export', HOTEL, '-o', embedded, '--embed-fonts'])).code).toBe(0);
    expect(await readFile(embedded, 'utf8')).toContain("@font-face{font-family:'Noto Sans'");
  });

  it('refuses --scale and the PDF-only options, writing nothing', async () => {
    const out = join(tmp, 'hotel.svg');
    for (const [args, message] of [
      [['--scale', '2'], '--scale is for PNG output'],
      [['--page', 'a4'], `--page is for PDF output; ${out} is a SVG picture of the whole map`],
      [['--no-appendix'], '--no-appendix is for PDF output'],
      [['--department', 'Sales'], '--department is for PDF output'],
    ] as const) {
      const run = await touchmap(['export', HOTEL, '-o', out, ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`touchmap: export: ${message}`);
    }
    await expect(stat(out)).rejects.toThrow();
  });

  it('says which fallback font it cannot read, as the PDF export does, writing nothing', async () => {
    const out = join(tmp, 'hotel.svg');
    const run = await touchmap(['export', HOTEL, '-o', out, '--fallback-font', 'nope.ttf']);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('--fallback-font: cannot read nope.ttf: no such file\n');
    await expect(stat(out)).rejects.toThrow();
  });
});

describe('touchmap export -o OUT.png', () => {
  it('is the SVG at twice its size by default, on white', async () => {
    const svg = join(tmp, 'hotel.svg');
    const png = join(tmp, 'hotel.png');
    expect((await touchmap(['export', HOTEL, '-o', svg, '--date', DATE])).code).toBe(0);
    const run = await touchmap(['export', HOTEL, '-o', png, '--date', DATE]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const size = await svgSize(svg);
    const image = readPng(await readFile(png));
    expect(image).toEqual({
      width: size.width * 2,
      height: size.height * 2,
      corner: [255, 255, 255, 255],
    });
    expect(run.stdout).toMatch(
      new RegExp(`: ${image.width} x ${image.height} pixels, \\d+ KB\\n$`),
    );
  });

  it('takes --scale and --transparent', async () => {
    const svg = join(tmp, 'hotel.svg');
    const png = join(tmp, 'hotel.png');
    expect((await touchmap(['export', HOTEL, '-o', svg, '--date', DATE])).code).toBe(0);
    const run = await touchmap(['export', HOTEL, '-o', png, '--scale', '0.5', '--transparent']);
    expect(run.code).toBe(0);
    const size = await svgSize(svg);
    const image = readPng(await readFile(png));
    expect(image.width).toBe(Math.round(size.width * 0.5));
    expect(image.height).toBe(Math.round(size.height * 0.5));
    expect(image.corner[3]).toBe(0);
  });

  it('refuses a scale out of range or too large for the map, writing nothing', async () => {
    const png = join(tmp, 'hotel.png');
    const wrong = await touchmap(['export', HOTEL, '-o', png, '--scale', 'big']);
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.stderr).toBe('touchmap: export: --scale: expected a number, got "big"\n');
    const embed = await touchmap(['export', HOTEL, '-o', png, '--embed-fonts']);
    expect(embed.code).toBe(2);
    expect(embed.stderr).toContain('--embed-fonts is for SVG output');
    const large = await touchmap(['export', HOTEL, '-o', png, '--scale', '8']);
    expect(large.code).toBe(1);
    expect(large.stderr).toMatch(
      /--scale: at 8 the \d+ x \d+ map would be .* more than 64 megapixels; the largest scale is 4\.\d+/,
    );
    await expect(stat(png)).rejects.toThrow();
  });
});
