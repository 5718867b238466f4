/**
 * Where the labels of the lowest moments go, for the canvas (in screen pixels, so the text
 * keeps its size at any zoom) and the PDF (in canvas units, at a printable size): each label
 * goes above its point, else below, else to its right, else to its left, whichever first
 * holds it whole inside the bounds (the emotion row as seen) without covering another label
 * or coming near another low point's ring. With no such room it takes the widest place it
 * fits in and the renderer ends it with an ellipsis; with too little room even for that, the
 * point keeps its ring and goes without a label. Labels keep a space (the spacing) from each
 * other, as two end to end read as one run of words, and from the other points' rings, as a
 * label running along under one reads as that point's (so a row of rings a few pixels apart,
 * far out on a big map, leaves its labels no place). The canvas also keeps them off the rest
 * of the curve's ink (a label over a dense curve's dots and zigzag can't be read) and off
 * the cards (coversBoxes: the canvas lends a thin row's labels the top of the lane under
 * it): on a crowded curve fewer labels, in journey order, each legible and plainly its own.
 */

export interface LabelRequest {
  id: string;
  /** The point the label is for. */
  x: number;
  y: number;
  /** The width the whole label needs. */
  width: number;
}

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type LabelSide = 'above' | 'below' | 'right' | 'left';

export interface PlacedLabel extends LabelBox {
  id: string;
  side: LabelSide;
  /** Narrower than the label needs: the renderer cuts the text with an ellipsis. */
  truncated: boolean;
}

export interface LabelSpec {
  /** The label's height (a line of text and its padding). */
  height: number;
  /** From a point's centre to its label (outside the point's ring). */
  gap: number;
  /** A label narrower than this is left out. */
  minWidth: number;
  /** No label is wider than this, whatever its text. */
  maxWidth: number;
  /** The clear space kept between two labels, across and up and down (0 if not given). */
  spacing?: number;
}

/** `box` grown by `by` on every side. */
const grow = (box: LabelBox, by: number): LabelBox => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** What rounding leaves of a touch between a label and a ring (px or canvas units). */
const TOUCH = 1e-6;

/**
 * Whether a ring and a label overlap by more than a touch. A label under a neighbour at the
 * same height starts where that point's ring ends (both its y plus the gap), but the ring's
 * bottom, its top plus twice the gap, can round a hair lower, and the label was refused
 * (the hotel's first low moment at 59 %, once labels keep off the cards, had no other place).
 */
const overlapsRing = (ring: LabelBox, box: LabelBox): boolean =>
  ring.x < box.x + box.width - TOUCH &&
  box.x < ring.x + ring.width - TOUCH &&
  ring.y < box.y + box.height - TOUCH &&
  box.y < ring.y + ring.height - TOUCH;

const clamp = (value: number, low: number, high: number): number =>
  Math.max(low, Math.min(high, value));

/**
 * The label's boxes on one side of its point, as wide as they fit: above or below, centred
 * on the point or reaching out to its right or its left (a neighbour may hold the other
 * half); beside, vertically centred on it. Empty when that side has no room.
 */
function candidates(
  r: LabelRequest,
  side: LabelSide,
  want: number,
  b: LabelBox,
  spec: LabelSpec,
): LabelBox[] {
  const { height, gap } = spec;
  const right = b.x + b.width;
  const bottom = b.y + b.height;
  if (side === 'above' || side === 'below') {
    const y = side === 'above' ? r.y - gap - height : r.y + gap;
    if (y < b.y || y + height > bottom) return [];
    const width = Math.min(want, b.width);
    return [r.x - width / 2, r.x - gap, r.x + gap - width].map((x) => ({
      x: clamp(x, b.x, right - width),
      y,
      width,
      height,
    }));
  }
  if (height > b.height) return [];
  const y = clamp(r.y - height / 2, b.y, bottom - height);
  if (side === 'right') {
    const x = r.x + gap;
    return [{ x, y, width: Math.min(want, right - x), height }];
  }
  const end = r.x - gap;
  const width = Math.min(want, end - b.x);
  return [{ x: end - width, y, width, height }];
}

const SIDES: readonly LabelSide[] = ['above', 'below', 'right', 'left'];

/**
 * Labels for `requests` (in the order given, which wins ties) inside `bounds`, none where
 * `covers` says a box would hide something else drawn there (the curve's ink).
 */
