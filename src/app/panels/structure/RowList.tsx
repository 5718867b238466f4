/**
 * The rows of the map (a service blueprint's lanes and the rows around them): reorder by
 * drag and drop or with the move buttons, hide and show, rename a notes row, set a
 * department's layer, remove a row (asking first when it holds notes) and add one of any
 * type. The first edit on a map without `rows` writes the whole list (core/ops/rows.ts).
 */
import { useId, useState, type DragEvent } from 'react';
import { LAYERS, type Layer, type Row } from '../../../core/model.ts';
import {
  addRow,
  moveRow,
  removeRow,
  renameRow,
  setDepartmentLayer,
  setRowHidden,
} from '../../../core/ops/index.ts';
import { layerOf, resolveRows } from '../../../core/rows.ts';
import { LAYER_TERMS, ROW_TERMS } from '../../../core/vocabulary.ts';
import { useDocument } from '../../store/context.tsx';
import { useApply } from '../shared/useApply.ts';
import { AddRowForm } from './AddRowForm.tsx';
import { NameField } from './NameField.tsx';

const MIME = 'application/x-touchmap-row';

export function RowList() {
  const apply = useApply();
  const headingId = useId();
  const map = useDocument((s) => s.map);
  const rows = resolveRows(map);
  const departments = new Map(map.departments.map((d) => [d.id, d]));
  const noteCounts = new Map<string, number>();
  for (const note of map.notes ?? [])
    noteCounts.set(note.rowId, (noteCounts.get(note.rowId) ?? 0) + 1);
  const [error, setError] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const nameOf = (row: Row): string =>
    row.type === 'department'
      ? (departments.get(row.departmentId)?.name ?? row.departmentId)
      : (row.name ?? ROW_TERMS[row.type].word);
  const move = (id: string, to: number) => setError(apply((m) => moveRow(m, id, to)));
  const remove = (id: string) => {
    setConfirming(null);
    setError(apply((m) => removeRow(m, id)));
  };

  function onDrop(event: DragEvent<HTMLLIElement>, index: number) {
    const id = event.dataTransfer.getData(MIME) || dragId;
    setDragId(null);
    if (!id) return;
    event.preventDefault();
    move(id, index);
  }

  return (
    <section className="pn-section pn-rows" aria-labelledby={headingId}>
      <h3 id={headingId} className="pn-section-title">
        Rows <span className="pn-count">{rows.length}</span>
      </h3>
      <p className="pn-hint">
        Top to bottom, as on the map. A department&apos;s layer places the blueprint&apos;s lines.
      </p>
      <ol className="pn-lane-list" aria-labelledby={headingId}>
        {rows.map((row, index) => {
          const name = nameOf(row);
          const notes = noteCounts.get(row.id) ?? 0;
          const hidden = row.hidden === true;
          return (
            <li
              key={row.id}
              className={`pn-lane pn-row-item${hidden ? ' is-hidden' : ''}${dragId === row.id ? ' pn-dragging' : ''}`}
              data-row-id={row.id}
              data-row-type={row.type}
              onDragOver={(event) => {
                if (dragId === null && !event.dataTransfer.types.includes(MIME)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
              }}
              onDrop={(event) => onDrop(event, index)}
            >
              <div className="pn-lane-row">
                <span
                  className="pn-drag-handle"
                  draggable
                  title="Drag to reorder (or use the arrow buttons)"
                  aria-hidden="true"
                  onDragStart={(event) => {
                    event.dataTransfer.setData(MIME, row.id);
                    event.dataTransfer.effectAllowed = 'move';
                    setDragId(row.id);
                  }}
                  onDragEnd={() => setDragId(null)}
                >
                  ⠿
                </span>
                <div className="pn-row-main">
                  {row.type === 'notes' ? (
                    <NameField
                      label={`Name of row ${index + 1}`}
                      value={row.name}
                      onCommit={(next) => apply((m) => renameRow(m, row.id, next))}
                    />
                  ) : (
                    <span
                      className="pn-lane-name pn-row-name"
                      title={`${name}: ${ROW_TERMS[row.type].hint}`}
                    >
                      {name}
                      {row.type === 'department' || row.name === undefined ? null : (
                        <span className="pn-row-type"> · {ROW_TERMS[row.type].word}</span>
                      )}
                    </span>
                  )}
                  {row.type === 'department' ? (
                    <select
                      className="pn-layer"
                      aria-label={`Layer of ${name}`}
                      value={layerOf(departments.get(row.departmentId) ?? {})}
                      onChange={(event) =>
                        setError(
                          apply((m) =>
                            setDepartmentLayer(m, row.departmentId, event.target.value as Layer),
                          ),
                        )
                      }
                    >
                      {LAYERS.map((layer) => (
                        <option key={layer} value={layer} title={LAYER_TERMS[layer].hint}>
                          {LAYER_TERMS[layer].word}
                        </option>
                      ))}
                    </select>
                  ) : null}
                </div>
                <button
                  type="button"
                  className="pn-icon-button"
                  aria-label={`${hidden ? 'Show' : 'Hide'} ${name}`}
                  aria-pressed={hidden}
                  title={
                    hidden
                      ? 'Hidden: show it on the map'
                      : 'Hide it from the map (kept in the file)'
                  }
                  onClick={() => setError(apply((m) => setRowHidden(m, row.id, !hidden)))}
                >
                  {hidden ? '◌' : '◉'}
                </button>
                <button
                  type="button"
                  className="pn-icon-button"
                  aria-label={`Move ${name} up`}
                  title="Up"
                  disabled={index === 0}
                  onClick={() => move(row.id, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="pn-icon-button"
                  aria-label={`Move ${name} down`}
                  title="Down"
                  disabled={index === rows.length - 1}
                  onClick={() => move(row.id, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="pn-icon-button pn-icon-danger"
                  aria-label={`Remove row ${name}`}
                  title={
                    row.type === 'department'
                      ? 'A department row goes with its department (delete it above)'
                      : 'Remove this row'
                  }
                  disabled={row.type === 'department'}
                  onClick={() => (notes > 0 ? setConfirming(row.id) : remove(row.id))}
                >
                  ×
                </button>
              </div>
              {confirming === row.id ? (
                <div className="pn-confirm" role="alertdialog" aria-label={`Remove ${name}?`}>
                  <span>
                    Remove {name} and its {notes} note{notes === 1 ? '' : 's'}?
                  </span>
                  <button
                    type="button"
                    className="pn-button pn-button-danger"
                    onClick={() => remove(row.id)}
                  >
                    Remove
                  </button>
                  <button type="button" className="pn-button" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {error ? (
        <p className="pn-error" role="alert">
          {error}
        </p>
      ) : null}
      <AddRowForm
        hasEmotion={rows.some((r) => r.type === 'emotion')}
        onAdd={(type, name) => apply((m) => addRow(m, { type, ...(name ? { name } : {}) }))}
      />
    </section>
  );
}
