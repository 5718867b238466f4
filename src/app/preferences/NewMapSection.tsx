/**
 * The Preferences' "New blank maps" section: the stages and departments a blank map starts
 * with, each row renamed, recoloured, moved or removed in place.
 */
import type { Dispatch, ReactNode } from 'react';
import { PREFERENCE_LIMITS } from '../../ipc/preferences.ts';
import {
  canAdd,
  type ListName,
  type PreferencesAction,
  type PreferencesForm,
  type Row,
} from './preferences-form.ts';

function RowButtons({
  list,
  rowKey,
  index,
  count,
  name,
  dispatch,
}: {
  list: ListName;
  rowKey: number;
  index: number;
  count: number;
  name: string;
  dispatch: Dispatch<PreferencesAction>;
}) {
  const moveBy = (by: number) => dispatch({ type: 'move', list, key: rowKey, by });
  return (
    <span className="pref-row-buttons">
      <button
        type="button"
        className="pref-icon-button"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => moveBy(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="pref-icon-button"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => moveBy(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="pref-icon-button"
        aria-label={`Remove ${name}`}
        title="Remove"
        disabled={count === 1}
        onClick={() => dispatch({ type: 'remove', list, key: rowKey })}
      >
        ×
      </button>
    </span>
  );
}

function NameInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (name: string) => void;
}) {
  return (
    <input
      className="pref-input"
      type="text"
      aria-label={label}
      value={value}
      maxLength={PREFERENCE_LIMITS.nameLength}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

const LIST_WORDS: Record<ListName, { heading: string; label: string; add: string }> = {
  stages: { heading: 'Stages, left to right', label: 'Stages of a new map', add: 'Add a stage' },
  departments: {
    heading: 'Departments, top to bottom',
    label: 'Departments of a new map',
    add: 'Add a department',
  },
};

/** One list of the section (stages or departments): its rows, each with its fields and buttons. */
function ListEditor<T>({
  list,
  rows,
  form,
  dispatch,
  nameOf,
  fields,
}: {
  list: ListName;
  rows: readonly Row<T>[];
  form: PreferencesForm;
  dispatch: Dispatch<PreferencesAction>;
  /** What the row's buttons call it ("Move Sales up"). */
  nameOf: (row: Row<T>, index: number) => string;
  fields: (row: Row<T>, index: number) => ReactNode;
}) {
  const words = LIST_WORDS[list];
  return (
    <div>
      <h4 className="pref-label">{words.heading}</h4>
      <ol className="pref-rows" aria-label={words.label}>
        {rows.map((row, index) => (
          <li key={row.key} className="pref-row">
            {fields(row, index)}
            <RowButtons
              list={list}
              rowKey={row.key}
              index={index}
              count={rows.length}
              name={nameOf(row, index)}
              dispatch={dispatch}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="tm-button"
        disabled={!canAdd(form, list)}
        onClick={() => dispatch({ type: 'add', list })}
      >
        {words.add}
      </button>
    </div>
  );
}

export function NewMapSection({
  form,
  dispatch,
  headingId,
}: {
  form: PreferencesForm;
  dispatch: Dispatch<PreferencesAction>;
  headingId: string;
}) {
  const shared = { form, dispatch };
  const departmentName = (row: Row<{ name: string }>, index: number) =>
    row.value.name || `department ${index + 1}`;
  return (
    <section className="pref-section" aria-labelledby={headingId}>
      <div className="pref-section-head">
        <h3 id={headingId}>New blank maps</h3>
        <button
          type="button"
          className="tm-button tm-button--quiet"
          onClick={() => dispatch({ type: 'restoreNewMap' })}
        >
          Restore the defaults
        </button>
      </div>
      <div className="pref-columns">
        <ListEditor
          list="stages"
          rows={form.stages}
          {...shared}
          nameOf={(row, index) => row.value || `stage ${index + 1}`}
          fields={(row, index) => (
            <NameInput
              label={`Stage ${index + 1}`}
              value={row.value}
              onChange={(name) => dispatch({ type: 'stage', key: row.key, name })}
            />
          )}
        />
        <ListEditor
          list="departments"
          rows={form.departments}
          {...shared}
          nameOf={departmentName}
          fields={(row, index) => (
            <>
              <input
                type="color"
                className="pref-color"
                aria-label={`Colour of ${departmentName(row, index)}`}
                value={row.value.color}
                onChange={(event) =>
                  dispatch({
                    type: 'department',
                    key: row.key,
                    patch: { color: event.target.value },
                  })
                }
              />
              <NameInput
                label={`Department ${index + 1}`}
                value={row.value.name}
                onChange={(name) => dispatch({ type: 'department', key: row.key, patch: { name } })}
              />
            </>
          )}
        />
      </div>
    </section>
  );
}
