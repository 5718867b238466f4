/**
 * The one place that talks to jsPDF's drawing API. A Painter draws in "user units" mapped to
 * page points by a transform (page = offset + scale * user), so the map is drawn in canvas
 * units straight from computeLayout and the title block in points, with the same code.
 *
 * Text is drawn run by run, each in the font that has its characters (see fonts.ts); a
 * character no font has becomes a hollow box of the text's colour.
 */
import type { jsPDF } from 'jspdf';
import {
  PAINT_OPERATOR,
  circleAtOrigin,
  curveOp,
  fillOp,
  lineOp,
  moveOp,
  num,
  rectOp,
  roundedRectPath,
  type PaintStyle,
} from './content.ts';
import { PLACEHOLDER_WIDTH, type FontId, type FontSet } from './fonts.ts';
import { GlyphEncoder, type GlyphTables } from './glyph-encoder.ts';
import { GraphicsCache, sameRgb } from './graphics-cache.ts';
import type { Surface, TextStyle } from './surface.ts';
import { Stamps } from './stamps.ts';
import { UserUnits } from './user-units.ts';
import { wrapText, ellipsize, fitText, type FitStep, type Fitted, type Wrapped } from './text.ts';
import type { Rgb } from './theme.ts';

export type { PaintStyle } from './content.ts';
export type { Box, TextStyle } from './surface.ts';

/** jsPDF's raw output to the current page (not in its published types). */
interface PageWriter {
  write(...parts: string[]): void;
  pageSize: { getHeight(): number };
}

export class Painter extends UserUnits implements Surface {
  /** The graphics state written so far, to write only what changes. */
  private readonly g = new GraphicsCache();
  /** Each font's resource name and glyph encoder, once jsPDF has drawn its first text. */
  private readonly encoders = new Map<FontId, { key: string; encoder: GlyphEncoder }>();
  private readonly out: PageWriter;
  /** The page's height in points: PDF y runs up from the bottom, the painter's y down. */
  private pageHeight: number;
  private readonly stamps = new Stamps();

  constructor(
    readonly doc: jsPDF,
    readonly fonts: FontSet,
    private readonly useFont: (id: FontId) => void,
  ) {
    super();
    this.out = doc.internal as unknown as PageWriter;
    this.pageHeight = this.out.pageSize.getHeight();
  }

  /** Forget the cached graphics state (a new page, a restored state). */
  resetState(): void {
    this.g.reset();
    this.pageHeight = this.out.pageSize.getHeight();
  }

  /**
   * Draws with the origin moved to the user point (x, y) (not rounded, so a card's own
   * numbers are the same wherever it is): the same card or dot anywhere is the same run of
   * operators, which compression stores once (a 1,500-card A0 page: 1,040 KB to 190 KB).
   */
  group<T>(x: number, y: number, draw: () => T): T {
    const dx = this.px(x) - this.g.ox;
    const dy = this.yUp(y) - this.g.oy;
    const saved = this.g.snapshot();
    this.emit('q', `1 0 0 1 ${num(dx)} ${num(dy)} cm`);
    this.g.ox += dx;
    this.g.oy += dy;
    try {
      return draw();
    } finally {
      this.emit('Q');
      this.g.putBack(saved);
    }
  }

  /**
   * Draws `draw`, path operators and graphics state only (no text), or writes again what an
   * earlier stamp with the same key wrote at the same place in its group (see stamps.ts).
   * `key` names everything else the drawing depends on: its size, its colour.
   */
  stamp(key: string, x: number, y: number, draw: () => void): void {
    const place = `${key}|${num(this.cx(x))} ${num(this.cy(y))}|${this.t.scale}`;
    this.stamps.draw(place, this.g, (text) => this.out.write(text), draw);
  }

  /** Operators into the page's content stream, a line each. */
  private emit(...lines: string[]): void {
    if (!this.stamps.record(lines)) this.out.write(lines.join('\n'));
  }

  /** A user-unit y as PDF's y (points up from the page's bottom). */
  private yUp(y: number): number {
    return this.pageHeight - this.py(y);
  }

  /** A user-unit x as written in the content stream: page points from the group's origin. */
  private cx(x: number): number {
    return this.px(x) - this.g.ox;
  }

