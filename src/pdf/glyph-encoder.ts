/**
 * Text in an embedded Identity-H font as a PDF hex string of glyph ids, the glyphs recorded
 * for jsPDF's subsetting, width table and ToUnicode map exactly as its own text() records
 * them, but once per glyph instead of once per character. jsPDF searched its whole width
 * list and grew its list of used glyphs for every character drawn: on a 1,500-touchpoint
 * poster that was most of the export's time and much of its garbage.
 */

/** The parts of jsPDF's TrueType font object (TTFFont) that text encoding reads and writes. */
export interface GlyphTables {
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
  /** Glyphs to keep when the font is subset; duplicates are allowed (jsPDF pushes one per character). */
  glyIdsUsed: number[];
  /** Glyph id → UTF-16 code unit, written as the font's ToUnicode map. */
  toUnicode: Record<number, number>;
  /** The /W array: glyph id, then [width], for each glyph used. */
  Unicode: { widths: (number | number[])[] };
}

export class GlyphEncoder {
  private readonly recorded = new Set<number>();
  private readonly hexByCode = new Map<number, string>();

  constructor(private readonly tables: GlyphTables) {
    // Glyphs jsPDF's own text() already wrote into the width table must not be listed twice.
    const widths = tables.Unicode.widths;
    for (let i = 0; i < widths.length; i += 2) {
      const glyph = widths[i];
      if (typeof glyph === 'number') this.recorded.add(glyph);
    }
  }

  /** Four hex digits per UTF-16 code unit, as jsPDF's pdfEscape16 writes them. */
  hex(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let hex = this.hexByCode.get(code);
      if (hex === undefined) {
        hex = this.record(code);
        this.hexByCode.set(code, hex);
      }
      out += hex;
    }
    return out;
  }

  private record(code: number): string {
    const t = this.tables;
    const glyph = t.characterToGlyph(code);
    t.toUnicode[glyph] = code;
    if (!this.recorded.has(glyph)) {
      this.recorded.add(glyph);
      t.glyIdsUsed.push(glyph);
      t.Unicode.widths.push(glyph, [Math.trunc(t.widthOfGlyph(glyph))]);
    }
    return glyph.toString(16).padStart(4, '0');
  }
}
