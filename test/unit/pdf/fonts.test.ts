import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FontSet,
  PLACEHOLDER_WIDTH,
  isWhiteSpace,
  prepareFallback,
  toBinaryString,
} from '../../../src/pdf/fonts.ts';
import {
  FontFormatError,
  firstFontOfCollection,
  isFontCollection,
  parseTrueType,
} from '../../../src/pdf/truetype.ts';
import { BUNDLED_FONT_DIR, loadPdfFonts } from '../../../src/node/pdf-fonts.ts';
import { FALLBACK_FONT, ROOT, bundledFonts, fallbackFontBytes } from './helpers.ts';

const cp = (ch: string): number => ch.codePointAt(0)!;

/** Wraps a TrueType font into a one-font collection (.ttc), as font tools write them. */
function asCollection(ttf: Uint8Array): Uint8Array {
  const out = new Uint8Array(16 + ttf.length);
  const view = new DataView(out.buffer);
  out.set([0x74, 0x74, 0x63, 0x66], 0); // 'ttcf'
  view.setUint32(4, 0x00010000);
  view.setUint32(8, 1);
  view.setUint32(12, 16);
  out.set(ttf, 16);
  const numTables = view.getUint16(16 + 4);
  for (let i = 0; i < numTables; i++) {
    const at = 16 + 12 + i * 16 + 8;
    view.setUint32(at, view.getUint32(at) + 16);
  }
  return out;
}

describe('the bundled fonts', () => {
  it('are the subset Noto Sans, small, with an OFL licence beside them', () => {
    expect(BUNDLED_FONT_DIR).toBe(join(ROOT, 'assets/fonts'));
    for (const file of ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf']) {
      const bytes = readFileSync(join(ROOT, 'assets/fonts', file));
      expect(bytes.length).toBeLessThan(250_000);
    }
    expect(readFileSync(join(ROOT, 'assets/fonts/OFL.txt'), 'utf8')).toMatch(
      /SIL OPEN FONT LICENSE[\s\S]*Version 1\.1/,
    );
  });

  it('cover Latin with every European accent, Greek and Cyrillic, not CJK', async () => {
    const fonts = await bundledFonts();
    for (const bytes of [fonts.regular, fonts.bold]) {
      const font = parseTrueType(bytes);
      expect(font.hasGlyfOutlines).toBe(true);
      const text =
        'AZaz09 ÀÉÎÕÜßæøåœ ĄĆĘŁŃŚŹŻ ČĎĚŇŘŠŤŮŽ ŐŰ ĞİŞ ĀĒĪŪ ẞ ǅ Ελληνικά ΑΩάώ Кириллица ЁЇЄЎҐ ЉЊЋЏ “”‘’–—…•€№';
      for (const ch of text.replace(/\s/g, ''))
        expect(font.glyphIndex(cp(ch)), `missing ${ch}`).toBeGreaterThan(0);
      for (const ch of '顾客日本語한') expect(font.glyphIndex(cp(ch))).toBe(0);
      expect(font.advanceWidth(font.glyphIndex(cp('M')))).toBeGreaterThan(
        font.advanceWidth(font.glyphIndex(cp('i'))),
      );
    }
  });

  it('load from a folder, with an optional fallback file', async () => {
    const fonts = await loadPdfFonts({ fallbackPath: FALLBACK_FONT });
    expect(fonts.fallback?.length).toBeGreaterThan(1000);
    await expect(loadPdfFonts({ fallbackPath: '/no/such/font.ttf' })).rejects.toThrow(
      /Cannot read the fallback font \/no\/such\/font\.ttf: no such file/,
    );
  });
});

describe('parseTrueType', () => {
  it('refuses what is not a font', () => {
    expect(() => parseTrueType(new TextEncoder().encode('not a font at all'))).toThrow(
      FontFormatError,
    );
    expect(() => parseTrueType(new Uint8Array(4))).toThrow(/too short/);
  });

  it('reads a collection once its first font is taken out', () => {
    const ttf = fallbackFontBytes();
    const ttc = asCollection(ttf);
    expect(isFontCollection(ttc)).toBe(true);
    expect(() => parseTrueType(ttc)).toThrow(/collection/);
    const single = firstFontOfCollection(ttc);
    const a = parseTrueType(ttf);
    const b = parseTrueType(single);
    for (const ch of '顾客旅程地图') {
      expect(b.glyphIndex(cp(ch))).toBe(a.glyphIndex(cp(ch)));
      expect(b.glyphIndex(cp(ch))).toBeGreaterThan(0);
    }
    expect(prepareFallback(ttc).ok).toBe(true);
  });
});

