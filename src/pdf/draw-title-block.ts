/**
 * The title block across the top of the first page: the map's title, description and
 * scenario (the situation the journey covers), a line of facts (author, date, counts), the
 * persona (name, quote, goals) and the NPS.
 * Sizes are points times `u`, the page's size factor (1 on A4, larger on posters).
 */
import type { JourneyMap } from '../core/model.ts';
import { countByKind } from '../core/insights.ts';
import { KIND_LIST } from '../core/vocabulary.ts';
import { singleLine, cleanText } from './fonts.ts';
import type { Block } from './painter.ts';
import type { Surface } from './surface.ts';
import { INK, MUTED, FAINT, PANEL_FILL, RULE, formatDate, type Rgb } from './theme.ts';
import { MAP_STATE_TERMS } from '../core/vocabulary.ts';

export interface TitleBlockInput {
  map: JourneyMap;
  /** The touchpoints the export shows (after filters), for the counts. */
  kept: JourneyMap;
  author: string;
  /** ISO date, or null for none. */
  date: string | null;
  /** A note on the filter, e.g. "Only Service touchpoints", or null. */
  filterNote: string | null;
}

interface Line {
  text: string;
  size: number;
  bold: boolean;
  color: Rgb;
  /** Distance from the previous baseline (or the top, for the first). */
  advance: number;
  indent: number;
}

/** A column of wrapped text lines, measured before it is drawn. */
class Column {
  private readonly lines: Line[] = [];
  private readonly bullets = new Map<number, string>();
  private height = 0;

  constructor(
    private readonly p: Surface,
    readonly width: number,
  ) {}

  add(
    text: string,
    size: number,
    options: {
      bold?: boolean;
      color?: Rgb;
      maxLines?: number;
      gap?: number;
      indent?: number;
      bullet?: string;
    } = {},
  ): void {
    const indent = options.indent ?? 0;
    const bold = options.bold ?? false;
    const { lines } = this.p.wrap(text, this.width - indent, size, bold, options.maxLines);
    lines.forEach((line, i) => {
      const first = this.lines.length === 0;
      const advance = (i === 0 ? (options.gap ?? 0) : 0) + (first ? size * 0.95 : size * 1.25);
      if (i === 0 && options.bullet) this.bullets.set(this.lines.length, options.bullet);
      this.lines.push({ text: line, size, bold, color: options.color ?? INK, advance, indent });
      this.height += advance;
    });
  }

  /** Total height, the last line's descent included. */
  get fullHeight(): number {
    const last = this.lines[this.lines.length - 1];
    return last ? this.height + last.size * 0.3 : 0;
  }

