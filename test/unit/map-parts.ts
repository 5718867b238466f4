/**
 * Builders for the small maps unit tests write by hand: the file's envelope around the parts a
 * test cares about, and a touchpoint with every required key, so that a test names only what
 * it checks (sample.ts is the same idea as raw JSON, for the parser's tests).
 */
import type { JourneyMap, Touchpoint } from '../../src/core/model.ts';

type MapParts = Pick<JourneyMap, 'stages' | 'departments'> & Partial<JourneyMap>;

/** A map of the given parts; id `m`, title `M`, no touchpoints or connections unless given. */
export function mapOf(parts: MapParts): JourneyMap {
  return {
    format: 'touchmap',
    version: 1,
    id: 'm',
    title: 'M',
    touchpoints: [],
    connections: [],
    ...parts,
  };
}

/** An experience card on the web titled by its id, unrated, at the cell's first slot. */
export function touchpointOf(
  id: string,
  stageId: string,
  departmentId: string,
  extra: Partial<Touchpoint> = {},
): Touchpoint {
  return {
    id,
    title: id,
    stageId,
    departmentId,
    kind: 'experience',
    channel: 'web',
    emotion: null,
    frictions: [],
    opportunities: [],
    position: { x: 16, y: 16 },
    ...extra,
  };
}
