/**
 * Reading the text of a map from disk, for every Node host (the CLI now, the Electron main
 * process later): a `.touchmap` file, or a PDF exported by Touchmap, which carries its map as
 * an attachment (see src/pdf/embed.ts). What the file is, is decided by its bytes, not its
 * name: a file that starts with `%PDF-` is a PDF.
 *
 * Only the text comes back (parsing is the caller's, with `parse` of the core), or a typed
 * problem that the caller words in its own way (the CLI's wording is in src/cli/files.ts).
 * The bytes are decoded by the core's `decodeMapText`, as in the browser build: the same
 * files are refused, with the same message.
 */
import { readFile } from 'node:fs/promises';
import { decodeMapText, type ParseFailure } from '../core/parse.ts';
// embed.ts, not the exporter's index: reading a map must not load jsPDF.
import { extractEmbeddedMap } from '../pdf/embed.ts';

export type MapTextProblem =
  /** The file could not be read; `error` is the error of `readFile` (its `code` says why). */
  | { kind: 'unreadable'; error: unknown }
  /** A `.touchmap` file whose bytes are not UTF-8: refused, never repaired. */
  | { kind: 'not-utf8'; failure: ParseFailure }
  /** A PDF that carries no Touchmap map (not exported by Touchmap, or rewritten since). */
  | { kind: 'pdf-without-map' }
  /** A PDF given where only a `.touchmap` file will do (`pdf: 'refuse'`). */
  | { kind: 'pdf-refused' };

export type MapTextRead =
  | {
      ok: true;
      /** The `.touchmap` text, without the byte-order mark the file may start with. */
      text: string;
      /** The file starts with a byte-order mark (so it is not in canonical form). */
      bom: boolean;
      /** True when the text came out of a Touchmap PDF. */
      fromPdf: boolean;
    }
  | { ok: false; problem: MapTextProblem };

export interface ReadMapTextOptions {
  /** `extract` (default): a PDF gives the map inside it. `refuse`: a PDF is a problem. */
  pdf?: 'extract' | 'refuse';
}

/** The words for a PDF that carries no map. */
export const PDF_WITHOUT_MAP_MESSAGE =
  'this PDF has no Touchmap map inside (it was not exported by Touchmap, or was re-saved by another program)';

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Whether the bytes are a PDF's: they start with `%PDF-`. */
function isPdfBytes(bytes: Uint8Array): boolean {
  return bytes.length >= PDF_HEADER.length && PDF_HEADER.every((b, i) => bytes[i] === b);
}

/** The map's text from a file's bytes (for a host that has read them already). */
export function mapTextFromBytes(bytes: Uint8Array, options: ReadMapTextOptions = {}): MapTextRead {
  if (isPdfBytes(bytes)) {
    if (options.pdf === 'refuse') return { ok: false, problem: { kind: 'pdf-refused' } };
    const text = extractEmbeddedMap(bytes);
    return text === null
      ? { ok: false, problem: { kind: 'pdf-without-map' } }
      : { ok: true, text, bom: false, fromPdf: true };
  }
  // Refused rather than repaired, so a caller that writes the map back never writes damage.
  const decoded = decodeMapText(bytes);
  if (!decoded.ok) return { ok: false, problem: { kind: 'not-utf8', failure: decoded.error } };
  return { ok: true, text: decoded.text, bom: decoded.bom, fromPdf: false };
}

/** The map's text from a `.touchmap` file or a Touchmap PDF. Never throws. */
export async function readMapText(
  path: string,
  options: ReadMapTextOptions = {},
): Promise<MapTextRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', error } };
  }
  return mapTextFromBytes(bytes, options);
}
