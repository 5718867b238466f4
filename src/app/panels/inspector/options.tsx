import type { Department, Stage, TouchpointKind } from '../../../core/model.ts';
import { CHANNEL_LIST, KIND_LIST } from '../../../core/vocabulary.ts';
import { KIND_STYLES } from '../../theme/looks.ts';
import type { SelectOption } from '../../ui/fields.tsx';
import { KindIcon } from '../shared/icons.tsx';
import type { SegmentedOption } from '../../ui/Segmented.tsx';

/** One segment per kind, in its kind's colour when chosen. */
export const KIND_OPTIONS: readonly SegmentedOption<TouchpointKind>[] = KIND_LIST.map((kind) => ({
  value: kind.id,
  title: kind.hint,
  className: `pn-segment-kind pn-segment-${kind.id}`,
  style: KIND_STYLES[kind.id],
  label: (
    <>
      <KindIcon kind={kind.id} />
      <span>{kind.word}</span>
    </>
  ),
}));

export const CHANNEL_OPTIONS: readonly SelectOption[] = CHANNEL_LIST.map((channel) => ({
  value: channel.id,
  label: channel.name,
}));

export const named = (list: readonly (Stage | Department)[]): SelectOption[] =>
  list.map((entry) => ({ value: entry.id, label: entry.name }));

/** The value all of `values` share, or undefined when they differ (or there are none). */
export function shared<T>(values: readonly T[]): T | undefined {
  const [first] = values;
  return values.length > 0 && values.every((value) => Object.is(value, first)) ? first : undefined;
}
