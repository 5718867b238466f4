/**
 * "Present stages 2–4": which stages the presentation covers, and whether they share one
 * slide (the journey of a range at a glance) or get one each. Opened from the slide
 * counter's "Stages…" button or the S key; the presentation restarts at its first slide.
 */
import { useId, useState } from 'react';
import type { Stage } from '../../core/model.ts';
import type { SlideOptions, StageRange } from '../../core/presentation-slides.ts';

interface RangeChooserProps {
  stages: readonly Stage[];
  range: StageRange;
  together: boolean;
  onChoose: (options: SlideOptions) => void;
  onCancel: () => void;
}

export function RangeChooser({ stages, range, together, onChoose, onCancel }: RangeChooserProps) {
  const [first, setFirst] = useState(range.first);
  const [last, setLast] = useState(range.last);
  const [joined, setJoined] = useState(together);
  const id = useId();
  const options = stages.map((stage, i) => (
    <option key={stage.id} value={i}>
      {i + 1}. {stage.name}
    </option>
  ));
  return (
    <form
      className="tm-present-chooser"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onChoose({
          range: { first: Math.min(first, last), last: Math.max(first, last) },
          together: joined,
        });
      }}
      onKeyDown={(event) => {
        // Keys in the form are the form's: the slides do not step behind it.
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id={`${id}-title`}>
        Present stages {Math.min(first, last) + 1}–{Math.max(first, last) + 1}
      </h2>
      <label>
        From
        <select value={first} onChange={(e) => setFirst(Number(e.target.value))} autoFocus>
          {options}
        </select>
      </label>
      <label>
        To
        <select value={last} onChange={(e) => setLast(Number(e.target.value))}>
          {options}
        </select>
      </label>
      <label className="tm-present-check">
        <input type="checkbox" checked={joined} onChange={(e) => setJoined(e.target.checked)} />
        All on one slide
      </label>
      <div className="tm-present-chooser-buttons">
        <button type="submit">Present</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
