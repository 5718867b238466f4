/**
 * The layout, kept the same object while the geometry is the same. Renaming a card, or any
 * edit that moves nothing, makes a new map and so a new `computeLayout` result equal to the
 * last; handing back the previous one lets the grid, the headers, the overview and the card
 * nodes skip their work (on a 1,500-card map, the grid's curve alone is 1,500 elements).
 */
import { useMemo, useState } from 'react';
import { computeLayout, type LayoutCard, type MapLayout } from '../../core/layout.ts';
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

/** Same cards in the same boxes, compared field by field (no keys listed, nothing allocated). */
function sameCards(a: readonly LayoutCard[], b: readonly LayoutCard[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.x !== y.x ||
      x.y !== y.y ||
      x.width !== y.width ||
      x.height !== y.height ||
      x.id !== y.id ||
      x.stageId !== y.stageId ||
      x.departmentId !== y.departmentId
    ) {
      return false;
    }
  }
  return true;
}

/**
 * `next`, or `previous` when they are equal. The cards are compared first and by hand: after
 * a drop they are what differs, and the generic comparison took 9 ms to find that out on the
 * 1,500-card map (trace) before the new layout could be drawn.
 */
function reuseIfSame(previous: MapLayout | null, next: MapLayout): MapLayout {
  return previous !== null &&
    previous.width === next.width &&
    previous.height === next.height &&
    sameCards(previous.cards, next.cards) &&
    sameValue(previous, next)
    ? previous
    : next;
}

/** Same ids and expectations (the stage headers' height) in the same order. */
function sameStages(a: JourneyMap['stages'], b: JourneyMap['stages']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.id !== b[i]!.id || a[i]!.expectations !== b[i]!.expectations) return false;
  }
  return true;
}

/** Same ids, names (row labels) and layers (blueprint lines) in the same order. */
function sameDepartments(a: JourneyMap['departments'], b: JourneyMap['departments']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.name !== y.name || x.layer !== y.layer) return false;
  }
  return true;
}

/**
 * Whether two maps have the same layout without laying either out: `computeLayout` reads
 * the stages' and departments' ids and order (and the stages' expectations: the headers'
 * height; the departments' names and layers: row labels and blueprint lines), the persona
 * and the scenario (the brief), the rows and notes, and of each touchpoint its id, cell,
 * position and emotion (the curve), plus its frictions and opportunities when a pains or
 * ideas row lists them - nothing else. A rename keeps all of them; checking 1,500 cards
 * by identity first costs far less than laying them out again.
 */
function sameGeometry(a: JourneyMap, b: JourneyMap): boolean {
  if (!sameStages(a.stages, b.stages) || !sameDepartments(a.departments, b.departments)) {
    return false;
  }
  // Rows, notes and the brief are laid out too; their edits are rare, so any change lays
  // out again.
  if (a.rows !== b.rows || a.notes !== b.notes) return false;
  if (a.persona !== b.persona || a.scenario !== b.scenario) return false;
  const left = a.touchpoints;
  const right = b.touchpoints;
  if (left === right) return true;
  if (left.length !== right.length) return false;
  // Pains and ideas rows grow with the frictions and opportunities of any card.
  const derived = (b.rows ?? []).some((r) => r.type === 'pains' || r.type === 'ideas');
  for (let i = 0; i < left.length; i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    if (
      derived ||
      x.id !== y.id ||
      x.stageId !== y.stageId ||
      x.departmentId !== y.departmentId ||
      x.emotion !== y.emotion ||
      x.position.x !== y.position.x ||
      x.position.y !== y.position.y
    ) {
      return false;
    }
  }
  return true;
}

/** The canvas shows the map's brief above the stage names (the PDF, in its title block). */
const CANVAS_LAYOUT = { brief: true } as const;

/**
 * A function from maps to layouts that hands back its last layout while it is equal, and
 * lays each map object out once: the canvas and every connection (edge-routes.ts) ask for
 * the same map's layout, and undo hands back map objects it has seen. An edit that moves
 * nothing (see `sameGeometry`) is not laid out at all.
 */
export function createLayoutKeeper(): (map: JourneyMap) => MapLayout {
  const known = new WeakMap<JourneyMap, MapLayout>();
  let previous: { map: JourneyMap; layout: MapLayout } | null = null;
  return (map) => {
    let layout = known.get(map);
    if (layout === undefined) {
      layout =
        previous !== null && sameGeometry(previous.map, map)
          ? previous.layout
          : reuseIfSame(previous?.layout ?? null, computeLayout(map, CANVAS_LAYOUT));
      known.set(map, layout);
    }
    previous = { map, layout };
    return layout;
  };
}

/**
 * The layout of a map, shared by the canvas and its connections. One keeper for every open
 * map is enough: it only hands back an older object when that object is equal.
 */
export const layoutOf = createLayoutKeeper();

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

/** `computeLayout(map, { brief: true })`, the previous object while nothing in it changed. */
export function useStableLayout(map: JourneyMap): MapLayout {
  return useMemo(() => layoutOf(map), [map]);
}

/** The lowest points' titles for the grid, the previous Map while they are the same. */
export function useLowestTitles(map: JourneyMap, layout: MapLayout): ReadonlyMap<string, string> {
  const [keep] = useState(createLowestTitlesKeeper);
  return useMemo(() => keep(map, layout), [keep, map, layout]);
}
