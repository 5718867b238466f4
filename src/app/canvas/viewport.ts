/** Where the canvas looks when a map opens, and the zoom limits. Pure. */
import type { Viewport } from '@xyflow/react';
import type { MapLayout, Rect } from '../../core/layout.ts';

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2.5;
/** Below this a card's title is too small to read: a big map opens at its top-left instead. */
export const MIN_OPENING_ZOOM = 0.6;
const MARGIN = 16;

export function mapBounds(layout: MapLayout): Rect {
  return { x: 0, y: 0, width: layout.width, height: layout.height };
}

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