  /** A user-unit y as written: points up from the group's origin. */
  private cy(y: number): number {
    return this.yUp(y) - this.g.oy;
  }

  fill(c: Rgb): this {
    return this.emitChange(this.g.setFill(c));
  }

  stroke(c: Rgb): this {
    return this.emitChange(this.g.setStroke(c));
  }

  /** Line width in user units. */
  lineWidth(w: number): this {
    return this.emitChange(this.g.setWidth(Math.max(0.05, w * this.t.scale)));
  }

  /** A dash pattern in user units; empty for a solid line. */
  dash(pattern: readonly number[]): this {
    return this.emitChange(this.g.setDash(pattern.map((d) => d * this.t.scale)));
  }

  /** A state operator, unless the state was already so (null). */
  private emitChange(op: string | null): this {
    if (op !== null) this.emit(op);
    return this;
  }

  /** The path of a rectangle, corners rounded by r (user units), not painted. */
  private boxPath(x: number, y: number, w: number, h: number, r: number): string {
    const s = this.t.scale;
    if (r <= 0) return rectOp(this.cx(x), this.cy(y), w * s, -h * s);
    const rr = Math.min(r, w / 2, h / 2) * s;
    return roundedRectPath(this.cx(x), this.cy(y), w * s, h * s, rr);
  }

  rect(x: number, y: number, w: number, h: number, style: PaintStyle): this {
    this.emit(this.boxPath(x, y, w, h, 0), PAINT_OPERATOR[style]);
    return this;
  }

  roundedRect(x: number, y: number, w: number, h: number, r: number, style: PaintStyle): this {
    this.emit(this.boxPath(x, y, w, h, r), PAINT_OPERATOR[style]);
    return this;
  }

  circle(x: number, y: number, r: number, style: PaintStyle): this {
    // Around its own origin: the dots of the emotion row (one per touchpoint) are then one
    // repeated run of operators, which compresses to almost nothing.
    return this.group(x, y, () => {
      this.emit(circleAtOrigin(r * this.t.scale), PAINT_OPERATOR[style]);
      return this;
    });
  }

  line(x1: number, y1: number, x2: number, y2: number): this {
    this.emit(moveOp(this.cx(x1), this.cy(y1)), lineOp(this.cx(x2), this.cy(y2)), PAINT_OPERATOR.S);
    return this;
  }

  moveTo(x: number, y: number): this {
    this.emit(moveOp(this.cx(x), this.cy(y)));
    return this;
  }

  lineTo(x: number, y: number): this {
    this.emit(lineOp(this.cx(x), this.cy(y)));
    return this;
  }

  curveTo(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): this {
    this.emit(
      curveOp(this.cx(x1), this.cy(y1), this.cx(x2), this.cy(y2), this.cx(x3), this.cy(y3)),
    );
    return this;
  }

  closePath(): this {
    this.emit('h');
    return this;
  }

  /** Paint the current path. */
  paint(style: PaintStyle): this {
    this.emit(PAINT_OPERATOR[style]);
    return this;
  }

  polygon(points: readonly (readonly [number, number])[], style: PaintStyle): this {
    points.forEach(([x, y], i) => (i === 0 ? this.moveTo(x, y) : this.lineTo(x, y)));
    return this.closePath().paint(style);
  }

  save(): this {
    // In a stamp, which draws no text, jsPDF's saved font state would come back unchanged.
    if (!this.stamps.record(['q'])) this.doc.saveGraphicsState();
    this.g.push();
    return this;
  }

  restore(): this {
    if (!this.stamps.record(['Q'])) this.doc.restoreGraphicsState();
    this.g.pop();
    return this;
  }

  /** Clip what follows (until restore) to a rectangle, corners rounded by r. */
  clip(x: number, y: number, w: number, h: number, r = 0): this {
    this.emit(this.boxPath(x, y, w, h, r), 'W', 'n');
    return this;
  }

  /** Width of a cleaned string, user units. */
  measure(text: string, size: number, bold = false): number {
    return this.fonts.measure(text, bold) * size;
  }

  measurer(size: number, bold = false): (text: string) => number {
    return (text) => this.fonts.measure(text, bold) * size;
  }

