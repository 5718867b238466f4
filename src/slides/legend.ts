/**
 * The legend under the whole map. Its first line is every map's: each kind as its card shape
 * with its word, each emotion level as its dot with its score, each severity as its mark. The
 * map slide has no room for words on small cards, so the legend says what the shapes and
 * colours mean. Its extras, only for a map that has them (core/legend-content.ts decides, as
 * for the PDF's legend), show the dashed look of evidence still to be checked and each
 * blueprint line the map draws: on a second line, or as a column beside a tall map (the map
 * slide chooses, so that the extras never make a map smaller than it has to be).
 */
import type { LegendContent } from '../core/legend-content.ts';
import { EMOTION_LOOKS, KIND_LOOKS, SEVERITY_LOOKS } from '../core/presentation.ts';
import { BLUEPRINT_LINES, EMOTION_LIST, KIND_LIST, SEVERITY_LIST } from '../core/vocabulary.ts';
import {
  BLUEPRINT_LINE_STROKE,
  MUTED_TEXT,
  PROVISIONAL_STROKE,
  type Box,
  type SlideShape,
} from './slide-shapes.ts';
import { charsPerLine } from './text-fit.ts';

const SIZE = 11;
/** One line of the legend, inches. */
const LEGEND_LINE = 0.35;
const LINE_GAP = 0.05;
/** A mark's height on a line LEGEND_LINE high (lineWriter's), and a sample's width in marks. */
const MARK = Math.min(0.2, LEGEND_LINE * 0.6);
const SAMPLE_W = 2;

/** What only some maps' legends show. */
export type LegendExtras = Pick<LegendContent, 'provisional' | 'lines'>;

/** The map has something for the extras to explain. */
export const hasExtras = (extras: LegendExtras): boolean =>
  extras.provisional.length > 0 || extras.lines.length > 0;

/** The legend's height: one line, or two with the extras' line under it. */
export const legendHeight = (extrasBelow: boolean): number =>
  extrasBelow ? 2 * LEGEND_LINE + LINE_GAP : LEGEND_LINE;

/** Room for a word at SIZE, by the same estimate that wraps every other text. */
function wordWidth(text: string): number {
  let w = 0.1;
  while (charsPerLine(w, SIZE) < text.length + 1) w += 0.05;
  return w;
}

/** Marks and words placed left to right along one line of the legend. */
function lineWriter(box: Box, shapes: SlideShape[]) {
  let x = box.x;
  const mark = Math.min(0.2, box.h * 0.6);
  const markY = box.y + (box.h - mark) / 2;
  return {
    mark,
    markY,
    get x() {
      return x;
    },
    skip(w: number) {
      x += w;
    },
    word(text: string) {
      const w = wordWidth(text);
      shapes.push({
        type: 'text',
        box: { x, y: box.y, w, h: box.h },
        text,
        size: SIZE,
        color: MUTED_TEXT,
        valign: 'middle',
      });
      x += w + 0.1;
    },
  };
}

function vocabularyLine(box: Box, shapes: SlideShape[]): void {
  const line = lineWriter(box, shapes);
  const { mark, markY } = line;
  for (const kind of KIND_LIST) {
    const look = KIND_LOOKS[kind.id];
    const rounded = look.radius > 4;
    shapes.push({
      type: rounded ? 'roundRect' : 'rect',
      box: { x: line.x, y: markY, w: mark * 1.6, h: mark },
      fill: look.fill.print,
      line: { color: look.stroke.print, width: 1.25, dashed: look.border.style === 'dashed' },
      ...(rounded && { radius: mark / 4 }),
    });
    line.skip(mark * 1.6 + 0.06);
    line.word(kind.word);
  }
  line.skip(0.15);
  for (const emotion of EMOTION_LIST) {
    shapes.push({
      type: 'ellipse',
      box: { x: line.x, y: markY + mark * 0.2, w: mark * 0.6, h: mark * 0.6 },
      fill: EMOTION_LOOKS[`${emotion.value}`].color.print,
      line: null,
    });
    line.skip(mark * 0.6 + 0.04);
    line.word(emotion.score);
  }
  line.skip(0.15);
  for (const severity of SEVERITY_LIST) {
    shapes.push({
      type: 'rect',
      box: { x: line.x, y: markY, w: mark * 0.4, h: mark },
      fill: SEVERITY_LOOKS[severity.id].color.print,
      line: null,
    });
    line.skip(mark * 0.4 + 0.04);
    line.word(`${severity.word} friction`);
  }
}

