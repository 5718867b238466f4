/**
 * The SVG counterpart of the PDF Painter: the same Surface, drawn as SVG elements. Shapes
 * become paths, rectangles and circles with their style as attributes, clips become
 * clipPaths, groups `<g transform>`; text stays text (`<text>` a run, in the PDF's font
 * families), measured with the PDF's font metrics so lines wrap and cut where they do in the
 * PDF. Placement is computed here, not by the viewer: each run starts where the PDF puts it.
 */
import { num, type PaintStyle } from './content.ts';
import { PLACEHOLDER_WIDTH, type FontId, type FontSet } from './fonts.ts';
import type { LineJoinSetter, Surface, TextStyle } from './surface.ts';
import { ellipsize, wrapText, type Wrapped } from './text.ts';
import type { Rgb } from './theme.ts';
import { UserUnits } from './user-units.ts';

/** The families the runs name: the bundled Noto Sans, then the user's fallback font. */
export const SVG_FONT_FAMILY = "'Noto Sans', sans-serif";
const SVG_FALLBACK_FAMILY = "'Touchmap Fallback', 'Noto Sans', sans-serif";

interface State {
  fill: Rgb;
  stroke: Rgb;
  width: number;
  dash: readonly number[];
  join: 'miter' | 'round';
  /** Output origin of the current group, in output units. */
  ox: number;
  oy: number;
  /** `<g>` elements opened since this state was saved (clips). */
  open: number;
}

