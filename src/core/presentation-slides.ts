/**
 * The slides of presentation mode, as plain data: a title slide, the persona,
 * the stages (one per slide, or a chosen range together), the lowest moments and the top
 * frictions. Pure, so what a room sees is decided and tested without a screen.
 *
 * Text on a slide never shrinks to fit (a projector must stay readable): a slide that would
 * hold more than fits is cut into continuation slides, "Booking (2/2)". How much fits is
 * counted in lines of text of a fixed size (LINES_PER_COLUMN in each of COLUMNS columns),
 * estimated from the length of each text (CHARS_PER_LINE).
 */
import { computeInsights } from './insights.ts';
import { journeyOrderIndices } from './journey-order.ts';
import type { Emotion, JourneyMap, Severity, Touchpoint, TouchpointKind } from './model.ts';
import { SEVERITY_TERMS } from './vocabulary.ts';
import {
  BODY_LINES,
  WIDE_CHARS_PER_LINE,
  personaSlides,
  titleSlides,
  type PersonaSlide,
  type TitleSlide,
} from './presentation-intro-slides.ts';
import { linesOf, paginateList } from './slide-text.ts';

/** Stage indices, 0-based and inclusive. */
export interface StageRange {
  first: number;
  last: number;
}

export interface SlideOptions {
  /** Which stages to present; all of them when absent. */
  range?: StageRange;
  /** Show the chosen stages together on one slide (cut as needed) instead of one each. */
  together?: boolean;
}

export interface SlideFriction {
  text: string;
  severity: Severity;
}

export interface SlideCard {
  touchpointId: string;
  title: string;
  kind: TouchpointKind;
  emotion: Emotion | null;
  frictions: SlideFriction[];
  /** The rest of a card whose frictions did not fit in one column. */
  continued: boolean;
}

/** A department's cards on a slide (a department cut by a page break shows up twice). */
export interface SlideGroup {
  departmentId: string;
  name: string;
  color: string;
  cards: SlideCard[];
}

export interface SlideCurvePoint {
  touchpointId: string;
  title: string;
  emotion: Emotion;
}

export interface StageSlide {
  kind: 'stage';
  stageIds: string[];
  /** "Booking", "Booking – Check-out" */
  heading: string;
  part: number;
  parts: number;
  /** Groups in columns, left to right. */
  columns: SlideGroup[][];
  /** The rated touchpoints of the shown stages, in journey order (the whole stage, every part). */
  curve: SlideCurvePoint[];
  /** Touchpoints of the shown stages without an emotion. */
  unrated: number;
}

export interface SlideMoment {
  touchpointId: string;
  title: string;
  stage: string;
  emotion: Emotion;
  frictionCount: number;
  worstSeverity: Severity | null;
}

export interface LowestSlide {
  kind: 'lowest';
  part: number;
  parts: number;
  moments: SlideMoment[];
}

export interface TopFriction {
  text: string;
  severity: Severity;
  touchpoint: string;
  stage: string;
}

export interface FrictionsSlide {
  kind: 'frictions';
  part: number;
  parts: number;
  frictions: TopFriction[];
}

export type Slide = TitleSlide | PersonaSlide | StageSlide | LowestSlide | FrictionsSlide;

/** Lines of body text in one column of a slide at the presentation's text size. */
export const LINES_PER_COLUMN = 14;
export const COLUMNS = 2;
/** Characters of body text on a line of one column (a cautious estimate for wide letters). */
const CHARS_PER_LINE = 36;
/** A list slide (lowest moments, frictions) runs the whole width. */
const LIST_LINES = BODY_LINES;
const LIST_CHARS_PER_LINE = WIDE_CHARS_PER_LINE;
export const TOP_FRICTIONS_MAX = 6;

/** Lines a card takes: title, kind and emotion, each friction, and its frame. */
export function cardLines(card: SlideCard): number {
  let lines = linesOf(card.title, CHARS_PER_LINE) + 1;
  for (const f of card.frictions) lines += linesOf(`${f.severity} ${f.text}`, CHARS_PER_LINE - 2);
  return lines + 1;
}
const GROUP_HEADING_LINES = 1;

function toCard(tp: Touchpoint): SlideCard {
  const frictions = [...tp.frictions]
    .sort((a, b) => SEVERITY_TERMS[b.severity].rank - SEVERITY_TERMS[a.severity].rank)
    .map((f) => ({ text: f.text, severity: f.severity }));
  return {
    touchpointId: tp.id,
    title: tp.title,
    kind: tp.kind,
    emotion: tp.emotion ?? null,
    frictions,
    continued: false,
  };
}

/** A card cut into pieces that each fit a column under a group heading. */
function splitCard(card: SlideCard): SlideCard[] {
  const budget = LINES_PER_COLUMN - GROUP_HEADING_LINES;
  if (cardLines(card) <= budget) return [card];
  const pieces: SlideCard[] = [];
  let piece: SlideCard = { ...card, frictions: [] };
  for (const friction of card.frictions) {
    const next = { ...piece, frictions: [...piece.frictions, friction] };
    if (piece.frictions.length > 0 && cardLines(next) > budget) {
      pieces.push(piece);
      piece = { ...card, frictions: [friction], continued: true };
    } else piece = next;
  }
  pieces.push(piece);
  return pieces;
}

