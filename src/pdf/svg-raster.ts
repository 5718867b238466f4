/**
 * The size of a PNG drawn from the export's SVG, shared by the command line (resvg) and the
 * app (a canvas). A raster of a large map grows fast: the 1,500-touchpoint map is 9,500 by
 * 5,500 pixels at scale 1, 830 MB of pixels at scale 2, more than a browser canvas holds
 * (Chromium's limit is about 268 megapixels) and too much to hold in memory comfortably. So
 * a picture is at most MAX_PNG_PIXELS: the default scale is lowered to fit, with a note; a
 * scale asked for explicitly is refused when it does not fit, naming the largest that does.
 */

/** The default scale: two pixels per map unit, sharp on a high-density screen or a slide. */
const DEFAULT_PNG_SCALE = 2;
const MIN_PNG_SCALE = 0.1;
const MAX_PNG_SCALE = 8;
/** At most 64 megapixels (8,000 by 8,000): 256 MB of pixels while drawing. */
export const MAX_PNG_PIXELS = 64_000_000;

export type PngScale =
  | { ok: true; scale: number; width: number; height: number; note: string | null }
  | { ok: false; problem: string };

/** The largest scale, to a hundredth, at which a width x height picture stays within the limit. */
function largestScale(width: number, height: number): number {
  return Math.floor(Math.sqrt(MAX_PNG_PIXELS / (width * height)) * 100) / 100;
}

/** The scale and pixel size of the PNG of a width x height SVG; `wanted` null for the default. */
export function pngScale(width: number, height: number, wanted: number | null): PngScale {
  if (wanted !== null && !(wanted >= MIN_PNG_SCALE && wanted <= MAX_PNG_SCALE))
    return {
      ok: false,
      problem: `--scale: expected a number from ${MIN_PNG_SCALE} to ${MAX_PNG_SCALE}, got ${wanted}`,
    };
  const scale = wanted ?? DEFAULT_PNG_SCALE;
  const size = (s: number) => ({ width: Math.round(width * s), height: Math.round(height * s) });
  const at = size(scale);
  if (at.width * at.height <= MAX_PNG_PIXELS) return { ok: true, scale, ...at, note: null };
  const largest = largestScale(width, height);
  const mp = (MAX_PNG_PIXELS / 1e6).toFixed(0);
  if (wanted !== null || largest < MIN_PNG_SCALE)
    return {
      ok: false,
      problem: `--scale: at ${scale} the ${width} x ${height} map would be ${at.width} x ${at.height} pixels, more than ${mp} megapixels; the largest scale is ${largest}`,
    };
  return {
    ok: true,
    scale: largest,
    ...size(largest),
    note: `the map is large: drawn at scale ${largest} instead of ${scale} (at most ${mp} megapixels)`,
  };
}
