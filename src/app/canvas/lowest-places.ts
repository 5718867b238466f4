/**
 * Where the lowest moments' labels go on screen (LowestLabels.tsx draws them): their size at
 * this zoom, the bounds they may use (the emotion row as seen, right of the pinned department
 * names, under the pinned stage names, within the canvas) and core's placement in them
 * (curve-labels.ts, shared with the PDF), apart from each other and from the other lowest
 * points' rings by a space, and off the curve's dots and line and the cards. Pure, so a test
 * can check the places against the layout.
 */
import { hidesInk, type CurveInk } from '../../core/curve-ink.ts';
import {
  coversBoxes,
  lowestLabelText,
  placeCurveLabels,
  type LabelBox,
  type LabelRequest,
  type PlacedLabel,
} from '../../core/curve-labels.ts';
import type { MapLayout } from '../../core/layout.ts';
// Where the pinned headers are (StickyHeaders.tsx): labels stay clear of them.
import { headerBox, type HeaderLimits } from './header-box.ts';
import { textWidth } from './text-width.ts';
import type { ViewTransform } from './use-view-transform.ts';

/** Letters on screen (px): never smaller, whatever the zoom; a little larger zoomed in. */
const MIN_LOWEST_LABEL_PX = 12;
const MAX_LOWEST_LABEL_PX = 15;
/** The label's height and side padding, in its font size. */
const LINE = 1.5;
const PAD = 0.4;
/** The lowest point's ring (GridLayer.tsx), canvas units. */
export const RING_RADIUS = 10;
/** How far the curve's ink reaches (grid.css: a dot of radius 5 with a 1.5 stroke, a 2.25
 * line), canvas units, and the clear margin kept around it on screen (px). */
const DOT_REACH = 5.75;
const LINE_REACH = 1.125;
const INK_MARGIN_PX = 2;
/** The clear margin kept between a label's box and a card (px). The letters sit in the middle
 * of their line, a few pixels inside the box, so a pixel keeps them and their halo off the
 * card's coloured band; more would leave out labels that just fit under the lowest points. */
const CARD_MARGIN_PX = 1;
/** Pieces of line a label may cross: a smooth curve passing under it, not a zigzag. */
const LINE_CROSSINGS = 2;
/** The space between two labels, in their font size: end to end they read as one. A label
 * keeps it from another point's ring too (curve-labels.ts), or it reads as that point's. */
const SPACING = 1;
/** The narrowest a cut label may be, in its font size: "Lowest: " and a few letters (at
 * 5 em a label in a corner read "Lowes…", which says nothing; such a ring shows on hover). */
const MIN_WIDTH = 9;

/**
 * The cards, notes and pains and ideas items that reach into `bounds` (px), on screen:
 * those of the lane or row under a thin emotion row, whose top the labels are lent. A label
 * there covered the first cards' coloured band, or a pains row's first items; it keeps off
 * them now, going above its point, beside it, into a gap between them, or nowhere (its ring
 * shows its words on hover). A linear pass per frame, which leaves the label test only the
 * few boxes at the strip's height.
 */
function cardsIn(layout: MapLayout, view: ViewTransform, bounds: LabelBox): LabelBox[] {
  const { x, y, zoom } = view;
  const top = (bounds.y - CARD_MARGIN_PX - y) / zoom;
  const bottom = (bounds.y + bounds.height + CARD_MARGIN_PX - y) / zoom;
  const found: LabelBox[] = [];
  for (const list of [layout.cards, layout.notes, layout.items]) {
    for (const c of list) {
      if (c.y >= bottom || c.y + c.height <= top) continue;
      found.push({
        x: x + c.x * zoom,
        y: y + c.y * zoom,
        width: c.width * zoom,
        height: c.height * zoom,
      });
    }
  }
  return found;
}

/** A lowest point in view: its label's words and its centre in the map (canvas units). */
export interface LowestPoint {
  id: string;
  text: string;
  at: { x: number; y: number };
}

export interface LowestPlaces {
  /** The labels' letters and side padding (px). */
  fontPx: number;
  pad: number;
  /** Every lowest point in view (its ring at least partly), in journey order, labelled or
   * not. */
  points: LowestPoint[];
  /** The labels that found room, on screen (px). */
  labels: PlacedLabel[];
}

/**
 * The labels of the lowest points at this view, or null when none is in view. `ink` is the
 * curve's (curveInk of the layout's points), made once per layout by the caller.
 */
export function placeLowestLabels(
  layout: MapLayout,
  view: ViewTransform,
  limits: HeaderLimits,
  titles: ReadonlyMap<string, string>,
  ink: CurveInk,
): LowestPlaces | null {
  const { x, y, zoom } = view;
  const lowest = new Set(layout.curve.lowest);
  if (lowest.size === 0 || view.width <= 0) return null;

  const fontPx = Math.min(
    MAX_LOWEST_LABEL_PX,
    Math.max(MIN_LOWEST_LABEL_PX, MIN_LOWEST_LABEL_PX * zoom),
  );
  const height = Math.round(fontPx * LINE);
  const pad = fontPx * PAD;
  const { laneRight, stageBottom } = headerBox(layout, view, limits);
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

  const points: LowestPoint[] = [];
  const requests: LabelRequest[] = [];
  for (const p of layout.curve.points) {
    if (!lowest.has(p.touchpointId)) continue;
    const sx = x + p.x * zoom;
    // A ring half under the pinned names is still seen: no other label may run under it
    // (core labels only the points inside the bounds).
    if (sx < bounds.x - gap || sx > bounds.x + bounds.width + gap) continue;
    const text = lowestLabelText(titles.get(p.touchpointId) ?? '');
    points.push({ id: p.touchpointId, text, at: p });
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
  const coversCard = coversBoxes(cardsIn(layout, view, bounds), CARD_MARGIN_PX);
  const labels = placeCurveLabels(
    requests,
    bounds,
    { height, gap, minWidth: fontPx * MIN_WIDTH, maxWidth: fontPx * 22, spacing: fontPx * SPACING },
    (box) => coversCard(box) || coversInk(box),
  );
  return { fontPx, pad, points, labels };
}
