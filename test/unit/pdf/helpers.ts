/**
 * Shared by the PDF tests: the fonts, the templates, a temporary folder, and the command-line
 * PDF tools (poppler-utils, qpdf) that check real output. A missing tool fails the test with a
 * one-line install hint; it never skips it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { parse } from '../../../src/core/parse.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import type { FontBytes } from '../../../src/pdf/fonts.ts';
import { loadPdfFonts } from '../../../src/node/pdf-fonts.ts';

export const ROOT = join(import.meta.dirname, '../../..');
export const TEMPLATE_DIR = join(ROOT, 'assets/templates');
export const FALLBACK_FONT = join(import.meta.dirname, 'fixtures/cjk-fallback-subset.ttf');
export const APPROVED_DIR = join(ROOT, 'test/fixtures/pdf-approved');

/** A fixed date, so that outputs compare byte for byte. */
export const DATE = '2026-11-22T09:00:00Z';

const PACKAGES: Record<string, string> = {
  qpdf: 'qpdf',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdftoppm: 'poppler-utils',
};

/** Runs a PDF tool; a missing tool throws "... apt-get install -y <package>". */
export function tool(name: string, args: string[]): string {
  try {
    return execFileSync(name, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: string; status?: number; stdout?: string; stderr?: string };
    if (e.code === 'ENOENT')
      throw new Error(
        `${name} is not installed: run apt-get install -y ${PACKAGES[name] ?? name}`,
        { cause: error },
      );
    // qpdf exits 3 for warnings only; the caller reads its output.
    if (name === 'qpdf' && e.status === 3) return `${e.stdout ?? ''}${e.stderr ?? ''}`;
    throw new Error(`${name} ${args.join(' ')} failed: ${e.stderr ?? String(error)}`, {
      cause: error,
    });
  }
}

let fontsPromise: Promise<FontBytes> | null = null;
/** The bundled fonts (loaded once). */
export function bundledFonts(): Promise<FontBytes> {
  fontsPromise ??= loadPdfFonts();
  return fontsPromise;
}

export function fallbackFontBytes(): Uint8Array {
  return new Uint8Array(readFileSync(FALLBACK_FONT));
}

