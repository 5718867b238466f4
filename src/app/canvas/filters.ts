/**
 * Which cards the filter bar leaves at full strength. Filtered-out cards stay on the grid,
 * dimmed, so the map keeps its shape while the user looks at one slice of it.
 */
import type { Touchpoint } from '../../core/model.ts';
import type { Filters } from '../store/view-store.ts';

export function isFiltering(filters: Filters): boolean {
  return filters.kind !== 'all' || filters.departmentId !== null || filters.search.trim() !== '';
}

/** The normalised search text, or '' when there is none. */
export function searchNeedle(filters: Filters): string {
  return filters.search.trim().toLocaleLowerCase();
}

function textMatches(tp: Touchpoint, needle: string): boolean {
  const has = (text: string | undefined) =>
    text !== undefined && text.toLocaleLowerCase().includes(needle);
  return (
    has(tp.title) ||
    has(tp.description) ||
    has(tp.emotionNote) ||
    tp.frictions.some((f) => has(f.text)) ||
    tp.opportunities.some((o) => has(o.text))
  );
}

/** `needle` is `searchNeedle(filters)`, computed once per pass rather than once per card. */
export function matchesFilters(tp: Touchpoint, filters: Filters, needle: string): boolean {
  if (filters.kind !== 'all' && tp.kind !== filters.kind) return false;
  if (filters.departmentId !== null && tp.departmentId !== filters.departmentId) return false;
  return needle === '' || textMatches(tp, needle);
}
