/**
 * The emotion row: its name, a face and a rule for every level, and the curve through the
 * touchpoints' emotions (core's path, the canvas's curve) with the lowest moments ringed and
 * labelled. Words, faces and colours are the vocabulary's; the row is drawn in canvas units
 * like the rest of the map, but the labels never shrink below a printable size.
 */
import { lowestLabelText, placeCurveLabels } from '../core/curve-labels.ts';
import { curveSegments, type EmotionCurve } from '../core/emotion-curve.ts';
import type { MapLayout } from '../core/layout.ts';
import { EMOTION_LOOKS, LOWEST_MOMENT, ROW_LOOKS } from '../core/presentation.ts';
import { ROW_TERMS } from '../core/vocabulary.ts';
import { drawFace } from './icons.ts';
import type { Surface } from './surface.ts';
import { CURVE, FAINT, INK, MUTED, RULE, emotionScore, printRgb } from './theme.ts';

/** Touchpoint titles by id, for the labels of the low moments. */
type Titles = ReadonlyMap<string, string>;

export function drawEmotionRow(
  p: Surface,
  layout: MapLayout,
  curve: EmotionCurve,
  titles: Titles,
): void {
  const row = layout.emotionRow;
  // Height 0: the blueprint hides the emotion row.
  if (row.height <= 0 || !p.visible(0, row.y, layout.width, row.height)) return;
  p.fill(printRgb(ROW_LOOKS.emotion.fill)).rect(0, row.y, layout.width, row.height, 'F');
  p.text(ROW_TERMS.emotion.word, 12, row.y + row.height / 2 + 4, {
    size: 12,
    bold: true,
    color: INK,
  });
  for (const level of curve.levels) {
    p.text(emotionScore(level.emotion), 124, level.y + 3.2, {
      size: 9,
      color: MUTED,
      align: 'right',
    });
    drawFace(p, 140, level.y, 6.5, level.emotion);
    p.stroke(level.emotion === 0 ? FAINT : RULE)
      .lineWidth(level.emotion === 0 ? 0.9 : 0.7)
      .dash(level.emotion === 0 ? [] : [4, 3]);
    p.line(layout.grid.x, level.y, layout.width, level.y);
  }
  drawCurve(p, layout, curve, titles);
}

/** The low moments' labels: never under this size on paper, whatever the map's scale. */
const LABEL_MIN_PT = 7.5;
/** Their size in canvas units when the page is large enough (as on screen). */
const LABEL_SIZE = 10;
const LABEL_PAD = 3;
const RING = 9;

/** The emotion curve (core's path, as on screen); low points ringed and labelled. */
function drawCurve(p: Surface, layout: MapLayout, curve: EmotionCurve, titles: Titles): void {
  const pts = curve.points;
  if (pts.length === 0) return;
  if (pts.length > 1) {
    p.stroke(CURVE.line).lineWidth(2.2).dash([]);
    p.doc.setLineJoin('round');
    p.moveTo(pts[0]!.x, pts[0]!.y);
    for (const s of curveSegments(pts)) p.curveTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.to.x, s.to.y);
    p.paint('S');
  }
  const lowest = new Set(curve.lowest);
  const ring = printRgb(LOWEST_MOMENT);
  for (const pt of pts) {
    if (!p.visible(pt.x - 40, pt.y - 12, 80, 24)) continue;
    p.fill(printRgb(EMOTION_LOOKS[`${pt.emotion}`].color))
      .stroke(INK)
      .lineWidth(0.9)
      .dash([]);
    p.circle(pt.x, pt.y, 4.5, 'FD');
    if (lowest.has(pt.touchpointId)) {
      p.stroke(ring).lineWidth(1.8);
      p.circle(pt.x, pt.y, RING, 'S');
    }
  }
  drawLowestLabels(p, layout, curve, titles);
}

/** Each low moment's title beside its ring, inside the row, none over another. */
function drawLowestLabels(
  p: Surface,
  layout: MapLayout,
  curve: EmotionCurve,
  titles: Titles,
): void {
  const size = Math.max(LABEL_SIZE, LABEL_MIN_PT / p.scale);
  const pad = LABEL_PAD * (size / LABEL_SIZE);
  const lowest = new Set(curve.lowest);
  const texts = new Map<string, string>();
  const requests = curve.points
    .filter((pt) => lowest.has(pt.touchpointId))
    .map((pt) => {
      const text = lowestLabelText(titles.get(pt.touchpointId) ?? '');
      texts.set(pt.touchpointId, text);
      return {
        id: pt.touchpointId,
        x: pt.x,
        y: pt.y,
        width: p.measure(text, size, true) + 2 * pad,
      };
    });
  const row = layout.emotionRow;
  const labels = placeCurveLabels(
    requests,
    { x: layout.grid.x, y: row.y, width: layout.width - layout.grid.x, height: row.height },
    {
      height: size * 1.45,
      gap: RING + 2,
      minWidth: size * 4,
      maxWidth: size * 24,
      // A space from another label and another point's ring, as on screen: a label running
      // along over a neighbour's ring reads as that point's.
      spacing: size,
    },
  );
  const ring = printRgb(LOWEST_MOMENT);
  const rowFill = printRgb(ROW_LOOKS.emotion.fill);
  for (const label of labels) {
    const full = texts.get(label.id)!;
    const text = label.truncated ? p.ellipsize(full, label.width - 2 * pad, size, true) : full;
    p.fill(rowFill).roundedRect(label.x, label.y, label.width, label.height, pad, 'F');
    p.text(text, label.x + pad, label.y + label.height / 2 + size * 0.35, {
      size,
      bold: true,
      color: ring,
    });
  }
}
