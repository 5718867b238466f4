/**
 * The labels of the lowest moments, in screen space over the canvas: their letters keep a
 * readable size at every zoom (never under 12 px) instead of shrinking with the map, and
 * core's placement (curve-labels.ts, shared with the PDF) keeps each inside the emotion row
 * as seen — right of the pinned department names, under the pinned stage names, within the
 * canvas — apart from the others by a space, and off the curve's dots and line. A label cut
 * short ends with an ellipsis and shows its whole text on hover. On a crowded curve (a big
 * map far out) that leaves room for fewer labels: the first in journey order keep theirs,
 * and a ring left without one shows its words on hover (closer in, it gets its label).
 *
 * Plain HTML positioned from React Flow's transform, like StickyHeaders; only the labels
 * themselves take the pointer (for their tooltip).
 */
import { memo, useMemo } from 'react';
import { curveInk, hidesInk } from '../../core/curve-ink.ts';
import {
  lowestLabelText,
  placeCurveLabels,
  type LabelBox,
  type LabelRequest,
} from '../../core/curve-labels.ts';
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
/** How far the curve's ink reaches (grid.css: a dot of radius 5 with a 1.5 stroke, a 2.25
 * line), canvas units, and the clear margin kept around it on screen (px). */
const DOT_REACH = 5.75;
const LINE_REACH = 1.125;
const INK_MARGIN_PX = 2;
/** Pieces of line a label may cross: a smooth curve passing under it, not a zigzag. */
const LINE_CROSSINGS = 2;
/** The space between two labels, in their font size: end to end they read as one. */
const SPACING = 1;
/** The narrowest a cut label may be, in its font size: "Lowest: " and a few letters (at
 * 5 em a label in a corner read "Lowes…", which says nothing; such a ring shows on hover). */
const MIN_WIDTH = 9;

interface LowestLabelsProps {
  layout: MapLayout;
  /** Touchpoint titles by id. */
  titles: ReadonlyMap<string, string>;
}

export const LowestLabels = memo(function LowestLabels({ layout, titles }: LowestLabelsProps) {
  const view = useViewTransform();
  const textSize = useTextSize();
  const ink = useMemo(() => curveInk(layout.curve.points), [layout.curve.points]);
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
  const places = new Map<string, { x: number; y: number }>();
  const requests: LabelRequest[] = [];
  for (const p of layout.curve.points) {
    if (!lowest.has(p.touchpointId)) continue;
    const sx = x + p.x * zoom;
    if (sx < bounds.x || sx > bounds.x + bounds.width) continue;
    const text = lowestLabelText(titles.get(p.touchpointId) ?? '');
    texts.set(p.touchpointId, text);
    places.set(p.touchpointId, p);
    requests.push({
      id: p.touchpointId,
      x: sx,
      y: y + p.y * zoom,
      width: Math.ceil(textWidth(text, fontPx, 700) + 2 * pad) + 2,
    });
  }
  // The ink is in canvas units: a box on screen is taken there rather than 1,500 points here.
  const rule = {
    dot: DOT_REACH + INK_MARGIN_PX / zoom,
    line: LINE_REACH + INK_MARGIN_PX / zoom,
    crossings: LINE_CROSSINGS,
  };
  const coversInk = (box: LabelBox): boolean =>
    hidesInk(
      ink,
      {
        x: (box.x - x) / zoom,
        y: (box.y - y) / zoom,
        width: box.width / zoom,
        height: box.height / zoom,
      },
      rule,
    );
  const labels = placeCurveLabels(
    requests,
    bounds,
    { height, gap, minWidth: fontPx * MIN_WIDTH, maxWidth: fontPx * 22, spacing: fontPx * SPACING },
    coversInk,
  );

  const labelled = new Set(labels.map((label) => label.id));

  return (
    <div className="tm-lowest-labels">
      {/* Moved by the pan as one: each ring's place is the map's at this zoom, so a pan
          frame re-renders none of them (hundreds far out on a big map). */}
      <div className="tm-lowest-rings" style={{ transform: `translate(${x}px, ${y}px)` }}>
        {requests
          .filter((r) => !labelled.has(r.id))
          .map((r) => (
            <HoverRing
              key={r.id}
              id={r.id}
              text={texts.get(r.id) ?? ''}
              at={places.get(r.id)!}
              zoom={zoom}
            />
          ))}
      </div>
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

/** A lowest point's ring without a label: its words on hover, placed in the map at this zoom. */
const HoverRing = memo(function HoverRing({
  id,
  text,
  at,
  zoom,
}: {
  id: string;
  text: string;
  at: { x: number; y: number };
  zoom: number;
}) {
  // The ring as drawn (its radius and half its stroke).
  const ring = RING_RADIUS * zoom + 2;
  return (
    <div
      className="tm-lowest-hover"
      data-lowest-id={id}
      title={text}
      style={{
        left: at.x * zoom - ring,
        top: at.y * zoom - ring,
        width: 2 * ring,
        height: 2 * ring,
      }}
    />
  );
});
