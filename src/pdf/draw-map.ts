/**
 * The map as on screen, drawn in canvas units straight from computeLayout: stage headers,
 * the emotion row and its curve, department lanes, connections and cards. The caller sets
 * the painter's transform (fit on a page, or one tile of a poster) and what is visible, so
 * that off-page parts are skipped.
 */
import type { Department, JourneyMap, Touchpoint } from '../core/model.ts';
import type { EmotionCurve, MapLayout, Rect } from '../core/layout.ts';
import { countByKind } from '../core/insights.ts';
import { ROW_LOOKS } from '../core/presentation.ts';
import { KIND_LIST } from '../core/vocabulary.ts';
import { drawCard } from './draw-card.ts';
import { drawEmotionRow } from './draw-emotion-row.ts';
import { singleLine } from './fonts.ts';
import type { Painter } from './painter.ts';
import {
  CURVE,
  DIMMED,
  FAINT,
  HEADER_FILL,
  INK,
  MUTED,
  RULE,
  WHITE,
  hexToRgb,
  mix,
  printRgb,
  type CardText,
} from './theme.ts';

export interface MapDrawing {
  map: JourneyMap;
  layout: MapLayout;
  /** The curve to draw (the layout's, or only through the kept touchpoints). */
  curve: EmotionCurve;
  keptIds: ReadonlySet<string>;
  /** Draw touchpoints that are not kept as dimmed ghosts. */
  dimming: boolean;
  /** The cards' letter sizes (the export's text size). */
  cardText: CardText;
}

export interface Point {
  x: number;
  y: number;
}

/** A connection's cubic Bezier, from the side of one card to the facing side of the other. */
export interface ConnectionPath {
  start: Point;
  c1: Point;
  c2: Point;
  end: Point;
}

const GAP = 4;

/** Header name sizes, largest first: a long name gets more, smaller lines before it is cut. */
const STAGE_STEPS = [
  { size: 14, lines: 2 },
  { size: 12, lines: 3 },
  { size: 10, lines: 4 },
] as const;
const LANE_STEPS = [
  { size: 13, lines: 3 },
  { size: 11, lines: 4 },
  { size: 10, lines: 5 },
] as const;

function connectionPath(a: Rect, b: Rect): ConnectionPath {
  const midY = (r: Rect): number => r.y + r.height / 2;
  const midX = (r: Rect): number => r.x + r.width / 2;
  const horizontal = (start: Point, end: Point): ConnectionPath => {
    const handle = Math.max(24, Math.abs(end.x - start.x) / 2);
    const sign = end.x >= start.x ? 1 : -1;
    return {
      start,
      c1: { x: start.x + sign * handle, y: start.y },
      c2: { x: end.x - sign * handle, y: end.y },
      end,
    };
  };
  const vertical = (start: Point, end: Point): ConnectionPath => {
    const handle = Math.max(16, Math.abs(end.y - start.y) / 2);
    const sign = end.y >= start.y ? 1 : -1;
    return {
      start,
      c1: { x: start.x, y: start.y + sign * handle },
      c2: { x: end.x, y: end.y - sign * handle },
      end,
    };
  };
  if (b.x >= a.x + a.width + GAP)
    return horizontal({ x: a.x + a.width, y: midY(a) }, { x: b.x, y: midY(b) });
  if (b.x + b.width <= a.x - GAP)
    return horizontal({ x: a.x, y: midY(a) }, { x: b.x + b.width, y: midY(b) });
  if (b.y >= a.y + a.height)
    return vertical({ x: midX(a), y: a.y + a.height }, { x: midX(b), y: b.y });
  if (b.y + b.height <= a.y)
    return vertical({ x: midX(a), y: a.y }, { x: midX(b), y: b.y + b.height });
  return {
    start: { x: midX(a), y: midY(a) },
    c1: { x: midX(a), y: midY(a) },
    c2: { x: midX(b), y: midY(b) },
    end: { x: midX(b), y: midY(b) },
  };
}

/** The point of a path at t = 0.5. */
function pathMiddle(c: ConnectionPath): Point {
  return {
    x: (c.start.x + 3 * c.c1.x + 3 * c.c2.x + c.end.x) / 8,
    y: (c.start.y + 3 * c.c1.y + 3 * c.c2.y + c.end.y) / 8,
  };
}