const hex = (c: Rgb): string =>
  `#${c
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Text as XML character data or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
}

export class SvgPainter extends UserUnits implements Surface {
  private state: State = {
    fill: [0, 0, 0],
    stroke: [0, 0, 0],
    width: 1,
    dash: [],
    join: 'miter',
    ox: 0,
    oy: 0,
    open: 0,
  };
  private readonly saved: State[] = [];
  private readonly parts: string[] = [];
  /** The path being built by moveTo/lineTo/curveTo, until paint. */
  private path: string[] = [];
  private clips = 0;
  readonly doc: LineJoinSetter = {
    setLineJoin: (join) => {
      this.state.join = join;
    },
  };

  constructor(readonly fonts: FontSet) {
    super();
  }

  /** The elements drawn so far. */
  body(): string {
    return this.parts.join('');
  }

  /** A user x as written: output units from the group's origin. */
  private cx(x: number): string {
    return num(this.px(x) - this.state.ox);
  }

  private cy(y: number): string {
    return num(this.py(y) - this.state.oy);
  }

  private len(v: number): string {
    return num(v * this.t.scale);
  }

  /** An SVG draws each stamp anew: it has no content stream to repeat. */
  stamp(_key: string, _x: number, _y: number, draw: () => void): void {
    draw();
  }

  group<T>(x: number, y: number, draw: () => T): T {
    const dx = this.px(x) - this.state.ox;
    const dy = this.py(y) - this.state.oy;
    this.save();
    this.parts.push(`<g transform="translate(${num(dx)} ${num(dy)})">`);
    this.state.open++;
    this.state.ox += dx;
    this.state.oy += dy;
    try {
      return draw();
    } finally {
      this.restore();
    }
  }

  fill(c: Rgb): this {
    this.state.fill = c;
    return this;
  }

  stroke(c: Rgb): this {
    this.state.stroke = c;
    return this;
  }

  lineWidth(w: number): this {
    this.state.width = Math.max(0.05, w * this.t.scale);
    return this;
  }

  dash(pattern: readonly number[]): this {
    this.state.dash = pattern.map((d) => d * this.t.scale);
    return this;
  }

  /** The paint attributes of a shape: fill and/or stroke with its width, dash and join. */
  private paintAttrs(style: PaintStyle): string {
    const s = this.state;
    const fill = style === 'S' ? 'none' : hex(s.fill);
    if (style === 'F') return ` fill="${fill}"`;
    let attrs = ` fill="${fill}" stroke="${hex(s.stroke)}" stroke-width="${num(s.width)}"`;
    if (s.dash.length > 0) attrs += ` stroke-dasharray="${s.dash.map(num).join(' ')}"`;
    if (s.join === 'round') attrs += ' stroke-linejoin="round"';
    return attrs;
  }

  /** A rectangle's geometry attributes, corners rounded by r (user units). */
  private boxAttrs(x: number, y: number, w: number, h: number, r: number): string {
    const box = `x="${this.cx(x)}" y="${this.cy(y)}" width="${this.len(w)}" height="${this.len(h)}"`;
    if (r <= 0) return box;
    return `${box} rx="${this.len(Math.min(r, w / 2, h / 2))}"`;
  }

  rect(x: number, y: number, w: number, h: number, style: PaintStyle): this {
    this.parts.push(`<rect ${this.boxAttrs(x, y, w, h, 0)}${this.paintAttrs(style)}/>`);
    return this;
  }

  roundedRect(x: number, y: number, w: number, h: number, r: number, style: PaintStyle): this {
    this.parts.push(`<rect ${this.boxAttrs(x, y, w, h, r)}${this.paintAttrs(style)}/>`);
    return this;
  }

  circle(x: number, y: number, r: number, style: PaintStyle): this {
    this.parts.push(
      `<circle cx="${this.cx(x)}" cy="${this.cy(y)}" r="${this.len(r)}"${this.paintAttrs(style)}/>`,
    );
    return this;
  }

  line(x1: number, y1: number, x2: number, y2: number): this {
    return this.moveTo(x1, y1).lineTo(x2, y2).paint('S');
  }

  moveTo(x: number, y: number): this {
    this.path.push(`M${this.cx(x)} ${this.cy(y)}`);
    return this;
  }

  lineTo(x: number, y: number): this {
    this.path.push(`L${this.cx(x)} ${this.cy(y)}`);
    return this;
  }

  curveTo(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): this {
    this.path.push(
      `C${this.cx(x1)} ${this.cy(y1)} ${this.cx(x2)} ${this.cy(y2)} ${this.cx(x3)} ${this.cy(y3)}`,
    );
    return this;
  }

  closePath(): this {
    this.path.push('Z');
    return this;
  }

  paint(style: PaintStyle): this {
    if (this.path.length > 0)
      this.parts.push(`<path d="${this.path.join('')}"${this.paintAttrs(style)}/>`);
    this.path = [];
    return this;
  }

  polygon(points: readonly (readonly [number, number])[], style: PaintStyle): this {
    points.forEach(([x, y], i) => (i === 0 ? this.moveTo(x, y) : this.lineTo(x, y)));
    return this.closePath().paint(style);
  }

  save(): this {
    this.saved.push(this.state);
    this.state = { ...this.state, open: 0 };
    return this;
  }

  restore(): this {
    const previous = this.saved.pop();
    if (previous === undefined) throw new Error('restore() without save()');
    this.parts.push('</g>'.repeat(this.state.open));
    this.state = previous;
    return this;
  }

  clip(x: number, y: number, w: number, h: number, r = 0): this {
    const id = `clip${++this.clips}`;
    this.parts.push(
      `<clipPath id="${id}"><rect ${this.boxAttrs(x, y, w, h, r)}/></clipPath>`,
      `<g clip-path="url(#${id})">`,
    );
    this.state.open++;
    return this;
  }

  measure(text: string, size: number, bold = false): number {
    return this.fonts.measure(text, bold) * size;
  }

  private measurer(size: number, bold: boolean): (text: string) => number {
    return (text) => this.fonts.measure(text, bold) * size;
  }

  wrap(text: string, width: number, size: number, bold = false, maxLines = Infinity): Wrapped {
    return wrapText(text, width, this.measurer(size, bold), maxLines);
  }

  fit(
    text: string,
    width: number,
    steps: readonly { size: number; lines: number }[],
    bold = false,
  ): { lines: string[]; size: number } {
    let last = { lines: [] as string[], size: steps[0]?.size ?? 10 };
    for (const step of steps) {
      const wrapped = this.wrap(text, width, step.size, bold, step.lines);
      last = { lines: wrapped.lines, size: step.size };
      if (!wrapped.truncated) break;
    }
    return last;
  }

  ellipsize(text: string, width: number, size: number, bold = false): string {
    return ellipsize(text, width, this.measurer(size, bold));
  }

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
    for (const run of runs) {
      if (run.font === null) {
        if (run.text !== ' ') this.placeholders(run.text, cursor, y, style);
      } else this.show(run.font, run.text, cursor, y, style);
      cursor += run.width * style.size;
    }
    return total;
  }

  /** One run in one font; the root sets the regular family, a run says only what differs. */
  private show(font: FontId, text: string, x: number, y: number, style: TextStyle): void {
    let attrs = `x="${this.cx(x)}" y="${this.cy(y)}" font-size="${this.len(style.size)}"`;
    if (font === 'bold') attrs += ' font-weight="bold"';
    if (font === 'fallback') attrs += ` font-family="${SVG_FALLBACK_FAMILY}"`;
    attrs += ` fill="${hex(style.color)}"`;
    this.parts.push(`<text ${attrs}>${escapeXml(text)}</text>`);
  }

  /** Hollow boxes for characters no font has, as the PDF draws them. */
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
