/**
 * One stage's slide (or each part of it): the cards of presentation mode's stage slides
 * (core/presentation-slides.ts decides which cards go on which part and column, so no text
 * shrinks), drawn as native shapes at a readable size: each department's name, then its
 * cards with title, kind chip, emotion face and words, and every friction with its severity
 * mark; under them the stage's emotion curve.
 *
 * Heights follow the presentation's line budget: a card takes `cardLines(card)` lines of
 * LINE (LINES_PER_COLUMN lines fill a column), so whatever fits a column in presentation mode
 * fits it here.
 */
import { curveSegments } from '../core/emotion-curve.ts';
import type { SlideCard, SlideGroup, StageSlide } from '../core/presentation-slides.ts';
import { COLUMNS, LINES_PER_COLUMN, cardLines, partTitle } from '../core/presentation-slides.ts';
import { EMOTION_LOOKS, KIND_LOOKS, SEVERITY_LOOKS } from '../core/presentation.ts';
import { SEVERITY_TERMS, emotionTerm, emotionWord, kindWord } from '../core/vocabulary.ts';
import { departmentHex } from './colors.ts';
import {
  MUTED_TEXT,
  RULE_COLOR,
  SLIDE_WIDTH,
  TEXT_COLOR,
  type Box,
  type SlideShape,
  type SlideSpec,
} from './slide-shapes.ts';
import { fitText, linesHeight } from './text-fit.ts';