  draw(x: number, y: number): void {
    let baseline = y;
    this.lines.forEach((line, i) => {
      baseline += line.advance;
      const style = { size: line.size, bold: line.bold, color: line.color };
      this.p.text(line.text, x + line.indent, baseline, style);
      const bullet = this.bullets.get(i);
      if (bullet) this.p.text(bullet, x, baseline, { ...style, color: MUTED });
    });
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function factsLine(input: TitleBlockInput): string {
  const { kept } = input;
  const kinds = countByKind(kept.touchpoints);
  const byKind = KIND_LIST.map((k) => `${kinds[k.id]} ${k.word.toLowerCase()}`).join(', ');
  const frictions = kept.touchpoints.reduce((n, tp) => n + tp.frictions.length, 0);
  const parts: string[] = [];
  if (input.author.trim() !== '') parts.push(`Author: ${singleLine(input.author)}`);
  if (input.date !== null) parts.push(formatDate(input.date));
  parts.push(`${plural(kinds.total, 'touchpoint')} (${byKind})`);
  parts.push(plural(frictions, 'friction point'));
  parts.push(
    `${plural(kept.stages.length, 'stage')}, ${plural(kept.departments.length, 'department')}`,
  );
  return parts.join('  \u00b7  ');
}

/** "Future state, made from Hotel stay": a current-state map (the default) says nothing. */
function stateLine(map: JourneyMap): string | null {
  if (map.state !== 'future') return null;
  const word = MAP_STATE_TERMS.future.word;
  return map.basedOn ? `${word}, made from ${singleLine(map.basedOn.title)}` : word;
}

function personaColumn(p: Surface, map: JourneyMap, width: number, u: number): Column | null {
  const persona = map.persona;
  if (!persona) return null;
  const c = new Column(p, width);
  c.add('PERSONA', 7 * u, { bold: true, color: FAINT });
  c.add(singleLine(persona.name), 12 * u, { bold: true, maxLines: 2, gap: 2 * u });
  if (persona.description && persona.description.trim() !== '')
    c.add(cleanText(persona.description), 8 * u, { color: MUTED, maxLines: 3 });
  if (persona.quote && persona.quote.trim() !== '')
    c.add(`\u201c${singleLine(persona.quote)}\u201d`, 9 * u, { maxLines: 4, gap: 3 * u });
  const goals = (persona.goals ?? []).filter((g) => g.trim() !== '');
  if (goals.length > 0) {
    c.add('Goals', 8 * u, { bold: true, color: MUTED, gap: 3 * u });
    for (const goal of goals.slice(0, 5))
      c.add(singleLine(goal), 8 * u, { maxLines: 2, indent: 8 * u, bullet: '\u2022' });
    if (goals.length > 5)
      c.add(`and ${goals.length - 5} more`, 8 * u, { color: MUTED, indent: 8 * u });
  }
  return c;
}

/**
 * The title block, `width` wide: the text on the left and the persona and NPS boxes on its
 * right; on a narrow width (a sidebar) the boxes go below the text.
 */
export function prepareTitleBlock(
  p: Surface,
  input: TitleBlockInput,
  width: number,
  u: number,
): Block {
  const { map } = input;
  const gap = 12 * u;
  const pad = 8 * u;
  const nps = typeof map.nps === 'number' ? map.nps : null;
  const npsWidth = nps === null ? 0 : 78 * u;
  const npsHeight = nps === null ? 0 : 62 * u;
  const stacked = width < 560 * u;
  const boxesWidth = stacked
    ? width
    : map.persona
      ? Math.min(300 * u, width * 0.36) + (nps === null ? 0 : npsWidth + gap)
      : npsWidth;
  const textWidth = stacked ? width : width - (boxesWidth > 0 ? boxesWidth + gap : 0);
  const personaWidth = map.persona ? boxesWidth - (nps === null ? 0 : npsWidth + gap) : 0;

  const text = new Column(p, textWidth);
  text.add(singleLine(map.title), 20 * u, { bold: true, maxLines: 3 });
  const state = stateLine(map);
  if (state !== null) text.add(state, 9.5 * u, { bold: true, color: MUTED, maxLines: 2 });
  if (map.description && map.description.trim() !== '')
    text.add(cleanText(map.description), 9.5 * u, { color: INK, maxLines: 4, gap: 3 * u });
  if (map.scenario && map.scenario.trim() !== '')
    text.add(`Scenario: ${singleLine(map.scenario)}`, 9.5 * u, { maxLines: 4, gap: 3 * u });
  text.add(factsLine(input), 8.5 * u, { color: MUTED, maxLines: 3, gap: 4 * u });
  if (input.filterNote)
    text.add(input.filterNote, 8.5 * u, { bold: true, color: MUTED, maxLines: 3 });

  const persona = personaColumn(p, map, personaWidth - 2 * pad, u);
  const boxHeight = Math.max(persona ? persona.fullHeight + 2 * pad : 0, npsHeight);
  const boxesTop = stacked ? text.fullHeight + (boxHeight > 0 ? gap : 0) : 0;
  const height = stacked ? boxesTop + boxHeight : Math.max(text.fullHeight, boxHeight);

  return {
    width,
    height,
    draw(x: number, y: number): void {
      text.draw(x, y);
      let bx = stacked ? x : x + textWidth + gap;
      const by = y + boxesTop;
      const h = stacked ? boxHeight : height;
      if (persona) {
        p.fill(PANEL_FILL)
          .stroke(RULE)
          .lineWidth(0.8 * u)
          .dash([]);
        p.roundedRect(bx, by, personaWidth, h, 6 * u, 'FD');
        persona.draw(bx + pad, by + pad);
        bx += personaWidth + gap;
      }
      if (nps !== null) {
        p.fill(PANEL_FILL)
          .stroke(RULE)
          .lineWidth(0.8 * u)
          .dash([]);
        p.roundedRect(bx, by, npsWidth, npsHeight, 6 * u, 'FD');
        const cx = bx + npsWidth / 2;
        p.text('NPS', cx, by + 15 * u, { size: 8 * u, bold: true, color: FAINT, align: 'center' });
        p.text(nps > 0 ? `+${nps}` : String(nps), cx, by + 38 * u, {
          size: 22 * u,
          bold: true,
          color: INK,
          align: 'center',
        });
        p.text('net promoter score', cx, by + 53 * u, {
          size: 6.5 * u,
          color: MUTED,
          align: 'center',
        });
      }
    },
  };
}
