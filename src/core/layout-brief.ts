/**
 * The rows of the layout above the grid that are sized from their words: the map's brief
 * (the persona's name, quote and goals and the scenario, in a band across the top of the
 * map) and the stage header row (taller when a stage's expectations need more lines).
 * Text is measured with text-measure.ts, so every host gets the same heights. Pure.
 */
import type { JourneyMap, Stage } from './model.ts';
import { lineCount } from './text-measure.ts';

export const BRIEF_GEOMETRY = {
  PAD_X: 24,
  PAD_Y: 18,
  /** Between two sections side by side, or stacked. */
  GAP: 32,
  /** Below this width a section is too narrow to read: sections stack instead. */
  MIN_SECTION_WIDTH: 300,
  /**
   * Letter sizes and line heights in canvas units. The map opens at 60 % zoom or more
   * (MIN_OPENING_ZOOM), and cards show words from 55 % (their compact level): the smallest
   * letters, 20 units, are 11 px or more on screen there.
   */
  HEADING: { size: 20, line: 25, after: 6, bold: true },
  NAME: { size: 26, line: 32, bold: true },
  BODY: { size: 20, line: 27, bold: false },
  /** A goal's bullet takes this much of the line's width. */
  BULLET: 26,
  /** Between two goals, and between the name and the quote. */
  ITEM_GAP: 4,
  /** Past these the text is cut with "…" (the map inspector has it whole). */
  NAME_LINES: 2,
  QUOTE_LINES: 4,
  GOAL_LINES: 2,
  GOALS: 5,
  SCENARIO_LINES: 5,
} as const;

export type BriefSectionKind = 'persona' | 'goals' | 'scenario';

/** One part of the brief, absolute, with the lines each of its texts takes (cut or not). */
export interface LayoutBriefSection {
  kind: BriefSectionKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** persona: [name, quote] (0 for one it lacks); goals: one per goal shown; scenario: [text]. */
  lines: number[];
}

/** The band across the top of the map; height 0 and no sections for a map without a brief. */
export interface LayoutBrief {
  y: number;
  height: number;
  sections: LayoutBriefSection[];
}

type BriefSource = Pick<JourneyMap, 'persona' | 'scenario'>;

/** Whether a map has anything to show in its brief: a persona's words, or a scenario. */
export function hasBrief(map: BriefSource): boolean {
  const p = map.persona;
  return (
    Boolean(map.scenario?.trim()) ||
    Boolean(p && (p.name.trim() || p.quote?.trim() || p.goals?.some((g) => g.trim())))
  );
}

interface Part {
  kind: BriefSectionKind;
  lines: number[];
  height: number;
}

function measureParts(map: BriefSource, width: number): Part[] {
  const g = BRIEF_GEOMETRY;
  const body = (text: string, room: number, max: number) =>
    lineCount(text, room, { size: g.BODY.size }, max);
  const head = g.HEADING.line + g.HEADING.after;
  const parts: Part[] = [];
  const persona = map.persona;
  const name = persona?.name.trim() ?? '';
  const quote = persona?.quote?.trim() ?? '';
  if (name || quote) {
    const nameLines = name ? lineCount(name, width, g.NAME, g.NAME_LINES) : 0;
    // The quote is shown in quotation marks: they take room too.
    const quoteLines = quote ? body(`“${quote}”`, width, g.QUOTE_LINES) : 0;
    const gap = nameLines > 0 && quoteLines > 0 ? g.ITEM_GAP : 0;
    parts.push({
      kind: 'persona',
      lines: [nameLines, quoteLines],
      height: head + nameLines * g.NAME.line + gap + quoteLines * g.BODY.line,
    });
  }
  const goals = (persona?.goals ?? []).map((goal) => goal.trim()).filter(Boolean);
  if (goals.length > 0) {
    const lines = goals.slice(0, g.GOALS).map((goal) => body(goal, width - g.BULLET, g.GOAL_LINES));
    const total = lines.reduce((sum, n) => sum + n, 0);
    parts.push({
      kind: 'goals',
      lines,
      height: head + total * g.BODY.line + (lines.length - 1) * g.ITEM_GAP,
    });
  }
  const scenario = map.scenario?.trim() ?? '';
  if (scenario) {
    const lines = body(scenario, width, g.SCENARIO_LINES);
    parts.push({ kind: 'scenario', lines: [lines], height: head + lines * g.BODY.line });
  }
  return parts;
}

