/**
 * A segmented control that is a radio group: one Tab stop, arrow keys (and Home/End) move
 * and choose, Space/Enter/click choose. `value` undefined: none chosen (a mixed selection).
 */
import { useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';

export interface SegmentedOption<T> {
  value: T;
  label: ReactNode;
  /** The accessible name when the label is not plain words (e.g. a face). */
  ariaLabel?: string;
  title?: string;
  className?: string;
  /** Per-option custom properties, e.g. a kind's look (theme/looks.ts). */
  style?: CSSProperties;
}

export interface SegmentedProps<T> {
  /** The group's accessible name. */
  label: string;
  options: readonly SegmentedOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  className?: string;
}

export function Segmented<T>({ label, options, value, onChange, className }: SegmentedProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const checkedIndex = options.findIndex((option) => Object.is(option.value, value));
  const tabStop = checkedIndex >= 0 ? checkedIndex : 0;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = options.length - 1;
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    refs.current[target]?.focus();
    const option = options[target];
    if (option !== undefined && !Object.is(option.value, value)) onChange(option.value);
  }

  return (
    <div role="radiogroup" aria-label={label} className={`pn-segmented ${className ?? ''}`}>
      {options.map((option, index) => {
        const checked = index === checkedIndex;
        return (
          <button
            key={String(option.value)}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={option.ariaLabel}
            title={option.title}
            style={option.style}
            tabIndex={index === tabStop ? 0 : -1}
            className={`pn-segment${checked ? ' pn-segment-on' : ''}${option.className ? ` ${option.className}` : ''}`}
            onClick={() => {
              if (!checked) onChange(option.value);
            }}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
