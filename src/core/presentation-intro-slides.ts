/**
 * The slides before the stages: the map's title with its description, and the persona.
 * Neither text has a length limit in the file, so each is cut into continuation slides
 * ("Persona: Ada (2/2)") when it holds more than a slide at projector size can show —
 * the same rule as the stage slides: more slides, never smaller text.
 *
 * Sizes are counted in body lines (the slide's body text, 24 px at 1280×720, line height
 * 1.25), from the font sizes of present-slides.css: a title line at 2.4 times the body size
 * costs about two body lines, the lead and the quote at 1.2 times about one and a quarter.
 */
import type { Persona } from './model.ts';
import { chunkText, linesOf } from './slide-text.ts';

export interface TitleSlide {
  kind: 'title';
  title: string;
  /** This slide's share of the map's description; null when there is none. */
  description: string | null;
  /** "7 stages · 20 touchpoints" */
  stages: number;
  touchpoints: number;
  part: number;
  parts: number;
}

export type PersonaBlock =
  | { kind: 'about'; text: string }
  | { kind: 'goals'; goals: string[]; continued: boolean }
  | { kind: 'quote'; text: string };

export interface PersonaSlide {
  kind: 'persona';
  name: string;
  blocks: PersonaBlock[];
  part: number;
  parts: number;
}

/** Body lines a slide below its heading holds; the list slides use the same budget. */
export const BODY_LINES = 16;
/** Characters of body text across the whole slide (a cautious estimate for wide letters). */
export const WIDE_CHARS_PER_LINE = 84;
/** The title slide is narrower (40 body sizes) and holds no heading row. */
const TITLE_SLIDE_LINES = 18;
const TITLE_CHARS_PER_LINE = 28;
const TITLE_LINE_COST = 2.2;
const LEAD_CHARS_PER_LINE = 54;
const LEAD_LINE_COST = 1.25;
const GAP = 0.8;
/** A heading row (slide head at 1.6 times the body size). */
const HEAD_CHARS_PER_LINE = 50;
const HEAD_LINE_COST = 1.5;
const GOALS_HEADING = 1.5;
const GOAL_CHARS_PER_LINE = WIDE_CHARS_PER_LINE - 4;
const QUOTE_CHARS_PER_LINE = 64;
const QUOTE_LINE_COST = 1.25;
const BLOCK_GAP = 0.5;
/** Below this many lines a continued text is not worth starting on a crowded slide. */
const MIN_SHARE = 3;

const headLines = (heading: string) => linesOf(heading, HEAD_CHARS_PER_LINE) * HEAD_LINE_COST;

/** The title slide, and as many continuation slides as the description needs. */
export function titleSlides(
  title: string,
  description: string | null,
  counts: { stages: number; touchpoints: number },
): TitleSlide[] {
  const text = description?.trim() ? description.trim() : null;
  const base = { kind: 'title' as const, title, ...counts };
  if (text === null) return [{ ...base, description: null, part: 1, parts: 1 }];
  const titleCost = linesOf(title, TITLE_CHARS_PER_LINE) * TITLE_LINE_COST;
  const firstLines = Math.floor((TITLE_SLIDE_LINES - titleCost - 1 - 2 * GAP) / LEAD_LINE_COST);
  const restLines = Math.max(
    MIN_SHARE,
    Math.floor((BODY_LINES - headLines(`${title} (9/9)`)) / LEAD_LINE_COST),
  );
  // A long title leaves no room worth using below it: the description starts on slide 2.
  const pieces: (string | null)[] =
    firstLines >= MIN_SHARE
      ? chunkText(text, LEAD_CHARS_PER_LINE, restLines, firstLines)
      : [null, ...chunkText(text, LEAD_CHARS_PER_LINE, restLines)];
  return pieces.map((piece, i) => ({
    ...base,
    description: piece,
    part: i + 1,
    parts: pieces.length,
  }));
}

/** Body lines a persona block takes after `previous` on its slide, its gap included. */
function blockLines(block: PersonaBlock, previous: PersonaBlock | undefined): number {
  switch (block.kind) {
    case 'about':
      return linesOf(block.text, WIDE_CHARS_PER_LINE) + BLOCK_GAP;
    case 'quote':
      return linesOf(block.text, QUOTE_CHARS_PER_LINE) * QUOTE_LINE_COST + BLOCK_GAP;
    case 'goals': {
      // A goal below another joins its list; the first of a slide brings the list heading.
      const heading = previous?.kind === 'goals' ? 0 : GOALS_HEADING + BLOCK_GAP;
      return heading + block.goals.reduce((sum, g) => sum + linesOf(g, GOAL_CHARS_PER_LINE), 0);
    }
  }
}

/** Blocks in slides of at most `budget` lines; one goal per block comes in, lists go out. */
function paginateBlocks(blocks: readonly PersonaBlock[], budget: number): PersonaBlock[][] {
  const pages: PersonaBlock[][] = [];
  let page: PersonaBlock[] = [];
  let used = 0;
  let goalsSeen = false;
  for (const block of blocks) {
    let cost = blockLines(block, page[page.length - 1]);
    if (page.length > 0 && used + cost > budget) {
      pages.push(page);
      page = [];
      used = 0;
      cost = blockLines(block, undefined);
    }
    const last = page[page.length - 1];
    if (block.kind === 'goals' && last?.kind === 'goals') {
      page[page.length - 1] = { ...last, goals: [...last.goals, ...block.goals] };
    } else if (block.kind === 'goals') {
      page.push({ ...block, continued: goalsSeen });
      goalsSeen = true;
    } else page.push(block);
    used += cost;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The persona on one slide, or on several when its texts hold more than one can show. */
export function personaSlides(persona: Persona): PersonaSlide[] {
  const budget = BODY_LINES - headLines(`Persona: ${persona.name} (9/9)`);
  const pieceLines = Math.max(MIN_SHARE, Math.floor(budget - GOALS_HEADING - BLOCK_GAP));
  const blocks: PersonaBlock[] = [];
  if (persona.description?.trim()) {
    for (const text of chunkText(persona.description, WIDE_CHARS_PER_LINE, pieceLines))
      blocks.push({ kind: 'about', text });
  }
  // One block per goal (a very long goal in pieces), so a page break can fall between them.
  const goals = (persona.goals ?? []).filter((goal) => goal.trim() !== '');
  for (const goal of goals) {
    for (const text of chunkText(goal, GOAL_CHARS_PER_LINE, pieceLines))
      blocks.push({ kind: 'goals', goals: [text], continued: false });
  }
  if (persona.quote?.trim()) {
    const quoteLines = Math.max(1, Math.floor(pieceLines / QUOTE_LINE_COST));
    for (const text of chunkText(persona.quote, QUOTE_CHARS_PER_LINE, quoteLines))
      blocks.push({ kind: 'quote', text });
  }
  const pages = paginateBlocks(blocks, budget);
  return pages.map((page, i) => ({
    kind: 'persona',
    name: persona.name,
    blocks: page,
    part: i + 1,
    parts: pages.length,
  }));
}