  wrap(text: string, width: number, size: number, bold = false, maxLines = Infinity): Wrapped {
    return wrapText(text, width, this.measurer(size, bold), maxLines);
  }

  /** Wraps at the first size of `steps` at which the whole text fits (text.ts fitText). */
  fit(text: string, width: number, steps: readonly FitStep[], bold = false): Fitted {
    return fitText(text, width, steps, (size) => this.measurer(size, bold));
  }

  ellipsize(text: string, width: number, size: number, bold = false): string {
    return ellipsize(text, width, this.measurer(size, bold));
  }

  /** One line of cleaned text, its baseline at y; returns its width (user units). */
  text(text: string, x: number, y: number, style: TextStyle): number {
    if (text === '') return 0;
    const bold = style.bold ?? false;
    const runs = this.fonts.runs(text, bold);
    let total = 0;
    for (const run of runs) total += run.width;
    total *= style.size;
    let cursor = x;
    if (style.align === 'center') cursor = x - total / 2;
    else if (style.align === 'right') cursor = x - total;
    if (!this.visible(cursor, y - style.size, total, style.size * 1.4)) return total;

    // To a thousandth of a point like every other number: jsPDF writes font sizes in full.
    const sizePt = Math.round(style.size * this.t.scale * 1000) / 1000;
    for (const run of runs) {
      const width = run.width * style.size;
      if (run.font === null) {
        if (run.text !== ' ') this.placeholders(run.text, cursor, y, style);
      } else {
        this.show(run.font, run.text, cursor, y, sizePt, style.color);
      }
      cursor += width;
    }
    return total;
  }

  /** One run of text in one font, its baseline's left end at (x, y) in user units. */
  private show(font: FontId, text: string, x: number, y: number, sizePt: number, color: Rgb): void {
    this.stamps.refuse('text');
    const direct = this.encoders.get(font);
    if (direct === undefined) {
      // The first text in each font goes through jsPDF: only its text() marks a font as used,
      // and so embedded. It writes font, size and colour into its text object.
      this.useFont(font);
      this.doc.setFontSize(sizePt);
      this.doc.setTextColor(color[0], color[1], color[2]);
      // jsPDF writes y from the page's top: this puts its Td at (cx, cy) inside a group.
      this.doc.text(text, this.cx(x), this.py(y) + this.g.oy);
      const entry = this.doc.getFont();
      this.encoders.set(font, {
        key: String(entry.id),
        encoder: new GlyphEncoder(entry.metadata as GlyphTables),
      });
    } else {
      // Font and size are text state, kept from one text object to the next like the colour.
      const lines: string[] = [];
      if (!sameRgb(this.g.fill, color)) lines.push(fillOp(color));
      lines.push('BT');
      if (this.g.font !== font || this.g.size !== sizePt) {
        lines.push(`/${direct.key} ${num(sizePt)} Tf`);
      }
      lines.push(
        `${num(this.cx(x))} ${num(this.cy(y))} Td`,
        `<${direct.encoder.hex(text)}> Tj`,
        'ET',
      );
      this.emit(...lines);
    }
    this.g.font = font;
    this.g.size = sizePt;
    this.g.fill = color;
  }

  private placeholders(chars: string, x: number, y: number, style: TextStyle): void {
    const size = style.size;
    const w = PLACEHOLDER_WIDTH * size;
    this.stroke(style.color)
      .lineWidth(size * 0.06)
      .dash([]);
    let cursor = x;
    for (const _ of chars) {
      this.rect(cursor + w * 0.12, y - size * 0.72, w * 0.76, size * 0.8, 'S');
      cursor += w;
    }
  }

  /**
   * Wrapped lines, the first baseline at `y`, each `lineHeight` below the last.
   */
  lines(
    lines: readonly string[],
    x: number,
    y: number,
    lineHeight: number,
    style: TextStyle,
  ): void {
    lines.forEach((line, i) => this.text(line, x, y + i * lineHeight, style));
  }
}

/** Something laid out and measured, ready to draw with its top-left at (x, y). */
export interface Block {
  width: number;
  height: number;
  draw(x: number, y: number): void;
}
