/**
 * What the derived rows list in each stage (core/row-content.ts, the canvas's lists): the
 * pain points, the frictions of the stage's touchpoints worst first, each with its severity's
 * sign and colour; the ideas, their opportunities. One slip per item at the layout's place
 * (layout-rows.ts itemTop), two lines of text or three smaller ones; a friction that is only assumed is
 * drawn provisional (a dashed slip), in print as on screen.
 */
import type { LayoutColumn, LayoutRow } from '../core/layout.ts';
import { ROW_GEOMETRY, itemTop } from '../core/layout-rows.ts';
import { LAYOUT } from '../core/layout.ts';
import type { EvidenceLevel, JourneyMap, Severity } from '../core/model.ts';
import { ROW_LOOKS, SEVERITY_LOOKS } from '../core/presentation.ts';
import { stageIdeas, stagePains } from '../core/row-content.ts';
import { SEVERITY_TERMS } from '../core/vocabulary.ts';
import { singleLine } from './fonts.ts';
import { drawFrictionIcon } from './icons.ts';
import type { Surface } from './surface.ts';
import { INK, MUTED, WHITE, isProvisional, mix, printRgb, type Rgb } from './theme.ts';

const ITEM = {
  /** Room between two slips. */
  gap: 6,
  pad: 6,
  /** Two lines, or three smaller ones before a long item is cut. */
  steps: [
    { size: 9, lines: 2 },
    { size: 8, lines: 3 },
    { size: 7, lines: 3 },
  ],
  leading: 1.2,
  icon: 11,
} as const;

interface RowItem {
  text: string;
  severity?: Severity;
  evidence?: EvidenceLevel;
}

/** One slip at (x, y), `w` wide, as tall as the layout's item less the gap. */
function drawRowItem(p: Surface, item: RowItem, x: number, y: number, w: number): void {
  const h = ROW_GEOMETRY.ITEM_HEIGHT - ITEM.gap;
  if (!p.visible(x - 2, y - 2, w + 4, h + 4)) return;
  const provisional = isProvisional(item.evidence);
  const accent: Rgb = item.severity
    ? printRgb(SEVERITY_LOOKS[item.severity].color)
    : mix(printRgb(ROW_LOOKS.ideas.fill), INK, 0.45);
  p.fill(WHITE)
    .stroke(provisional ? MUTED : accent)
    .lineWidth(provisional ? 1.2 : 0.9)
    .dash(provisional ? [4, 3] : []);
  p.roundedRect(x, y, w, h, 3, 'FD');
  p.dash([]);
  p.fill(accent).rect(x, y + 2, 3, h - 4, 'F');
  let left = x + ITEM.pad + 2;
  if (item.severity) {
    const bars = SEVERITY_TERMS[item.severity].rank;
    drawFrictionIcon(p, left, y + ITEM.pad - 1, ITEM.icon, accent, bars);
    left += ITEM.icon + 4;
  }
  const { lines, size } = p.fit(singleLine(item.text), x + w - ITEM.pad - left, ITEM.steps);
  const leading = size * ITEM.leading;
  const top = y + (h - lines.length * leading) / 2 + size * 0.9;
  p.lines(lines, left, top, leading, { size, color: INK });
}

/** Every pains and ideas row of the layout, stage by stage. */
export function drawRowItems(
  p: Surface,
  map: JourneyMap,
  rows: readonly LayoutRow[],
  columns: readonly LayoutColumn[],
): void {
  const derived = rows.filter((r) => r.type === 'pains' || r.type === 'ideas');
  if (derived.length === 0) return;
  const pains = derived.some((r) => r.type === 'pains') ? stagePains(map) : null;
  const ideas = derived.some((r) => r.type === 'ideas') ? stageIdeas(map) : null;
  const pad = LAYOUT.CELL_PADDING;
  for (const row of derived) {
    if (!p.visible(0, row.y, Infinity, row.height)) continue;
    for (const col of columns) {
      const items: RowItem[] =
        row.type === 'pains' ? (pains!.get(col.id) ?? []) : (ideas!.get(col.id) ?? []);
      items.forEach((item, i) =>
        drawRowItem(p, item, col.x + pad, row.y + itemTop(i, pad), col.width - 2 * pad),
      );
    }
  }
}
