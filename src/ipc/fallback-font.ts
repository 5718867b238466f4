/**
 * The IPC contract of the PDF's fallback font, for characters the bundled Noto Sans lacks
 * (Chinese, Japanese...): what main answers on its channels, and the check both sides make
 * that a file is a TrueType font. In the desktop app its path stays in main
 * (`pdf.fallbackFontPath`); the page only ever sees its name.
 */

export interface FallbackFontInfo {
  name: string;
  /** Why the file cannot be used now (moved, deleted, unreadable); null when it can. */
  problem: string | null;
}

export type ChooseFallbackFontResult =
  | { status: 'chosen'; name: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface FallbackFontData {
  /** The font's file name; null when none is set. */
  name: string | null;
  /** The font file's bytes; null when none is set or it cannot be read. */
  bytes: Uint8Array | null;
  /** Why a font that is set could not be read; null otherwise. */
  message: string | null;
}

/** 0x00010000 and 'true' (a TrueType font), or 'ttcf' (a TrueType collection). */
export function hasTrueTypeSignature(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const tag = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  return tag === '\u0000\u0001\u0000\u0000' || tag === 'true' || tag === 'ttcf';
}
