/**
 * The slides before the map: the title slide (the map's title, its description, how many
 * stages and touchpoints) and the persona, as presentation mode cuts them
 * (core/presentation-intro-slides.ts: a long description or persona goes on continuation
 * slides, never in smaller text). Sizes are the presentation's, relative to a 16 pt body:
 * title 2.4 times, slide heading 1.6, lead and quote 1.2.
 */
import type { PersonaSlide, TitleSlide } from '../core/presentation-intro-slides.ts';
import { partTitle } from '../core/presentation-slides.ts';
import {
  MUTED_TEXT,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  TEXT_COLOR,
  type SlideShape,
  type SlideSpec,
  type TextShape,
} from './slide-shapes.ts';
import { lineCount, linesHeight } from './text-fit.ts';

const BODY_PT = 16;
const TITLE_PT = 38;
const HEAD_PT = 26;
const LEAD_PT = 19;
const MARGIN = 0.6;
const WIDTH = SLIDE_WIDTH - 2 * MARGIN;
const GAP = 0.2;
const ACCENT = '#3649b8';

/** A text block of `text` at `size`, `width` wide, its height from the lines it wraps to. */
function block(
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  style: Partial<TextShape> = {},
): TextShape {
  const h = linesHeight(lineCount(text, width, size), size);
  return { type: 'text', box: { x, y, w: width, h }, text, size, color: TEXT_COLOR, ...style };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A title slide: the first one centred, a continuation one under its heading. */
export function titleSlide(slide: TitleSlide): SlideSpec {
  const name = partTitle(slide.title || 'Untitled map', slide.part, slide.parts);
  const shapes: SlideShape[] = [];
  if (slide.part === 1) {
    const width = 11;
    const x = (SLIDE_WIDTH - width) / 2;
    const title = block(slide.title || 'Untitled map', x, 0, width, TITLE_PT, {
      bold: true,
      align: 'center',
    });
    const lead =
      slide.description === null
        ? null
        : block(slide.description, x, 0, width, LEAD_PT, { align: 'center', color: MUTED_TEXT });
    const counts = block(
      `${plural(slide.stages, 'stage')} · ${plural(slide.touchpoints, 'touchpoint')}`,
      x,
      0,
      width,
      BODY_PT,
      { align: 'center', color: MUTED_TEXT },
    );
    const parts = [title, ...(lead ? [lead] : []), counts];
    const total = parts.reduce((sum, p) => sum + p.box.h, 0) + GAP * 2 * (parts.length - 1);
    let y = Math.max(0.5, (SLIDE_HEIGHT - total) / 2);
    for (const part of parts) {
      shapes.push({ ...part, box: { ...part.box, y } });
      y += part.box.h + GAP * 2;
    }
    shapes.push({
      type: 'rect',
      box: {
        x: SLIDE_WIDTH / 2 - 0.6,
        y: title.box.h + Math.max(0.5, (SLIDE_HEIGHT - total) / 2) + GAP * 0.6,
        w: 1.2,
        h: 0.06,
      },
      fill: ACCENT,
      line: null,
    });
  } else {
    const head = block(name, MARGIN, 0.4, WIDTH, HEAD_PT, { bold: true });
    shapes.push(head);
    if (slide.description !== null)
      shapes.push(
        block(slide.description, MARGIN, head.box.y + head.box.h + GAP * 2, WIDTH, LEAD_PT),
      );
  }
  return { name, shapes };
}

/** A persona slide: the name, then about, goals and quote as presentation mode lists them. */
export function personaSlide(slide: PersonaSlide): SlideSpec {
  const name = partTitle(`Persona: ${slide.name}`, slide.part, slide.parts);
  const head = block(name, MARGIN, 0.4, WIDTH, HEAD_PT, { bold: true });
  const shapes: SlideShape[] = [head];
  let y = head.box.y + head.box.h + GAP * 2;
  for (const piece of slide.blocks) {
    if (piece.kind === 'about') {
      const about = block(piece.text, MARGIN, y, WIDTH, BODY_PT);
      shapes.push(about);
      y += about.box.h + GAP;
    } else if (piece.kind === 'goals') {
      const heading = block(
        piece.continued ? 'Goals (continued)' : 'Goals',
        MARGIN,
        y,
        WIDTH,
        LEAD_PT,
        {
          bold: true,
        },
      );
      shapes.push(heading);
      y += heading.box.h + GAP / 2;
      for (const goal of piece.goals) {
        shapes.push({
          type: 'ellipse',
          box: { x: MARGIN + 0.1, y: y + 0.09, w: 0.09, h: 0.09 },
          fill: ACCENT,
          line: null,
        });
        const item = block(goal, MARGIN + 0.35, y, WIDTH - 0.35, BODY_PT);
        shapes.push(item);
        y += item.box.h + GAP / 4;
      }
      y += GAP;
    } else {
      shapes.push({
        type: 'rect',
        box: {
          x: MARGIN,
          y,
          w: 0.08,
          h: linesHeight(lineCount(`“${piece.text}”`, WIDTH - 0.35, LEAD_PT), LEAD_PT),
        },
        fill: ACCENT,
        line: null,
      });
      const quote = block(`“${piece.text}”`, MARGIN + 0.35, y, WIDTH - 0.35, LEAD_PT, {
        italic: true,
        color: MUTED_TEXT,
      });
      shapes.push(quote);
      y += quote.box.h + GAP;
    }
  }
  return { name, shapes };
}
