/**
 * What the map's drawing code (draw-*.ts, icons.ts) asks of the thing it draws on: the PDF
 * Painter (painter.ts) and the SVG painter (svg-painter.ts) both implement it, so a PDF
 * page and an SVG or PNG export are one drawing, made by the same calls.
 *
 * Coordinates are "user units" mapped to the output by the current transform (see `with`);
 * text is measured with the export's fonts, so wrapping and ellipses are the same everywhere.
 */
import type { PaintStyle } from './content.ts';
import type { Wrapped } from './text.ts';
import type { Rgb } from './theme.ts';

export interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextStyle {
  /** Font size in user units. */
  size: number;
  bold?: boolean;
  color: Rgb;
  align?: 'left' | 'center' | 'right';
}

/** The one graphics-state setting the drawing code takes from jsPDF's own API. */
export interface LineJoinSetter {
  setLineJoin(join: 'round'): unknown;
}

export interface Surface {
  /** Line joins: jsPDF's document, or the SVG painter's stand-in for it. */
  readonly doc: LineJoinSetter;
  /** User units to output units (points in a PDF, pixels in an SVG). */
  readonly scale: number;
  /** Draws with the origin moved to the user point (x, y). */
  group<T>(x: number, y: number, draw: () => T): T;
  /**
   * Draws `draw` (shapes only, no text); a surface may write again what an earlier stamp
   * with the same `key` drew there instead of drawing it anew (the PDF's Painter does).
   */
  stamp(key: string, x: number, y: number, draw: () => void): void;
  /** Runs `draw` with user units mapped by `t` and, optionally, only `view` visible. */
  with<T>(t: Transform, view: Box | null, draw: () => T): T;
  /** False when a box (user units) is wholly outside the visible part. */
  visible(x: number, y: number, width: number, height: number): boolean;
  px(x: number): number;
  py(y: number): number;

  fill(c: Rgb): this;
  stroke(c: Rgb): this;
  /** Line width in user units. */
  lineWidth(w: number): this;
  /** A dash pattern in user units; empty for a solid line. */
  dash(pattern: readonly number[]): this;

  rect(x: number, y: number, w: number, h: number, style: PaintStyle): this;
  roundedRect(x: number, y: number, w: number, h: number, r: number, style: PaintStyle): this;
  circle(x: number, y: number, r: number, style: PaintStyle): this;
  line(x1: number, y1: number, x2: number, y2: number): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  curveTo(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): this;
  closePath(): this;
  /** Paints the current path. */
  paint(style: PaintStyle): this;
  polygon(points: readonly (readonly [number, number])[], style: PaintStyle): this;

  save(): this;
  restore(): this;
  /** Clips what follows (until restore) to a rectangle, corners rounded by r. */
  clip(x: number, y: number, w: number, h: number, r?: number): this;

  /** Width of a cleaned string, user units. */
  measure(text: string, size: number, bold?: boolean): number;
  wrap(text: string, width: number, size: number, bold?: boolean, maxLines?: number): Wrapped;
  /** Wraps at the first size of `steps` at which the whole text fits (see Painter.fit). */
  fit(
    text: string,
    width: number,
    steps: readonly { size: number; lines: number }[],
    bold?: boolean,
  ): { lines: string[]; size: number };
  ellipsize(text: string, width: number, size: number, bold?: boolean): string;
  /** One line of cleaned text, its baseline at y; returns its width (user units). */
  text(text: string, x: number, y: number, style: TextStyle): number;
  /** Wrapped lines, the first baseline at `y`, each `lineHeight` below the last. */
  lines(lines: readonly string[], x: number, y: number, lineHeight: number, style: TextStyle): void;
}
