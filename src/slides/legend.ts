/**
 * A one-line legend under the whole map: each kind as its card shape with its word, each
 * emotion level as its dot with its score, each severity as its mark. The map slide has no
 * room for words on small cards, so the legend says what the shapes and colours mean.
 */
import { EMOTION_LOOKS, KIND_LOOKS, SEVERITY_LOOKS } from '../core/presentation.ts';
import { EMOTION_LIST, KIND_LIST, SEVERITY_LIST } from '../core/vocabulary.ts';
import { MUTED_TEXT, type Box, type SlideShape } from './slide-shapes.ts';
import { charsPerLine } from './text-fit.ts';

const SIZE = 11;

/** The legend's shapes, left to right inside `box` (one line). */
export function legendShapes(box: Box): SlideShape[] {
  const shapes: SlideShape[] = [];
  let x = box.x;
  const mark = Math.min(0.2, box.h * 0.6);
  const markY = box.y + (box.h - mark) / 2;
  const word = (text: string) => {
    // Room for the word at SIZE, by the same estimate that wraps every other text.
    let w = 0.1;
    while (charsPerLine(w, SIZE) < text.length + 1) w += 0.05;
    shapes.push({
      type: 'text',
      box: { x, y: box.y, w, h: box.h },
      text,
      size: SIZE,
      color: MUTED_TEXT,
      valign: 'middle',
    });
    x += w + 0.1;
  };
  for (const kind of KIND_LIST) {
    const look = KIND_LOOKS[kind.id];
    const rounded = look.radius > 4;
    shapes.push({
      type: rounded ? 'roundRect' : 'rect',
      box: { x, y: markY, w: mark * 1.6, h: mark },
      fill: look.fill.print,
      line: { color: look.stroke.print, width: 1.25, dashed: look.border.style === 'dashed' },
      ...(rounded && { radius: mark / 4 }),
    });
    x += mark * 1.6 + 0.06;
    word(kind.word);
  }
  x += 0.15;
  for (const emotion of EMOTION_LIST) {
    shapes.push({
      type: 'ellipse',
      box: { x, y: markY + mark * 0.2, w: mark * 0.6, h: mark * 0.6 },
      fill: EMOTION_LOOKS[`${emotion.value}`].color.print,
      line: null,
    });
    x += mark * 0.6 + 0.04;
    word(emotion.score);
  }
  x += 0.15;
  for (const severity of SEVERITY_LIST) {
    shapes.push({
      type: 'rect',
      box: { x, y: markY, w: mark * 0.4, h: mark },
      fill: SEVERITY_LOOKS[severity.id].color.print,
      line: null,
    });
    x += mark * 0.4 + 0.04;
    word(`${severity.word} friction`);
  }
  return shapes;
}
