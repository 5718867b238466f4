/**
 * Reading a map out of a file the user handed over (a drop): a `.touchmap` file is its text;
 * a PDF that Touchmap exported carries the map as an attachment (src/pdf/embed.ts), and is
 * recognised by its first bytes, whatever its name.
 */
import { decodeMapText, describeParseFailure } from '../../core/parse.ts';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function isPdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Names the app takes as map files (the rest is checked by content: PDFs). */
export function isMapFileName(name: string): boolean {
  return /\.(touchmap|json)$/i.test(name);
}

export class MapFileError extends Error {
  readonly lines: string[];
  constructor(title: string, lines: string[]) {
    super(title);
    this.name = 'MapFileError';
    this.lines = lines;
  }
}

export interface MapFileText {
  text: string;
  /** The map came out of a PDF: it has no file of its own to save back to. */
  fromPdf: boolean;
}

/** The map text of a file's bytes; throws a MapFileError for a PDF without a map. */
export async function mapTextOf(name: string, bytes: Uint8Array): Promise<MapFileText> {
  if (isPdf(bytes)) {
    // Loaded on demand: most sessions never open a PDF.
    const { extractEmbeddedMap } = await import('../../pdf/embed.ts');
    const text = extractEmbeddedMap(bytes);
    if (text === null) {
      throw new MapFileError(`“${name}” has no map inside`, [
        'Touchmap opens the PDFs it exported itself: they carry the map as an attachment.',
        'This PDF has none, or another program rewrote it. Open the .touchmap file instead.',
      ]);
    }
    return { text, fromPdf: true };
  }
  // The core's decoder, as in the CLI and Electron: bytes that are not UTF-8 are refused with
  // the offset of the first bad one, never opened "repaired".
  const decoded = decodeMapText(bytes);
  if (!decoded.ok) {
    throw new MapFileError(`“${name}” cannot be opened`, describeParseFailure(decoded.error));
  }
  return { text: decoded.text, fromPdf: false };
}

export async function readBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
