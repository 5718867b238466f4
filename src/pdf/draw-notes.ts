/**
 * The notes of customer, evidence, thoughts and notes rows: plain cards at their layout
 * rectangles, their text wrapped in whole words and written as real text (pdftotext finds
 * every word). A note whose evidence is a guess is drawn provisional: a dashed outline, in
 * print as on screen (EVIDENCE_TERMS[...].provisional).
 */
import type { Note } from '../core/model.ts';
import { cleanText } from './fonts.ts';
import type { Box, Surface } from './surface.ts';
import { INK, MUTED, RULE, WHITE, isProvisional } from './theme.ts';

const NOTE = {
  pad: 8,
  radius: 4,
  /** Letter sizes tried largest first; a long note shrinks before it is cut. */
  sizes: [11, 10, 9, 8, 7, 6],
  leading: 1.22,
  /** The provisional outline's dashes, canvas units. */
  dash: [4, 3],
} as const;

/** The sizes a note of this inner height may take, each with the lines that fit. */
function noteSteps(innerHeight: number): { size: number; lines: number }[] {
  return NOTE.sizes.map((size) => ({
    size,
    lines: Math.max(1, Math.floor((innerHeight - size * 0.25) / (size * NOTE.leading))),
  }));
}

/** One note card at `box` (canvas units). */
export function drawNote(p: Surface, box: Box, note: Pick<Note, 'text' | 'evidence'>): void {
  const { x, y, width: w, height: h } = box;
  if (!p.visible(x - 2, y - 2, w + 4, h + 4)) return;
  const provisional = isProvisional(note.evidence);
  p.fill(WHITE)
    .stroke(provisional ? MUTED : RULE)
    .lineWidth(provisional ? 1.2 : 1)
    .dash(provisional ? NOTE.dash : []);
  p.roundedRect(x, y, w, h, NOTE.radius, 'FD');
  p.dash([]);
  const inner = h - 2 * NOTE.pad;
  const { lines, size } = p.fit(cleanText(note.text), w - 2 * NOTE.pad, noteSteps(inner));
  p.lines(lines, x + NOTE.pad, y + NOTE.pad + size * 0.95, size * NOTE.leading, {
    size,
    color: INK,
  });
}

/** Every laid-out note whose record exists; a note the layout places but the map lacks is skipped. */
export function drawNotes(
  p: Surface,
  boxes: readonly (Box & { id: string })[],
  notes: readonly Note[] | undefined,
): void {
  if (boxes.length === 0 || !notes) return;
  const byId = new Map(notes.map((n) => [n.id, n] as const));
  for (const box of boxes) {
    const note = byId.get(box.id);
    if (note) drawNote(p, box, note);
  }
}
