/**
 * Current and future state: a future-state copy of a map (the same ids, so the two compare
 * element by element), and switching the state a map says it is in.
 */
import { LIMITS, type JourneyMap, type MapState } from '../model.ts';
import { checkNow } from './document.ts';
import { checkId } from './ids.ts';
import { cloneJson, omitKey } from './patch.ts';

const FUTURE_SUFFIX = ' (future state)';

export interface FutureStateOptions {
  /** The copy's own map id: it is another document, saved beside the current one. */
  id: string;
  /** ISO-8601 date-time, the copy's createdAt and updatedAt. */
  now: string;
}

/** "Hotel stay (future state)", the original title cut so the whole stays within the limit. */
export function futureStateTitle(title: string): string {
  if (title.endsWith(FUTURE_SUFFIX)) return title;
  const room = LIMITS.titleLength - FUTURE_SUFFIX.length;
  return `${[...title].slice(0, room).join('').trimEnd()}${FUTURE_SUFFIX}`;
}

/**
 * A deep copy of `map` as its future state: every stage, department, touchpoint, friction
 * and connection keeps its id (the comparison matches them by id), the map gets a new id
 * and title, `state: "future"` and `basedOn` naming the map it came from.
 */
export function makeFutureStateCopy(map: JourneyMap, options: FutureStateOptions): JourneyMap {
  checkId(options.id);
  checkNow(options.now);
  return {
    ...cloneJson(map),
    id: options.id,
    title: futureStateTitle(map.title),
    createdAt: options.now,
    updatedAt: options.now,
    state: 'future',
    basedOn: { id: map.id, title: map.title },
  };
}

/** Sets the state; current is the default, so it is written as no key at all. */
export function setMapState(map: JourneyMap, state: MapState): JourneyMap {
  if (state === 'current') return map.state === undefined ? map : omitKey(map, 'state');
  return map.state === state ? map : { ...map, state };
}
