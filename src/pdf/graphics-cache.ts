/**
 * What a Painter has written of the PDF graphics state: colours, line width, dash, text font
 * and size, and the origin of the current group (see Painter.group). It writes only what
 * changes; `q` saves this knowledge with the state and `Q` puts both back.
 */
import { dashOp, fillOp, lineWidthOp, strokeOp } from './content.ts';
import type { FontId } from './fonts.ts';
import type { Rgb } from './theme.ts';

interface Known {
  fill: Rgb | null;
  stroke: Rgb | null;
  width: number | null;
  dash: string | null;
  font: FontId | null;
  size: number | null;
  ox: number;
  oy: number;
}

export const sameRgb = (a: Rgb | null, b: Rgb): boolean =>
  a !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

export class GraphicsCache implements Known {
  fill: Rgb | null = null;
  stroke: Rgb | null = null;
  width: number | null = null;
  dash: string | null = null;
  font: FontId | null = null;
  size: number | null = null;
  /** The current group's origin, page points with y up: coordinates are written from it. */
  ox = 0;
  oy = 0;
  /** What was known at each open `q` of save(). */
  private readonly saved: Known[] = [];

  /** Forget everything (a new page). */
  reset(): void {
    this.fill = null;
    this.stroke = null;
    this.width = null;
    this.dash = null;
    this.font = null;
    this.size = null;
    this.ox = 0;
    this.oy = 0;
    this.saved.length = 0;
  }

  snapshot(): Known {
    const { fill, stroke, width, dash, font, size, ox, oy } = this;
    return { fill, stroke, width, dash, font, size, ox, oy };
  }

  /** What was known at a `q`, once the matching `Q` is written. */
  putBack(known: Known): void {
    Object.assign(this, known);
  }

  /** The operator that makes `c` the fill colour, or null when it is already. */
  setFill(c: Rgb): string | null {
    if (sameRgb(this.fill, c)) return null;
    this.fill = c;
    return fillOp(c);
  }

  setStroke(c: Rgb): string | null {
    if (sameRgb(this.stroke, c)) return null;
    this.stroke = c;
    return strokeOp(c);
  }

  /** Points. */
  setWidth(pt: number): string | null {
    if (this.width === pt) return null;
    this.width = pt;
    return lineWidthOp(pt);
  }

  /** Points; empty for a solid line. */
  setDash(pattern: readonly number[]): string | null {
    const key = pattern.join(',');
    if (this.dash === key) return null;
    this.dash = key;
    return dashOp(pattern);
  }

  /** A `q` of save(). */
  push(): void {
    this.saved.push(this.snapshot());
  }

  /** The `Q` of restore(): back to what was known at its `q` (nothing, without one). */
  pop(): void {
    const known = this.saved.pop();
    if (known) this.putBack(known);
    else this.reset();
  }
}