/**
 * The brief band of a map `width` wide: its sections side by side in equal widths, or, on
 * a map too narrow for that, one under the other; as tall as its tallest (or all) sections.
 */
export function layoutBrief(map: BriefSource, width: number): LayoutBrief {
  const g = BRIEF_GEOMETRY;
  if (!hasBrief(map)) return { y: 0, height: 0, sections: [] };
  const inner = width - 2 * g.PAD_X;
  const count = measureParts(map, inner).length;
  const across = (inner - (count - 1) * g.GAP) / count;
  const sideBySide = across >= g.MIN_SECTION_WIDTH;
  const sectionWidth = sideBySide ? across : inner;
  const parts = measureParts(map, sectionWidth);
  const sections: LayoutBriefSection[] = [];
  let x = g.PAD_X;
  let y = g.PAD_Y;
  for (const part of parts) {
    sections.push({
      kind: part.kind,
      x,
      y,
      width: sectionWidth,
      height: part.height,
      lines: part.lines,
    });
    if (sideBySide) x += sectionWidth + g.GAP;
    else y += part.height + g.GAP;
  }
  const bottom = sideBySide ? g.PAD_Y + Math.max(...parts.map((p) => p.height)) : y - g.GAP;
  return { y: 0, height: Math.ceil(bottom + g.PAD_Y), sections };
}

/**
 * The stage header's room, in canvas units. On the canvas the header's letters never go
 * under 12 px (the name) and 11 px (the expectations) on screen, so in canvas units they are
 * largest at the lowest zoom a map opens at (60 %): the room is measured there (12 px / 0.6
 * = 20 units), and any closer zoom has room to spare.
 */
export const STAGE_HEADER_GEOMETRY = {
  /** A header without expectations, or with few words of them. */
  MIN_HEIGHT: 56,
  /** The stage's number and name above the expectations: 2.1 em of 12 px at 60 %. */
  NAME_ROW: 42,
  /** The expectations' letters and lines: 11 px and 1.3 of them at 60 %. */
  EXPECT: { size: 18.4, line: 24, bold: false },
  /** The name's letters and lines: 12 px and 1.15 of them at 60 %. */
  NAME: { size: 20, line: 23, bold: true },
  /** Beside the name: the stage's number and the gap after it (2 em at 60 %). */
  NAME_INDEX: 40,
  /** A name longer than a line takes a second (then "…"), pushing its expectations down. */
  NAME_MAX_LINES: 2,
  /** The header's padding beside (1.2 em) and below (0.4 em) the expectations at 60 %. */
  PAD_X: 24,
  PAD_BOTTOM: 8,
  /** Past this many lines the expectations are cut with "…" (tooltip and inspector: whole). */
  MAX_LINES: 5,
} as const;

/** Lines a stage's expectations take in a column `width` wide (at most MAX_LINES; 0 for none). */
export function expectationLines(stage: Pick<Stage, 'expectations'>, width: number): number {
  const text = stage.expectations?.trim() ?? '';
  if (text === '') return 0;
  const h = STAGE_HEADER_GEOMETRY;
  return lineCount(`Expects: ${text}`, width - h.PAD_X, h.EXPECT, h.MAX_LINES);
}

/** Lines a stage's name takes in a column `width` wide, beside its number (1 or 2). */
export function nameLines(stage: Pick<Stage, 'name'>, width: number): number {
  const h = STAGE_HEADER_GEOMETRY;
  const room = width - h.PAD_X - h.NAME_INDEX;
  return Math.max(1, lineCount(stage.name, room, h.NAME, h.NAME_MAX_LINES));
}

/**
 * The stage header row's height: MIN_HEIGHT, or more when a stage's expectations need more
 * lines than that holds in its column (below a name on one line or two), so the name and
 * the expectations are read whole. Every header of the row is as tall as the tallest.
 */
export function stageHeaderHeight(
  stages: readonly Pick<Stage, 'name' | 'expectations'>[],
  widths: readonly number[],
): number {
  const h = STAGE_HEADER_GEOMETRY;
  let height: number = h.MIN_HEIGHT;
  stages.forEach((stage, i) => {
    const lines = expectationLines(stage, widths[i] ?? 0);
    if (lines > 0) {
      const name = (nameLines(stage, widths[i] ?? 0) - 1) * h.NAME.line;
      height = Math.max(
        height,
        Math.ceil(h.NAME_ROW + name + lines * h.EXPECT.line + h.PAD_BOTTOM),
      );
    }
  });
  return height;
}
