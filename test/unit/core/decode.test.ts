import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, findInvalidUtf8 } from '../../../src/core/decode.ts';
import {
  decodeMapText,
  describeParseFailure,
  parse,
  parseBytes,
  type ParseFailure,
} from '../../../src/core/parse.ts';
import { generateMap } from '../../bench/generate-map.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, path)));
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function refused(input: Uint8Array): ParseFailure {
  const result = parseBytes(input);
  if (result.ok) throw new Error('expected the bytes to be refused');
  return result.error;
}

describe('binary files', () => {
  it('says a file with a NUL or another control byte is binary, and where', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00);
    expect(refused(png).message).toBe(
      'This looks like a binary file, not a .touchmap map (byte 0x1A at offset 6).',
    );
    const zip = utf8('PK\u0003\u0004 rest of an archive');
    expect(refused(zip)).toMatchObject({ kind: 'not-utf8', encoding: 'binary', offset: 2 });
    const nul = utf8('{\n  "format": "touchmap",\n  "title": "a\u0000b"\n}\n');
    expect(refused(nul).message).toBe(
      'This looks like a binary file, not a .touchmap map (byte 0x00 at offset 39).',
    );
    expect(refused(nul)).toMatchObject({ line: 3, byte: 0 });
    expect(describeParseFailure(refused(nul)).join(' ')).not.toMatch(/[\u25a0-\u25ff]/);
  });

  it('leaves text with tabs, line breaks and escapes alone, and Latin-1 text to the UTF-8 check', () => {
    expect(decodeUtf8(utf8('{\t"a":\r\n"\u001b"}\f'))).toMatchObject({ ok: true });
    expect(refused(fixture('invalid/latin1.touchmap'))).toMatchObject({ encoding: 'invalid-utf8' });
  });

  it('names a character nobody can see instead of quoting it', () => {
    const found = (text: string) => refused(utf8(text)).message;
    expect(found('\u007f{}')).toBe(
      'The file is not valid JSON: expected a value, found control character U+007F (line 1, column 1).',
    );
    expect(found('{}\u200b')).toBe(
      'The file is not valid JSON: unexpected invisible character U+200B after the end of the data (line 1, column 3).',
    );
    expect(found('{"a": 1 \u00a0}')).toBe(
      'The file is not valid JSON: expected "," or "}", found invisible character U+00A0 (line 1, column 9).',
    );
    // A character outside the BMP is quoted whole, not as half a surrogate pair.
    expect(found('[\u{1d11e}]')).toBe(
      'The file is not valid JSON: expected a value, found "\u{1d11e}" (line 1, column 2).',
    );
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8, every length of sequence', () => {
    const text = 'Café crème, 東京, 𝄞 and € — “quoted”';
    expect(decodeUtf8(utf8(text))).toEqual({ ok: true, text, bom: false });
  });

  it('drops a byte-order mark and says it was there', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({
      ok: true,
      text: '{}',
      bom: true,
    });
    const file = decodeUtf8(fixture('valid/bom.touchmap'));
    expect(file.ok && file.bom).toBe(true);
    expect(file.ok && file.text.startsWith('{')).toBe(true);
  });

  it('keeps a second byte-order mark, which is text', () => {
    const result = decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41));
    expect(result).toEqual({ ok: true, text: '\ufeffA', bom: true });
  });

  it('names UTF-16 by its byte-order mark', () => {
    expect(decodeUtf8(bytes(0xff, 0xfe, 0x7b, 0x00))).toMatchObject({
      ok: false,
      problem: { encoding: 'utf-16le', offset: 0 },
    });
    expect(decodeUtf8(bytes(0xfe, 0xff, 0x00, 0x7b))).toMatchObject({
      ok: false,
      problem: { encoding: 'utf-16be', offset: 0 },
    });
  });

  it('names UTF-16 without a byte-order mark by the NULs of its ASCII', () => {
    const le = new Uint8Array(Buffer.from('{"format": "touchmap"}', 'utf16le'));
    expect(decodeUtf8(le)).toMatchObject({ ok: false, problem: { encoding: 'utf-16le' } });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(decodeUtf8(be)).toMatchObject({ ok: false, problem: { encoding: 'utf-16be' } });
  });

  it('gives the offset and line of the first byte that is not UTF-8 (Latin-1)', () => {
    const latin1 = new Uint8Array(Buffer.from('{\n  "title": "Café crème"\n}', 'latin1'));
    expect(decodeUtf8(latin1)).toEqual({
      ok: false,
      problem: { encoding: 'invalid-utf8', offset: 17, line: 2, byte: 0xe9 },
    });
  });

  it('refuses a sequence cut short by the end of the file', () => {
    const cut = utf8('{"a": "€').subarray(0, -1).slice();
    expect(decodeUtf8(cut)).toMatchObject({
      ok: false,
      problem: { offset: cut.length - 2, byte: 0xe2 },
    });
    expect(findInvalidUtf8(bytes(0x41, 0xc3))).toBe(1);
    expect(findInvalidUtf8(bytes(0xf0, 0x9f, 0x98))).toBe(0);
  });

  it('refuses overlong encodings', () => {
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // "/" in two bytes
    expect(findInvalidUtf8(bytes(0xc1, 0xbf))).toBe(0);
    expect(findInvalidUtf8(bytes(0x41, 0xe0, 0x80, 0xaf))).toBe(1); // three bytes
    expect(findInvalidUtf8(bytes(0xe0, 0x9f, 0xbf))).toBe(0); // U+07FF in three bytes
    expect(findInvalidUtf8(bytes(0xf0, 0x8f, 0xbf, 0xbf))).toBe(0); // U+FFFF in four bytes
    expect(findInvalidUtf8(bytes(0xe0, 0xa0, 0x80))).toBe(-1); // U+0800, the first in three
    expect(findInvalidUtf8(bytes(0xf0, 0x90, 0x80, 0x80))).toBe(-1); // U+10000
  });

  it('refuses surrogates encoded in UTF-8 and code points past U+10FFFF', () => {
    expect(findInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // U+D800
    expect(findInvalidUtf8(bytes(0xed, 0xbf, 0xbf))).toBe(0); // U+DFFF
    expect(findInvalidUtf8(bytes(0xed, 0x9f, 0xbf))).toBe(-1); // U+D7FF is fine
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // U+110000
    expect(findInvalidUtf8(bytes(0xf4, 0x8f, 0xbf, 0xbf))).toBe(-1); // U+10FFFF
    expect(findInvalidUtf8(bytes(0xf5, 0x80, 0x80, 0x80))).toBe(0);
    expect(findInvalidUtf8(bytes(0xff))).toBe(0);
  });

  it('refuses a lone continuation byte and a lead byte followed by ASCII', () => {
    expect(findInvalidUtf8(bytes(0x41, 0x80))).toBe(1);
    expect(findInvalidUtf8(bytes(0xc3, 0x41))).toBe(0);
    expect(findInvalidUtf8(bytes(0xe2, 0x82, 0x41))).toBe(0);
  });

  it('agrees with a fatal TextDecoder on every two-byte sequence', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0x80; a <= 0xff; a++) {
      for (let b = 0; b <= 0xff; b++) {
        for (const input of [bytes(a, b), bytes(a, b, 0x80), bytes(a, b, 0x80, 0x80)]) {
          let valid = true;
          try {
            fatal.decode(input);
          } catch {
            valid = false;
          }
          if ((findInvalidUtf8(input) === -1) !== valid) {
            throw new Error(`disagrees on ${[...input].map((x) => x.toString(16))}`);
          }
        }
      }
    }
  });

  it('checks a 5 MB file in linear time', () => {
    const line = utf8('  "Café crème, 東京 and 𝄞": "a text that goes on and on",\n');
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x20);
    for (let at = 0; at + line.length <= big.length; at += line.length) big.set(line, at);
    const half = big.subarray(0, big.length / 2);
    const time = (input: Uint8Array): number => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        findInvalidUtf8(input);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(big); // warm up
    const full = time(big);
    // Linear: twice the bytes, about twice the time (a quadratic pass would take four times).
    expect(full).toBeLessThan(Math.max(4 * time(half), 100));
    expect(full).toBeLessThan(500);
    const bad = big.slice();
    bad[bad.length - 1] = 0xe9;
    expect(decodeUtf8(bad)).toMatchObject({ ok: false, problem: { offset: bad.length - 1 } });
  });

  it('keeps parseBytes fast on a 1,500-touchpoint map', () => {
    const { text } = generateMap(1500);
    const input = utf8(text);
    const start = performance.now();
    const direct = decodeUtf8(input);
    const took = performance.now() - start;
    expect(direct.ok && direct.text === text).toBe(true);
    expect(took).toBeLessThan(250);
    expect(parseBytes(input).ok).toBe(true);
  });
});

