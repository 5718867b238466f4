/** The field kit's choices: a group of radio buttons, and a checkbox, in the area's look. */
import { useId, type ReactNode } from 'react';
import { join, useLook, type SelectOption } from './fields.tsx';

/** One choice of several, as native radio buttons (arrow keys move between them). */
export function ChoiceGroup<T extends string>({
  label,
  options,
  value,
  onChange,
  disabled,
  className,
  children,
}: {
  /** The group's accessible name. */
  label: string;
  options: readonly SelectOption<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  className?: string;
  /** Shown before the choices (a visible caption). */
  children?: ReactNode;
}) {
  const look = useLook();
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className={join(look.choices, className)}>
      {children}
      {options.map((option) => (
        <label key={option.value} className={look.choice}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

/** A checkbox with its label (and a quieter hint after it). */
export function CheckboxField({
  checked,
  onChange,
  children,
  hint,
  disabled,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  hint?: string;
  disabled?: boolean;
}) {
  const look = useLook();
  return (
    <label className={look.choice}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        {children}
        {hint ? <span className={look.hint}> {hint}</span> : null}
      </span>
    </label>
  );
}
