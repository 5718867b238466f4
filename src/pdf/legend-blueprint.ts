/**
 * The legend's sections for what only some maps use: the provisional (dashed) look of
 * evidence still to be checked, and the service blueprint's lines. Which of them a map gets
 * is core/legend-content.ts's decision; words come from core/vocabulary.ts.
 */
import { linePartsText } from '../core/legend-content.ts';
import { BLUEPRINT_LINES, type BlueprintLine, type EvidenceTerm } from '../core/vocabulary.ts';
import { BLUEPRINT_LINE_LOOK } from './draw-blueprint-lines.ts';
import { drawCardShape, drawProvisionalOutline } from './draw-card.ts';
import type { Surface } from './surface.ts';
import { CURVE, INK, MUTED } from './theme.ts';

/** One titled block of the legend, laid out by prepareLegend. */
export interface Section {
  width: number;
  height: number;
  draw(x: number, y: number): void;
}

/** Two lines of words beside a sample: the term in ink, what it means in muted type. */
function wordsBeside(p: Surface, u: number, word: string, hint: string) {
  const size = 7.5 * u;
  return {
    width: Math.max(p.measure(word, size, true), p.measure(hint, size * 0.9)),
    draw(x: number, y: number) {
      p.text(word, x, y + size, { size, bold: true, color: INK });
      p.text(hint, x, y + size * 2.2, { size: size * 0.9, color: MUTED });
    },
  };
}

/** Each provisional level as a card with the dashed outline the map gives it. */
export function evidenceSection(p: Surface, u: number, terms: readonly EvidenceTerm[]): Section {
  const cardW = 40 * u;
  const cardH = 20 * u;
  const inset = 4 * u;
  const rowH = cardH + 10 * u;
  const entries = terms.map((t) => wordsBeside(p, u, t.word, t.hint));
  return {
    width: inset + cardW + inset + 8 * u + Math.max(...entries.map((e) => e.width)),
    height: terms.length * rowH - 10 * u + 2 * inset,
    draw(x, y) {
      entries.forEach((entry, i) => {
        const top = y + inset + i * rowH;
        drawCardShape(p, 'service', x + inset, top, cardW, cardH, MUTED);
        drawProvisionalOutline(p, x + inset, top, cardW, cardH, u);
        entry.draw(x + 2 * inset + cardW + 8 * u, top + cardH / 2 - 7.5 * u * 1.3);
      });
    },
  };
}

/** Each line the map draws: a sample of its dashed rule, its name, the rows it parts. */
export function linesSection(p: Surface, u: number, lines: readonly BlueprintLine[]): Section {
  const look = BLUEPRINT_LINE_LOOK;
  const sampleW = 40 * u;
  const rowH = 22 * u;
  const entries = lines.map((kind) => {
    return wordsBeside(p, u, BLUEPRINT_LINES[kind].word, linePartsText(kind));
  });
  return {
    width: sampleW + 8 * u + Math.max(...entries.map((e) => e.width)),
    height: lines.length * rowH - 4 * u,
    draw(x, y) {
      entries.forEach((entry, i) => {
        const top = y + i * rowH;
        p.stroke(CURVE.connection)
          .lineWidth(look.width * u)
          .dash(look.dash.map((d) => d * u));
        p.line(x, top + 9 * u, x + sampleW, top + 9 * u);
        p.dash([]);
        entry.draw(x + sampleW + 8 * u, top);
      });
    },
  };
}
