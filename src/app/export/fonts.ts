/**
 * The exporter's fonts in the app: the bundled Noto Sans Regular and Bold, decoded once per
 * session from the lazily loaded font-data chunk, and the user's fallback font (Preferences),
 * read afresh for each export.
 */
import type { FallbackFontStore } from '../preferences/fallback-font.ts';
import type { WorkerFonts } from './protocol.ts';

/** The bytes of a `data:…;base64,…` URL. */
export function bytesOfDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0 || !url.slice(0, comma).endsWith(';base64')) {
    throw new Error('The bundled font is not a base64 data URL.');
  }
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let loading: Promise<WorkerFonts> | null = null;

/** The bundled fonts (no fallback font: see loadExportFonts). */
export function loadAppFonts(): Promise<WorkerFonts> {
  loading ??= import('./font-data.ts').then(
    ({ FONT_DATA_URLS }) => ({
      regular: bytesOfDataUrl(FONT_DATA_URLS.regular),
      bold: bytesOfDataUrl(FONT_DATA_URLS.bold),
      fallback: null,
    }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The fonts of one export: the bundled ones and, when the user chose one, the fallback font's
 * bytes. A fallback font that cannot be read is left out (its characters are then reported
 * as missing); the Export dialog says why.
 */
export async function loadExportFonts(
  fallback: Pick<FallbackFontStore, 'read'> | null,
  bundled: () => Promise<WorkerFonts> = loadAppFonts,
): Promise<WorkerFonts> {
  const [fonts, extra] = await Promise.all([
    bundled(),
    fallback ? fallback.read() : Promise.resolve(null),
  ]);
  return { ...fonts, fallback: extra?.bytes ?? null };
}