export function placeCurveLabels(
  requests: readonly LabelRequest[],
  bounds: LabelBox,
  spec: LabelSpec,
  covers: (box: LabelBox) => boolean = () => false,
): PlacedLabel[] {
  const spacing = spec.spacing ?? 0;
  const rings = requests.map((r): LabelBox => ({
    x: r.x - spec.gap,
    y: r.y - spec.gap,
    width: 2 * spec.gap,
    height: 2 * spec.gap,
  }));
  // The rings by x, so a box meets only those in its own x range (a long curve far out has
  // hundreds of low points, and this runs on every frame of a pan or zoom).
  const byX = rings.map((_, i) => i).sort((a, b) => rings[a]!.x - rings[b]!.x);
  /** Whether a ring whose index passes `test` overlaps the box in x (and, if `tall`, in y). */
  const anyRing = (box: LabelBox, test: (i: number) => boolean, tall: boolean): boolean => {
    let lo = 0;
    let hi = byX.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rings[byX[mid]!]!.x + 2 * spec.gap <= box.x) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < byX.length; k++) {
      const i = byX[k]!;
      const ring = rings[i]!;
      if (ring.x >= box.x + box.width) break;
      if (test(i) && (!tall || overlapsRing(ring, box))) return true;
    }
    return false;
  };
  /** The labels placed so far, each grown by the spacing kept around it. */
  const taken: LabelBox[] = [];
  const placed: PlacedLabel[] = [];
  // Another point's ring is kept the spacing away, as another label is: a label just under
  // or over a neighbour's ring reads as that point's (the hotel at Fit: the first low
  // moment's label ran right under the second's ring).
  const free = (box: LabelBox, own: number): boolean =>
    taken.every((p) => !overlaps(p, box)) &&
    !anyRing(grow(box, spacing), (i) => i !== own, true) &&
    !covers(box);
  const spansLater = (box: LabelBox, own: number): boolean => anyRing(box, (i) => i > own, false);
  requests.forEach((r, index) => {
    if (
      r.x < bounds.x ||
      r.x > bounds.x + bounds.width ||
      r.y < bounds.y ||
      r.y > bounds.y + bounds.height
    )
      return;
    const want = Math.min(r.width, spec.maxWidth);
    let best: PlacedLabel | null = null;
    // First a place over or under no later point (so that point keeps its own room above
    // and below), then any free place.
    search: for (const courteous of [true, false]) {
      for (const side of SIDES) {
        for (const box of candidates(r, side, want, bounds, spec)) {
          if (box.width < spec.minWidth || !free(box, index)) continue;
          if (courteous && spansLater(box, index)) continue;
          const label = { ...box, id: r.id, side, truncated: box.width < r.width };
          if (box.width >= want) {
            best = label;
            break search;
          }
          if (best === null || box.width > best.width) best = label;
        }
      }
    }
    if (best !== null) {
      placed.push(best);
      taken.push(grow(best, spacing));
    }
  });
  return placed;
}

/**
 * A `covers` test for boxes no label may overlap, each kept `margin` clear (the canvas's
 * cards: a thin row lends its labels the top of the lane under it, where the first cards
 * are). The boxes are sorted by x once; a label's box then looks only at those in its x
 * range, as it is asked for every candidate place of every label on every frame of a pan.
 */
export function coversBoxes(boxes: readonly LabelBox[], margin = 0): (box: LabelBox) => boolean {
  const byX = [...boxes].sort((a, b) => a.x - b.x);
  const widest = byX.reduce((most, b) => Math.max(most, b.width), 0);
  return (box) => {
    // A box starting at or left of this ends before the grown label begins (no box is wider
    // than the widest): the search starts after them.
    const from = box.x - margin - widest;
    let lo = 0;
    let hi = byX.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byX[mid]!.x <= from) lo = mid + 1;
      else hi = mid;
    }
    const grown = grow(box, margin);
    for (let k = lo; k < byX.length; k++) {
      const other = byX[k]!;
      if (other.x >= grown.x + grown.width) break;
      if (overlaps(other, grown)) return true;
    }
    return false;
  };
}

/** The words of a low moment's label, the same on the canvas and in the PDF. */
export function lowestLabelText(title: string): string {
  return `Lowest: ${title.trim() === '' ? 'untitled' : title.trim()}`;
}