/** A sample of the look an extra entry explains, `mark` high, at `x`, `y`. */
function sampleShape(kind: 'provisional' | 'line', x: number, y: number, mark: number): SlideShape {
  if (kind === 'provisional')
    return {
      type: 'rect',
      box: { x, y, w: mark * SAMPLE_W, h: mark },
      fill: null,
      line: PROVISIONAL_STROKE,
    };
  const mid = y + mark / 2;
  return {
    type: 'line',
    from: { x, y: mid },
    to: { x: x + mark * SAMPLE_W, y: mid },
    line: BLUEPRINT_LINE_STROKE,
  };
}

interface Extra {
  sample: 'provisional' | 'line';
  word: string;
  /** What it means, when the word alone does not say. */
  hint?: string;
}

/** Each provisional level, then each line drawn, top to bottom. */
function extraEntries(extras: LegendExtras): Extra[] {
  return [
    ...extras.provisional.map((term) => ({
      sample: 'provisional' as const,
      word: term.word,
      hint: term.hint.toLowerCase(),
    })),
    ...extras.lines.map((kind) => ({ sample: 'line' as const, word: BLUEPRINT_LINES[kind].word })),
  ];
}

/** The extras as one line under the vocabulary's: "Assumed: a guess…", then the lines. */
function extrasLine(box: Box, extras: LegendExtras, shapes: SlideShape[]): void {
  const line = lineWriter(box, shapes);
  for (const entry of extraEntries(extras)) {
    shapes.push(sampleShape(entry.sample, line.x, line.markY, line.mark));
    line.skip(line.mark * SAMPLE_W + 0.06);
    line.word(entry.hint === undefined ? entry.word : `${entry.word}: ${entry.hint}`);
    line.skip(0.15);
  }
}

/** The rows of the extras as a column: an entry's hint gets a row of its own, indented. */
const columnRows = (extras: LegendExtras): number =>
  extraEntries(extras).reduce((n, e) => n + (e.hint === undefined ? 1 : 2), 0);

/** How wide the extras are as a column beside the map. */
export function extrasColumnWidth(extras: LegendExtras): number {
  const words = extraEntries(extras).flatMap((e) => [e.word, e.hint ?? '']);
  return MARK * SAMPLE_W + 0.06 + Math.max(...words.map(wordWidth));
}

/** How tall the extras are as a column. */
export const extrasColumnHeight = (extras: LegendExtras): number =>
  columnRows(extras) * LEGEND_LINE;

/** The extras as a column whose bottom left corner is `x`, `bottom` (beside a tall map). */
export function extrasColumnShapes(x: number, bottom: number, extras: LegendExtras): SlideShape[] {
  const shapes: SlideShape[] = [];
  let y = bottom - extrasColumnHeight(extras);
  const indent = MARK * SAMPLE_W + 0.06;
  for (const entry of extraEntries(extras)) {
    const row = lineWriter({ x, y, w: 0, h: LEGEND_LINE }, shapes);
    shapes.push(sampleShape(entry.sample, x, row.markY, row.mark));
    row.skip(indent);
    row.word(entry.word);
    y += LEGEND_LINE;
    if (entry.hint !== undefined) {
      const hint = lineWriter({ x, y, w: 0, h: LEGEND_LINE }, shapes);
      hint.skip(indent);
      hint.word(entry.hint);
      y += LEGEND_LINE;
    }
  }
  return shapes;
}

/**
 * The legend's shapes inside `box`: the vocabulary's line, and under it the extras' line when
 * `extrasBelow` (a map with extras whose column does not go beside it).
 */
export function legendShapes(box: Box, extras: LegendExtras, extrasBelow: boolean): SlideShape[] {
  const shapes: SlideShape[] = [];
  vocabularyLine({ ...box, h: LEGEND_LINE }, shapes);
  if (extrasBelow && hasExtras(extras))
    extrasLine({ ...box, y: box.y + LEGEND_LINE + LINE_GAP, h: LEGEND_LINE }, extras, shapes);
  return shapes;
}
