/**
 * The PDF's own colours and formats. Colours are `[r, g, b]`, 0..255.
 *
 * How kinds, emotions, severities and rows look is not here: it is the `print` colour of
 * core/presentation.ts's tables, read through `printRgb`, so the PDF, the canvas and the
 * panels show one vocabulary. What stays here is only the PDF's: ink, rules, header fills,
 * the dimmed ghosts of filtered-out cards, the curve's line and the connections.
 */
import type { Emotion } from '../core/model.ts';
import type { Hex, Swatch } from '../core/presentation.ts';
import { emotionTerm } from '../core/vocabulary.ts';

export type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [128, 128, 128];
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `a` moved towards `b` by t (0: a, 1: b). */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const c = (i: 0 | 1 | 2): number => Math.round(a[i] + (b[i] - a[i]) * t);
  return [c(0), c(1), c(2)];
}

const printed = new Map<Hex, Rgb>();

/** A swatch's print colour as the painter's Rgb; cached, since every card asks again. */
export function printRgb(swatch: Swatch): Rgb {
  let rgb = printed.get(swatch.print);
  if (rgb === undefined) {
    rgb = hexToRgb(swatch.print);
    printed.set(swatch.print, rgb);
  }
  return rgb;
}

export const WHITE: Rgb = [255, 255, 255];
export const INK: Rgb = [31, 35, 40];
export const MUTED: Rgb = [95, 102, 112];
export const FAINT: Rgb = [150, 156, 164];
export const RULE: Rgb = [201, 206, 212];
export const HEADER_FILL: Rgb = [241, 243, 245];
export const PANEL_FILL: Rgb = [251, 250, 247];

export const DIMMED = {
  fill: [246, 246, 247] as Rgb,
  border: [200, 202, 206] as Rgb,
  text: [168, 172, 178] as Rgb,
};

/** The emotion curve's line and the connections' arrows (the low points' ring is LOWEST_MOMENT). */
export const CURVE = {
  line: [52, 58, 64] as Rgb,
  connection: [92, 101, 115] as Rgb,
};

/**
 * An emotion's score as the PDF prints it: the vocabulary's "+2" / "−1", with the minus sign
 * as a hyphen-minus, because the bundled fonts are cut down to ranges without U+2212
 * (assets/fonts/README.md); once they carry it, this is just `emotionTerm(e).score`.
 */
export function emotionScore(emotion: Emotion): string {
  return emotionTerm(emotion).score.replace(/\u2212/g, '-');
}

/** Format a number the way the tables and cards show it: at most `digits` decimals. */
export function formatNumber(value: number, digits = 1): string {
  const f = 10 ** digits;
  const rounded = Math.round(value * f) / f;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "22 November 2026", in UTC. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
