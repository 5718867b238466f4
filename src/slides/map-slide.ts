/**
 * The whole map on one slide: core's layout (the canvas's and the PDF's geometry) scaled to
 * fit under a heading, with stage and lane headers, the emotion row and its curve, a
 * blueprint's rows, notes and lines, every card as a native shape in its kind's look
 * (map-cards.ts) and the legend (legend.ts).
 *
 * A map of any size fits, so card text cannot follow the scale down: like the canvas's
 * semantic zoom, the slide picks one level for all cards by the room a card has at a legible
 * size (MIN_TEXT_PT or more): title, kind and emotion in words; the title only; or only the
 * card's shape, kind border and emotion dot (a large map, read from the stage slides).
 */
import { computeLayout, type MapLayout } from '../core/layout.ts';
import type { JourneyMap } from '../core/model.ts';
import { curveSegments } from '../core/emotion-curve.ts';
import { EMOTION_LOOKS, LOWEST_MOMENT, ROW_LOOKS } from '../core/presentation.ts';
import { EVIDENCE_TERMS, ROW_TERMS } from '../core/vocabulary.ts';
import { departmentHex, mixHex } from './colors.ts';
import { legendContent } from '../core/legend-content.ts';
import {
  extrasColumnHeight,
  extrasColumnShapes,
  extrasColumnWidth,
  hasExtras,
  legendHeight,
  legendShapes,
  type LegendExtras,
} from './legend.ts';
import { PAD, cardLevel, cardShapes } from './map-cards.ts';
import {
  BLUEPRINT_LINE_STROKE,
  MIN_TEXT_PT,
  PROVISIONAL_STROKE,
  MUTED_TEXT,
  RULE_COLOR,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  TEXT_COLOR,
  type Box,
  type SlideShape,
  type SlideSpec,
} from './slide-shapes.ts';
import { fitText, linesHeight } from './text-fit.ts';

const MARGIN = 0.4;
const HEADING_PT = 24;
const HEADING_BOX = { x: MARGIN, y: 0.25, w: SLIDE_WIDTH - 2 * MARGIN, h: 0.55 };
/** The map's room: below the heading, above a legend `legendH` tall. */
const mapArea = (legendH: number): Box => ({
  x: MARGIN,
  y: 0.95,
  w: SLIDE_WIDTH - 2 * MARGIN,
  h: SLIDE_HEIGHT - 0.95 - legendH - 0.3,
});
const HEADER_MAX_PT = 16;

interface Frame {
  scale: number;
  ox: number;
  oy: number;
}

const at = (f: Frame, x: number, y: number, w: number, h: number): Box => ({
  x: f.ox + x * f.scale,
  y: f.oy + y * f.scale,
  w: w * f.scale,
  h: h * f.scale,
});

/** Of a header's width, what bold text is measured against (fitText's letters are average). */
const BOLD_ROOM = 0.85;

/**
 * A header's name at the largest size from HEADER_MAX_PT down to MIN_TEXT_PT at which it fits
 * whole (words unbroken); at MIN_TEXT_PT cut with "…" when it never does; none without room.
 */
function headerText(name: string, box: Box, bold: boolean): SlideShape[] {
  const inner = { x: box.x + PAD, y: box.y + PAD, w: box.w - 2 * PAD, h: box.h - 2 * PAD };
  // Bold letters are wider than fitText's average (Impress broke "Emotio / n" without this).
  const room = bold ? inner.w * BOLD_ROOM : inner.w;
  let size = HEADER_MAX_PT;
  while (size > MIN_TEXT_PT && fitText(name, room, inner.h, size) !== name.trim()) size--;
  const text = fitText(name, room, inner.h, size);
  if (text === null) return [];
  return [{ type: 'text', box: inner, text, size, color: TEXT_COLOR, bold, valign: 'middle' }];
}

