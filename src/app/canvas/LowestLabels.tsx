/**
 * The labels of the lowest moments, in screen space over the canvas: their letters keep a
 * readable size at every zoom (never under 12 px) instead of shrinking with the map, and
 * core's placement (curve-labels.ts, shared with the PDF) keeps each inside the emotion row
 * as seen — right of the pinned department names, under the pinned stage names, within the
 * canvas — and apart from the others. A label cut short ends with an ellipsis and shows its
 * whole text on hover.
 *
 * Plain HTML positioned from React Flow's transform, like StickyHeaders; only the labels
 * themselves take the pointer (for their tooltip).
 */
import { memo } from 'react';
import { lowestLabelText, placeCurveLabels, type LabelRequest } from '../../core/curve-labels.ts';
import type { MapLayout } from '../../core/layout.ts';
import { useTextSize } from '../preferences/use-text-size.ts';
// Where the pinned headers are (StickyHeaders.tsx): labels stay clear of them.
import { headerBox, headerLimits } from './header-box.ts';
import { useViewTransform } from './use-view-transform.ts';
import { textWidth } from './text-width.ts';

/** Letters on screen (px): never smaller, whatever the zoom; a little larger zoomed in. */
const MIN_LOWEST_LABEL_PX = 12;
const MAX_LOWEST_LABEL_PX = 15;
/** The label's height and side padding, in its font size. */
const LINE = 1.5;
const PAD = 0.4;
/** The lowest point's ring (GridLayer.tsx), canvas units. */
const RING_RADIUS = 10;

interface LowestLabelsProps {
  layout: MapLayout;
  /** Touchpoint titles by id. */
  titles: ReadonlyMap<string, string>;
}

export const LowestLabels = memo(function LowestLabels({ layout, titles }: LowestLabelsProps) {
  const view = useViewTransform();
  const textSize = useTextSize();
  const { x, y, zoom } = view;
  const lowest = new Set(layout.curve.lowest);
  if (lowest.size === 0 || view.width <= 0) return null;

  const fontPx = Math.min(
    MAX_LOWEST_LABEL_PX,
    Math.max(MIN_LOWEST_LABEL_PX, MIN_LOWEST_LABEL_PX * zoom),
  );
  const height = Math.round(fontPx * LINE);
  const pad = fontPx * PAD;
  const { laneRight, stageBottom } = headerBox(layout, view, headerLimits(textSize));
  const row = layout.emotionRow;
  const rowTop = y + row.y * zoom;
  const gap = RING_RADIUS * zoom + 3;
  // Too thin a row (far out) lends the labels the top of what lies under it: room for a
  // line of labels above the points, and one below the lowest (they sit at the row's foot).
  let lowestY = rowTop;
  for (const p of layout.curve.points) {
    if (lowest.has(p.touchpointId)) lowestY = Math.max(lowestY, y + p.y * zoom);
  }
  const rowBottom = Math.max(
    y + (row.y + row.height) * zoom,
    rowTop + 2 * height + 8,
    lowestY + gap + height + 1,
  );
  const left = Math.max(laneRight, x + layout.grid.x * zoom);
  const top = Math.max(stageBottom, rowTop, 0);
  const bounds = {
    x: left,
    y: top,
    width: Math.min(view.width, x + layout.width * zoom) - left,
    height: Math.min(view.height, rowBottom) - top,
  };
  if (bounds.width <= 0 || bounds.height <= 0) return null;

  const texts = new Map<string, string>();
  const requests: LabelRequest[] = [];
  for (const p of layout.curve.points) {
    if (!lowest.has(p.touchpointId)) continue;
    const sx = x + p.x * zoom;
    if (sx < bounds.x || sx > bounds.x + bounds.width) continue;
    const text = lowestLabelText(titles.get(p.touchpointId) ?? '');
    texts.set(p.touchpointId, text);
    requests.push({
      id: p.touchpointId,
      x: sx,
      y: y + p.y * zoom,
      width: Math.ceil(textWidth(text, fontPx, 700) + 2 * pad) + 2,
    });
  }
  const labels = placeCurveLabels(requests, bounds, {
    height,
    gap,
    minWidth: fontPx * 5,
    maxWidth: fontPx * 22,
  });

  return (
    <div className="tm-lowest-labels">
      {labels.map((label) => {
        const text = texts.get(label.id)!;
        return (
          <div
            key={label.id}
            className="tm-lowest-label"
            data-lowest-id={label.id}
            data-side={label.side}
            title={text}
            style={{
              left: label.x,
              top: label.y,
              width: label.width,
              height: label.height,
              lineHeight: `${label.height}px`,
              fontSize: fontPx,
              padding: `0 ${pad}px`,
            }}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});
