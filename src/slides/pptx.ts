/**
 * The PowerPoint writer: the slide records of deck.ts handed to pptxgenjs, one native shape
 * or text box each, so every card, kind, emotion and friction can be moved and retyped in
 * PowerPoint, Keynote or Impress. Runs in Node (the CLI) and in the browser (the app imports
 * this module lazily, so pptxgenjs is not in the main bundle).
 */
import { unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import type { JourneyMap } from '../core/model.ts';
import { buildDeck } from './deck.ts';
import { SLIDE_FONT, type SlideShape, type SlideSpec, type Stroke } from './slide-shapes.ts';

type Slide = ReturnType<PptxGenJS['addSlide']>;
type ShapeProps = NonNullable<Parameters<Slide['addShape']>[1]>;
type ShapeName = Parameters<Slide['addShape']>[0];
/** pptxgenjs draws `points` for this shape name, which its type list leaves out. */
const FREEFORM = 'custGeom' as string as ShapeName;

const color = (hex: string): string => hex.slice(1).toUpperCase();
/** pptxgenjs rounds positions to EMUs itself; three decimals keep the XML short. */
const r = (n: number): number => Math.round(n * 1000) / 1000;

function line(stroke: Stroke | null): ShapeProps['line'] {
  if (stroke === null) return { type: 'none' };
  return {
    color: color(stroke.color),
    width: r(stroke.width),
    ...(stroke.dashed === true && { dashType: 'dash' }),
  };
}

function addShape(pptx: PptxGenJS, slide: Slide, shape: SlideShape): void {
  switch (shape.type) {
    case 'rect':
    case 'roundRect':
    case 'ellipse': {
      const { x, y, w, h } = shape.box;
      const kind =
        shape.type === 'rect'
          ? pptx.ShapeType.rect
          : shape.type === 'ellipse'
            ? pptx.ShapeType.ellipse
            : pptx.ShapeType.roundRect;
      slide.addShape(kind, {
        x: r(x),
        y: r(y),
        w: r(w),
        h: r(h),
        fill: shape.fill === null ? { type: 'none' } : { color: color(shape.fill) },
        line: line(shape.line),
        ...(shape.radius !== undefined && { rectRadius: r(shape.radius) }),
      });
      return;
    }
    case 'line': {
      const { from, to } = shape;
      slide.addShape(pptx.ShapeType.line, {
        x: r(Math.min(from.x, to.x)),
        y: r(Math.min(from.y, to.y)),
        w: r(Math.abs(to.x - from.x)),
        h: r(Math.abs(to.y - from.y)),
        flipH: to.x < from.x !== to.y < from.y && from.x !== to.x && from.y !== to.y,
        line: line(shape.line),
      });
      return;
    }
    case 'curve': {
      // A freeform in the box of its points; its points are relative to that box.
      const all = [shape.start, ...shape.segments.flatMap((s) => [s.c1, s.c2, s.to])];
      const x0 = Math.min(...all.map((p) => p.x));
      const y0 = Math.min(...all.map((p) => p.y));
      const x1 = Math.max(...all.map((p) => p.x));
      const y1 = Math.max(...all.map((p) => p.y));
      slide.addShape(FREEFORM, {
        x: r(x0),
        y: r(y0),
        w: r(Math.max(0.01, x1 - x0)),
        h: r(Math.max(0.01, y1 - y0)),
        fill: { type: 'none' },
        line: line(shape.line),
        points: [
          { x: r(shape.start.x - x0), y: r(shape.start.y - y0), moveTo: true },
          ...shape.segments.map((s) => ({
            x: r(s.to.x - x0),
            y: r(s.to.y - y0),
            curve: {
              type: 'cubic' as const,
              x1: r(s.c1.x - x0),
              y1: r(s.c1.y - y0),
              x2: r(s.c2.x - x0),
              y2: r(s.c2.y - y0),
            },
          })),
        ],
      });
      return;
    }
    case 'text': {
      const { x, y, w, h } = shape.box;
      slide.addText(shape.text, {
        x: r(x),
        y: r(y),
        w: r(w),
        h: r(h),
        fontFace: SLIDE_FONT,
        fontSize: shape.size,
        color: color(shape.color),
        bold: shape.bold === true,
        italic: shape.italic === true,
        align: shape.align ?? 'left',
        valign: shape.valign ?? 'top',
        margin: 0,
        wrap: true,
        fit: 'none',
      });
      return;
    }
  }
}

/** The deck as a .pptx file's bytes. */
export async function writePptx(
  map: JourneyMap,
  deck: SlideSpec[] = buildDeck(map),
): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = map.title;
  pptx.subject = 'Customer journey map';
  pptx.company = 'Touchmap';
  pptx.theme = { headFontFace: SLIDE_FONT, bodyFontFace: SLIDE_FONT };
  for (const spec of deck) {
    const slide = pptx.addSlide();
    for (const shape of spec.shapes) addShape(pptx, slide, shape);
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  if (!(out instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  // pptxgenjs 4.0.1 stores every part uncompressed for this output type (it passes
  // `compression` to JSZip only for Node streams and blobs): deflated here, the same parts
  // in the same order, a deck of 1,500 cards is a tenth of the size.
  return zipSync(unzipSync(out), { level: 6 });
}
