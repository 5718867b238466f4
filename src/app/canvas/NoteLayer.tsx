/**
 * The blueprint's note cards and the pains and ideas lists, in React Flow's viewport
 * portal so they pan and zoom with the map (positions from `computeLayout`, like the PDF).
 * A map without note, pains or ideas rows renders nothing here.
 */
import { memo, useCallback, useMemo } from 'react';
import { ViewportLayer } from './flow-portals.tsx';
import type { MapLayout } from '../../core/layout.ts';
import type { JourneyMap } from '../../core/model.ts';
import type { EditContext } from '../editor/edit-actions.ts';
import { LIMITS } from '../../core/model.ts';
import { InlineEditor } from './InlineEditor.tsx';
import { NoteCard } from './NoteCard.tsx';
import { RowItems } from './RowItems.tsx';
import { draftNoteRect, noteCellAt } from './note-cells.ts';
import { addNoteText, deleteNote, dropNote, setNoteText } from './note-edits.ts';
import { useNoteUi, noteUi } from './note-ui.ts';
import './notes.css';

interface NoteLayerProps {
  ctx: EditContext;
  layout: MapLayout;
  map: JourneyMap;
}

export const NoteLayer = memo(function NoteLayer({ ctx, layout, map }: NoteLayerProps) {
  const selected = useNoteUi((s) => s.selected);
  const editing = useNoteUi((s) => s.editing);
  const texts = useMemo(() => new Map((map.notes ?? []).map((n) => [n.id, n])), [map.notes]);
  const labels = useMemo(() => new Map(layout.rows.map((r) => [r.id, r.label])), [layout.rows]);

  const onSelect = useCallback((id: string) => noteUi.getState().select(id), []);
  const onEdit = useCallback(
    (id: string | null) => noteUi.getState().edit(id === null ? null : { kind: 'note', id }),
    [],
  );
  const onCommit = useCallback((id: string, text: string) => setNoteText(ctx, id, text), [ctx]);
  const onDelete = useCallback((id: string) => deleteNote(ctx, id), [ctx]);
  const onDrop = useCallback(
    (id: string, centre: { x: number; y: number }) => {
      const cell = noteCellAt(layout, centre);
      if (cell) dropNote(ctx, id, cell);
    },
    [ctx, layout],
  );
  const onStep = useCallback(
    (id: string, by: number) => {
      const note = ctx.document.getState().map.notes?.find((n) => n.id === id);
      if (!note) return;
      const stages = ctx.document.getState().map.stages;
      const next = stages[stages.findIndex((s) => s.id === note.stageId) + by];
      if (next) dropNote(ctx, id, { rowId: note.rowId, stageId: next.id });
    },
    [ctx],
  );

  const draft = editing?.kind === 'draft' ? editing : null;
  const draftRect = draft ? draftNoteRect(layout, draft) : null;
  if (layout.notes.length === 0 && draftRect === null && !layout.rows.some(isDerived)) return null;
  return (
    <ViewportLayer>
      <div className="tm-notes">
        <RowItems layout={layout} map={map} />
        {layout.notes.map((n) => (
          <NoteCard
            key={n.id}
            id={n.id}
            text={texts.get(n.id)?.text ?? ''}
            rowLabel={labels.get(n.rowId) ?? ''}
            x={n.x}
            y={n.y}
            width={n.width}
            height={n.height}
            selected={selected === n.id}
            editing={editing?.kind === 'note' && editing.id === n.id}
            onSelect={onSelect}
            onEdit={onEdit}
            onCommit={onCommit}
            onDelete={onDelete}
            onDrop={onDrop}
            onStep={onStep}
          />
        ))}
        {draft && draftRect ? (
          <div
            className="tm-note is-draft nopan nodrag"
            style={{
              transform: `translate(${draftRect.x}px, ${draftRect.y}px)`,
              width: draftRect.width,
              height: draftRect.height,
            }}
          >
            <InlineEditor
              className="tm-note-input"
              initial=""
              maxLength={LIMITS.noteLength}
              label={`New ${labels.get(draft.rowId) ?? ''} note. Enter adds it, Escape cancels.`}
              placeholder="Write a note"
              onCommit={(text) => void addNoteText(ctx, draft, text)}
              onClose={() => noteUi.getState().edit(null)}
            />
          </div>
        ) : null}
      </div>
    </ViewportLayer>
  );
});

function isDerived(row: MapLayout['rows'][number]): boolean {
  return row.type === 'pains' || row.type === 'ideas';
}
