/**
 * The fonts an export command draws with: the bundled ones, plus `--fallback-font` when
 * given. One place for the wording of what went wrong, shared by every export command.
 */
import { readErrorReason } from '../node/file-errors.ts';
import { loadPdfFonts } from '../node/pdf-fonts.ts';
import type { FontBytes } from '../pdf/fonts.ts';

export type CliFonts = { ok: true; fonts: FontBytes } | { ok: false; message: string };

export async function loadCliFonts(fallbackPath: string | undefined): Promise<CliFonts> {
  try {
    return { ok: true, fonts: await loadPdfFonts({ fallbackPath }) };
  } catch (error) {
    const why = readErrorReason((error as { cause?: unknown }).cause ?? error);
    return {
      ok: false,
      message:
        fallbackPath !== undefined && String(error).includes('fallback font')
          ? `--fallback-font: cannot read ${fallbackPath}: ${why}`
          : `cannot read the bundled fonts: ${why}`,
    };
  }
}
