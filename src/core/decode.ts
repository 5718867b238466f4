/**
 * Bytes -> text for every host (CLI, Node, Electron main, browser, a Touchmap PDF's map).
 *
 * The format is UTF-8. Bytes that are not UTF-8 are refused, never repaired: a host that
 * replaced them would show "Caf� cr�me" and then save it that way for good. The check is
 * written here, in one linear pass, rather than left to a fatal TextDecoder, because the
 * person fixing the file needs to know where the first bad byte is, and which encoding
 * (UTF-16) the file is in when it is one we can name.
 */

/** Why bytes are not a map's text; `offset` and `line` point at the first bad byte. */
export type EncodingProblem =
  | { encoding: 'utf-16le' | 'utf-16be'; offset: 0; line: 1; byte: null }
  | { encoding: 'invalid-utf8' | 'binary'; offset: number; line: number; byte: number };

export type DecodeResult =
  | {
      ok: true;
      /** The text without its byte-order mark. */
      text: string;
      /** The bytes started with a UTF-8 byte-order mark (not the canonical form). */
      bom: boolean;
    }
  | { ok: false; problem: EncodingProblem };

/** Just what is needed of the platform's decoder (the core is compiled without DOM types). */
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
type Utf8DecoderClass = new (label: string, options: { ignoreBOM: boolean }) => Utf8Decoder;

let decoder: Utf8Decoder | undefined;

/** Every host (Node, browsers, workers) has TextDecoder; the bytes are checked before it. */
function utf8Decoder(): Utf8Decoder {
  const Decoder = (globalThis as unknown as { TextDecoder: Utf8DecoderClass }).TextDecoder;
  decoder ??= new Decoder('utf-8', { ignoreBOM: true });
  return decoder;
}

/** The UTF-16 a file is written in, by its byte-order mark or by the NULs of ASCII text. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  const [a, b] = [bytes[0]!, bytes[1]!];
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  // A map begins with ASCII ("{" or white space), which UTF-16 writes as one byte and a NUL.
  // UTF-8 JSON never holds a raw NUL, so a NUL in the first pair is never a UTF-8 map.
  if (a !== 0 && b === 0) return 'utf-16le';
  if (a === 0 && b !== 0) return 'utf-16be';
  return null;
}

/**
 * The offset of the first control byte no text file holds (NUL, the C0 controls other than
 * tab, line breaks, form feed and escape), or -1. JSON forbids them raw, so a map never has
 * one; an image, an archive or a program always does, and "not valid UTF-8" (or a JSON error
 * quoting an invisible character) would send its owner looking for an encoding setting.
 */
function findBinaryByte(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) {
      return i;
    }
  }
  return -1;
}

/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1.
 * Follows the Unicode table of well-formed byte sequences: no overlong forms, no encoded
 * surrogates (ED A0..BF), nothing above U+10FFFF. One pass, each byte looked at once.
 */
export function findInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    // The allowed range of the second byte narrows for the lead bytes that could otherwise
    // start an overlong form, a surrogate or a code point past U+10FFFF.
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + need >= n) return i; // The file ends inside the character.
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** A file's bytes as text: UTF-8, a byte-order mark dropped; anything else refused. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom) {
    const utf16 = utf16Encoding(bytes);
    if (utf16) return { ok: false, problem: { encoding: utf16, offset: 0, line: 1, byte: null } };
  }
  const start = bom ? 3 : 0;
  const control = findBinaryByte(bytes, start);
  if (control !== -1) {
    return {
      ok: false,
      problem: {
        encoding: 'binary',
        offset: control,
        line: lineAt(bytes, control),
        byte: bytes[control]!,
      },
    };
  }
  const bad = findInvalidUtf8(bytes, start);
  if (bad !== -1) {
    return {
      ok: false,
      problem: {
        encoding: 'invalid-utf8',
        offset: bad,
        line: lineAt(bytes, bad),
        byte: bytes[bad]!,
      },
    };
  }
  return { ok: true, text: utf8Decoder().decode(bytes.subarray(start)), bom };
}

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The one wording of an encoding problem, the same in the app, the CLI and Electron. */
export function describeEncodingProblem(problem: EncodingProblem): string {
  if (problem.encoding === 'binary') {
    return `This looks like a binary file, not a .touchmap map (byte ${hex(problem.byte)} at offset ${problem.offset}).`;
  }
  if (problem.encoding === 'invalid-utf8') {
    return `The file is not UTF-8 text: byte ${hex(problem.byte)} at offset ${problem.offset} (line ${problem.line}) is not valid UTF-8; save the file as UTF-8.`;
  }
  const order = problem.encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
  return `The file is UTF-16 text (${order}), and Touchmap reads UTF-8 only; save the file as UTF-8.`;
}
