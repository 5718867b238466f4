/**
 * A department's colour: a palette of swatches and a custom colour input. The custom input
 * commits when the system picker closes (its change event), not at every move, so one
 * recolour is one undo step.
 */
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_DEPARTMENTS } from '../../../core/defaults.ts';

const SWATCHES: readonly string[] = [
  ...DEFAULT_DEPARTMENTS.map((d) => d.color),
  '#4e79a7',
  '#e15759',
  '#59a14f',
  '#b07aa1',
  '#9c755f',
  '#6b7280',
];

export function ColourPicker({
  name,
  value,
  onChange,
}: {
  name: string;
  value: string;
  onChange: (color: string) => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  if (value !== base) {
    setBase(value);
    setDraft(value);
  }
  const commit = useRef(onChange);
  useEffect(() => {
    commit.current = onChange;
  });
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onCommit = () => {
      if (input.value.toLowerCase() !== base.toLowerCase()) commit.current(input.value);
    };
    input.addEventListener('change', onCommit);
    return () => input.removeEventListener('change', onCommit);
  }, [base]);

  return (
    <div className="pn-colour-picker" role="group" aria-label={`Colours for ${name}`}>
      <div className="pn-swatches">
        {SWATCHES.map((colour) => {
          const current = colour.toLowerCase() === value.toLowerCase();
          return (
            <button
              key={colour}
              type="button"
              className={`pn-swatch${current ? ' pn-swatch-on' : ''}`}
              style={{ background: colour }}
              aria-label={`Use ${colour}`}
              aria-pressed={current}
              title={colour}
              onClick={() => {
                if (!current) onChange(colour);
              }}
            />
          );
        })}
      </div>
      <label className="pn-colour-custom">
        <input
          ref={inputRef}
          type="color"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        Custom colour
      </label>
    </div>
  );
}
