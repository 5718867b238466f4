/**
 * What on a map is worth a poster page (see `tilesWithContent` in tiling.ts). Light: the
 * Export dialog counts a poster's pages with it, without the drawing code.
 */
import type { EmotionCurve, MapLayout, Rect } from '../core/layout.ts';
import type { JourneyMap } from '../core/model.ts';
import type { ContentBox } from './tiling.ts';

/** Room around a curve's points and a connection's cards for faces, labels and bends. */
const CURVE_ROOM = 28;
const CONNECTION_ROOM = 40;

const around = (a: { x: number; y: number }, b: { x: number; y: number }, room: number) => ({
  x: Math.min(a.x, b.x) - room,
  y: Math.min(a.y, b.y) - room,
  width: Math.abs(a.x - b.x) + 2 * room,
  height: Math.abs(a.y - b.y) + 2 * room,
});

/**
 * What a tile must show to be printed, canvas units: the stage and lane headers, every card,
 * the emotion curve (each stretch between two points, with room for faces and labels) and
 * every connection (the box of its two cards, with room for its bends and label).
 */
export function mapContent(d: {
  map: Pick<JourneyMap, 'connections'>;
  layout: MapLayout;
  curve: EmotionCurve;
}): ContentBox[] {
  const { layout } = d;
  const boxes: ContentBox[] = [
    {
      x: layout.laneHeader.width,
      y: layout.stageHeader.y,
      width: layout.width - layout.laneHeader.width,
      height: layout.stageHeader.height,
    },
    { x: layout.laneHeader.x, y: 0, width: layout.laneHeader.width, height: layout.height },
    ...layout.cards,
  ];
  const points = d.curve.points;
  points.forEach((point, i) => boxes.push(around(point, points[i + 1] ?? point, CURVE_ROOM)));
  const cards = new Map<string, Rect>(layout.cards.map((c) => [c.id, c]));
  for (const c of d.map.connections) {
    const a = cards.get(c.from);
    const b = cards.get(c.to);
    if (!a || !b) continue;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    boxes.push({
      x: x - CONNECTION_ROOM,
      y: y - CONNECTION_ROOM,
      width: Math.max(a.x + a.width, b.x + b.width) - x + 2 * CONNECTION_ROOM,
      height: Math.max(a.y + a.height, b.y + b.height) - y + 2 * CONNECTION_ROOM,
    });
  }
  return boxes;
}
