/**
 * The blueprint's notes in full, stage by stage: a note card on the map is cut to its box
 * when its text is long, so the appendix keeps every word of it (and findable in the PDF's
 * text). Part of the inventory section; a map without notes adds nothing to it.
 */
import type { JourneyMap } from '../core/model.ts';
import { visibleRows } from '../core/rows.ts';
import { EVIDENCE_TERMS, ROW_TERMS } from '../core/vocabulary.ts';
import { indexById } from '../core/journey-order.ts';
import type { TableCell, TableSpec } from './table.ts';
import { MUTED } from './theme.ts';

/** Notes of the rows drawn, in stage order, then row order, then file order. */
export function notesTable(map: JourneyMap): TableSpec[] {
  const notes = map.notes ?? [];
  if (notes.length === 0) return [];
  const rows = visibleRows(map);
  const rowIndex = indexById(rows);
  const stageIndex = indexById(map.stages);
  const shown = notes
    .map((note, order) => ({ note, order, row: rowIndex.get(note.rowId) }))
    .filter((n): n is typeof n & { row: number } => n.row !== undefined)
    .sort(
      (a, b) =>
        (stageIndex.get(a.note.stageId) ?? 0) - (stageIndex.get(b.note.stageId) ?? 0) ||
        a.row - b.row ||
        a.order - b.order,
    );
  if (shown.length === 0) return [];
  const cells = shown.map(({ note, row }): TableCell[] => {
    const r = rows[row]!;
    const stage = map.stages[stageIndex.get(note.stageId) ?? -1]?.name ?? '';
    return [
      { text: stage },
      { text: ('name' in r ? r.name : undefined) ?? ROW_TERMS[r.type].word, bold: true },
      { text: note.text },
      note.evidence === undefined
        ? { text: '\u2013', color: MUTED }
        : { text: EVIDENCE_TERMS[note.evidence].word },
    ];
  });
  return [
    {
      caption: 'Blueprint notes by stage',
      columns: [
        { header: 'Stage', weight: 16 },
        { header: 'Row', weight: 16 },
        { header: 'Note', weight: 56, maxLines: 40 },
        { header: 'Evidence', weight: 12 },
      ],
      rows: cells,
      empty: 'No notes.',
    },
  ];
}
