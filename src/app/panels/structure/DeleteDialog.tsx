/**
 * Asks before deleting a stage or department that holds touchpoints, saying how many, and
 * offers to move them to another stage or department instead of deleting them.
 */
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { plural, quoted } from '../shared/labels.ts';
import type { LaneOps } from './sorts.ts';

export interface PendingDelete {
  id: string;
  name: string;
  count: number;
}

export function DeleteDialog({
  ops,
  pending,
  others,
  onConfirm,
  onCancel,
}: {
  ops: LaneOps;
  pending: PendingDelete;
  others: readonly { id: string; name: string }[];
  onConfirm: (moveTo: string | undefined) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [mode, setMode] = useState<'delete' | 'move'>('delete');
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const { sort } = ops;
  const targetName = others.find((other) => other.id === target)?.name ?? '';
  const what = pending.count === 1 ? 'its touchpoint' : `its ${pending.count} touchpoints`;

  return (
    <ConfirmDialog
      title={`Delete ${sort} ${quoted(pending.name)} and ${what}?`}
      message={
        <p>
          {mode === 'delete'
            ? `${plural(pending.count, 'touchpoint')} will be deleted with their friction points, opportunities and connections.`
            : `${plural(pending.count, 'touchpoint')} will move to ${quoted(targetName)}, keeping their details and connections.`}{' '}
          You can undo this.
        </p>
      }
      confirmLabel={
        mode === 'delete' ? `Delete ${sort} and touchpoints` : `Move and delete ${sort}`
      }
      onCancel={onCancel}
      onConfirm={() => onConfirm(mode === 'move' && target !== '' ? target : undefined)}
      extra={
        <fieldset className="pn-choice">
          <legend className="pn-visually-hidden">What happens to the touchpoints</legend>
          <label className="pn-choice-option">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === 'delete'}
              onChange={() => setMode('delete')}
            />
            Delete the touchpoints too
          </label>
          <label className="pn-choice-option">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === 'move'}
              onChange={() => setMode('move')}
            />
            {ops.moveLabel}
          </label>
          <select
            className="pn-select pn-choice-target"
            aria-label={`${ops.sort === 'stage' ? 'Stage' : 'Department'} to move the touchpoints to`}
            value={target}
            onChange={(event) => {
              setTarget(event.target.value);
              setMode('move');
            }}
          >
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
          <p className="pn-hint">{ops.moveHint}</p>
        </fieldset>
      }
    />
  );
}
