/** Colour arithmetic for slides: tints of a department's colour, as the PDF draws its lanes. */
import type { Hex } from '../core/presentation.ts';

const channels = (hex: Hex): number[] =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** `color` moved towards `base` by `t` (0: color, 1: base). */
export function mixHex(color: Hex, base: Hex, t: number): Hex {
  const a = channels(color);
  const b = channels(base);
  const mixed = a.map((v, i) => Math.round(v + (b[i]! - v) * t));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** A department colour as written in the file, or a neutral grey when it is not #rrggbb. */
export const departmentHex = (color: string): Hex =>
  /^#[0-9a-f]{6}$/i.test(color) ? (color as Hex) : '#868e96';
