/**
 * The viewport a follower takes from the one it follows, without React: the zoom at which
 * all of their view fits this pane, and where it goes. Their view sits in the middle of a
 * larger pane, except where it reaches an edge of the map: then the follower's view starts
 * (or ends) at that edge too, so a wide projector following a narrow laptop shows more map
 * beside it instead of an empty band before the map begins.
 */
import { headerBox, type HeaderLimits } from '../canvas/header-box.ts';
import type { MapLayout } from '../../core/layout.ts';
import type { SharedViewport } from './presence.ts';

/** A React Flow viewport: a flow point p is drawn at p * zoom + (x, y) on the pane. */
export interface FlowViewport {
  x: number;
  y: number;
  zoom: number;
}

/** The map's extent in flow coordinates (the layout's rectangle). */
export interface MapBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The map as a follower places it. */
export interface MapExtent {
  /** The layout's rectangle (flow units): whether their view reaches an edge is judged on it. */
  bounds: MapBounds;
  /**
   * How far (screen px) the map is drawn past its left and top edges at a zoom: far out, the
   * pinned headers keep a readable size by growing away from the grid (header-box.ts).
   */
  overhang(zoom: number): { left: number; top: number };
}

/** The extent of a map the canvas lays out, its headers sized within `limits`. */
export function mapExtent(layout: MapLayout, limits: HeaderLimits): MapExtent {
  const laneEnd = layout.laneHeader.x + layout.laneHeader.width;
  const stageEnd = layout.stageHeader.y + layout.stageHeader.height;
  return {
    bounds: { x: 0, y: 0, width: layout.width, height: layout.height },
    overhang(zoom) {
      // In place (not pinned) the headers' size depends on the zoom alone.
      const { laneWidth, stageHeight } = headerBox(layout, { x: 0, y: 0, zoom }, limits);
      return {
        left: Math.max(0, laneWidth - laneEnd * zoom),
        top: Math.max(0, stageHeight - stageEnd * zoom),
      };
    },
  };
}

/** Their view within this many of their screen pixels of an edge counts as touching it. */
const TOUCH_SLACK_PX = 1;

/**
 * Where our view starts along one axis, in flow units. Their view reaches the map's start
 * (or passes it): ours begins where the map is drawn from (its headers included), unless
 * that would leave out the far end of what they see, and never after the map's start. Their
 * view reaches the map's end: ours ends there. Neither, or both (they see the whole map
 * across): around the middle of their view.
 */
function axisStart(
  their: { start: number; length: number },
  ourLength: number,
  map: { start: number; length: number; overhang: number },
  slack: number,
): number {
  const theirEnd = their.start + their.length;
  const mapEnd = map.start + map.length;
  const atStart = their.start <= map.start + slack;
  const atEnd = theirEnd >= mapEnd - slack;
  if (atStart && !atEnd) {
    const keepTheirEnd = Math.min(map.start, Math.min(theirEnd, mapEnd) - ourLength);
    return Math.max(map.start - map.overhang, keepTheirEnd);
  }
  if (atEnd && !atStart) return mapEnd - ourLength;
  return their.start + their.length / 2 - ourLength / 2;
}

/**
 * The viewport that shows what `their` viewport shows on a pane of `size`: zoomed so their
 * whole view fits (a projector and a laptop differ), within the zoom limits; placed on each
 * axis as `axisStart` says.
 */
export function followViewport(
  their: SharedViewport,
  size: { width: number; height: number },
  zoomLimits: { min: number; max: number },
  map: MapExtent,
): FlowViewport {
  const fit = Math.min(
    (size.width / their.width) * their.zoom,
    (size.height / their.height) * their.zoom,
  );
  const zoom = Math.min(zoomLimits.max, Math.max(zoomLimits.min, fit));
  const slack = TOUCH_SLACK_PX / their.zoom;
  const { bounds } = map;
  const overhang = map.overhang(zoom);
  const left = axisStart(
    { start: -their.x / their.zoom, length: their.width / their.zoom },
    size.width / zoom,
    { start: bounds.x, length: bounds.width, overhang: overhang.left / zoom },
    slack,
  );
  const top = axisStart(
    { start: -their.y / their.zoom, length: their.height / their.zoom },
    size.height / zoom,
    { start: bounds.y, length: bounds.height, overhang: overhang.top / zoom },
    slack,
  );
  return { x: -left * zoom, y: -top * zoom, zoom };
}

/** Whether two viewports differ enough to be worth telling the others (or moving to). */
export function viewportMoved(a: FlowViewport | null, b: FlowViewport): boolean {
  if (a === null) return true;
  return Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5 || Math.abs(a.zoom - b.zoom) > 1e-3;
}
