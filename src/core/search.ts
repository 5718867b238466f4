/**
 * Text search over touchpoints, shared by the filter bar's results and the canvas's
 * dimming: case-insensitive, over titles, descriptions, emotion notes, friction points and
 * opportunities.
 */
import { journeyOrder } from './journey-order.ts';
import type { JourneyMap, Touchpoint } from './model.ts';

export function normaliseSearch(query: string): string {
  return query.trim().toLocaleLowerCase();
}

/** `needle` is `normaliseSearch(query)`, computed once per pass rather than once per card. */
export function matchesNeedle(touchpoint: Touchpoint, needle: string): boolean {
  if (needle === '') return true;
  const has = (text: string | undefined) =>
    text !== undefined && text.toLocaleLowerCase().includes(needle);
  return (
    has(touchpoint.title) ||
    has(touchpoint.description) ||
    has(touchpoint.emotionNote) ||
    touchpoint.frictions.some((f) => has(f.text)) ||
    touchpoint.opportunities.some((o) => has(o.text))
  );
}

export function touchpointMatchesSearch(touchpoint: Touchpoint, query: string): boolean {
  return matchesNeedle(touchpoint, normaliseSearch(query));
}

/** The matching touchpoints in journey order; none for a blank query. */
export function searchTouchpoints(map: JourneyMap, query: string): Touchpoint[] {
  const needle = normaliseSearch(query);
  if (needle === '') return [];
  const byId = new Map(map.touchpoints.map((tp) => [tp.id, tp]));
  return journeyOrder(map)
    .map((id) => byId.get(id))
    .filter((tp): tp is Touchpoint => tp !== undefined && matchesNeedle(tp, needle));
}
