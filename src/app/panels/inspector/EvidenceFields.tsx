/**
 * How the team knows a touchpoint: its evidence level (a radio group, one Tab stop, arrows
 * choose; "None" removes the mark) and, for one touchpoint, where it came from.
 */
import type { EvidenceLevel } from '../../../core/model.ts';
import { EVIDENCE_LIST } from '../../../core/vocabulary.ts';
import { EvidenceIcon } from '../../theme/EvidenceIcon.tsx';
import { Segmented, type SegmentedOption } from '../../ui/Segmented.tsx';
import { CommitText } from '../../ui/CommitText.tsx';
import { IS_MAC, shortcutText } from '../../editor/keymap.ts';
import { EVIDENCE_KEYS } from '../../editor/evidence-keys.ts';

type Choice = EvidenceLevel | 'none';

const keyOf = (evidence: EvidenceLevel | undefined) =>
  shortcutText(EVIDENCE_KEYS.find((key) => key.evidence === evidence)!.command, IS_MAC);

const OPTIONS: readonly SegmentedOption<Choice>[] = [
  {
    value: 'none',
    title: `Not marked yet (${keyOf(undefined)} on the map)`,
    className: 'pn-segment-evidence',
    label: <span>None</span>,
  },
  ...EVIDENCE_LIST.map((term) => ({
    value: term.id,
    title: `${term.hint} (${keyOf(term.id)} on the map)`,
    className: `pn-segment-evidence pn-segment-evidence-${term.id}`,
    label: (
      <>
        <EvidenceIcon evidence={term.id} />
        <span>{term.word}</span>
      </>
    ),
  })),
];

/** `value` undefined: the selected cards differ (nothing chosen); null: not marked. */
export function EvidencePicker({
  value,
  onChange,
}: {
  value: EvidenceLevel | null | undefined;
  onChange: (evidence: EvidenceLevel | undefined) => void;
}) {
  return (
    <div className="pn-field">
      <span className="pn-label" aria-hidden="true">
        Evidence
      </span>
      <Segmented<Choice>
        label="Evidence"
        className="pn-evidence"
        options={OPTIONS}
        value={value === undefined ? undefined : (value ?? 'none')}
        onChange={(choice) => onChange(choice === 'none' ? undefined : choice)}
      />
    </div>
  );
}

export function SourceField({
  value,
  onCommit,
}: {
  value: string | undefined;
  onCommit: (source: string | undefined) => string | null;
}) {
  return (
    <CommitText
      label="Source"
      placeholder="e.g. Interview 4, NPS survey Q3"
      hint="Where this comes from: a study, an interview, data."
      value={value ?? ''}
      onCommit={(text) => onCommit(text.trim() === '' ? undefined : text.trim())}
    />
  );
}