const MARGIN = 0.5;
const GUTTER = 0.4;
const HEADING = { x: MARGIN, y: 0.3, w: SLIDE_WIDTH - 2 * MARGIN, h: 0.7, size: 28 };
const BODY_TOP = 1.15;
/** One line of the presentation's budget, in inches (16 pt text at 1.4 line spacing). */
const LINE = 0.31;
const TEXT_PT = 16;
const CHIP_PT = 12;
const COLUMN_WIDTH = (SLIDE_WIDTH - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS;
const CARD_GAP = 0.08;
const PAD = 0.12;
const CURVE = { x: MARGIN + 1.2, y: BODY_TOP + LINES_PER_COLUMN * LINE + 0.3, h: 1.2 };

const lineBox = (x: number, y: number, w: number, lines = 1): Box => ({
  x,
  y: y + (LINE - linesHeight(1, TEXT_PT)) / 2,
  w,
  h: linesHeight(lines, TEXT_PT),
});

function cardShapes(card: SlideCard, x: number, y: number): SlideShape[] {
  const look = KIND_LOOKS[card.kind];
  const id = card.touchpointId;
  const height = cardLines(card) * LINE - CARD_GAP;
  const rounded = look.radius > 4;
  const shapes: SlideShape[] = [
    {
      type: rounded ? 'roundRect' : 'rect',
      box: { x, y, w: COLUMN_WIDTH, h: height },
      fill: look.fill.print,
      line: { color: look.stroke.print, width: 1.5, dashed: look.border.style === 'dashed' },
      ...(rounded && { radius: 0.1 }),
      role: { of: 'card', touchpointId: id },
    },
  ];
  const inner = COLUMN_WIDTH - 2 * PAD;
  let top = y + LINE / 2;
  const bare = { ...card, frictions: [] };
  // The lines presentation-slides counted for the title (its frame and kind row are 2).
  const titleLines = cardLines(bare) - 2;
  const title = card.continued ? `${card.title} (continued)` : card.title;
  shapes.push({
    type: 'text',
    box: lineBox(x + PAD, top, inner, titleLines),
    text: fitText(title, inner, linesHeight(titleLines, TEXT_PT), TEXT_PT) ?? card.title,
    size: TEXT_PT,
    color: TEXT_COLOR,
    bold: true,
    role: { of: 'card', touchpointId: id },
  });
  top += titleLines * LINE;
  // The kind chip: a filled or outlined pill with the kind's word.
  const chip = { x: x + PAD, y: top + 0.04, w: 1.25, h: LINE - 0.08 };
  shapes.push({
    type: 'roundRect',
    box: chip,
    fill: look.chip === 'filled' ? look.stroke.print : look.fill.print,
    line: { color: look.stroke.print, width: 1 },
    radius: chip.h / 2,
    role: { of: 'kind', touchpointId: id },
  });
  shapes.push({
    type: 'text',
    box: chip,
    text: kindWord(card.kind),
    size: CHIP_PT,
    color: look.chipText.print,
    bold: true,
    align: 'center',
    valign: 'middle',
    role: { of: 'kind', touchpointId: id },
  });
  const face = { x: chip.x + chip.w + 0.2, y: top + 0.05, w: LINE - 0.1, h: LINE - 0.1 };
  const emotion = card.emotion === null ? null : EMOTION_LOOKS[`${card.emotion}`];
  shapes.push({
    type: 'ellipse',
    box: face,
    fill: emotion?.face.print ?? '#ffffff',
    line: { color: emotion?.color.print ?? RULE_COLOR, width: 1.5, dashed: emotion === null },
    role: { of: 'emotion', touchpointId: id },
  });
  const words =
    card.emotion === null
      ? emotionWord(null)
      : `${emotionWord(card.emotion)} (${emotionTerm(card.emotion).score})`;
  const wordsX = face.x + face.w + 0.1;
  shapes.push({
    type: 'text',
    box: lineBox(wordsX, top, x + COLUMN_WIDTH - PAD - wordsX),
    text: words,
    size: TEXT_PT,
    color: MUTED_TEXT,
    role: { of: 'emotion', touchpointId: id },
  });
  top += LINE;
  for (const friction of card.frictions) {
    const text = `${SEVERITY_TERMS[friction.severity].word}: ${friction.text}`;
    const lines = cardLines({ ...bare, frictions: [friction] }) - cardLines(bare);
    shapes.push({
      type: 'rect',
      box: { x: x + PAD, y: top + 0.06, w: 0.1, h: lines * LINE - 0.12 },
      fill: SEVERITY_LOOKS[friction.severity].color.print,
      line: null,
      role: { of: 'friction', touchpointId: id },
    });
    shapes.push({
      type: 'text',
      box: lineBox(x + PAD + 0.25, top, inner - 0.25, lines),
      text: fitText(text, inner - 0.25, linesHeight(lines, TEXT_PT), TEXT_PT) ?? text,
      size: TEXT_PT,
      color: TEXT_COLOR,
      role: { of: 'friction', touchpointId: id },
    });
    top += lines * LINE;
  }
  return shapes;
}

function groupShapes(group: SlideGroup, x: number, y: number): { shapes: SlideShape[]; y: number } {
  const shapes: SlideShape[] = [
    {
      type: 'rect',
      box: { x, y: y + 0.07, w: 0.17, h: LINE - 0.14 },
      fill: departmentHex(group.color),
      line: null,
    },
    {
      type: 'text',
      box: lineBox(x + 0.27, y, COLUMN_WIDTH - 0.27),
      text: fitText(group.name, COLUMN_WIDTH - 0.27, linesHeight(1, TEXT_PT), TEXT_PT) ?? '',
      size: TEXT_PT,
      color: MUTED_TEXT,
      bold: true,
    },
  ];
  let top = y + LINE;
  for (const card of group.cards) {
    shapes.push(...cardShapes(card, x, top));
    top += cardLines(card) * LINE;
  }
  return { shapes, y: top };
}

function stageCurve(slide: StageSlide): SlideShape[] {
  const shapes: SlideShape[] = [
    {
      type: 'text',
      box: { x: MARGIN, y: CURVE.y, w: 1.1, h: linesHeight(1, CHIP_PT) },
      text: 'Emotion',
      size: CHIP_PT,
      color: MUTED_TEXT,
      bold: true,
    },
  ];
  const width = SLIDE_WIDTH - MARGIN - CURVE.x;
  shapes.push({
    type: 'line',
    from: { x: CURVE.x, y: CURVE.y + CURVE.h / 2 },
    to: { x: CURVE.x + width, y: CURVE.y + CURVE.h / 2 },
    line: { color: RULE_COLOR, width: 0.75, dashed: true },
  });
  const n = slide.curve.length;
  const points = slide.curve.map((p, i) => ({
    x: CURVE.x + ((i + 0.5) / n) * width,
    y: CURVE.y + ((2 - p.emotion) / 4) * CURVE.h,
  }));
  if (n > 1)
    shapes.push({
      type: 'curve',
      start: points[0]!,
      segments: curveSegments(points),
      line: { color: '#495057', width: 2 },
    });
  // Dots shrink on a crowded curve so neighbours stay apart (0.03 in at least).
  const r = Math.max(0.03, Math.min(0.08, width / Math.max(1, n) / 2.5));
  slide.curve.forEach((p, i) => {
    shapes.push({
      type: 'ellipse',
      box: { x: points[i]!.x - r, y: points[i]!.y - r, w: 2 * r, h: 2 * r },
      fill: EMOTION_LOOKS[`${p.emotion}`].color.print,
      line: { color: '#ffffff', width: 1 },
    });
  });
  if (slide.unrated > 0)
    shapes.push({
      type: 'text',
      box: {
        x: MARGIN,
        y: CURVE.y + CURVE.h - linesHeight(1, CHIP_PT),
        w: 1.1,
        h: linesHeight(1, CHIP_PT),
      },
      text: `${slide.unrated} not rated`,
      size: CHIP_PT,
      color: MUTED_TEXT,
    });
  return shapes;
}

/** The slide of one part of a stage. */
export function stageSlide(slide: StageSlide): SlideSpec {
  const title = partTitle(slide.heading, slide.part, slide.parts);
  const shapes: SlideShape[] = [
    {
      type: 'text',
      box: HEADING,
      text: fitText(title, HEADING.w, HEADING.h, HEADING.size) ?? '',
      size: HEADING.size,
      color: TEXT_COLOR,
      bold: true,
      valign: 'middle',
    },
  ];
  slide.columns.forEach((column, i) => {
    const x = MARGIN + i * (COLUMN_WIDTH + GUTTER);
    let y = BODY_TOP;
    for (const group of column) {
      const drawn = groupShapes(group, x, y);
      shapes.push(...drawn.shapes);
      y = drawn.y;
    }
  });
  shapes.push(...stageCurve(slide));
  return { name: title, shapes };
}
