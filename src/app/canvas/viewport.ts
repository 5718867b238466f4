/** Where the canvas looks when a map opens, and the zoom limits. Pure. */
import type { Viewport } from '@xyflow/react';
import type { MapLayout } from '../../core/layout.ts';
import type { TextSize } from '../../core/text-size.ts';
import { detailLevel } from './detail-level.ts';
import { headerLimits } from './header-box.ts';

/** The lowest zoom for any map; a map too big to fit at it lowers it (see `minZoomFor`). */
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2.5;
/** Below this a card's title is too small to read: a big map opens at its top-left instead. */
export const MIN_OPENING_ZOOM = 0.6;
const MARGIN = 16;

/**
 * The whole map when it fits at a readable zoom (never above 100 %), centred across and
 * aligned to the top; else the top-left corner (first stages, first lanes) at a readable
 * zoom, where a journey starts being read.
 */
export function openingViewport(
  layout: MapLayout,
  size: { width: number; height: number },
): Viewport {
  const fit = Math.min(
    1,
    (size.width - 2 * MARGIN) / layout.width,
    (size.height - 2 * MARGIN) / layout.height,
  );
  if (fit >= MIN_OPENING_ZOOM) {
    return { x: Math.max(MARGIN, (size.width - layout.width * fit) / 2), y: MARGIN, zoom: fit };
  }
  return { x: MARGIN, y: MARGIN, zoom: MIN_OPENING_ZOOM };
}

const FIT_MARGIN = 12;

/**
 * The whole map in the window: the grid fills the room left beside and below the headers,
 * which keep a readable size on screen however far out the zoom goes (so at a low zoom
 * they take more room than the layout gives them, and Fit leaves them that room; larger
 * text takes more, header-box.ts).
 */
export function fitViewport(
  layout: MapLayout,
  size: { width: number; height: number },
  textSize: TextSize,
): Viewport {
  const { minLane, minStage } = headerLimits(textSize);
  const gridWidth = Math.max(1, layout.width - layout.laneHeader.width);
  const gridHeight = Math.max(1, layout.height - layout.stageHeader.height);
  const fitFor = (lane: number, stage: number) =>
    Math.min(
      (size.width - lane - 2 * FIT_MARGIN) / gridWidth,
      (size.height - stage - 2 * FIT_MARGIN) / gridHeight,
    );
  // The headers' room depends on the zoom: take the larger of their layout and minimum sizes.
  let zoom = fitFor(minLane, minStage);
  zoom = fitFor(
    Math.max(minLane, layout.laneHeader.width * zoom),
    Math.max(minStage, layout.stageHeader.height * zoom),
  );
  zoom = Math.max(0.01, Math.min(1, zoom));
  const lane = Math.max(minLane, layout.laneHeader.width * zoom);
  const stage = Math.max(minStage, layout.stageHeader.height * zoom);
  const spareX = size.width - lane - 2 * FIT_MARGIN - gridWidth * zoom;
  return {
    x: FIT_MARGIN + lane + Math.max(0, spareX / 2) - layout.laneHeader.width * zoom,
    y: FIT_MARGIN + stage - layout.stageHeader.height * zoom,
    zoom,
  };
}

/**
 * Above this many cards the canvas renders only the cards on screen, and a Fit out to the
 * marks level jumps instead of animating (on the way out every card would come on screen).
 */
export const CULL_ABOVE = 150;

/** How the Fit command gets to `fitViewport`. */
export interface FitPlan {
  viewport: Viewport;
  /** Animate (200 ms) or jump. */
  animate: boolean;
  /**
   * Take the cards out of React Flow before the viewport changes. React Flow hears of a
   * new node list only after a render, so if the zoom changed first it would draw every
   * card at the marks level (the whole map is on screen after Fit) for one frame, and
   * remove them the next: on a 1,500-card map that is over a second of one blocked frame.
   */
  dropNodesFirst: boolean;
}

/**
 * The Fit from the zoom now. Animating out to the marks level on a big map passes through
 * the compact level with hundreds of cards on screen, each mounted for a frame or two:
 * seconds of work for a 200 ms animation. Such a Fit jumps, and drops the cards first.
 */
export function fitPlan(
  layout: MapLayout,
  size: { width: number; height: number },
  zoomNow: number,
  textSize: TextSize,
): FitPlan {
  const viewport = fitViewport(layout, size, textSize);
  const toMarks = detailLevel(viewport.zoom, textSize) === 'marks';
  const jump = toMarks && layout.cards.length > CULL_ABOVE;
  return {
    viewport,
    animate: !jump,
    dropNodesFirst: jump && detailLevel(zoomNow, textSize) !== 'marks',
  };
}

/** The zoom limit for a map: MIN_ZOOM, or lower when that is what Fit needs. */
export function minZoomFor(
  layout: MapLayout,
  size: { width: number; height: number },
  textSize: TextSize,
): number {
  if (size.width <= 0 || size.height <= 0) return MIN_ZOOM;
  return Math.min(MIN_ZOOM, fitViewport(layout, size, textSize).zoom);
}
