/**
 * Connections in the PDF: the routes the canvas draws (core/connection-routes: routed, then
 * nudged apart where they share a gutter, over all of the map's connections), with the same
 * rounded corners, and their labels in the same place and size (core/edge-drawing). Lines
 * go under the cards; labels go over them, wrapped to two lines, never cut short unless
 * longer than two lines.
 */
import type { MapLayout } from '../core/layout.ts';
import type { JourneyMap } from '../core/model.ts';
import { EdgeRouter, type EdgeRoute, type Point } from '../core/edge-routing.ts';
import { ConnectionRoutes } from '../core/connection-routes.ts';
import { NUDGE_MAX_SHIFT } from '../core/edge-nudging.ts';
import { EDGE_LABEL, placeLabel, roundedPath } from '../core/edge-drawing.ts';
import { singleLine } from './fonts.ts';
import type { Surface } from './surface.ts';
import { CURVE, DIMMED, INK, WHITE } from './theme.ts';

/** What of a map drawing the connections need (draw-map's MapDrawing has it). */
interface ConnectionDrawing {
  map: JourneyMap;
  layout: MapLayout;
  keptIds: ReadonlySet<string>;
  /** Connections with an end that is not kept are drawn faded. */
  dimming: boolean;
}

const ARROW = 9;
/**
 * Every page of one export draws from the same layout: route it once. Nudging spreads each
 * route by the others on its lines, so all of the map's connections are routed, as on the
 * canvas, even for a tile that shows a few.
 */
const routeSets = new WeakMap<MapLayout, ConnectionRoutes>();

function routesOf(d: ConnectionDrawing): ConnectionRoutes {
  let routes = routeSets.get(d.layout);
  if (!routes) {
    routes = new ConnectionRoutes(new EdgeRouter(d.layout), d.map.connections);
    routeSets.set(d.layout, routes);
  }
  return routes;
}

function drawArrowHead(p: Surface, from: Point, tip: Point, size: number): void {
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

function bounds(points: readonly Point[], margin: number) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const q of points) {
    minX = Math.min(minX, q.x);
    minY = Math.min(minY, q.y);
    maxX = Math.max(maxX, q.x);
    maxY = Math.max(maxY, q.y);
  }
  return [
    minX - margin,
    minY - margin,
    maxX - minX + 2 * margin,
    maxY - minY + 2 * margin,
  ] as const;
}

interface Routed {
  id: string;
  route: EdgeRoute;
  label: string;
  kept: boolean;
}

/** The connections that may show on the page. */
function routed(p: Surface, d: ConnectionDrawing, labels: boolean): Routed[] {
  const routes = routesOf(d);
  const router = routes.router;
  const out: Routed[] = [];
  // A label may reach half its width beyond its route, and nudging may move a route a little
  // beyond its block.
  const reach = (labels ? EDGE_LABEL.maxWidth / 2 : 10) + NUDGE_MAX_SHIFT;
  for (const c of d.map.connections) {
    if (labels && (c.label === undefined || c.label.trim() === '')) continue;
    const block = router.blockOf(c.from, c.to);
    if (!block) continue;
    const { x, y, width, height } = block;
    if (!p.visible(x - reach, y - reach, width + 2 * reach, height + 2 * reach)) continue;
    const route = routes.route(c.id);
    if (!route) continue;
    const kept = !d.dimming || (d.keptIds.has(c.from) && d.keptIds.has(c.to));
    out.push({ id: c.id, route, label: c.label === undefined ? '' : singleLine(c.label), kept });
  }
  return out;
}

/** The lines and arrow heads, to be drawn before the cards. */
export function drawConnectionLines(p: Surface, d: ConnectionDrawing): void {
  for (const { route, kept } of routed(p, d, false)) {
    const points = route.points;
    if (!p.visible(...bounds(points, 10))) continue;
    const color = kept ? CURVE.connection : DIMMED.border;
    p.stroke(color).fill(color).lineWidth(1.6).dash([]);
    // Stop the line at the arrow head's base so its end stays sharp.
    const tip = points[points.length - 1]!;
    const before = points[points.length - 2]!;
    const len = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
    const cut = Math.min(ARROW * 0.8, len);
    const base = {
      x: tip.x - ((tip.x - before.x) / len) * cut,
      y: tip.y - ((tip.y - before.y) / len) * cut,
    };
    for (const command of roundedPath([...points.slice(0, -1), base])) {
      if (command.type === 'move') p.moveTo(command.to.x, command.to.y);
      else if (command.type === 'line') p.lineTo(command.to.x, command.to.y);
      else {
        const { c1, c2, to } = command;
        p.curveTo(c1.x, c1.y, c2.x, c2.y, to.x, to.y);
      }
    }
    p.paint('S');
    drawArrowHead(p, before, tip, ARROW);
  }
}

/** The labels, to be drawn after the cards: the box the canvas gives them, text in full. */
export function drawConnectionLabels(p: Surface, d: ConnectionDrawing): void {
  const routes = routesOf(d);
  const { fontSize, maxWidth, maxLines, padX, padY } = EDGE_LABEL;
  const leading = fontSize * 1.3;
  for (const { id, route, label, kept } of routed(p, d, true)) {
    if (label === '') continue;
    // The canvas's box: padding and a 1-unit border around at most two wrapped lines.
    const { lines } = p.wrap(label, maxWidth - 2 * padX - 2, fontSize, false, maxLines);
    let widest = 0;
    for (const line of lines) widest = Math.max(widest, p.measure(line, fontSize));
    const size = {
      width: Math.min(maxWidth, Math.ceil(widest) + 2 * padX + 2),
      height: lines.length * leading + 2 * padY + 2,
    };
    const box = placeLabel(routes.router, route, size, routes.labelsToAvoid(id));
    if (!p.visible(box.x, box.y, box.width, box.height)) continue;
    const color = kept ? CURVE.connection : DIMMED.border;
    p.fill(WHITE).stroke(color).lineWidth(0.8).dash([]);
    p.roundedRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1, 8, 'FD');
    const top = box.y + 1 + padY + fontSize * 0.98;
    p.lines(lines, box.x + box.width / 2, top, leading, {
      size: fontSize,
      color: kept ? INK : DIMMED.text,
      align: 'center',
    });
  }
}
