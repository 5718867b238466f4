/**
 * The department, kind and evidence filters of an export (see FilterMode in options.ts), and the lanes
 * left out because nothing is drawn in them (see `emptyLanes`).
 */
import type { EvidenceBucket } from '../core/evidence-shares.ts';
import type { JourneyMap, Touchpoint, TouchpointKind } from '../core/model.ts';
import type { EmotionCurve } from '../core/layout.ts';
import type { ResolvedOptions } from './options.ts';

export interface FilteredMap {
  /** The map to lay out and draw: the whole map (dim) or only what is kept (omit). */
  drawn: JourneyMap;
  /** Only the kept touchpoints, their connections and the selected departments. */
  kept: JourneyMap;
  /** Ids of the kept touchpoints. */
  keptIds: ReadonlySet<string>;
  /** True when some touchpoints of `drawn` are to be drawn dimmed. */
  dimming: boolean;
  /** True when the filters leave something out. */
  filtered: boolean;
}

/**
 * The map without the lanes that no touchpoint of it is in: a printed grid of empty rows
 * says nothing and takes room from the cards. A map with no touchpoint at all keeps every
 * lane (printed as a blank grid to fill in by hand).
 */
function withoutEmptyLanes(map: JourneyMap): JourneyMap {
  const used = new Set(map.touchpoints.map((tp) => tp.departmentId));
  const departments = map.departments.filter((d) => used.has(d.id));
  if (departments.length === 0 || departments.length === map.departments.length) return map;
  return { ...map, departments };
}

/** The selection of an export (null: all); no `evidence` is any evidence. */
interface Selection {
  departments: readonly string[] | null;
  kinds: readonly TouchpointKind[] | null;
  evidence?: readonly EvidenceBucket[] | null;
}

/** Whether a touchpoint passes the selection (each filter set must match). */
export function selects(
  selection: Selection,
): (tp: Pick<Touchpoint, 'departmentId' | 'kind' | 'evidence'>) => boolean {
  const departments = selection.departments === null ? null : new Set(selection.departments);
  const kinds = selection.kinds === null ? null : new Set(selection.kinds);
  const evidence = selection.evidence ? new Set(selection.evidence) : null;
  return (tp) =>
    (departments === null || departments.has(tp.departmentId)) &&
    (kinds === null || kinds.has(tp.kind)) &&
    (evidence === null || evidence.has(tp.evidence ?? 'unmarked'));
}

export function applyFilter(
  map: JourneyMap,
  options: Selection & Pick<ResolvedOptions, 'filterMode'> & { emptyLanes?: boolean },
): FilteredMap {
  const result = filterTouchpoints(map, options);
  if (options.emptyLanes === true) return result;
  return { ...result, drawn: withoutEmptyLanes(result.drawn) };
}

function filterTouchpoints(
  map: JourneyMap,
  options: Selection & Pick<ResolvedOptions, 'filterMode'>,
): FilteredMap {
  const departments = options.departments === null ? null : new Set(options.departments);
  const touchpoints = map.touchpoints.filter(selects(options));
  const keptIds = new Set(touchpoints.map((tp) => tp.id));
  const filtered = touchpoints.length !== map.touchpoints.length || departments !== null;
  if (!filtered) return { drawn: map, kept: map, keptIds, dimming: false, filtered: false };
  const kept: JourneyMap = {
    ...map,
    departments:
      departments === null ? map.departments : map.departments.filter((d) => departments.has(d.id)),
    touchpoints,
    connections: map.connections.filter((c) => keptIds.has(c.from) && keptIds.has(c.to)),
  };
  if (options.filterMode === 'omit') {
    // A map needs at least one lane to have a grid; keep the first if none was selected.
    const drawn =
      kept.departments.length > 0 ? kept : { ...kept, departments: map.departments.slice(0, 1) };
    return { drawn, kept, keptIds, dimming: false, filtered: true };
  }
  return {
    drawn: map,
    kept,
    keptIds,
    dimming: touchpoints.length !== map.touchpoints.length,
    filtered: true,
  };
}

/** The emotion curve through the kept touchpoints only, its low points found again. */
export function keptCurve(curve: EmotionCurve, keptIds: ReadonlySet<string>): EmotionCurve {
  const points = curve.points.filter((p) => keptIds.has(p.touchpointId));
  if (points.length === curve.points.length) return curve;
  const min = points.reduce((m, p) => Math.min(m, p.emotion), Infinity);
  const lowest = min < 0 ? points.filter((p) => p.emotion === min).map((p) => p.touchpointId) : [];
  return { points, lowest, levels: curve.levels };
}
