/**
 * Files whose cards overlap (hand-edited, imported, written by older versions) open tidy:
 * each cell with overlapping cards is arranged in the cards' reading order (core's
 * tidyOverlaps), every other cell is left exactly as in the file.
 *
 * The tidy does not mark the map edited: it is not the user's change, it is made again on
 * every opening, and a file without overlaps stays byte-identical. The user is told, and the
 * next save writes the tidy positions.
 */
import type { JourneyMap } from '../../core/model.ts';
import { tidyOverlaps } from '../../core/ops/index.ts';

export interface OpenedMap {
  map: JourneyMap;
  /** What was tidied, for the status line; null when nothing was. */
  note: string | null;
}

export function tidyOnOpen(map: JourneyMap): OpenedMap {
  const { map: tidy, cells } = tidyOverlaps(map);
  if (cells === 0) return { map, note: null };
  const where = cells === 1 ? 'one cell' : `${cells} cells`;
  return {
    map: tidy,
    note: `Cards overlapped in ${where}: they were arranged in their reading order. Save to keep this layout in the file.`,
  };
}
