/**
 * The map as on screen, drawn in canvas units straight from computeLayout: stage headers,
 * the emotion row and its curve, department lanes, connections and cards; in a service
 * blueprint also the other rows (notes, pain points, ideas) and the lines between layers. The caller sets
 * the painter's transform (fit on a page, or one tile of a poster) and what is visible, so
 * that off-page parts are skipped.
 */
import type { Department, JourneyMap, Touchpoint } from '../core/model.ts';
import type { EmotionCurve, MapLayout } from '../core/layout.ts';
import { countByKind } from '../core/insights.ts';
import { ROW_LOOKS } from '../core/presentation.ts';
import { KIND_LIST } from '../core/vocabulary.ts';
import { drawCard } from './draw-card.ts';
import { drawConnectionLabels, drawConnectionLines } from './draw-connections.ts';
import { drawBlueprintLines } from './draw-blueprint-lines.ts';
import { drawEmotionRow } from './draw-emotion-row.ts';
import { drawNotes } from './draw-notes.ts';
import { drawRowItems } from './draw-row-items.ts';
import { drawRowBands, isBandRow } from './draw-rows.ts';
import { drawStageHeader } from './draw-stage-header.ts';
import { singleLine } from './fonts.ts';
import type { Surface } from './surface.ts';
import {
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

/** Lane name sizes, largest first: a long name gets more, smaller lines before it is cut. */
const LANE_STEPS = [
  { size: 13, lines: 3 },
  { size: 11, lines: 4 },
  { size: 10, lines: 5 },
] as const;

function drawHeaders(p: Surface, map: JourneyMap, layout: MapLayout): void {
  const { stageHeader, laneHeader, columns } = layout;
  p.fill(HEADER_FILL).rect(0, stageHeader.y, layout.width, stageHeader.height, 'F');
  columns.forEach((col, i) => {
    const stage = map.stages[i];
    if (!stage || !p.visible(col.x, stageHeader.y, col.width, stageHeader.height)) return;
    drawStageHeader(p, stage, i, col, stageHeader);
  });
  p.text('STAGES', laneHeader.width - 10, stageHeader.y + stageHeader.height / 2 + 3, {
    size: 8,
    bold: true,
    color: FAINT,
    align: 'right',
  });
}

function drawLanes(p: Surface, map: JourneyMap, layout: MapLayout, kept: JourneyMap): void {
  const owned = new Map<string, Touchpoint[]>();
  for (const tp of kept.touchpoints) {
    const list = owned.get(tp.departmentId) ?? [];
    list.push(tp);
    owned.set(tp.departmentId, list);
  }
  const rowFill = printRgb(ROW_LOOKS.department.fill);
  const departments = new Map(map.departments.map((d) => [d.id, d] as const));
  layout.lanes.forEach((lane) => {
    // By id: in a blueprint the lanes follow the rows, not the list of departments.
    const dept = departments.get(lane.id);
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

function drawGridLines(p: Surface, layout: MapLayout): void {
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
  // The rows that are not lanes (none in a map without `rows`).
  for (const row of layout.rows) {
    if (!isBandRow(row.type)) continue;
    p.line(0, row.y, layout.width, row.y);
    p.line(0, row.y + row.height, layout.width, row.y + row.height);
  }
  p.stroke(FAINT).lineWidth(1.2);
  p.rect(0, 0, layout.width, layout.height, 'S');
}

export function drawMap(p: Surface, d: MapDrawing): void {
  const { map, layout } = d;
  p.fill(WHITE).rect(0, 0, layout.width, layout.height, 'F');
  drawHeaders(p, map, layout);
  drawLanes(
    p,
    map,
    layout,
    d.dimming ? { ...map, touchpoints: map.touchpoints.filter((tp) => d.keptIds.has(tp.id)) } : map,
  );
  drawRowBands(p, layout.rows, { width: layout.width, headerWidth: layout.laneHeader.width });
  drawEmotionRow(p, layout, d.curve, new Map(map.touchpoints.map((tp) => [tp.id, tp.title])));
  drawGridLines(p, layout);
  drawRowItems(p, map, layout.rows, layout.columns);
  drawNotes(p, layout.notes, map.notes);
  drawBlueprintLines(p, layout.lines, layout.width, layout.laneHeader.width);

  const touchpoints = new Map<string, Touchpoint>();
  for (const tp of map.touchpoints) touchpoints.set(tp.id, tp);
  const departments = new Map<string, Department>();
  for (const dept of map.departments) departments.set(dept.id, dept);

  drawConnectionLines(p, d);
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
  drawConnectionLabels(p, d);
}

/** The map's grid and cards as plain outlines: the assembly guide of a tiled export. */
export function drawMapOutline(p: Surface, map: JourneyMap, layout: MapLayout): void {
  p.fill(WHITE)
    .stroke(RULE)
    .lineWidth(1 / p.scale)
    .dash([]);
  p.rect(0, 0, layout.width, layout.height, 'FD');
  p.fill(HEADER_FILL).rect(0, 0, layout.width, layout.stageHeader.height, 'F');
  const departments = new Map(map.departments.map((d) => [d.id, d] as const));
  layout.lanes.forEach((lane) => {
    const dept = departments.get(lane.id);
    if (dept)
      p.fill(mix(hexToRgb(dept.color), WHITE, 0.6)).rect(
        0,
        lane.y,
        layout.laneHeader.width,
        lane.height,
        'F',
      );
  });
  for (const row of layout.rows) {
    if (isBandRow(row.type))
      p.fill(mix(printRgb(ROW_LOOKS[row.type].fill), MUTED, 0.3)).rect(
        0,
        row.y,
        layout.laneHeader.width,
        row.height,
        'F',
      );
  }
  p.fill(mix(MUTED, WHITE, 0.55));
  for (const card of layout.cards) p.rect(card.x, card.y, card.width, card.height, 'F');
  for (const note of layout.notes) p.rect(note.x, note.y, note.width, note.height, 'F');
  p.stroke(RULE);
  for (const col of layout.columns) p.line(col.x, 0, col.x, layout.height);
  for (const lane of layout.lanes) p.line(0, lane.y, layout.width, lane.y);
  for (const row of layout.rows) if (isBandRow(row.type)) p.line(0, row.y, layout.width, row.y);
  p.stroke(FAINT).rect(0, 0, layout.width, layout.height, 'S');
}
