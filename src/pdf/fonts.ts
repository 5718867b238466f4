/**
 * Fonts for the PDF: the bundled Noto Sans (regular and bold, Latin, Greek, Cyrillic) and an
 * optional fallback font the user points to (for Chinese, Japanese...), all passed in as
 * bytes so that this module runs in a browser worker and in Node alike.
 *
 * Each character gets the first font that has it: the bundled font of the right weight, then
 * the fallback (one weight serves both). A character no font has is drawn as a hollow box
 * and reported in `missingCharacters()`. Characters outside the Basic Multilingual Plane
 * (emoji, rare ideographs) are always reported missing: the PDF engine encodes text 16 bits
 * a character.
 */
import type { jsPDF } from 'jspdf';
import {
  FontFormatError,
  firstFontOfCollection,
  isFontCollection,
  parseTrueType,
  type TrueTypeFont,
} from './truetype.ts';

export interface FontBytes {
  /** Noto Sans Regular (assets/fonts/NotoSans-Regular.ttf). */
  regular: Uint8Array;
  /** Noto Sans Bold (assets/fonts/NotoSans-Bold.ttf). */
  bold: Uint8Array;
  /** A TrueType font (.ttf, or the first font of a .ttc) for characters the bundled font lacks. */
  fallback?: Uint8Array | null;
}

export type FontId = 'regular' | 'bold' | 'fallback';

/** A stretch of text in one font; `font: null` is a stretch of characters no font has. */
export interface TextRun {
  font: FontId | null;
  text: string;
  /** Width in em (multiply by the font size). */
  width: number;
}

/** The width of the box drawn for a missing character, in em. */
export const PLACEHOLDER_WIDTH = 0.6;

/**
 * jsPDF font family names, which become the PDF's BaseFont names. jsPDF embeds only the
 * glyphs used; the six capitals and "+" say so, as the PDF format asks of a subset font (a
 * different tag for each subset of a file), so that viewers and pdffonts know it is one.
 */
const PDF_FONT_NAMES: Readonly<Record<FontId, string>> = {
  regular: 'TMREGU+NotoSans-Regular',
  bold: 'TMBOLD+NotoSans-Bold',
  fallback: 'TMFALL+Fallback-Regular',
};

/** Zero-width and formatting characters, soft hyphens, variation selectors, controls. */
function isInvisible(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** NFC-normalised (so accents are single characters the font has), invisible characters removed. */
export function cleanText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) if (!isInvisible(ch.codePointAt(0)!)) out += ch;
  return out;
}

