/**
 * The cards of the whole-map slide: each a native shape in its kind's look, with its emotion
 * dot, a mark per friction (worst first, at most three), a dashed frame around it when its
 * evidence is provisional (as in print), and as many words as `cardLevel` allows at a
 * legible size.
 */
import type { Touchpoint } from '../core/model.ts';
import { EMOTION_LOOKS, KIND_LOOKS, SEVERITY_LOOKS } from '../core/presentation.ts';
import {
  EVIDENCE_TERMS,
  SEVERITY_TERMS,
  emotionTerm,
  emotionWord,
  kindWord,
} from '../core/vocabulary.ts';
import {
  MIN_TEXT_PT,
  MUTED_TEXT,
  PROVISIONAL_STROKE,
  TEXT_COLOR,
  type Box,
  type SlideShape,
} from './slide-shapes.ts';
import { fitText, linesHeight, linesIn } from './text-fit.ts';

const CARD_MAX_PT = 14;
/** Inside a card or header box, inches. */
export const PAD = 0.04;

/** How much of a card the whole-map slide writes out. */
export type CardLevel = 'full' | 'title' | 'marks';

/** The card text size and level for cards `w` × `h` inches: the most words that fit legibly. */
export function cardLevel(w: number, h: number): { level: CardLevel; size: number } {
  const inner = { w: w - 2 * PAD, h: h - 2 * PAD };
  const size = Math.min(CARD_MAX_PT, Math.max(MIN_TEXT_PT, (inner.h * 72) / 6));
  // Full: two title lines and a line of kind and emotion words ("Very negative" is 13 letters).
  if (linesIn(inner.h, size) >= 3 && fitText('Very negative', inner.w * 0.6, 1, size) !== null)
    return { level: 'full', size };
  if (linesIn(inner.h, size) >= 1 && fitText('Check in', inner.w, linesHeight(1, size), size))
    return { level: 'title', size };
  return { level: 'marks', size };
}

/** The shapes of one card in `box`. */
export function cardShapes(tp: Touchpoint, box: Box, level: CardLevel, size: number): SlideShape[] {
  const look = KIND_LOOKS[tp.kind];
  const scale = box.w / 200;
  const radius = Math.min(box.h / 2, look.radius * scale);
  const role = { of: 'card' as const, touchpointId: tp.id };
  const shapes: SlideShape[] = [
    {
      type: look.radius > 4 ? 'roundRect' : 'rect',
      box,
      fill: look.fill.print,
      line: {
        color: look.stroke.print,
        width: Math.max(0.5, look.border.width * scale * 72),
        dashed: look.border.style === 'dashed',
      },
      ...(look.radius > 4 && { radius }),
      role,
    },
  ];
  if (tp.evidence !== undefined && EVIDENCE_TERMS[tp.evidence].provisional) {
    // Around the card, as in print (pdf/draw-card.ts drawProvisionalOutline: 3.5 units out).
    const gap = Math.max(0.02, 3.5 * scale);
    shapes.push({
      type: 'roundRect',
      box: { x: box.x - gap, y: box.y - gap, w: box.w + 2 * gap, h: box.h + 2 * gap },
      fill: null,
      line: PROVISIONAL_STROKE,
      radius: radius + gap,
    });
  }
  const dot = Math.min(0.14, Math.max(0.04, box.h * 0.18));
  if (tp.emotion !== null) {
    const emotion = EMOTION_LOOKS[`${tp.emotion}`];
    shapes.push({
      type: 'ellipse',
      box: { x: box.x + box.w - dot - PAD, y: box.y + PAD, w: dot, h: dot },
      fill: emotion.color.print,
      line: null,
      role: { of: 'emotion', touchpointId: tp.id },
    });
  }
  // One mark per friction, worst first, at most three: the bars of the warning sign.
  const frictions = [...tp.frictions]
    .sort((a, b) => SEVERITY_TERMS[b.severity].rank - SEVERITY_TERMS[a.severity].rank)
    .slice(0, 3);
  frictions.forEach((friction, i) => {
    const w = dot * 0.6;
    shapes.push({
      type: 'rect',
      box: {
        x: box.x + box.w - PAD - (i + 1) * (w + w / 2),
        y: box.y + box.h - PAD - dot,
        w,
        h: dot,
      },
      fill: SEVERITY_LOOKS[friction.severity].color.print,
      line: null,
      role: { of: 'friction', touchpointId: tp.id },
    });
  });
  if (level === 'marks') return shapes;
  const inner = {
    x: box.x + PAD,
    y: box.y + PAD,
    w: box.w - 3 * PAD - dot,
    h: box.h - 2 * PAD - dot,
  };
  const titleLines =
    level === 'full' ? Math.max(1, linesIn(inner.h, size) - 1) : linesIn(inner.h, size);
  const titleBox = { ...inner, h: linesHeight(titleLines, size) };
  const title = fitText(tp.title, titleBox.w, titleBox.h, size);
  if (title !== null)
    shapes.push({
      type: 'text',
      box: titleBox,
      text: title,
      size,
      color: TEXT_COLOR,
      bold: true,
      role,
    });
  if (level === 'full') {
    const words = `${kindWord(tp.kind)} · ${tp.emotion === null ? emotionWord(null) : emotionTerm(tp.emotion).score}`;
    const line = {
      x: inner.x,
      y: titleBox.y + titleBox.h,
      w: box.w - 2 * PAD,
      h: linesHeight(1, size),
    };
    const text = fitText(words, line.w, line.h, size);
    if (text !== null)
      shapes.push({
        type: 'text',
        box: line,
        text,
        size,
        color: MUTED_TEXT,
        role: { of: 'kind', touchpointId: tp.id },
      });
  }
  return shapes;
}
