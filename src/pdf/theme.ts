/**
 * The PDF's colours, sizes and words, in one place. Colours are `[r, g, b]`, 0..255.
 *
 * Every distinction the map makes survives black-and-white printing: service and
 * experience differ in shape (rounded vs square corners), border (solid thick vs dashed),
 * kind chip (filled vs outlined), icon (headset vs sparkle) and word, not only in colour;
 * emotions are faces whose mouths read without colour; friction severities carry their word
 * and one to three bars in the warning sign. The colours follow the canvas's.
 */
import type { Emotion, Severity, TouchpointKind } from '../core/model.ts';

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

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/** Relative luminance, 0..1 (sRGB). */
export function luminance(c: Rgb): number {
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

/** Black or white, whichever reads better on `background`. */
export function textOn(background: Rgb): Rgb {
  return luminance(background) > 0.4 ? INK : WHITE;
}

export const INK: Rgb = [31, 35, 40];
export const MUTED: Rgb = [95, 102, 112];
export const FAINT: Rgb = [150, 156, 164];
export const RULE: Rgb = [201, 206, 212];
export const HEADER_FILL: Rgb = [241, 243, 245];
export const PANEL_FILL: Rgb = [251, 250, 247];

export interface KindStyle {
  label: string;
  /** One line for the legend. */
  description: string;
  border: Rgb;
  fill: Rgb;
  /** Border width in canvas units. */
  borderWidth: number;
  /** Dash pattern in canvas units; empty: solid. */
  dash: readonly number[];
  /** Corner radius in canvas units. */
  radius: number;
}

/** The colours follow the canvas (src/app/styles.css), so the PDF looks like the screen. */
export const KIND_STYLES: Readonly<Record<TouchpointKind, KindStyle>> = {
  service: {
    label: 'Service',
    description: 'Customer reaches out, people help',
    border: [54, 73, 184],
    fill: [238, 241, 255],
    borderWidth: 2.6,
    dash: [],
    radius: 16,
  },
  experience: {
    label: 'Experience',
    description: 'Every other moment of the journey',
    border: [122, 90, 30],
    fill: [255, 255, 255],
    borderWidth: 1.8,
    dash: [6, 3.5],
    radius: 2,
  },
};

export const DIMMED = {
  fill: [246, 246, 247] as Rgb,
  border: [200, 202, 206] as Rgb,
  text: [168, 172, 178] as Rgb,
};

/** Emotion colours: the curve's points, and the faces' outlines. */
export const EMOTION_COLORS: Readonly<Record<Emotion, Rgb>> = {
  [-2]: [201, 42, 42],
  [-1]: [232, 89, 12],
  [0]: [134, 142, 150],
  [1]: [64, 163, 86],
  [2]: [43, 138, 62],
};

/** The faces' fills: light, so the mouth reads in black and white too. */
export const FACE_FILLS: Readonly<Record<Emotion, Rgb>> = {
  [-2]: [255, 201, 201],
  [-1]: [255, 224, 194],
  [0]: [233, 236, 239],
  [1]: [211, 249, 216],
  [2]: [178, 242, 187],
};

export const EMOTION_LABELS: Readonly<Record<Emotion, string>> = {
  [-2]: 'Very negative',
  [-1]: 'Negative',
  [0]: 'Neutral',
  [1]: 'Positive',
  [2]: 'Very positive',
};

export function emotionText(emotion: Emotion): string {
  return emotion > 0 ? `+${emotion}` : String(emotion);
}

export interface SeverityStyle {
  label: string;
  /** Badge background. */
  fill: Rgb;
  /** Badge text, border and icon. */
  text: Rgb;
  /** Bars in the warning triangle: 1 low, 2 medium, 3 high (the severity in shape). */
  bars: 1 | 2 | 3;
}

export const SEVERITY_STYLES: Readonly<Record<Severity, SeverityStyle>> = {
  low: { label: 'low', fill: [253, 247, 215], text: [102, 85, 0], bars: 1 },
  medium: { label: 'medium', fill: [255, 240, 219], text: [143, 71, 0], bars: 2 },
  high: { label: 'high', fill: [255, 227, 227], text: [164, 22, 26], bars: 3 },
};

export { CHANNEL_WORDS as CHANNEL_LABELS } from '../core/words.ts';

/** The curve and its low points. */
export const CURVE = {
  line: [52, 58, 64] as Rgb,
  lowest: [192, 45, 38] as Rgb,
  connection: [92, 101, 115] as Rgb,
};

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
