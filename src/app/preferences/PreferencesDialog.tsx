/**
 * The preferences panel: the user's name, the colour theme, the default PDF page, how often
 * drafts are kept (desktop), and the stages and departments a blank map starts with. Edits
 * are made on a copy and applied with Save; Cancel (or Escape) leaves everything as it was.
 */
import { createContext, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import {
  DEFAULT_USER_PREFERENCES,
  PDF_PAGE_SIZES,
  THEMES,
  type UserPreferences,
} from '../../ipc/contract.ts';
import { Modal } from '../ui/Modal.tsx';
import type { FallbackFontInfo, FallbackFontStore } from './fallback-font.ts';
import './preferences.css';

interface Row<T> {
  key: number;
  value: T;
}

interface Department {
  name: string;
  color: string;
}

let nextKey = 1;
const rows = <T,>(values: readonly T[]): Row<T>[] =>
  values.map((value) => ({ key: nextKey++, value }));

const THEME_LABELS: Record<UserPreferences['theme'], string> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};

const NAME_MAX = 100;

/** Problems that stop the preferences from being saved, by field. */
export function preferenceProblems(draft: {
  authorName: string;
  draftIntervalSeconds: number;
  stages: readonly string[];
  departments: readonly Department[];
}): string[] {
  const problems: string[] = [];
  if (draft.authorName.length > 200) problems.push('Your name is longer than 200 characters.');
  if (
    !Number.isInteger(draft.draftIntervalSeconds) ||
    draft.draftIntervalSeconds < 5 ||
    draft.draftIntervalSeconds > 600
  ) {
    problems.push('Drafts are kept every 5 to 600 seconds.');
  }
  if (draft.stages.length === 0) problems.push('A new map needs at least one stage.');
  if (draft.stages.some((s) => s.trim() === '')) problems.push('Every stage needs a name.');
  if (draft.stages.some((s) => s.trim().length > NAME_MAX)) {
    problems.push(`Stage names are at most ${NAME_MAX} characters.`);
  }
  if (draft.departments.length === 0) problems.push('A new map needs at least one department.');
  if (draft.departments.some((d) => d.name.trim() === '')) {
    problems.push('Every department needs a name.');
  }
  if (draft.departments.some((d) => d.name.trim().length > NAME_MAX)) {
    problems.push(`Department names are at most ${NAME_MAX} characters.`);
  }
  if (draft.departments.some((d) => !/^#[0-9a-fA-F]{6}$/.test(d.color))) {
    problems.push('Department colours are #rrggbb.');
  }
  if (draft.stages.length > 50 || draft.departments.length > 50) {
    problems.push('A new map starts with at most 50 stages and 50 departments.');
  }
  return problems;
}

function move<T>(list: readonly T[], index: number, by: number): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

/** A field's label id, for its control (so the label names it). */
const FieldId = createContext<string | undefined>(undefined);
const useFieldId = () => useContext(FieldId);

function Field({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="pref-field">
      <label className="pref-label" htmlFor={id}>
        {label}
      </label>
      <div className="pref-control">
        <FieldId.Provider value={id}>{children}</FieldId.Provider>
      </div>
      {hint ? <p className="pref-hint">{hint}</p> : null}
    </div>
  );
}

function TextInput(props: {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  placeholder?: string;
  'aria-label'?: string;
}) {
  const id = useFieldId();
  return (
    <input
      id={props['aria-label'] ? undefined : id}
      className="pref-input"
      type="text"
      value={props.value}
      maxLength={props.maxLength}
      placeholder={props.placeholder}
      aria-label={props['aria-label']}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

function RowButtons({
  index,
  count,
  name,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  name: string;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  return (
    <span className="pref-row-buttons">
      <button
        type="button"
        className="pref-icon-button"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="pref-icon-button"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="pref-icon-button"
        aria-label={`Remove ${name}`}
        title="Remove"
        disabled={count === 1}
        onClick={onRemove}
      >
        ×
      </button>
    </span>
  );
}

export interface PreferencesDialogProps {
  preferences: UserPreferences;
  /** The desktop app keeps drafts at the interval chosen here; the browser every few seconds. */
  showDraftInterval: boolean;
  onSave: (preferences: UserPreferences) => Promise<void>;
  onCancel: () => void;
  /** The PDF fallback font; its row is shown only when given. Choose and Remove apply at once. */
  fallbackFont?: FallbackFontStore;
}

/** The fallback font row: the font's name, Choose… and Remove (applied at once). */
export function FallbackFontRow({ fonts }: { fonts: FallbackFontStore }) {
  const [info, setInfo] = useState<FallbackFontInfo | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labelId = useId();

  useEffect(() => {
    let live = true;
    fonts.info().then(
      (found) => live && setInfo(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [fonts]);

  const choose = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await fonts.choose();
      if (result.status === 'chosen') setInfo({ name: result.name, problem: null });
      else if (result.status === 'failed') setMessage(result.message);
    } catch (caught) {
      setMessage(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await fonts.remove();
      setInfo(null);
    } catch (caught) {
      setMessage(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="pref-field" role="group" aria-labelledby={labelId}>
      <span className="pref-label" id={labelId}>
        Fallback font for missing characters (.ttf)
      </span>
      <div className="pref-control pref-font">
        <span className="pref-font-name" data-testid="fallback-font-name">
          {info ? info.name : 'None'}
        </span>
        <button type="button" className="tm-button" disabled={busy} onClick={() => void choose()}>
          Choose…
        </button>
        <button
          type="button"
          className="tm-button"
          disabled={busy || !info}
          onClick={() => void remove()}
        >
          Remove
        </button>
      </div>
      <p className="pref-hint">
        Characters Noto Sans lacks (Chinese, Japanese…) are drawn with this font in exported PDFs.
      </p>
      {info?.problem ? (
        <p className="pref-hint" role="status">
          This font cannot be used: {info.problem}.
        </p>
      ) : null}
      {message ? (
        <p className="pref-hint" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function PreferencesDialog({
  preferences,
  showDraftInterval,
  fallbackFont,
  onSave,
  onCancel,
}: PreferencesDialogProps) {
  const [authorName, setAuthorName] = useState(preferences.authorName);
  const [theme, setTheme] = useState(preferences.theme);
  const [pageSize, setPageSize] = useState(preferences.pdf.pageSize);
  const [orientation, setOrientation] = useState(preferences.pdf.orientation);
  const [interval, setIntervalText] = useState(String(preferences.draftIntervalSeconds));
  const [stages, setStages] = useState(() => rows(preferences.newMap.stages));
  const [departments, setDepartments] = useState(() => rows(preferences.newMap.departments));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const themeName = useId();
  const orientationName = useId();

  const intervalSeconds = Number(interval);
  const problems = preferenceProblems({
    authorName,
    draftIntervalSeconds: showDraftInterval ? intervalSeconds : 15,
    stages: stages.map((r) => r.value),
    departments: departments.map((r) => r.value),
  });

  const save = async () => {
    if (problems.length > 0 || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave({
        authorName: authorName.trim(),
        theme,
        pdf: { pageSize, orientation },
        draftIntervalSeconds: showDraftInterval
          ? intervalSeconds
          : preferences.draftIntervalSeconds,
        newMap: {
          stages: stages.map((r) => r.value.trim()),
          departments: departments.map((r) => ({
            name: r.value.name.trim(),
            color: r.value.color,
          })),
        },
      });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setSaving(false);
    }
  };

  const resetNewMap = () => {
    setStages(rows(DEFAULT_USER_PREFERENCES.newMap.stages));
    setDepartments(rows(DEFAULT_USER_PREFERENCES.newMap.departments));
  };

  return (
    <Modal
      title="Preferences"
      className="pref-dialog"
      onCancel={onCancel}
      footer={
        <>
          <button type="button" className="tm-button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="tm-button tm-button--primary"
            data-autofocus=""
            disabled={problems.length > 0 || saving}
            onClick={() => void save()}
          >
            Save
          </button>
        </>
      }
    >
      <form
        className="pref-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <section className="pref-section" aria-labelledby={`${themeName}-you`}>
          <h3 id={`${themeName}-you`}>You</h3>
          <Field label="Your name" hint="Shown as the author in the title block of exported PDFs.">
            <TextInput
              value={authorName}
              onChange={setAuthorName}
              maxLength={200}
              placeholder="e.g. Alex Morgan"
            />
          </Field>
        </section>

        <section className="pref-section" aria-labelledby={`${themeName}-look`}>
          <h3 id={`${themeName}-look`}>Appearance</h3>
          <fieldset className="pref-fieldset">
            <legend className="pref-label">Theme</legend>
            <div className="pref-choices" role="radiogroup" aria-label="Theme">
              {THEMES.map((value) => (
                <label key={value} className="pref-choice">
                  <input
                    type="radio"
                    name={themeName}
                    value={value}
                    checked={theme === value}
                    onChange={() => setTheme(value)}
                  />
                  {THEME_LABELS[value]}
                </label>
              ))}
            </div>
          </fieldset>
        </section>

        <section className="pref-section" aria-labelledby={`${themeName}-pdf`}>
          <h3 id={`${themeName}-pdf`}>PDF export</h3>
          <Field label="Page size">
            <PageSizeSelect value={pageSize} onChange={setPageSize} />
          </Field>
          <fieldset className="pref-fieldset">
            <legend className="pref-label">Orientation</legend>
            <div className="pref-choices" role="radiogroup" aria-label="Orientation">
              {(['landscape', 'portrait'] as const).map((value) => (
                <label key={value} className="pref-choice">
                  <input
                    type="radio"
                    name={orientationName}
                    value={value}
                    checked={orientation === value}
                    onChange={() => setOrientation(value)}
                  />
                  {value === 'landscape' ? 'Landscape' : 'Portrait'}
                </label>
              ))}
            </div>
          </fieldset>
          {fallbackFont ? <FallbackFontRow fonts={fallbackFont} /> : null}
        </section>

        <section className="pref-section" aria-labelledby={`${themeName}-drafts`}>
          <h3 id={`${themeName}-drafts`}>Drafts</h3>
          {showDraftInterval ? (
            <Field
              label="Keep a draft of unsaved changes every (seconds)"
              hint="From 5 to 600. Drafts bring your work back after a crash or a power cut."
            >
              <IntervalInput value={interval} onChange={setIntervalText} />
            </Field>
          ) : (
            <p className="pref-hint">
              In the browser, a draft of unsaved changes is kept a few seconds after each change, in
              this browser’s storage.
            </p>
          )}
        </section>

        <section className="pref-section" aria-labelledby={`${themeName}-new`}>
          <div className="pref-section-head">
            <h3 id={`${themeName}-new`}>New blank maps</h3>
            <button type="button" className="tm-button tm-button--quiet" onClick={resetNewMap}>
              Restore the defaults
            </button>
          </div>
          <div className="pref-columns">
            <div>
              <h4 className="pref-label">Stages, left to right</h4>
              <ol className="pref-rows" aria-label="Stages of a new map">
                {stages.map((row, index) => (
                  <li key={row.key} className="pref-row">
                    <TextInput
                      aria-label={`Stage ${index + 1}`}
                      value={row.value}
                      maxLength={NAME_MAX}
                      onChange={(value) =>
                        setStages((list) =>
                          list.map((r) => (r.key === row.key ? { ...r, value } : r)),
                        )
                      }
                    />
                    <RowButtons
                      index={index}
                      count={stages.length}
                      name={row.value || `stage ${index + 1}`}
                      onMove={(by) => setStages((list) => move(list, index, by))}
                      onRemove={() => setStages((list) => list.filter((r) => r.key !== row.key))}
                    />
                  </li>
                ))}
              </ol>
              <button
                type="button"
                className="tm-button"
                disabled={stages.length >= 50}
                onClick={() => setStages((list) => [...list, ...rows(['New stage'])])}
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
                      onChange={(event) => {
                        const color = event.target.value;
                        setDepartments((list) =>
                          list.map((r) =>
                            r.key === row.key ? { ...r, value: { ...r.value, color } } : r,
                          ),
                        );
                      }}
                    />
                    <TextInput
                      aria-label={`Department ${index + 1}`}
                      value={row.value.name}
                      maxLength={NAME_MAX}
                      onChange={(name) =>
                        setDepartments((list) =>
                          list.map((r) =>
                            r.key === row.key ? { ...r, value: { ...r.value, name } } : r,
                          ),
                        )
                      }
                    />
                    <RowButtons
                      index={index}
                      count={departments.length}
                      name={row.value.name || `department ${index + 1}`}
                      onMove={(by) => setDepartments((list) => move(list, index, by))}
                      onRemove={() =>
                        setDepartments((list) => list.filter((r) => r.key !== row.key))
                      }
                    />
                  </li>
                ))}
              </ol>
              <button
                type="button"
                className="tm-button"
                disabled={departments.length >= 50}
                onClick={() =>
                  setDepartments((list) => [
                    ...list,
                    ...rows([{ name: 'New department', color: '#7a8694' }]),
                  ])
                }
              >
                Add a department
              </button>
            </div>
          </div>
        </section>
        {/* Enter in a text field saves, as in any form. */}
        <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
      </form>
      {problems.length > 0 || error ? (
        <ul className="pref-problems" role="alert">
          {error ? <li>{error}</li> : null}
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </Modal>
  );
}

function PageSizeSelect({
  value,
  onChange,
}: {
  value: UserPreferences['pdf']['pageSize'];
  onChange: (value: UserPreferences['pdf']['pageSize']) => void;
}) {
  const id = useFieldId();
  return (
    <select
      id={id}
      className="pref-input pref-select"
      value={value}
      onChange={(event) => onChange(event.target.value as UserPreferences['pdf']['pageSize'])}
    >
      {PDF_PAGE_SIZES.map((size) => (
        <option key={size} value={size}>
          {size}
        </option>
      ))}
    </select>
  );
}

function IntervalInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useFieldId();
  return (
    <input
      id={id}
      className="pref-input pref-number"
      type="number"
      min={5}
      max={600}
      step={1}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
