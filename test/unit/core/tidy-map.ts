/**
 * Small maps for the routing and nudging tests: cards in tidy slots of a grid of stages and
 * departments, and connections between them by index.
 */
import type { Connection, JourneyMap, Touchpoint } from '../../../src/core/model.ts';

/** A tidy slot: `slot` down and `column` across the cell (default 0). */
export type Place = [stage: number, department: number, slot: number, column?: number];

/** Cards in tidy slots (one column of slots per cell, 16 apart) and the given connections. */
export function mapOf(
  stages: number,
  departments: number,
  places: Place[],
  links: [number, number][],
): JourneyMap {
  const touchpoints: Touchpoint[] = places.map(([s, d, slot, column = 0], i) => ({
    id: `tp-${i}`,
    title: `Card ${i}`,
    stageId: `st-${s}`,
    departmentId: `dep-${d}`,
    kind: 'experience',
    channel: 'web',
    emotion: null,
    frictions: [],
    opportunities: [],
    position: { x: 16 + column * 216, y: 16 + slot * 112 },
  }));
  const connections: Connection[] = links.map(([a, b], i) => ({
    id: `cn-${i}`,
    from: `tp-${a}`,
    to: `tp-${b}`,
  }));
  return {
    format: 'touchmap',
    version: 1,
    id: 'nudging',
    title: 'Nudging',
    stages: Array.from({ length: stages }, (_, i) => ({ id: `st-${i}`, name: `S${i}` })),
    departments: Array.from({ length: departments }, (_, i) => ({
      id: `dep-${i}`,
      name: `D${i}`,
      color: '#336699',
    })),
    touchpoints,
    connections,
  };
}
