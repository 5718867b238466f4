/**
 * The service blueprint's lines (interaction, visibility, internal interaction) where the
 * layers change: a dashed rule across the whole map, heavier than the grid, and its name in
 * the header column just above it, in the vocabulary's words.
 */
import type { LayoutLine } from '../core/layout.ts';
import type { Surface } from './surface.ts';
import { CURVE, WHITE } from './theme.ts';

/** How a line is drawn, in canvas units: the legend draws its samples alike. */
export const BLUEPRINT_LINE_LOOK = {
  width: 2,
  dash: [10, 5],
  /** The label's size, canvas units; its inset from the map's left edge. */
  size: 9,
  inset: 12,
} as const;

export function drawBlueprintLines(
  p: Surface,
  lines: readonly LayoutLine[],
  width: number,
  headerWidth: number,
): void {
  for (const line of lines) {
    if (
      !p.visible(
        0,
        line.y - BLUEPRINT_LINE_LOOK.size * 2,
        width,
        BLUEPRINT_LINE_LOOK.size * 2 + BLUEPRINT_LINE_LOOK.width,
      )
    )
      continue;
    p.stroke(CURVE.connection).lineWidth(BLUEPRINT_LINE_LOOK.width).dash(BLUEPRINT_LINE_LOOK.dash);
    p.line(0, line.y, width, line.y);
    p.dash([]);
    // On a white slip, so that the row's name or fill above does not run into it.
    const label = p.ellipsize(
      line.label,
      headerWidth - 2 * BLUEPRINT_LINE_LOOK.inset,
      BLUEPRINT_LINE_LOOK.size,
      true,
    );
    const w = p.measure(label, BLUEPRINT_LINE_LOOK.size, true);
    const top = line.y - BLUEPRINT_LINE_LOOK.size * 1.7;
    p.fill(WHITE).rect(
      BLUEPRINT_LINE_LOOK.inset - 3,
      top,
      w + 6,
      BLUEPRINT_LINE_LOOK.size * 1.45,
      'F',
    );
    p.text(label, BLUEPRINT_LINE_LOOK.inset, line.y - BLUEPRINT_LINE_LOOK.size * 0.6, {
      size: BLUEPRINT_LINE_LOOK.size,
      bold: true,
      color: CURVE.connection,
    });
  }
}
