/**
 * The Preferences' "New blank maps" section: the stages and departments a blank map starts
 * with, each row renamed, recoloured, moved or removed in place.
 */
import type { Dispatch } from 'react';
import { PREFERENCE_LIMITS } from '../../ipc/preferences.ts';
import {
  canAdd,
  type ListName,
  type PreferencesAction,
  type PreferencesForm,
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

export function NewMapSection({
  form,
  dispatch,
  headingId,
}: {
  form: PreferencesForm;
  dispatch: Dispatch<PreferencesAction>;
  headingId: string;
}) {
  const { stages, departments } = form;
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
        <div>
          <h4 className="pref-label">Stages, left to right</h4>
          <ol className="pref-rows" aria-label="Stages of a new map">
            {stages.map((row, index) => (
              <li key={row.key} className="pref-row">
                <input
                  className="pref-input"
                  type="text"
                  aria-label={`Stage ${index + 1}`}
                  value={row.value}
                  maxLength={PREFERENCE_LIMITS.nameLength}
                  onChange={(event) =>
                    dispatch({ type: 'stage', key: row.key, name: event.target.value })
                  }
                />
                <RowButtons
                  list="stages"
                  rowKey={row.key}
                  index={index}
                  count={stages.length}
                  name={row.value || `stage ${index + 1}`}
                  dispatch={dispatch}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="tm-button"
            disabled={!canAdd(form, 'stages')}
            onClick={() => dispatch({ type: 'add', list: 'stages' })}
          >
            Add a stage
          </button>
        </div>
        <div>
          <h4 className="pref-label">Departments, top to bottom</h4>
          <ol className="pref-rows" aria-label="Departments of a new map">
            {departments.map((row, index) => (
              <li key={row.key} className="pref-row">
                <input
                  type="color"
                  className="pref-color"
                  aria-label={`Colour of ${row.value.name || `department ${index + 1}`}`}
                  value={row.value.color}
                  onChange={(event) =>
                    dispatch({
                      type: 'department',
                      key: row.key,
                      patch: { color: event.target.value },
                    })
                  }
                />
                <input
                  className="pref-input"
                  type="text"
                  aria-label={`Department ${index + 1}`}
                  value={row.value.name}
                  maxLength={PREFERENCE_LIMITS.nameLength}
                  onChange={(event) =>
                    dispatch({
                      type: 'department',
                      key: row.key,
                      patch: { name: event.target.value },
                    })
                  }
                />
                <RowButtons
                  list="departments"
                  rowKey={row.key}
                  index={index}
                  count={departments.length}
                  name={row.value.name || `department ${index + 1}`}
                  dispatch={dispatch}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="tm-button"
            disabled={!canAdd(form, 'departments')}
            onClick={() => dispatch({ type: 'add', list: 'departments' })}
          >
            Add a department
          </button>
        </div>
      </div>
    </section>
  );
}
