/** A text box and an Add button: adds frictions, opportunities, goals, stages and departments. */
import { useId, useState, type ReactNode } from 'react';
import type { Severity } from '../../core/model.ts';
import { SEVERITY_OPTIONS } from './options.ts';

/**
 * A text box and an Add button (Enter adds too), with an optional severity, for adding
 * frictions, opportunities, goals, stages and departments. `onAdd` returns an error
 * message or null; on success the box empties and keeps the focus for the next one.
 */
export function AddRow({
  label,
  buttonLabel,
  placeholder,
  maxLength,
  withSeverity = false,
  onAdd,
  children,
}: {
  label: string;
  buttonLabel: string;
  placeholder?: string;
  maxLength?: number;
  withSeverity?: boolean;
  onAdd: (text: string, severity: Severity) => string | null;
  children?: ReactNode;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [error, setError] = useState<string | null>(null);

  function add() {
    const value = text.trim();
    let problem: string | null;
    if (value === '') problem = `Type the text first.`;
    else if (maxLength !== undefined && value.length > maxLength) {
      problem = `At most ${maxLength} characters, this has ${value.length}.`;
    } else problem = onAdd(value, severity);
    setError(problem);
    if (problem === null) setText('');
  }

  return (
    <div className={`pn-add-row${error ? ' pn-field-invalid' : ''}`}>
      <div className={`pn-add-inputs${withSeverity ? ' pn-add-with-severity' : ''}`}>
        <input
          type="text"
          className="pn-input"
          aria-label={label}
          placeholder={placeholder}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (error) setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              add();
            }
          }}
        />
        {withSeverity ? (
          <select
            className="pn-select pn-severity-select"
            aria-label={`Severity of the new ${label.toLowerCase().replace(/^new /, '')}`}
            value={severity}
            onChange={(event) => setSeverity(event.target.value as Severity)}
          >
            {SEVERITY_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : null}
        <button type="button" className="pn-button" onClick={add}>
          {buttonLabel}
        </button>
      </div>
      {children}
      {error ? (
        <p id={`${id}-error`} className="pn-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