/** `cleanText`, and every run of white space (new lines and tabs included) as one space. */
export function singleLine(text: string): string {
  return cleanText(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** What `\s` matches in a regular expression: white space and line terminators. */
export function isWhiteSpace(cp: number): boolean {
  if (cp < 0x80) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
  return (
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

class MeasuredFont {
  private readonly cache = new Map<number, number>();
  constructor(readonly font: TrueTypeFont) {}
  /** Advance in em, or -1 when the font lacks the code point. */
  advance(cp: number): number {
    let a = this.cache.get(cp);
    if (a === undefined) {
      const glyph = cp > 0xffff ? 0 : this.font.glyphIndex(cp);
      a = glyph === 0 ? -1 : this.font.advanceWidth(glyph) / this.font.unitsPerEm;
      this.cache.set(cp, a);
    }
    return a;
  }
}

const parsedCache = new WeakMap<Uint8Array, MeasuredFont>();

function measured(bytes: Uint8Array): MeasuredFont {
  let m = parsedCache.get(bytes);
  if (!m) {
    m = new MeasuredFont(parseTrueType(bytes));
    parsedCache.set(bytes, m);
  }
  return m;
}

/** The fallback bytes ready for jsPDF (a collection reduced to its first font), or why not. */
export function prepareFallback(
  bytes: Uint8Array,
): { ok: true; bytes: Uint8Array; font: TrueTypeFont } | { ok: false; reason: string } {
  try {
    const single = isFontCollection(bytes) ? firstFontOfCollection(bytes) : bytes;
    const font = parseTrueType(single);
    if (!font.hasGlyfOutlines)
      return {
        ok: false,
        reason:
          'it has PostScript (CFF) outlines and the PDF engine embeds TrueType outlines only: choose a .ttf font',
      };
    return { ok: true, bytes: single, font };
  } catch (error) {
    if (error instanceof FontFormatError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** The fonts of one export: per-character choice, measuring, and what was missing. */
export class FontSet {
  readonly regular: MeasuredFont;
  readonly bold: MeasuredFont;
  readonly fallback: MeasuredFont | null;
  /** The fallback's bytes as jsPDF takes them; null without a usable fallback. */
  readonly fallbackBytes: Uint8Array | null;
  /** Problems with the fonts that did not stop the export (an unusable fallback). */
  readonly warnings: string[] = [];
  private readonly missing = new Set<number>();
  /**
   * Widths and runs by string, regular then bold: wrapping measures the same words and
   * prefixes again and again, and a map repeats its labels on every card.
   */
  private readonly widths = [new Map<string, number>(), new Map<string, number>()] as const;
  private readonly widestWords = [new Map<string, number>(), new Map<string, number>()] as const;
  private readonly runCache = [
    new Map<string, readonly TextRun[]>(),
    new Map<string, readonly TextRun[]>(),
  ] as const;

  constructor(bytes: FontBytes) {
    try {
      this.regular = measured(bytes.regular);
      this.bold = measured(bytes.bold);
    } catch (error) {
      throw new Error(
        `The bundled font cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    let fallback: MeasuredFont | null = null;
    let fallbackBytes: Uint8Array | null = null;
    if (bytes.fallback) {
      const prepared = prepareFallback(bytes.fallback);
      if (prepared.ok) {
        fallbackBytes = prepared.bytes;
        fallback = parsedCache.get(prepared.bytes) ?? new MeasuredFont(prepared.font);
        parsedCache.set(prepared.bytes, fallback);
      } else this.warnings.push(`The fallback font was not used: ${prepared.reason}.`);
    }
    this.fallback = fallback;
    this.fallbackBytes = fallbackBytes;
  }

  /** The font that draws a code point, or null when none has it. */
  fontFor(cp: number, bold: boolean): FontId | null {
    if ((bold ? this.bold : this.regular).advance(cp) >= 0) return bold ? 'bold' : 'regular';
    if (this.fallback && this.fallback.advance(cp) >= 0) return 'fallback';
    return null;
  }

  private advanceOf(font: FontId | null, cp: number): number {
    if (font === null) return PLACEHOLDER_WIDTH;
    return font === 'fallback' ? this.fallback!.advance(cp) : this[font].advance(cp);
  }

  /** Width of a cleaned string, in em. Does not record missing characters. */
  measure(text: string, bold: boolean): number {
    const cache = this.widths[bold ? 1 : 0];
    let width = cache.get(text);
    if (width === undefined) {
      width = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        width += this.advanceOf(this.fontFor(cp, bold), cp);
      }
      cache.set(text, width);
    }
    return width;
  }

  /**
   * The width of a cleaned string's widest word, in em: `measure` of the widest part that
   * `split(/\s+/)` cuts, to the last bit, without cutting. A table sizes its columns by the
   * widest word of every cell, and splitting 1,500 rows of cells into words was a tenth of
   * the appendix.
   */
  widestWord(text: string, bold: boolean): number {
    const cache = this.widestWords[bold ? 1 : 0];
    let widest = cache.get(text);
    if (widest === undefined) {
      widest = 0;
      let word = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        if (isWhiteSpace(cp)) {
          if (word > widest) widest = word;
          word = 0;
        } else word += this.advanceOf(this.fontFor(cp, bold), cp);
      }
      if (word > widest) widest = word;
      cache.set(text, widest);
    }
    return widest;
  }

  /** A cleaned string cut into runs of one font each; records the characters no font has. */
  runs(text: string, bold: boolean): readonly TextRun[] {
    const cache = this.runCache[bold ? 1 : 0];
    let runs = cache.get(text);
    if (runs === undefined) {
      runs = this.cutIntoRuns(text, bold);
      cache.set(text, runs);
    }
    return runs;
  }

  private cutIntoRuns(text: string, bold: boolean): TextRun[] {
    const runs: TextRun[] = [];
    let current: TextRun | null = null;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const font = this.fontFor(cp, bold);
      if (font === null && cp !== 0x20) this.missing.add(cp);
      const width = this.advanceOf(font, cp);
      if (current && current.font === font && font !== null) {
        current.text += ch;
        current.width += width;
      } else {
        current = { font, text: ch, width };
        runs.push(current);
      }
    }
    return runs;
  }

  /** Every character that was drawn as a placeholder, once each, in code-point order. */
  missingCharacters(): string[] {
    return [...this.missing].sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp));
  }
}

/** Bytes as the "binary string" jsPDF's virtual file system takes (one char per byte). */
export function toBinaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const step = 0x2000;
  // `apply` takes the typed array as it is; a spread walks it with an iterator, which in a
  // fresh process (the CLI) took 2.5 times as long for the PDF's compressed streams.
  for (let i = 0; i < bytes.length; i += step)
    chunks.push(
      String.fromCharCode.apply(null, bytes.subarray(i, i + step) as unknown as number[]),
    );
  return chunks.join('');
}

const binaryCache = new WeakMap<Uint8Array, string>();

/** `toBinaryString` of a font, made once per font bytes (each export registers the fonts anew). */
function binaryStringOf(bytes: Uint8Array): string {
  let s = binaryCache.get(bytes);
  if (s === undefined) {
    s = toBinaryString(bytes);
    binaryCache.set(bytes, s);
  }
  return s;
}

/**
 * Registers the fonts of a FontSet with a jsPDF document and returns `use(id)`, which makes
 * a font current (registering the fallback the first time it is needed).
 */
export function registerFonts(doc: jsPDF, fonts: FontSet, bytes: FontBytes): (id: FontId) => void {
  const registered = new Set<FontId>();
  const add = (id: FontId, data: Uint8Array): void => {
    const file = `${PDF_FONT_NAMES[id]}.ttf`;
    doc.addFileToVFS(file, binaryStringOf(data));
    doc.addFont(file, PDF_FONT_NAMES[id], 'normal', 'normal', 'Identity-H');
    registered.add(id);
  };
  add('regular', bytes.regular);
  add('bold', bytes.bold);
  return (id) => {
    if (!registered.has(id)) {
      if (id !== 'fallback' || fonts.fallbackBytes === null)
        throw new Error(`font ${id} is not available`);
      add('fallback', fonts.fallbackBytes);
    }
    doc.setFont(PDF_FONT_NAMES[id], 'normal');
  };
}
