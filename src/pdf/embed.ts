/**
 * The map inside its PDF, so that Touchmap can open a Touchmap PDF and get the editable map
 * back. It travels as a standard PDF file attachment named `map.touchmap` (viewers list it
 * among the document's attachments), Flate-compressed (a 1,500-touchpoint map is 0.7 MB of
 * JSON and a tenth of that compressed):
 *
 *   N 0 obj
 *   << /Type /EmbeddedFile /Subtype /application#2Fvnd.touchmap+json /Filter /FlateDecode
 *      /Params << /Size <file bytes> /ModDate (D:...) >> /Length <stream bytes> >>
 *   stream
 *   <the .touchmap file, UTF-8, zlib-compressed>
 *   endstream
 *
 * referenced by a file specification in the catalog's /Names /EmbeddedFiles tree.
 * `extractEmbeddedMap` finds the stream by its /Subtype (the marker), reads /Length bytes
 * after `stream`, inflates them when /Filter says /FlateDecode (files of earlier versions are
 * uncompressed) and decodes them as UTF-8; no PDF library is needed (fflate, which jsPDF
 * brings, inflates). A PDF that another program has rewritten (the dictionary respelled, or
 * moved into an object stream) gives null.
 */
import { unzlibSync, zlibSync } from 'fflate';
import type { jsPDF } from 'jspdf';
import { decodeUtf8 } from '../core/decode.ts';
import { toBinaryString } from './fonts.ts';

const EMBEDDED_FILE_NAME = 'map.touchmap';
const EMBEDDED_MIME_TYPE = 'application/vnd.touchmap+json';
/** The bytes that mark Touchmap's embedded map in a PDF. */
export const EMBEDDED_MARKER = `/Subtype /${EMBEDDED_MIME_TYPE.replace('/', '#2F')}`;

/** The parts of jsPDF's internals the attachment needs (not in its published types). */
interface JsPdfInternals {
  newObject(): number;
  write(...parts: string[]): void;
  events: { subscribe(topic: string, callback: () => void): string };
}

/** Attaches the map's file text to a document; written when the document is output. */
export function attachMap(doc: jsPDF, fileText: string, modDate: string): void {
  const internal = doc.internal as unknown as JsPdfInternals;
  const bytes = new TextEncoder().encode(fileText);
  const packed = zlibSync(bytes);
  let fileSpec = 0;
  internal.events.subscribe('postPutResources', () => {
    const stream = internal.newObject();
    internal.write(
      `<< /Type /EmbeddedFile ${EMBEDDED_MARKER} /Filter /FlateDecode /Params << /Size ${bytes.length} /ModDate (${modDate}) >> /Length ${packed.length} >>`,
    );
    internal.write('stream');
    internal.write(toBinaryString(packed));
    internal.write('endstream');
    internal.write('endobj');
    fileSpec = internal.newObject();
    internal.write(
      `<< /Type /Filespec /F (${EMBEDDED_FILE_NAME}) /UF (${EMBEDDED_FILE_NAME}) /EF << /F ${stream} 0 R /UF ${stream} 0 R >> /Desc (The Touchmap map drawn in this PDF: open it with Touchmap) /AFRelationship /Source >>`,
    );
    internal.write('endobj');
  });
  internal.events.subscribe('putCatalog', () => {
    if (fileSpec > 0)
      internal.write(
        `/Names << /EmbeddedFiles << /Names [(${EMBEDDED_FILE_NAME}) ${fileSpec} 0 R] >> >>`,
        `/AF [${fileSpec} 0 R]`,
      );
  });
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (
    let i = haystack.indexOf(first!, from);
    i !== -1 && i <= last;
    i = haystack.indexOf(first!, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

function readAscii(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to && i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

/**
 * The `.touchmap` text embedded in a PDF written by Touchmap, or null when there is none
 * (or it cannot be read back: not UTF-8, a length that does not add up).
 */
export function extractEmbeddedMap(pdf: Uint8Array): string | null {
  const marker = ascii(EMBEDDED_MARKER);
  const streamWord = ascii('stream');
  for (let at = indexOfBytes(pdf, marker, 0); at !== -1; at = indexOfBytes(pdf, marker, at + 1)) {
    // The dictionary: from its opening "<<" (before the marker) to "stream".
    const start = Math.max(0, at - 200);
    const dictStart = readAscii(pdf, start, at).lastIndexOf('<<');
    if (dictStart === -1) continue;
    const keyword = indexOfBytes(pdf, streamWord, at);
    if (keyword === -1 || keyword - at > 400) continue;
    const dict = readAscii(pdf, start + dictStart, keyword);
    const filter = /\/Filter\s*(\S+)/.exec(dict);
    // Only no filter, or Flate alone, as this module writes it.
    if (filter && filter[1] !== '/FlateDecode') continue;
    const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
    const size = /\/Size\s+(\d+)/.exec(dict);
    if (!length) continue;
    const n = Number(length[1]);
    let data = keyword + streamWord.length;
    if (pdf[data] === 0x0d) data++;
    if (pdf[data] === 0x0a) data++;
    if (data + n > pdf.length) continue;
    let file: Uint8Array;
    try {
      const raw = pdf.subarray(data, data + n);
      file = filter ? unzlibSync(raw) : raw;
    } catch {
      continue;
    }
    if (size && Number(size[1]) !== file.length) continue;
    const decoded = decodeUtf8(file);
    if (decoded.ok) return decoded.text;
  }
  return null;
}
