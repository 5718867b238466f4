/**
 * One list of the structure panel (stages or departments): add, rename in place, reorder
 * by drag and drop or with the move buttons, recolour (departments) and delete, asking
 * first when touchpoints would go with it.
 */
import { useId, useState, type DragEvent } from 'react';
import { LIMITS, type Department } from '../../../core/model.ts';
import { recolorDepartment } from '../../../core/ops/index.ts';
import { useDocument, useStores } from '../../store/context.tsx';
import { AddRow } from '../../ui/AddRow.tsx';
import { useApply } from '../shared/useApply.ts';
import { ColourPicker } from './ColourPicker.tsx';
import { DeleteDialog, type PendingDelete } from './DeleteDialog.tsx';
import { NameField } from './NameField.tsx';
import type { LaneOps } from './sorts.ts';

export function LaneList({ ops }: { ops: LaneOps }) {
  const apply = useApply();
  const { document } = useStores();
  const headingId = useId();
  const items = useDocument((s) => ops.list(s.map));
  const counts = useDocument((s) => s.map.touchpoints);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [openColour, setOpenColour] = useState<string | null>(null);
  const { sort } = ops;
  const Sort = sort === 'stage' ? 'Stage' : 'Department';
  const key = sort === 'stage' ? 'stageId' : 'departmentId';
  const dragIndex = items.findIndex((item) => item.id === dragId);

  function move(id: string, toIndex: number) {
    setError(apply((map) => ops.reorder(map, id, toIndex)));
  }

  function askDelete(id: string, name: string) {
    const count = ops.count(document.getState().map, id);
    if (count === 0) setError(apply((map) => ops.remove(map, id)));
    else setPending({ id, name, count });
  }

  function onDragOver(event: DragEvent<HTMLLIElement>, index: number) {
    if (dragId === null && !event.dataTransfer.types.includes(ops.mime)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (over !== index) setOver(index);
  }

  function onDrop(event: DragEvent<HTMLLIElement>, index: number) {
    const id = event.dataTransfer.getData(ops.mime) || dragId;
    setDragId(null);
    setOver(null);
    if (!id || !items.some((item) => item.id === id)) return;
    event.preventDefault();
    move(id, index);
  }

  return (
    <section className="pn-section pn-lanes" aria-labelledby={headingId}>
      <h3 id={headingId} className="pn-section-title">
        {ops.title} <span className="pn-count">{items.length}</span>
      </h3>
      <p className="pn-hint">{ops.hint}</p>
      <ol className="pn-lane-list" aria-labelledby={headingId}>
        {items.map((item, index) => {
          const count = counts.filter((tp) => tp[key] === item.id).length;
          const only = items.length === 1;
          const dropClass =
            over === index && dragIndex >= 0 && dragIndex !== index
              ? dragIndex > index
                ? ' pn-drop-before'
                : ' pn-drop-after'
              : '';
          const colour = sort === 'department' ? (item as Department).color : null;
          return (
            <li
              key={item.id}
              className={`pn-lane${dragId === item.id ? ' pn-dragging' : ''}${dropClass}`}
              data-id={item.id}
              onDragOver={(event) => onDragOver(event, index)}
              onDragLeave={() => setOver((current) => (current === index ? null : current))}
              onDrop={(event) => onDrop(event, index)}
            >
              <div className="pn-lane-row">
                <span
                  className="pn-drag-handle"
                  draggable
                  title={`Drag to reorder (or use the arrow buttons)`}
                  aria-hidden="true"
                  onDragStart={(event) => {
                    event.dataTransfer.setData(ops.mime, item.id);
                    event.dataTransfer.effectAllowed = 'move';
                    setDragId(item.id);
                  }}
                  onDragEnd={() => {
                    setDragId(null);
                    setOver(null);
                  }}
                >
                  ⠿
                </span>
                {colour !== null ? (
                  <button
                    type="button"
                    className="pn-swatch-button"
                    style={{ background: colour }}
                    aria-label={`Colour of ${item.name}: ${colour}`}
                    aria-expanded={openColour === item.id}
                    title="Change the colour"
                    onClick={() => setOpenColour((id) => (id === item.id ? null : item.id))}
                  />
                ) : null}
                <NameField
                  label={`Name of ${sort} ${index + 1}`}
                  value={item.name}
                  onCommit={(name) => apply((map) => ops.rename(map, item.id, name))}
                />
                <span className="pn-lane-count" title={`${count} touchpoints`}>
                  {count}
                  <span className="pn-visually-hidden"> touchpoints</span>
                </span>
                <button
                  type="button"
                  className="pn-icon-button"
                  aria-label={`Move ${item.name} up`}
                  title={sort === 'stage' ? 'Earlier (left)' : 'Up'}
                  disabled={index === 0}
                  onClick={() => move(item.id, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="pn-icon-button"
                  aria-label={`Move ${item.name} down`}
                  title={sort === 'stage' ? 'Later (right)' : 'Down'}
                  disabled={index === items.length - 1}
                  onClick={() => move(item.id, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="pn-icon-button pn-icon-danger"
                  aria-label={`Delete ${sort} ${item.name}`}
                  title={only ? `A map needs at least one ${sort}` : `Delete this ${sort}`}
                  disabled={only}
                  onClick={() => askDelete(item.id, item.name)}
                >
                  ×
                </button>
              </div>
              {colour !== null && openColour === item.id ? (
                <ColourPicker
                  name={item.name}
                  value={colour}
                  onChange={(color) =>
                    setError(apply((map) => recolorDepartment(map, item.id, color)))
                  }
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      {items.length === 1 ? (
        <p className="pn-hint">
          A map needs at least one {sort}, so the last one cannot be deleted.
        </p>
      ) : null}
      {error ? (
        <p className="pn-error" role="alert">
          {error}
        </p>
      ) : null}
      <AddRow
        label={`New ${sort} name`}
        buttonLabel={`Add ${sort}`}
        placeholder={`${Sort} name`}
        maxLength={LIMITS.nameLength}
        onAdd={(name) => apply((map) => ops.add(map, name))}
      />
      {pending ? (
        <DeleteDialog
          ops={ops}
          pending={pending}
          others={items.filter((item) => item.id !== pending.id)}
          onCancel={() => setPending(null)}
          onConfirm={(moveTo) => {
            setPending(null);
            setError(apply((map) => ops.remove(map, pending.id, moveTo)));
          }}
        />
      ) : null}
    </section>
  );
}