function drawArrowHead(p: Painter, from: Point, tip: Point, size: number): void {
  let dx = tip.x - from.x;
  let dy = tip.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-6) return;
  dx /= len;
  dy /= len;
  const back = { x: tip.x - dx * size, y: tip.y - dy * size };
  const half = size * 0.45;
  p.polygon(
    [
      [tip.x, tip.y],
      [back.x - dy * half, back.y + dx * half],
      [back.x + dy * half, back.y - dx * half],
    ],
    'F',
  );
}

function drawHeaders(p: Painter, map: JourneyMap, layout: MapLayout): void {
  const { stageHeader, laneHeader, columns } = layout;
  p.fill(HEADER_FILL).rect(0, stageHeader.y, layout.width, stageHeader.height, 'F');
  columns.forEach((col, i) => {
    const stage = map.stages[i];
    if (!stage || !p.visible(col.x, stageHeader.y, col.width, stageHeader.height)) return;
    const { lines, size } = p.fit(singleLine(stage.name), col.width - 24, STAGE_STEPS, true);
    const leading = size * 1.2;
    const top = stageHeader.y + (stageHeader.height - lines.length * leading) / 2 + size * 0.95;
    p.lines(lines, col.x + col.width / 2, top, leading, {
      size,
      bold: true,
      color: INK,
      align: 'center',
    });
    p.text(String(i + 1), col.x + 7, stageHeader.y + 13, { size: 8, bold: true, color: FAINT });
  });
  p.text('STAGES', laneHeader.width - 10, stageHeader.y + stageHeader.height / 2 + 3, {
    size: 8,
    bold: true,
    color: FAINT,
    align: 'right',
  });
}

function drawLanes(p: Painter, map: JourneyMap, layout: MapLayout, kept: JourneyMap): void {
  const owned = new Map<string, Touchpoint[]>();
  for (const tp of kept.touchpoints) {
    const list = owned.get(tp.departmentId) ?? [];
    list.push(tp);
    owned.set(tp.departmentId, list);
  }
  const rowFill = printRgb(ROW_LOOKS.department.fill);
  layout.lanes.forEach((lane, i) => {
    const dept = map.departments[i];
    if (!dept || !p.visible(0, lane.y, layout.width, lane.height)) return;
    const color = hexToRgb(dept.color);
    p.fill(mix(color, rowFill, 0.955)).rect(
      layout.grid.x,
      lane.y,
      layout.grid.width,
      lane.height,
      'F',
    );
    p.fill(mix(color, rowFill, 0.82)).rect(0, lane.y, layout.laneHeader.width, lane.height, 'F');
    p.fill(color).rect(0, lane.y, 8, lane.height, 'F');
    const { lines, size } = p.fit(
      singleLine(dept.name),
      layout.laneHeader.width - 28,
      LANE_STEPS,
      true,
    );
    const leading = size * 1.2;
    p.lines(lines, 18, lane.y + 22, leading, { size, bold: true, color: INK });
    const tps = owned.get(dept.id);
    if (tps) {
      const c = countByKind(tps);
      const parts = KIND_LIST.filter((k) => c[k.id] > 0).map(
        (k) => `${c[k.id]} ${k.word.toLowerCase()}`,
      );
      p.text(parts.join(' \u00b7 '), 18, lane.y + 22 + lines.length * leading + 2, {
        size: 9,
        color: MUTED,
      });
    }
  });
}

function drawGridLines(p: Painter, layout: MapLayout): void {
  p.stroke(RULE).lineWidth(1).dash([]);
  const top = 0;
  const bottom = layout.height;
  for (const col of layout.columns) p.line(col.x, top, col.x, bottom);
  p.line(layout.width, top, layout.width, bottom);
  for (const lane of layout.lanes) p.line(0, lane.y, layout.width, lane.y);
  const last = layout.lanes[layout.lanes.length - 1];
  if (last) p.line(0, last.y + last.height, layout.width, last.y + last.height);
  p.line(0, layout.emotionRow.y, layout.width, layout.emotionRow.y);
  p.line(
    0,
    layout.emotionRow.y + layout.emotionRow.height,
    layout.width,
    layout.emotionRow.y + layout.emotionRow.height,
  );
  p.stroke(FAINT).lineWidth(1.2);
  p.rect(0, 0, layout.width, layout.height, 'S');
}

