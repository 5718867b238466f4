/**
 * The PDF exporter's fonts for Node hosts (the CLI, the Electron main process): the bundled
 * Noto Sans from assets/fonts, and an optional fallback font file the user points to.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontBytes } from '../pdf/fonts.ts';

/** assets/fonts of this checkout (src/node/../../assets/fonts). */
export const BUNDLED_FONT_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../assets/fonts',
);

const BUNDLED_FONT_FILES = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
} as const;

export interface LoadPdfFontsOptions {
  /** A .ttf (or .ttc) file for characters the bundled font lacks (Chinese, Japanese...). */
  fallbackPath?: string | null;
  /** Where the bundled fonts are; default BUNDLED_FONT_DIR (a packaged app passes its resources folder). */
  fontDir?: string;
}

const bytesOf = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

async function read(path: string, what: string): Promise<Uint8Array> {
  try {
    return bytesOf(await readFile(path));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'no such file' : String(code ?? error);
    throw new Error(`Cannot read the ${what} ${path}: ${why}`, { cause: error });
  }
}

export async function loadPdfFonts(options: LoadPdfFontsOptions = {}): Promise<FontBytes> {
  const dir = options.fontDir ?? BUNDLED_FONT_DIR;
  const [regular, bold, fallback] = await Promise.all([
    read(join(dir, BUNDLED_FONT_FILES.regular), 'bundled font'),
    read(join(dir, BUNDLED_FONT_FILES.bold), 'bundled font'),
    options.fallbackPath ? read(options.fallbackPath, 'fallback font') : Promise.resolve(null),
  ]);
  return { regular, bold, fallback };
}
