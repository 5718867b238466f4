import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { toBinaryString } from '../../../src/pdf/fonts.ts';
import { GlyphEncoder, type GlyphTables } from '../../../src/pdf/glyph-encoder.ts';
import { bundledFonts } from './helpers.ts';

/** jsPDF's own encoder, which its text() runs for Identity-H fonts (not in its types). */
type PdfEscape16 = (text: string, font: { metadata: GlyphTables }) => string;

async function regularFont(): Promise<GlyphTables> {
  const { regular } = await bundledFonts();
  const doc = new jsPDF({ unit: 'pt' });
  doc.addFileToVFS('r.ttf', toBinaryString(regular));
  doc.addFont('r.ttf', 'R', 'normal', 'normal', 'Identity-H');
  doc.setFont('R', 'normal');
  return doc.getFont().metadata as GlyphTables;
}

function fakeTables(): GlyphTables {
  return {
    characterToGlyph: (code) => code - 60,
    widthOfGlyph: (glyph) => glyph * 10 + 0.75,
    glyIdsUsed: [0],
    toUnicode: {},
    Unicode: { widths: [] },
  };
}

describe('GlyphEncoder', () => {
  it("writes the same glyph ids as jsPDF's own text encoding", async () => {
    const text = 'Café crème, ordered — 12 × “quickly”';
    const ours = new GlyphEncoder(await regularFont()).hex(text);
    const escape = (jsPDF.API as unknown as { pdfEscape16: PdfEscape16 }).pdfEscape16;
    const theirs = escape(text, { metadata: await regularFont() });
    expect(ours).toBe(theirs);
    expect(ours).toHaveLength(text.length * 4);
  });

  it('records each glyph once for subsetting, with its width and its character', () => {
    const tables = fakeTables();
    const encoder = new GlyphEncoder(tables);
    expect(encoder.hex('ABBA')).toBe('0005000600060005');
    expect(encoder.hex('BC')).toBe('00060007');
    expect(tables.glyIdsUsed).toEqual([0, 5, 6, 7]);
    expect(tables.Unicode.widths).toEqual([5, [50], 6, [60], 7, [70]]);
    expect(tables.toUnicode).toEqual({ 5: 65, 6: 66, 7: 67 });
  });

  it('does not list again a glyph jsPDF already put in the width table', () => {
    const tables = fakeTables();
    tables.Unicode.widths.push(5, [50]);
    tables.glyIdsUsed.push(5, 5);
    new GlyphEncoder(tables).hex('AB');
    expect(tables.Unicode.widths).toEqual([5, [50], 6, [60]]);
    expect(tables.glyIdsUsed).toEqual([0, 5, 5, 6]);
  });
});
