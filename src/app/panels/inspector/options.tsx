import { CHANNELS, TOUCHPOINT_KINDS, type TouchpointKind } from '../../../core/model.ts';
import type { Department, Stage } from '../../../core/model.ts';
import type { SelectOption } from '../../ui/fields.tsx';
import { KindIcon } from '../shared/icons.tsx';
import { CHANNEL_LABELS, KIND_HINTS, KIND_LABELS } from '../shared/labels.ts';
import type { SegmentedOption } from '../shared/Segmented.tsx';

export const KIND_OPTIONS: readonly SegmentedOption<TouchpointKind>[] = TOUCHPOINT_KINDS.map(
  (kind) => ({
    value: kind,
    title: KIND_HINTS[kind],
    className: `pn-segment-${kind}`,
    label: (
      <>
        <KindIcon kind={kind} />
        <span>{KIND_LABELS[kind]}</span>
      </>
    ),
  }),
);

export const CHANNEL_OPTIONS: readonly SelectOption[] = CHANNELS.map((channel) => ({
  value: channel,
  label: CHANNEL_LABELS[channel],
}));

export const named = (list: readonly (Stage | Department)[]): SelectOption[] =>
  list.map((entry) => ({ value: entry.id, label: entry.name }));

/** The value all of `values` share, or undefined when they differ (or there are none). */
export function shared<T>(values: readonly T[]): T | undefined {
  const [first] = values;
  return values.length > 0 && values.every((value) => Object.is(value, first)) ? first : undefined;
}
