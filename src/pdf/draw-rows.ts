/**
 * The blueprint's rows that are neither a department lane nor the emotion row (those have
 * their own drawing): customer actions, physical evidence, thoughts, free notes rows, pain
 * points and ideas. Each is a band across the map in its type's fill (ROW_LOOKS, print
 * colours) with its name in the header column; a row the user named also shows its type's
 * word, so a printed blueprint says what every row is.
 */
import type { LayoutRow } from '../core/layout.ts';
import type { RowType } from '../core/model.ts';
import { ROW_LOOKS } from '../core/presentation.ts';
import { ROW_TERMS } from '../core/vocabulary.ts';
import { singleLine } from './fonts.ts';
import type { Surface } from './surface.ts';
import { INK, MUTED, mix, printRgb } from './theme.ts';

type RowBand = Pick<LayoutRow, 'id' | 'type' | 'label' | 'y' | 'height'>;

/** What the band spans: the header column, then the grid to the map's right edge. */
export interface RowFrame {
  width: number;
  headerWidth: number;
}

/** Rows drawn elsewhere: the lanes (drawLanes) and the curve (drawEmotionRow). */
export function isBandRow(type: RowType): boolean {
  return type !== 'department' && type !== 'emotion';
}

const NAME_STEPS = [
  { size: 13, lines: 3 },
  { size: 11, lines: 4 },
  { size: 10, lines: 5 },
] as const;

function drawRowBand(p: Surface, row: RowBand, frame: RowFrame): void {
  if (!isBandRow(row.type) || row.height <= 0) return;
  if (!p.visible(0, row.y, frame.width, row.height)) return;
  const fill = printRgb(ROW_LOOKS[row.type].fill);
  p.fill(fill).rect(frame.headerWidth, row.y, frame.width - frame.headerWidth, row.height, 'F');
  p.fill(mix(fill, INK, 0.05)).rect(0, row.y, frame.headerWidth, row.height, 'F');
  p.fill(mix(fill, INK, 0.3)).rect(0, row.y, 8, row.height, 'F');
  const name = singleLine(row.label);
  const { lines, size } = p.fit(name, frame.headerWidth - 28, NAME_STEPS, true);
  const leading = size * 1.2;
  p.lines(lines, 18, row.y + 22, leading, { size, bold: true, color: INK });
  const word = ROW_TERMS[row.type].word;
  if (name !== word) {
    p.text(word.toUpperCase(), 18, row.y + 22 + lines.length * leading + 2, {
      size: 8,
      bold: true,
      color: MUTED,
    });
  }
}

export function drawRowBands(p: Surface, rows: readonly RowBand[], frame: RowFrame): void {
  for (const row of rows) drawRowBand(p, row, frame);
}