function gridShapes(map: JourneyMap, layout: MapLayout, f: Frame): SlideShape[] {
  const shapes: SlideShape[] = [];
  const { grid, stageHeader, emotionRow, laneHeader } = layout;
  for (const column of layout.columns) {
    const box = at(f, column.x, stageHeader.y, column.width, stageHeader.height);
    shapes.push({ type: 'rect', box, fill: '#f1f3f5', line: { color: RULE_COLOR, width: 0.5 } });
    shapes.push(...headerText(map.stages[column.index]!.name, box, true));
  }
  // Height 0: a blueprint that hides the emotion row.
  if (emotionRow.height > 0) {
    const row = at(f, grid.x, emotionRow.y, grid.width, emotionRow.height);
    shapes.push({ type: 'rect', box: row, fill: ROW_LOOKS.emotion.fill.print, line: null });
    const rowHead = at(f, laneHeader.x, emotionRow.y, laneHeader.width, emotionRow.height);
    shapes.push({ type: 'rect', box: rowHead, fill: ROW_LOOKS.emotion.fill.print, line: null });
    shapes.push(...headerText(ROW_TERMS.emotion.word, rowHead, true));
  }
  const departments = new Map(map.departments.map((d) => [d.id, d] as const));
  for (const lane of layout.lanes) {
    // By id: in a blueprint the lanes follow the rows, not the list of departments.
    const dept = departments.get(lane.id)!;
    const color = departmentHex(dept.color);
    const body = at(f, grid.x, lane.y, grid.width, lane.height);
    shapes.push({
      type: 'rect',
      box: body,
      fill: mixHex(color, ROW_LOOKS.department.fill.print, 0.955),
      line: { color: RULE_COLOR, width: 0.5 },
    });
    const head = at(f, laneHeader.x, lane.y, laneHeader.width, lane.height);
    shapes.push({ type: 'rect', box: head, fill: mixHex(color, '#ffffff', 0.82), line: null });
    const stripe = { ...head, w: Math.max(0.03, 8 * f.scale) };
    shapes.push({ type: 'rect', box: stripe, fill: color, line: null });
    const label = { ...head, x: head.x + stripe.w, w: head.w - stripe.w };
    shapes.push(...headerText(dept.name, { ...label, h: Math.min(label.h, 0.9) }, true));
  }
  shapes.push(...blueprintRowShapes(map, layout, f));
  for (const column of layout.columns.slice(1)) {
    const x = f.ox + column.x * f.scale;
    if (map.rows !== undefined) {
      // A blueprint's rows run from the stage headers to the bottom, whatever their types.
      const from = { x, y: f.oy + stageHeader.height * f.scale };
      const to = { x, y: f.oy + layout.height * f.scale };
      shapes.push({ type: 'line', from, to, line: { color: RULE_COLOR, width: 0.5 } });
      continue;
    }
    const top = f.oy + emotionRow.y * f.scale;
    const bottom = f.oy + (grid.y + grid.height) * f.scale;
    const y0 = Math.min(top, f.oy + grid.y * f.scale);
    shapes.push({
      type: 'line',
      from: { x, y: y0 },
      to: { x, y: Math.max(bottom, top + emotionRow.height * f.scale) },
      line: { color: RULE_COLOR, width: 0.5 },
    });
  }
  return shapes;
}

/**
 * A blueprint's rows that are not lanes (fill and name), their notes (dashed when assumed,
 * text where it is legible) and the dashed lines between layers with their names.
 */
function blueprintRowShapes(map: JourneyMap, layout: MapLayout, f: Frame): SlideShape[] {
  const shapes: SlideShape[] = [];
  const { grid, laneHeader } = layout;
  for (const row of layout.rows) {
    if (row.type === 'department' || row.type === 'emotion') continue;
    const fill = ROW_LOOKS[row.type].fill.print;
    const body = at(f, grid.x, row.y, grid.width, row.height);
    shapes.push({ type: 'rect', box: body, fill, line: { color: RULE_COLOR, width: 0.5 } });
    const head = at(f, laneHeader.x, row.y, laneHeader.width, row.height);
    shapes.push({ type: 'rect', box: head, fill: mixHex(fill, '#1f2328', 0.05), line: null });
    shapes.push(...headerText(row.label, { ...head, h: Math.min(head.h, 0.9) }, true));
  }
  const notes = new Map((map.notes ?? []).map((n) => [n.id, n] as const));
  for (const box of layout.notes) {
    const note = notes.get(box.id);
    if (!note) continue;
    const frame = at(f, box.x, box.y, box.width, box.height);
    const dashed = note.evidence !== undefined && EVIDENCE_TERMS[note.evidence].provisional;
    shapes.push({
      type: 'rect',
      box: frame,
      fill: '#ffffff',
      line: dashed ? PROVISIONAL_STROKE : { color: RULE_COLOR, width: 0.5, dashed },
    });
    const inner = {
      x: frame.x + PAD,
      y: frame.y + PAD,
      w: frame.w - 2 * PAD,
      h: frame.h - 2 * PAD,
    };
    const text = fitText(note.text, inner.w, inner.h, MIN_TEXT_PT);
    if (text !== null)
      shapes.push({ type: 'text', box: inner, text, size: MIN_TEXT_PT, color: TEXT_COLOR });
  }
  for (const line of layout.lines) {
    const y = f.oy + line.y * f.scale;
    shapes.push({
      type: 'line',
      from: { x: f.ox, y },
      to: { x: f.ox + layout.width * f.scale, y },
      line: BLUEPRINT_LINE_STROKE,
    });
    const h = linesHeight(1, MIN_TEXT_PT);
    // Wider than a narrow header column: a name cut to nothing would leave the line unnamed.
    const label = { x: f.ox, y: y - h, w: Math.max(laneHeader.width * f.scale, 2.4), h };
    const text = fitText(line.label, label.w, label.h, MIN_TEXT_PT);
    if (text !== null)
      shapes.push({ type: 'text', box: label, text, size: MIN_TEXT_PT, color: MUTED_TEXT });
  }
  return shapes;
}

