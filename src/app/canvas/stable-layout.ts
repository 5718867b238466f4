/**
 * The layout, kept the same object while the geometry is the same. Renaming a card, or any
 * edit that moves nothing, makes a new map and so a new `computeLayout` result equal to the
 * last; handing back the previous one lets the grid, the headers, the overview and the card
 * nodes skip their work (on a 1,500-card map, the grid's curve alone is 1,500 elements).
 */
import { useMemo, useState } from 'react';
import { computeLayout, type MapLayout } from '../../core/layout.ts';
import type { JourneyMap } from '../../core/model.ts';

/** Structural equality of plain data (numbers, strings, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!(key in right) || !sameValue(left[key], right[key])) return false;
  }
  return true;
}

/** `next`, or `previous` when they are equal. */
function reuseIfSame<T>(previous: T | null, next: T): T {
  return previous !== null && sameValue(previous, next) ? previous : next;
}

/** A function from maps to layouts that hands back its last layout while it is equal. */
export function createLayoutKeeper(): (map: JourneyMap) => MapLayout {
  let previous: MapLayout | null = null;
  return (map) => (previous = reuseIfSame(previous, computeLayout(map)));
}

/**
 * A function giving the titles of the curve's lowest points by id (the grid labels them),
 * the same Map while they are the same.
 */
export function createLowestTitlesKeeper(): (
  map: JourneyMap,
  layout: MapLayout,
) => ReadonlyMap<string, string> {
  let previous: ReadonlyMap<string, string> | null = null;
  return (map, layout) => {
    const wanted = new Set(layout.curve.lowest);
    const next = new Map(
      map.touchpoints.filter((tp) => wanted.has(tp.id)).map((tp) => [tp.id, tp.title]),
    );
    const old = previous;
    if (old === null || old.size !== next.size || [...next].some(([id, t]) => old.get(id) !== t)) {
      previous = next;
    }
    return previous!;
  };
}

/** `computeLayout(map)`, the previous object while nothing in it changed. */
export function useStableLayout(map: JourneyMap): MapLayout {
  const [keep] = useState(createLayoutKeeper);
  return useMemo(() => keep(map), [keep, map]);
}

/** The lowest points' titles for the grid, the previous Map while they are the same. */
export function useLowestTitles(map: JourneyMap, layout: MapLayout): ReadonlyMap<string, string> {
  const [keep] = useState(createLowestTitlesKeeper);
  return useMemo(() => keep(map, layout), [keep, map, layout]);
}
