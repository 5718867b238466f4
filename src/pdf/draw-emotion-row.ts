/**
 * The emotion row: its name, a face and a rule for every level, and the curve through the
 * touchpoints' emotions with the lowest moments ringed. Words, faces and colours are the
 * vocabulary's; the row is drawn in canvas units like the rest of the map.
 */
import type { EmotionCurve, MapLayout } from '../core/layout.ts';
import { EMOTION_LOOKS, LOWEST_MOMENT, ROW_LOOKS } from '../core/presentation.ts';
import { ROW_TERMS } from '../core/vocabulary.ts';
import { drawFace } from './icons.ts';
import type { Painter } from './painter.ts';
import { CURVE, FAINT, INK, MUTED, RULE, emotionScore, printRgb } from './theme.ts';

export function drawEmotionRow(p: Painter, layout: MapLayout, curve: EmotionCurve): void {
  const row = layout.emotionRow;
  if (!p.visible(0, row.y, layout.width, row.height)) return;
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
  drawCurve(p, curve);
}

/** The emotion curve: smooth between points, never beyond their levels; low points ringed. */
function drawCurve(p: Painter, curve: EmotionCurve): void {
  const pts = curve.points;
  if (pts.length === 0) return;
  if (pts.length > 1) {
    p.stroke(CURVE.line).lineWidth(2.2).dash([]);
    p.doc.setLineJoin('round');
    p.moveTo(pts[0]!.x, pts[0]!.y);
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!;
      const b = pts[i]!;
      const dx = b.x - a.x;
      if (Math.abs(dx) < 1e-6) p.lineTo(b.x, b.y);
      else p.curveTo(a.x + dx / 2, a.y, b.x - dx / 2, b.y, b.x, b.y);
    }
    p.paint('S');
  }
  const lowest = new Set(curve.lowest);
  const ring = printRgb(LOWEST_MOMENT);
  const rowFill = printRgb(ROW_LOOKS.emotion.fill);
  for (const pt of pts) {
    if (!p.visible(pt.x - 40, pt.y - 12, 80, 24)) continue;
    p.fill(printRgb(EMOTION_LOOKS[`${pt.emotion}`].color))
      .stroke(INK)
      .lineWidth(0.9)
      .dash([]);
    p.circle(pt.x, pt.y, 4.5, 'FD');
    if (lowest.has(pt.touchpointId)) {
      p.stroke(ring).lineWidth(1.8);
      p.circle(pt.x, pt.y, 9, 'S');
      const w = p.measure('lowest', 8, true);
      p.fill(rowFill).roundedRect(pt.x + 11.5, pt.y - 6, w + 5, 12, 3, 'F');
      p.text('lowest', pt.x + 14, pt.y + 3, { size: 8, bold: true, color: ring });
    }
  }
}