function curveShapes(layout: MapLayout, f: Frame): SlideShape[] {
  const points = layout.curve.points.map((p) => ({
    x: f.ox + p.x * f.scale,
    y: f.oy + p.y * f.scale,
  }));
  const shapes: SlideShape[] = [];
  if (points.length > 1)
    shapes.push({
      type: 'curve',
      start: points[0]!,
      segments: curveSegments(points),
      line: { color: '#495057', width: 1.25 },
    });
  const r = Math.min(0.06, Math.max(0.025, 5 * f.scale));
  const lowest = new Set(layout.curve.lowest);
  layout.curve.points.forEach((p, i) => {
    const { x, y } = points[i]!;
    const look = EMOTION_LOOKS[`${p.emotion}`];
    shapes.push({
      type: 'ellipse',
      box: { x: x - r, y: y - r, w: 2 * r, h: 2 * r },
      fill: look.color.print,
      line: lowest.has(p.touchpointId) ? { color: LOWEST_MOMENT.print, width: 1.5 } : null,
    });
  });
  return shapes;
}

const fitIn = (layout: MapLayout, area: Box): Frame => {
  const scale = Math.min(area.w / layout.width, area.h / layout.height);
  return { scale, ox: area.x + (area.w - layout.width * scale) / 2, oy: area.y };
};

/**
 * The map's frame, and where the legend's extras go (legend.ts): on a line of their own under
 * the legend when the map leaves that room anyway; else as a column beside a tall map; else
 * on their line with the map made smaller. A map without extras is placed as it always was.
 */
function placeMap(
  layout: MapLayout,
  legend: LegendExtras,
): { frame: Frame; extras: 'none' | 'below' | 'beside' } {
  const frame = fitIn(layout, mapArea(legendHeight(false)));
  if (!hasExtras(legend)) return { frame, extras: 'none' };
  const bottom = frame.oy + layout.height * frame.scale;
  if (bottom + 0.15 + legendHeight(true) <= SLIDE_HEIGHT - 0.15) return { frame, extras: 'below' };
  const room = SLIDE_WIDTH - MARGIN - (frame.ox + layout.width * frame.scale) - 0.2;
  const column = extrasColumnHeight(legend);
  if (room >= extrasColumnWidth(legend) && column <= bottom - frame.oy)
    return { frame, extras: 'beside' };
  return { frame: fitIn(layout, mapArea(legendHeight(true))), extras: 'below' };
}

/** The whole-map slide of `map`. */
export function mapSlide(map: JourneyMap): SlideSpec {
  // The slide draws the stage names only, so the headers keep their plain height.
  const layout = computeLayout(map, { expectations: false });
  const legend = legendContent(map, layout);
  const { frame, extras } = placeMap(layout, legend);
  const scale = frame.scale;
  const heading =
    fitText(map.title || 'Untitled map', HEADING_BOX.w, HEADING_BOX.h, HEADING_PT) ?? '';
  const shapes: SlideShape[] = [
    {
      type: 'text',
      box: HEADING_BOX,
      text: heading,
      size: HEADING_PT,
      color: TEXT_COLOR,
      bold: true,
      valign: 'middle',
    },
    ...gridShapes(map, layout, frame),
    ...curveShapes(layout, frame),
  ];
  const { level, size } = cardLevel(200 * scale, 96 * scale);
  const byId = new Map(map.touchpoints.map((tp) => [tp.id, tp]));
  for (const card of layout.cards) {
    const tp = byId.get(card.id);
    if (tp === undefined) continue;
    shapes.push(...cardShapes(tp, at(frame, card.x, card.y, card.width, card.height), level, size));
  }
  const mapBottom = frame.oy + layout.height * scale;
  const legendH = legendHeight(extras === 'below');
  const legendTop = Math.min(SLIDE_HEIGHT - legendH - 0.15, mapBottom + 0.15);
  const legendBox = { x: MARGIN, y: legendTop, w: SLIDE_WIDTH - 2 * MARGIN, h: legendH };
  shapes.push(...legendShapes(legendBox, legend, extras === 'below'));
  if (extras === 'beside')
    shapes.push(
      ...extrasColumnShapes(SLIDE_WIDTH - MARGIN - extrasColumnWidth(legend), mapBottom, legend),
    );
  return { name: `${map.title || 'Untitled map'}: the whole map`, shapes };
}
