/**
 * Text search over touchpoints, shared by the filter bar's results list (and available to
 * the canvas for dimming): case-insensitive, over titles, descriptions, emotion notes,
 * friction points and opportunities.
 */
import { journeyOrder } from '../../../core/journey-order.ts';
import type { JourneyMap, Touchpoint } from '../../../core/model.ts';

export function normaliseSearch(query: string): string {
  return query.trim().toLowerCase();
}

export function touchpointMatchesSearch(touchpoint: Touchpoint, query: string): boolean {
  const needle = normaliseSearch(query);
  if (needle === '') return true;
  const has = (text: string | undefined) =>
    text !== undefined && text.toLowerCase().includes(needle);
  return (
    has(touchpoint.title) ||
    has(touchpoint.description) ||
    has(touchpoint.emotionNote) ||
    touchpoint.frictions.some((f) => has(f.text)) ||
    touchpoint.opportunities.some((o) => has(o.text))
  );
}

/** The matching touchpoints in journey order; none for a blank query. */
export function searchTouchpoints(map: JourneyMap, query: string): Touchpoint[] {
  if (normaliseSearch(query) === '') return [];
  const byId = new Map(map.touchpoints.map((tp) => [tp.id, tp]));
  return journeyOrder(map)
    .map((id) => byId.get(id))
    .filter((tp): tp is Touchpoint => tp !== undefined && touchpointMatchesSearch(tp, query));
}
