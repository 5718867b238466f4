/**
 * The emotion curve's SVG path for the grid, worked out again only when a point moved. An
 * edit that changes the layout elsewhere (a card dropped in another slot, a lane that grew)
 * gives new point objects at the same places, and formatting 1,500 Bézier segments is most
 * of the grid's cost on a big map.
 */
import { curvePathData } from '../../core/emotion-curve.ts';
import type { MapLayout } from '../../core/layout.ts';

type CurvePoints = MapLayout['curve']['points'];

/** Whether two lists of curve points are at the same places. */
function samePlaces(a: CurvePoints, b: CurvePoints): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.x !== b[i]!.x || a[i]!.y !== b[i]!.y) return false;
  }
  return true;
}

/** A function from curve points to the path ('' under two points), the last while in place. */
export function createCurvePathKeeper(): (points: CurvePoints) => string {
  let last: { points: CurvePoints; path: string } | null = null;
  return (points) => {
    if (last === null || !samePlaces(last.points, points)) {
      last = { points, path: points.length > 1 ? curvePathData(points) : '' };
    }
    return last.path;
  };
}

/**
 * The curve's points in the cards' order (the document's), for drawing one element each. The
 * curve lists them in journey order, which a drop into another stage reshuffles; React keeps a
 * keyed list's elements in list order, so it moved every point after the dropped card's old
 * place in the page (15 ms of DOM moves and 34 ms of restyling after a drop on the 1,500-card
 * map, trace). The cards' order does not change when a card moves, so nothing is moved.
 */
export function pointsInCardOrder(
  points: CurvePoints,
  cards: readonly { id: string }[],
): CurvePoints {
  const byId = new Map(points.map((p) => [p.touchpointId, p]));
  const out: CurvePoints = [];
  for (const card of cards) {
    const point = byId.get(card.id);
    if (point === undefined) continue;
    out.push(point);
    byId.delete(card.id);
  }
  // A point without a card (none expected) is drawn last rather than lost.
  return byId.size === 0 ? out : [...out, ...byId.values()];
}