/** Packs department groups into columns of LINES_PER_COLUMN, then columns into pages. */
function paginateGroups(groups: SlideGroup[]): SlideGroup[][][] {
  const columns: SlideGroup[][] = [];
  let column: SlideGroup[] = [];
  let used = 0;
  const closeColumn = () => {
    if (column.length > 0) columns.push(column);
    column = [];
    used = 0;
  };
  for (const group of groups) {
    let current: SlideGroup | null = null;
    for (const card of group.cards.flatMap(splitCard)) {
      const cost = cardLines(card);
      const heading = current === null ? GROUP_HEADING_LINES : 0;
      if (used > 0 && used + heading + cost > LINES_PER_COLUMN) {
        closeColumn();
        current = null;
      }
      if (current === null) {
        current = { ...group, cards: [] };
        column.push(current);
        used += GROUP_HEADING_LINES;
      }
      current.cards.push(card);
      used += cost;
    }
  }
  closeColumn();
  const pages: SlideGroup[][][] = [];
  for (let i = 0; i < columns.length; i += COLUMNS) pages.push(columns.slice(i, i + COLUMNS));
  return pages.length > 0 ? pages : [[]];
}

/** The range clamped to the map's stages; null when the map has none. */
export function clampRange(map: JourneyMap, range?: StageRange): StageRange | null {
  const count = map.stages.length;
  if (count === 0) return null;
  const clamp = (n: number) => Math.min(count - 1, Math.max(0, Math.trunc(n)));
  const first = clamp(range?.first ?? 0);
  const last = clamp(range?.last ?? count - 1);
  return first <= last ? { first, last } : { first: last, last: first };
}

function stageSlides(map: JourneyMap, stageIds: string[], ordered: Touchpoint[]): StageSlide[] {
  const shown = new Set(stageIds);
  const inStages = ordered.filter((tp) => shown.has(tp.stageId));
  const groups: SlideGroup[] = map.departments
    .map((d) => ({
      departmentId: d.id,
      name: d.name,
      color: d.color,
      cards: inStages.filter((tp) => tp.departmentId === d.id).map(toCard),
    }))
    .filter((g) => g.cards.length > 0);
  const curve: SlideCurvePoint[] = [];
  let unrated = 0;
  for (const tp of inStages) {
    if (tp.emotion === null || tp.emotion === undefined) unrated++;
    else curve.push({ touchpointId: tp.id, title: tp.title, emotion: tp.emotion });
  }
  const names = map.stages.filter((s) => shown.has(s.id)).map((s) => s.name);
  const heading = names.length > 1 ? `${names[0]} – ${names[names.length - 1]}` : (names[0] ?? '');
  const pages = paginateGroups(groups);
  return pages.map((columns, i) => ({
    kind: 'stage',
    stageIds,
    heading,
    part: i + 1,
    parts: pages.length,
    columns,
    curve,
    unrated,
  }));
}

function frictionRanking(ordered: Touchpoint[], stageName: (id: string) => string): TopFriction[] {
  const all: { friction: TopFriction; rank: number; order: number }[] = [];
  ordered.forEach((tp, order) => {
    for (const f of tp.frictions) {
      all.push({
        friction: {
          text: f.text,
          severity: f.severity,
          touchpoint: tp.title,
          stage: stageName(tp.stageId),
        },
        rank: SEVERITY_TERMS[f.severity].rank,
        order,
      });
    }
  });
  all.sort((a, b) => b.rank - a.rank || a.order - b.order);
  return all.slice(0, TOP_FRICTIONS_MAX).map((entry) => entry.friction);
}

/** Every slide of a presentation of `map`, in the order they are shown. */
export function buildSlides(map: JourneyMap, options: SlideOptions = {}): Slide[] {
  const range = clampRange(map, options.range);
  const stages = range === null ? [] : map.stages.slice(range.first, range.last + 1);
  const shown = new Set(stages.map((s) => s.id));
  const ordered = journeyOrderIndices(map)
    .map((i) => map.touchpoints[i]!)
    .filter((tp) => shown.has(tp.stageId));
  const slides: Slide[] = titleSlides(map.title, map.description ?? null, {
    stages: stages.length,
    touchpoints: ordered.length,
  });
  if (map.persona !== undefined) slides.push(...personaSlides(map.persona));
  if (options.together === true && stages.length > 0) {
    slides.push(
      ...stageSlides(
        map,
        stages.map((s) => s.id),
        ordered,
      ),
    );
  } else {
    for (const stage of stages) slides.push(...stageSlides(map, [stage.id], ordered));
  }

  const names = new Map(map.stages.map((s) => [s.id, s.name]));
  const stageName = (id: string) => names.get(id) ?? '';
  // Insights of the presented stages only, so a range's summary speaks of that range.
  const insights = computeInsights({ ...map, touchpoints: ordered });
  const moments = insights.lowestMoments.map((m) => ({
    touchpointId: m.touchpointId,
    title: m.title,
    stage: stageName(m.stageId),
    emotion: m.emotion,
    frictionCount: m.frictionCount,
    worstSeverity: m.worstSeverity,
  }));
  const momentPages = paginateList(
    moments,
    (m) => linesOf(m.title, LIST_CHARS_PER_LINE) + 1,
    LIST_LINES,
  );
  momentPages.forEach((page, i) =>
    slides.push({ kind: 'lowest', part: i + 1, parts: momentPages.length, moments: page }),
  );
  const frictions = frictionRanking(ordered, stageName);
  const frictionPages = paginateList(
    frictions,
    (f) => linesOf(f.text, LIST_CHARS_PER_LINE - 4) + 1,
    LIST_LINES,
  );
  frictionPages.forEach((page, i) =>
    slides.push({ kind: 'frictions', part: i + 1, parts: frictionPages.length, frictions: page }),
  );
  return slides;
}

/** "Booking (2/3)": a slide's title with its part when it was cut. */
export function partTitle(title: string, part: number, parts: number): string {
  return parts > 1 ? `${title} (${part}/${parts})` : title;
}