describe('parseBytes and its failure', () => {
  it('reads a UTF-8 map, with or without a byte-order mark', () => {
    expect(parseBytes(fixture('valid/minimal.touchmap')).ok).toBe(true);
    const bom = parseBytes(fixture('valid/bom.touchmap'));
    expect(bom.ok).toBe(true);
  });

  it('refuses the Latin-1 fixture with an encoding message, not a JSON one', () => {
    const error = refused(fixture('invalid/latin1.touchmap'));
    expect(error).toMatchObject({
      kind: 'not-utf8',
      encoding: 'invalid-utf8',
      offset: 75,
      line: 5,
    });
    expect(describeParseFailure(error)).toEqual([
      'The file is not UTF-8 text: byte 0xE9 at offset 75 (line 5) is not valid UTF-8; save the file as UTF-8.',
    ]);
  });

  it('refuses UTF-16 files, saying so', () => {
    expect(refused(fixture('invalid/utf16le.touchmap')).message).toBe(
      'The file is UTF-16 text (little-endian), and Touchmap reads UTF-8 only; save the file as UTF-8.',
    );
    expect(refused(fixture('invalid/utf16be-no-bom.touchmap')).message).toBe(
      'The file is UTF-16 text (big-endian), and Touchmap reads UTF-8 only; save the file as UTF-8.',
    );
  });

  it('gives the text for hosts that keep it, and the same failure as parseBytes', () => {
    const ok = decodeMapText(fixture('valid/bom.touchmap'));
    expect(ok.ok && parse(ok.text).ok).toBe(true);
    const bad = decodeMapText(fixture('invalid/latin1.touchmap'));
    expect(!bad.ok && bad.error).toEqual(refused(fixture('invalid/latin1.touchmap')));
  });
});
