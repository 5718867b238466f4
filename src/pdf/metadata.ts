/**
 * The PDF's document information (title, author, subject, keywords, creator), its creation
 * date and its file ID, all derived from the map and the options so that the same input
 * gives the same bytes.
 *
 * jsPDF writes non-Latin-1 document information as UTF-16 in a literal string without
 * escaping carriage-return bytes (U+010D "č" is 01 0D), which readers turn into line feeds.
 * So such values are given to jsPDF as same-length ASCII placeholders and `patchInfo`
 * writes the correctly escaped UTF-16 over them in the finished file: no offset moves.
 */
import type { jsPDF } from 'jspdf';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
}

const INFO_KEYS: readonly (keyof DocumentInfo)[] = [
  'title',
  'author',
  'subject',
  'keywords',
  'creator',
];

/** A PDF date string for an ISO date, in UTC ("D:20261122090000+00'00'"), years 1970..2037. */
export function pdfDate(iso: string): string {
  const d = new Date(iso);
  const year = Math.min(2037, Math.max(1970, d.getUTCFullYear()));
  const two = (n: number): string => String(n).padStart(2, '0');
  return `D:${year}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(
    d.getUTCMinutes(),
  )}${two(d.getUTCSeconds())}+00'00'`;
}

/** 128 bits of a string hash (cyrb128), as the 32 hex digits of a PDF file ID. */
export function fileIdOf(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4]
    .map((h) => (h >>> 0).toString(16).padStart(8, '0'))
    .join('')
    .toUpperCase();
}

/** A value as the bytes of a PDF literal string body: UTF-16BE with a byte-order mark, escaped. */
export function utf16Literal(value: string): string {
  let out = '\u00fe\u00ff';
  const escape = (byte: number): string => {
    if (byte === 0x28) return '\\(';
    if (byte === 0x29) return '\\)';
    if (byte === 0x5c) return '\\\\';
    if (byte === 0x0d) return '\\r';
    if (byte === 0x0a) return '\\n';
    return String.fromCharCode(byte);
  };
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    out += escape(unit >> 8) + escape(unit & 0xff);
  }
  return out;
}

interface Patch {
  key: string;
  placeholder: string;
  literal: string;
}

/**
 * Sets the document information, the creation date and the file ID on a document; returns
 * the function that finishes the output bytes.
 */
export function setDocumentInfo(
  doc: jsPDF,
  info: DocumentInfo,
  creationDate: string,
  fileId: string,
): (bytes: Uint8Array) => Uint8Array {
  const patches: Patch[] = [];
  const props: Record<string, string> = {};
  for (const key of INFO_KEYS) {
    const value = Array.from(info[key], (ch) =>
      ch.charCodeAt(0) < 0x20 || (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) <= 0x9f) ? ' ' : ch,
    )
      .join('')
      .trim();
    if (value === '') continue;
    if (/^[\u0020-\u007e]*$/.test(value)) {
      props[key] = value;
      continue;
    }
    const literal = utf16Literal(value);
    const name = key.charAt(0).toUpperCase() + key.slice(1);
    const placeholder = 'x'.repeat(literal.length);
    props[key] = placeholder;
    patches.push({ key: name, placeholder, literal });
  }
  doc.setDocumentProperties(props);
  doc.setCreationDate(creationDate);
  doc.setFileId(fileId);
  return (bytes) => {
    for (const patch of patches) {
      const needle = `/${patch.key} (${patch.placeholder})`;
      const at = lastIndexOfAscii(bytes, needle);
      if (at === -1) throw new Error(`document information ${patch.key} not found in the output`);
      const start = at + patch.key.length + 3;
      for (let i = 0; i < patch.literal.length; i++) bytes[start + i] = patch.literal.charCodeAt(i);
    }
    return bytes;
  };
}

function lastIndexOfAscii(bytes: Uint8Array, needle: string): number {
  outer: for (let i = bytes.length - needle.length; i >= 0; i--) {
    for (let j = 0; j < needle.length; j++)
      if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