describe('FontSet', () => {
  it('chooses a font per character: bundled first, then the fallback, else none', async () => {
    const bundled = await bundledFonts();
    const without = new FontSet(bundled);
    const withFallback = new FontSet({ ...bundled, fallback: fallbackFontBytes() });
    expect(without.fontFor(cp('é'), false)).toBe('regular');
    expect(without.fontFor(cp('Ж'), true)).toBe('bold');
    expect(without.fontFor(cp('顾'), false)).toBeNull();
    expect(withFallback.fontFor(cp('顾'), true)).toBe('fallback');
    expect(withFallback.fontFor(cp('Ω'), false)).toBe('regular');
    expect(withFallback.fontFor(cp('한'), false)).toBeNull();
    // Outside the BMP the PDF engine cannot encode text: always missing.
    expect(withFallback.fontFor(cp('😀'), false)).toBeNull();
  });

  it('cuts text into runs of one font and reports what no font has', async () => {
    const fonts = new FontSet(await bundledFonts());
    const runs = fonts.runs('Map 顾客 Ω😀', false);
    expect(runs.map((r) => [r.font, r.text])).toEqual([
      ['regular', 'Map '],
      [null, '顾'],
      [null, '客'],
      ['regular', ' Ω'],
      [null, '😀'],
    ]);
    expect(runs[1]!.width).toBe(PLACEHOLDER_WIDTH);
    expect(fonts.missingCharacters()).toEqual(['客', '顾', '😀']);
  });

  it('measures text in em, bold wider than regular', async () => {
    const fonts = new FontSet(await bundledFonts());
    const regular = fonts.measure('Customer journey', false);
    expect(regular).toBeGreaterThan(5);
    expect(regular).toBeLessThan(12);
    expect(fonts.measure('Customer journey', true)).toBeGreaterThan(regular);
    // Measuring records nothing missing; drawing (runs) does.
    fonts.measure('顾', false);
    expect(fonts.missingCharacters()).toEqual([]);
  });

  it('measures the widest word as splitting at white space and measuring each part would', async () => {
    const fonts = new FontSet({ ...(await bundledFonts()), fallback: fallbackFontBytes() });
    const bySplit = (text: string, bold: boolean): number =>
      text
        .split(/\s+/)
        .filter((word) => word !== '')
        .reduce((widest, word) => Math.max(widest, fonts.measure(word, bold)), 0);
    const texts = [
      '',
      ' ',
      'Reads a review',
      '  leading and trailing  ',
      'Wide\u00a0no-break\u3000ideographic\u2028line\tTab\nnew line',
      'Ein sehr langes Wort: Kundenzufriedenheitsumfrage',
      '顾客 旅程 地图 and 😀 emoji',
      'mmmm iiiiiiiiiiii',
    ];
    for (const text of texts)
      for (const bold of [false, true]) {
        expect(fonts.widestWord(text, bold)).toBe(bySplit(text, bold));
        // The second time from its cache, the same.
        expect(fonts.widestWord(text, bold)).toBe(bySplit(text, bold));
      }
    expect(fonts.widestWord('mmmm iiiiiiiiiiii', false)).toBe(fonts.measure('mmmm', false));
  });

  it('takes as white space exactly what \\s matches', () => {
    for (let code = 0; code <= 0xffff; code++)
      expect(isWhiteSpace(code), `U+${code.toString(16)}`).toBe(
        /\s/.test(String.fromCharCode(code)),
      );
  });

  it('warns, and goes on without it, when the fallback is not a usable font', async () => {
    const fonts = new FontSet({
      ...(await bundledFonts()),
      fallback: new TextEncoder().encode('definitely not a font'),
    });
    expect(fonts.fallback).toBeNull();
    expect(fonts.warnings).toEqual([expect.stringMatching(/^The fallback font was not used: /)]);
  });

  it('refuses a damaged bundled font', () => {
    expect(() => new FontSet({ regular: new Uint8Array(10), bold: new Uint8Array(10) })).toThrow(
      /bundled font cannot be read/,
    );
  });
});

describe('toBinaryString', () => {
  it('maps each byte to one character, for large inputs too', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    const s = toBinaryString(bytes);
    expect(s.length).toBe(bytes.length);
    expect(s.charCodeAt(255)).toBe(255);
    expect(s.charCodeAt(99_999)).toBe(99_999 % 256);
  });
});
