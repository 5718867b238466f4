/**
 * Which cards the filter bar leaves at full strength: every filter set must match (kind,
 * department, evidence, search). Filtered-out cards stay on the grid, dimmed, so the map
 * keeps its shape while the user looks at one slice of it.
 */
import type { Touchpoint } from '../../core/model.ts';
import { matchesNeedle, normaliseSearch } from '../../core/search.ts';
import { EVIDENCE_LIST } from '../../core/vocabulary.ts';
import type { Filters } from '../store/view-store.ts';

/** The evidence filter's choices, in the words the filter bar and the PDF export both show. */
export const EVIDENCE_FILTER_CHOICES: readonly { value: Filters['evidence']; label: string }[] = [
  { value: 'all', label: 'Any evidence' },
  ...EVIDENCE_LIST.map((term) => ({ value: term.id, label: term.word })),
  { value: 'none', label: 'Not marked' },
];

export function isFiltering(filters: Filters): boolean {
  return (
    filters.kind !== 'all' ||
    filters.departmentId !== null ||
    filters.evidence !== 'all' ||
    filters.search.trim() !== ''
  );
}

/** The normalised search text, or '' when there is none. */
export function searchNeedle(filters: Filters): string {
  return normaliseSearch(filters.search);
}

/** `needle` is `searchNeedle(filters)`, computed once per pass rather than once per card. */
export function matchesFilters(tp: Touchpoint, filters: Filters, needle: string): boolean {
  if (filters.kind !== 'all' && tp.kind !== filters.kind) return false;
  if (filters.departmentId !== null && tp.departmentId !== filters.departmentId) return false;
  if (filters.evidence !== 'all' && (tp.evidence ?? 'none') !== filters.evidence) return false;
  return matchesNeedle(tp, needle);
}
