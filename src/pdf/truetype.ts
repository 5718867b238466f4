/**
 * A minimal TrueType reader: enough of a font file to know which characters it has and how
 * wide they are (the cmap, hmtx, hhea and head tables), so that text can be measured,
 * wrapped and given a font character by character without jsPDF, and without any DOM.
 *
 * A TrueType collection (.ttc) is reduced to its first font by `firstFontOfCollection`, as
 * the PDF engine embeds single fonts only.
 */

export class FontFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontFormatError';
  }
}

export interface TrueTypeFont {
  unitsPerEm: number;
  /** hhea ascender and descender (descender negative), font units. */
  ascender: number;
  descender: number;
  /** True when the outlines are TrueType (a `glyf` table): jsPDF can embed only those. */
  hasGlyfOutlines: boolean;
  /** The glyph of a code point; 0 (.notdef) when the font lacks it. */
  glyphIndex(codePoint: number): number;
  /** Advance width of a glyph, font units. */
  advanceWidth(glyph: number): number;
}

interface TableRecord {
  offset: number;
  length: number;
}

const TRUETYPE = 0x00010000;
const TRUE_TAG = 0x74727565; // 'true'
const OTTO = 0x4f54544f; // 'OTTO'
const TTCF = 0x74746366; // 'ttcf'

function tag(view: DataView, offset: number): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += String.fromCharCode(view.getUint8(offset + i));
  return out;
}

function readTables(view: DataView, base: number): Map<string, TableRecord> {
  const numTables = view.getUint16(base + 4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const r = base + 12 + i * 16;
    const record = { offset: view.getUint32(r + 8), length: view.getUint32(r + 12) };
    if (record.offset + record.length > view.byteLength)
      throw new FontFormatError(`table ${tag(view, r)} runs past the end of the file`);
    tables.set(tag(view, r), record);
  }
  return tables;
}

type CmapLookup = (codePoint: number) => number;

function format4(view: DataView, at: number): CmapLookup {
  const segCount = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (view.getUint16(ends + mid * 2) < cp) lo = mid + 1;
      else hi = mid;
    }
    const start = view.getUint16(starts + lo * 2);
    if (cp < start || cp > view.getUint16(ends + lo * 2)) return 0;
    const delta = view.getInt16(deltas + lo * 2);
    const rangeOffset = view.getUint16(rangeOffsets + lo * 2);
    if (rangeOffset === 0) return (cp + delta) & 0xffff;
    const glyphAt = rangeOffsets + lo * 2 + rangeOffset + (cp - start) * 2;
    if (glyphAt + 2 > view.byteLength) return 0;
    const glyph = view.getUint16(glyphAt);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  };
}

function format12(view: DataView, at: number): CmapLookup {
  const groups = view.getUint32(at + 12);
  const first = at + 16;
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = first + mid * 12;
      const start = view.getUint32(g);
      if (cp < start) hi = mid - 1;
      else if (cp > view.getUint32(g + 4)) lo = mid + 1;
      else return view.getUint32(g + 8) + (cp - start);
    }
    return 0;
  };
}

function readCmap(view: DataView, table: TableRecord): CmapLookup {
  const count = view.getUint16(table.offset + 2);
  let best: { rank: number; at: number; format: number } | null = null;
  for (let i = 0; i < count; i++) {
    const r = table.offset + 4 + i * 8;
    const platform = view.getUint16(r);
    const encoding = view.getUint16(r + 2);
    const at = table.offset + view.getUint32(r + 4);
    const format = view.getUint16(at);
    // Prefer full Unicode (format 12), then the BMP (format 4) of Windows or Unicode tables.
    let rank = 0;
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) rank = 3;
    else if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) rank = 2;
    if (rank > 0 && (best === null || rank > best.rank)) best = { rank, at, format };
  }
  if (best === null) throw new FontFormatError('the font has no Unicode character map');
  return best.format === 12 ? format12(view, best.at) : format4(view, best.at);
}

/** Reads a TrueType (or OpenType) font file; throws FontFormatError when it cannot. */
export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  if (bytes.byteLength < 12) throw new FontFormatError('the file is too short to be a font');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version === TTCF)
    throw new FontFormatError('a font collection (.ttc): take one font out of it first');
  if (version !== TRUETYPE && version !== TRUE_TAG && version !== OTTO)
    throw new FontFormatError('not a TrueType or OpenType font');
  try {
    const tables = readTables(view, 0);
    const need = (name: string): TableRecord => {
      const t = tables.get(name);
      if (!t) throw new FontFormatError(`the font has no ${name} table`);
      return t;
    };
    const head = need('head');
    const hhea = need('hhea');
    const hmtx = need('hmtx');
    const lookup = readCmap(view, need('cmap'));
    const unitsPerEm = view.getUint16(head.offset + 18) || 1000;
    const metrics = view.getUint16(hhea.offset + 34);
    if (metrics === 0) throw new FontFormatError('the font has no horizontal metrics');
    const lastAdvance = view.getUint16(hmtx.offset + (metrics - 1) * 4);
    return {
      unitsPerEm,
      ascender: view.getInt16(hhea.offset + 4),
      descender: view.getInt16(hhea.offset + 6),
      hasGlyfOutlines: tables.has('glyf') && tables.has('loca') && version !== OTTO,
      glyphIndex: lookup,
      advanceWidth: (glyph) =>
        glyph < metrics ? view.getUint16(hmtx.offset + glyph * 4) : lastAdvance,
    };
  } catch (error) {
    if (error instanceof FontFormatError) throw error;
    throw new FontFormatError(`the font file is damaged (${String(error)})`);
  }
}

/** True when the bytes are a TrueType collection (.ttc). */
export function isFontCollection(bytes: Uint8Array): boolean {
  return (
    bytes.byteLength >= 12 &&
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === TTCF
  );
}

/**
 * The first font of a TrueType collection as a standalone font file: its tables copied out
 * (4-byte aligned) behind a fresh table directory. Table checksums are kept as they were.
 */
export function firstFontOfCollection(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isFontCollection(bytes)) throw new FontFormatError('not a font collection');
  if (view.getUint32(8) < 1) throw new FontFormatError('the font collection is empty');
  const base = view.getUint32(12);
  if (base + 12 > bytes.byteLength) throw new FontFormatError('the font collection is damaged');
  const numTables = view.getUint16(base + 4);
  const records: { tag: number; checksum: number; offset: number; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const r = base + 12 + i * 16;
    const record = {
      tag: view.getUint32(r),
      checksum: view.getUint32(r + 4),
      offset: view.getUint32(r + 8),
      length: view.getUint32(r + 12),
    };
    if (record.offset + record.length > bytes.byteLength)
      throw new FontFormatError('the font collection is damaged');
    records.push(record);
  }
  const pad = (n: number): number => (n + 3) & ~3;
  let size = 12 + numTables * 16;
  for (const r of records) size += pad(r.length);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  out.set(bytes.subarray(base, base + 12), 0);
  let at = 12 + numTables * 16;
  records.forEach((r, i) => {
    const d = 12 + i * 16;
    w.setUint32(d, r.tag);
    w.setUint32(d + 4, r.checksum);
    w.setUint32(d + 8, at);
    w.setUint32(d + 12, r.length);
    out.set(bytes.subarray(r.offset, r.offset + r.length), at);
    at += pad(r.length);
  });
  return out;
}