function drawConnections(p: Painter, d: MapDrawing, byId: Map<string, Rect>): void {
  const size = 9;
  for (const c of d.map.connections) {
    const a = byId.get(c.from);
    const b = byId.get(c.to);
    if (!a || !b || c.from === c.to) continue;
    const path = connectionPath(a, b);
    const minX = Math.min(path.start.x, path.end.x, path.c1.x, path.c2.x);
    const minY = Math.min(path.start.y, path.end.y, path.c1.y, path.c2.y);
    const maxX = Math.max(path.start.x, path.end.x, path.c1.x, path.c2.x);
    const maxY = Math.max(path.start.y, path.end.y, path.c1.y, path.c2.y);
    if (!p.visible(minX - 10, minY - 10, maxX - minX + 20, maxY - minY + 20)) continue;
    const kept = !d.dimming || (d.keptIds.has(c.from) && d.keptIds.has(c.to));
    const color = kept ? CURVE.connection : DIMMED.border;
    p.stroke(color).fill(color).lineWidth(1.6).dash([]);
    // Stop the line at the arrow head's base so its end stays sharp.
    const dx = path.end.x - path.c2.x;
    const dy = path.end.y - path.c2.y;
    const len = Math.hypot(dx, dy) || 1;
    const base = {
      x: path.end.x - (dx / len) * size * 0.8,
      y: path.end.y - (dy / len) * size * 0.8,
    };
    p.moveTo(path.start.x, path.start.y)
      .curveTo(path.c1.x, path.c1.y, path.c2.x, path.c2.y, base.x, base.y)
      .paint('S');
    drawArrowHead(p, path.c2, path.end, size);
    const label = c.label === undefined ? '' : singleLine(c.label);
    if (label !== '') {
      const m = pathMiddle(path);
      const text = p.ellipsize(label, 140, 8);
      const w = p.measure(text, 8) + 8;
      p.fill(WHITE).stroke(color).lineWidth(0.6);
      p.roundedRect(m.x - w / 2, m.y - 7, w, 14, 4, 'FD');
      p.text(text, m.x, m.y + 2.8, { size: 8, color: kept ? INK : DIMMED.text, align: 'center' });
    }
  }
}

export function drawMap(p: Painter, d: MapDrawing): void {
  const { map, layout } = d;
  p.fill(WHITE).rect(0, 0, layout.width, layout.height, 'F');
  drawHeaders(p, map, layout);
  drawLanes(
    p,
    map,
    layout,
    d.dimming ? { ...map, touchpoints: map.touchpoints.filter((tp) => d.keptIds.has(tp.id)) } : map,
  );
  drawEmotionRow(p, layout, d.curve);
  drawGridLines(p, layout);

  const touchpoints = new Map<string, Touchpoint>();
  for (const tp of map.touchpoints) touchpoints.set(tp.id, tp);
  const departments = new Map<string, Department>();
  for (const dept of map.departments) departments.set(dept.id, dept);
  const rects = new Map<string, Rect>();
  for (const card of layout.cards) rects.set(card.id, card);

  drawConnections(p, d, rects);
  // Dimmed cards first, so that kept cards lie on top where they overlap.
  for (const pass of d.dimming ? [false, true] : [true]) {
    for (const card of layout.cards) {
      const tp = touchpoints.get(card.id);
      if (!tp) continue;
      const kept = !d.dimming || d.keptIds.has(tp.id);
      if (kept !== pass) continue;
      drawCard(p, card, tp, departments.get(tp.departmentId), !kept, d.cardText);
    }
  }
}

/** The map's grid and cards as plain outlines: the assembly guide of a tiled export. */
export function drawMapOutline(p: Painter, map: JourneyMap, layout: MapLayout): void {
  p.fill(WHITE)
    .stroke(RULE)
    .lineWidth(1 / p.scale)
    .dash([]);
  p.rect(0, 0, layout.width, layout.height, 'FD');
  p.fill(HEADER_FILL).rect(0, 0, layout.width, layout.stageHeader.height, 'F');
  layout.lanes.forEach((lane, i) => {
    const dept = map.departments[i];
    if (dept)
      p.fill(mix(hexToRgb(dept.color), WHITE, 0.6)).rect(
        0,
        lane.y,
        layout.laneHeader.width,
        lane.height,
        'F',
      );
  });
  p.fill(mix(MUTED, WHITE, 0.55));
  for (const card of layout.cards) p.rect(card.x, card.y, card.width, card.height, 'F');
  p.stroke(RULE);
  for (const col of layout.columns) p.line(col.x, 0, col.x, layout.height);
  for (const lane of layout.lanes) p.line(0, lane.y, layout.width, lane.y);
  p.stroke(FAINT).rect(0, 0, layout.width, layout.height, 'S');
}