export function loadMap(path: string): JourneyMap {
  const result = parse(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
  return result.map;
}

export function templates(): { name: string; map: JourneyMap }[] {
  return readdirSync(TEMPLATE_DIR)
    .filter((f) => f.endsWith('.touchmap'))
    .sort()
    .map((f) => ({ name: f.replace(/\.touchmap$/, ''), map: loadMap(join(TEMPLATE_DIR, f)) }));
}

let tmp: string | null = null;
export function tempDir(): string {
  tmp ??= mkdtempSync(join(tmpdir(), 'touchmap-pdf-'));
  return tmp;
}

/** Writes PDF bytes into the temporary folder; returns the path. */
export function writePdf(name: string, bytes: Uint8Array): string {
  const path = join(tempDir(), `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** All text of a PDF in content order (pdftotext -raw), white space removed, NFC. */
export function pdfTextCompact(path: string): string {
  return compact(tool('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']));
}

/** How a text is searched for in pdfTextCompact: NFC, without white space or soft hyphens. */
export function compact(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00ad]+/g, '');
}

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
  fields: Record<string, string>;
}

export function pdfInfo(path: string): PdfInfo {
  const out = tool('pdfinfo', ['-enc', 'UTF-8', path]);
  const fields: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (m) fields[m[1]!.trim()] = m[2]!.trim();
  }
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '');
  return {
    pages: Number(fields.Pages),
    width: size ? Number(size[1]) : NaN,
    height: size ? Number(size[2]) : NaN,
    fields,
  };
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  /** Only the glyphs used are embedded (pdffonts reads it from the name's "ABCDEF+" tag). */
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(path: string): FontRow[] {
  const lines = tool('pdffonts', [path]).split('\n').slice(2);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name, type (1-2 words), encoding, emb, sub, uni, object, id
      const n = cols.length;
      return {
        name: cols[0]!,
        type: cols.slice(1, n - 6).join(' '),
        embedded: cols[n - 5] === 'yes',
        subset: cols[n - 4] === 'yes',
        unicode: cols[n - 3] === 'yes',
      };
    });
}

/** A grayscale image: width, height and one byte per pixel. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Decodes an 8-bit, non-interlaced PNG (grayscale, RGB or RGBA: what pdftoppm writes) to
 * grayscale.
 */
export function decodePng(png: Uint8Array): Gray {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 1;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, color, , , interlace] = body.subarray(8, 13);
      channels = color === 0 ? 1 : color === 2 ? 3 : color === 6 ? 4 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${color})`);
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[row + x - channels]! : 0;
      const b = y > 0 ? pixels[row - stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[row - stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[row + x] = v & 0xff;
    }
  }
  const data = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const o = i * channels;
    data[i] =
      channels === 1
        ? pixels[o]!
        : Math.round(0.299 * pixels[o]! + 0.587 * pixels[o + 1]! + 0.114 * pixels[o + 2]!);
  }
  return { width, height, data };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Encodes a grayscale image as an 8-bit grayscale PNG (for the approved renders). */
export function encodeGrayPng(image: Gray): Uint8Array {
  const chunk = (type: string, body: Uint8Array): Buffer => {
    const out = Buffer.alloc(12 + body.length);
    out.writeUInt32BE(body.length, 0);
    out.write(type, 4, 'latin1');
    out.set(body, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  const raw = Buffer.alloc((image.width + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    // Filter "up": small diffs compress well.
    raw[y * (image.width + 1)] = 2;
    for (let x = 0; x < image.width; x++) {
      const v = image.data[y * image.width + x]!;
      const up = y > 0 ? image.data[(y - 1) * image.width + x]! : 0;
      raw[y * (image.width + 1) + 1 + x] = (v - up) & 0xff;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Renders one page of a PDF as a grayscale PNG at `dpi`; returns the PNG's path. */
export function renderPage(pdf: string, page: number, dpi: number, name: string): string {
  const prefix = join(tempDir(), name);
  tool('pdftoppm', [
    '-gray',
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}

export interface ImageDifference {
  /** Mean absolute difference of the pixels, 0..255. */
  mean: number;
  /** Share of pixels that differ by more than 64, 0..1. */
  changed: number;
  /** The largest mean absolute difference of an 8 x 8 block, 0..255: catches small local changes. */
  block: number;
}

const BLOCK = 8;

export function compareGray(a: Gray, b: Gray): ImageDifference {
  if (a.width !== b.width || a.height !== b.height) return { mean: 255, changed: 1, block: 255 };
  let sum = 0;
  let changed = 0;
  const bw = Math.ceil(a.width / BLOCK);
  const blocks = new Float64Array(bw * Math.ceil(a.height / BLOCK));
  for (let i = 0; i < a.data.length; i++) {
    const d = Math.abs(a.data[i]! - b.data[i]!);
    sum += d;
    if (d > 64) changed++;
    const x = i % a.width;
    const y = (i - x) / a.width;
    blocks[Math.floor(y / BLOCK) * bw + Math.floor(x / BLOCK)]! += d;
  }
  const block = Math.max(...blocks) / (BLOCK * BLOCK);
  return { mean: sum / a.data.length, changed: changed / a.data.length, block };
}

/** A colour as 0..255 channels, the way the painter takes it (not rounded: see hasColor). */
export type Rgb255 = readonly [number, number, number];

/**
 * Every colour the PDF's content streams set, read from a copy qpdf wrote uncompressed:
 * `stroke` from "r g b RG" (and grey "v G"), `fill` from "r g b rg" (and "v g"), each channel
 * back on 0..255. jsPDF writes numbers like "0.21", "1." and "0".
 */
export function pdfColors(path: string): { stroke: Rgb255[]; fill: Rgb255[] } {
  const plain = `${path}.plain.pdf`;
  tool('qpdf', ['--qdf', '--object-streams=disable', path, plain]);
  const content = readFileSync(plain, 'latin1');
  const stroke: Rgb255[] = [];
  const fill: Rgb255[] = [];
  const n = String.raw`(\d+\.?\d*|\.\d+)`;
  const op = new RegExp(
    String.raw`(?<=\s|^)(?:${n}\s+${n}\s+${n}\s+(RG|rg)|${n}\s+(G|g))(?=\s)`,
    'gm',
  );
  for (const m of content.matchAll(op)) {
    const [r, g, b] = m[4] ? [m[1], m[2], m[3]] : [m[5], m[5], m[5]];
    const rgb: Rgb255 = [Number(r) * 255, Number(g) * 255, Number(b) * 255];
    const isStroke = m[4] ? m[4] === 'RG' : m[6] === 'G';
    (isStroke ? stroke : fill).push(rgb);
  }
  return { stroke, fill };
}

/**
 * Whether `colors` holds `hex`, give or take the rounding of a PDF colour operand (jsPDF
 * writes at least two decimals: at most 0.005 x 255 = 1.275 off on the 0..255 scale).
 */
export function hasColor(colors: readonly Rgb255[], hex: string): boolean {
  const v = parseInt(hex.slice(1), 16);
  const want = [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  return colors.some((c) => c.every((x, i) => Math.abs(x - want[i]!) <= 1.3));
}
