/**
 * The name of a stage, a department or a notes row, edited in place in the structure
 * panel's lists. A list row is narrow (a stage's name box is some 180 px wide), so the name
 * wraps at spaces and the box grows a line at a time: "Pre-arrival and check-in" reads whole
 * without clicking in. It stays one line of text all the same (CommitText's `wrap`).
 */
import { LIMITS } from '../../../core/model.ts';
import { CommitText } from '../../ui/CommitText.tsx';

export function NameField({
  label,
  value,
  onCommit,
}: {
  /** The accessible name, e.g. "Name of stage 4". */
  label: string;
  value: string;
  onCommit: (name: string) => string | null;
}) {
  return (
    <CommitText
      label={label}
      hideLabel
      wrap
      className="pn-lane-name"
      required
      noun="A name"
      maxLength={LIMITS.nameLength}
      value={value}
      onCommit={onCommit}
    />
  );
}
