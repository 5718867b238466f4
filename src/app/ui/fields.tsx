/**
 * The app's one kit of form fields: a labelled control with its hint and its problems, wired
 * by id (label for, aria-describedby, aria-invalid), as a text box, a select, a group of
 * radio choices or a checkbox (choices.tsx). The panels, the export dialog and the preferences share it;
 * each area keeps its own look (its CSS class names) through `FieldLook`.
 */
import { createContext, useContext, useId, type ReactNode } from 'react';

interface LookClasses {
  field: string;
  invalid: string;
  label: string;
  /** A wrapper around the control (a grid cell), or '' for none. */
  control: string;
  input: string;
  select: string;
  hint: string;
  problems: string;
  /** Problems as a list (several at once) or as one paragraph. */
  problemList: boolean;
  choices: string;
  choice: string;
}

const LOOKS = {
  panel: {
    field: 'pn-field',
    invalid: 'pn-field-invalid',
    label: 'pn-label',
    control: '',
    input: 'pn-input',
    select: 'pn-select',
    hint: 'pn-hint',
    problems: 'pn-error',
    problemList: false,
    choices: '',
    choice: 'pn-choice-option',
  },
  export: {
    field: 'tm-export-field',
    invalid: '',
    label: 'tm-export-label',
    control: '',
    input: '',
    select: '',
    hint: 'tm-export-hint',
    problems: 'tm-export-problems',
    problemList: true,
    choices: 'tm-export-inline',
    choice: 'tm-export-choice',
  },
  preferences: {
    field: 'pref-field',
    invalid: '',
    label: 'pref-label',
    control: 'pref-control',
    input: 'pref-input',
    select: 'pref-input pref-select',
    hint: 'pref-hint',
    problems: 'pref-hint',
    problemList: false,
    choices: 'pref-choices',
    choice: 'pref-choice',
  },
} as const satisfies Record<string, LookClasses>;

export type Look = keyof typeof LOOKS;

/** Which area's look the fields below take; the panels' by default. */
export const FieldLook = createContext<Look>('panel');
/** The class names of the current look. */
export const useLook = (): LookClasses => LOOKS[useContext(FieldLook)];

export const join = (...names: (string | false | null | undefined)[]): string | undefined =>
  names.filter(Boolean).join(' ') || undefined;

export type Problems = string | readonly string[] | null | undefined;

const listOf = (problems: Problems): readonly string[] =>
  problems == null ? [] : typeof problems === 'string' ? [problems] : problems;

/** A field's problems, announced when they appear; `id` is what the control is described by. */
export function FieldProblems({ id, problems }: { id: string; problems: Problems }) {
  const look = useLook();
  const list = listOf(problems);
  if (list.length === 0) return null;
  if (!look.problemList)
    return (
      <p id={id} className={look.problems} role="alert">
        {list.join(' ')}
      </p>
    );
  return (
    <ul id={id} className={look.problems} role="alert">
      {list.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

/** What a field passes to its control. */
export interface ControlProps {
  id: string;
  className: string | undefined;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-label': string | undefined;
}

export interface FieldProps {
  label: string;
  /** The label is the control's accessible name only (a list row, a compact panel). */
  hideLabel?: boolean;
  hint?: ReactNode;
  problems?: Problems;
  /** The problems are shown elsewhere (under a row of fields), in the element of this id. */
  problemsId?: string;
  className?: string;
  /** The control, given its id, class and ARIA wiring. */
  children: (control: ControlProps, classes: { input: string; select: string }) => ReactNode;
}

export function Field({
  label,
  hideLabel = false,
  hint,
  problems,
  problemsId,
  className,
  children,
}: FieldProps) {
  const look = useLook();
  const id = useId();
  const invalid = listOf(problems).length > 0;
  const errorId = problemsId ?? `${id}-problems`;
  const hintId = `${id}-hint`;
  const control = children(
    {
      id,
      className: undefined,
      'aria-describedby': join(invalid && errorId, hint != null && hintId),
      'aria-invalid': invalid ? true : undefined,
      'aria-label': hideLabel ? label : undefined,
    },
    { input: look.input, select: look.select },
  );
  return (
    <div className={join(look.field, invalid && look.invalid, className)}>
      {hideLabel ? null : (
        <label htmlFor={id} className={look.label}>
          {label}
        </label>
      )}
      {look.control ? <div className={look.control}>{control}</div> : control}
      {hint != null ? (
        <p id={hintId} className={look.hint}>
          {hint}
        </p>
      ) : null}
      {problemsId === undefined ? <FieldProblems id={errorId} problems={problems} /> : null}
    </div>
  );
}

type Common = Omit<FieldProps, 'children'> & { disabled?: boolean };

/** A labelled one-line text box. */
export function TextField({
  value,
  onChange,
  maxLength,
  placeholder,
  inputMode,
  ...field
}: Common & {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  placeholder?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
}) {
  return (
    <Field {...field}>
      {(control, classes) => (
        <input
          {...control}
          className={join(classes.input)}
          type="text"
          inputMode={inputMode}
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          disabled={field.disabled}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled whole-number box (as typed: the form checks it). */
export function NumberField({
  value,
  onChange,
  min,
  max,
  className,
  ...field
}: Common & {
  value: string;
  onChange: (value: string) => void;
  min: number;
  max: number;
  /** The input's own class, besides the look's. */
  className?: string;
}) {
  return (
    <Field {...field}>
      {(control, classes) => (
        <input
          {...control}
          className={join(classes.input, className)}
          type="number"
          min={min}
          max={max}
          step={1}
          value={value}
          disabled={field.disabled}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export interface SelectOption<T extends string = string> {
  value: T;
  label: string;
}

/** A labelled native select. `value` '' with `mixedLabel`: a mixed selection, nothing chosen. */
export function SelectField<T extends string>({
  value,
  options,
  onChange,
  mixedLabel,
  ...field
}: Common & {
  value: T | '';
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  mixedLabel?: string;
}) {
  return (
    <Field {...field}>
      {(control, classes) => (
        <select
          {...control}
          className={join(classes.select)}
          value={value}
          disabled={field.disabled}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {value === '' && mixedLabel ? (
            <option value="" disabled>
              {mixedLabel}
            </option>
          ) : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
