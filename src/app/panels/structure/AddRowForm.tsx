/** Adds a row of a chosen type at the bottom; a notes row asks for its name. */
import { useId, useState } from 'react';
import { LIMITS, ROW_TYPES, type RowType } from '../../../core/model.ts';
import { ROW_TERMS } from '../../../core/vocabulary.ts';

type AddableType = Exclude<RowType, 'department'>;

export function AddRowForm({
  hasEmotion,
  onAdd,
}: {
  /** A map has at most one emotion row. */
  hasEmotion: boolean;
  /** An error message, or null when the row was added. */
  onAdd: (type: AddableType, name: string) => string | null;
}) {
  const id = useId();
  const types = ROW_TYPES.filter(
    (t): t is AddableType => t !== 'department' && !(t === 'emotion' && hasEmotion),
  );
  const [type, setType] = useState<AddableType>('customer');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = types.includes(type) ? type : types[0]!;

  function add() {
    if (chosen === 'notes' && name.trim() === '') {
      setError('A notes row needs a name.');
      return;
    }
    const problem = onAdd(chosen, chosen === 'notes' ? name.trim() : '');
    setError(problem);
    if (problem === null) setName('');
  }

  return (
    <div className="pn-add-row-form">
      <label className="pn-visually-hidden" htmlFor={`${id}-type`}>
        Type of the new row
      </label>
      <select
        id={`${id}-type`}
        className="pn-row-type-select"
        value={chosen}
        onChange={(event) => setType(event.target.value as AddableType)}
      >
        {types.map((t) => (
          <option key={t} value={t} title={ROW_TERMS[t].hint}>
            {ROW_TERMS[t].word}
          </option>
        ))}
      </select>
      {chosen === 'notes' ? (
        <input
          className="pn-input"
          aria-label="Name of the new notes row"
          placeholder="Row name"
          maxLength={LIMITS.nameLength}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add();
          }}
        />
      ) : null}
      <button type="button" className="pn-button" onClick={add}>
        Add row
      </button>
      {error ? (
        <p className="pn-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
