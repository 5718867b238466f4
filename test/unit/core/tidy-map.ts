/**
 * Small maps for the routing and nudging tests: cards in tidy slots of a grid of stages and
 * departments, and connections between them by index.
 */
import type { Connection, JourneyMap, Touchpoint } from '../../../src/core/model.ts';

/** A card: its stage, its department and its position in the cell. */
export type CardAt = [stage: number, department: number, x: number, y: number];

/** Cards at the given positions in their cells, and connections between them by index. */
export function gridMap(
  stages: number,
  departments: number,
  cards: CardAt[],
  links: [number, number][] = [],
): JourneyMap {
  const touchpoints: Touchpoint[] = cards.map(([s, d, x, y], i) => ({
    id: `tp-${i}`,
    title: `Card ${i}`,
    stageId: `st-${s}`,
    departmentId: `dep-${d}`,
    kind: 'experience',
    channel: 'web',
    emotion: null,
    frictions: [],
    opportunities: [],
    position: { x, y },
  }));
  const connections: Connection[] = links.map(([a, b], i) => ({
    id: `cn-${i}`,
    from: `tp-${a}`,
    to: `tp-${b}`,
  }));
  return {
    format: 'touchmap',
    version: 1,
    id: 'grid',
    title: 'Grid',
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

/** A tidy slot: `slot` down and `column` across the cell (default 0). */
export type Place = [stage: number, department: number, slot: number, column?: number];

/** Cards in tidy slots (one column of slots per cell, 16 apart) and the given connections. */
export function mapOf(
  stages: number,
  departments: number,
  places: Place[],
  links: [number, number][],
): JourneyMap {
  const cards = places.map(([s, d, slot, column = 0]): CardAt => [
    s,
    d,
    16 + column * 216,
    16 + slot * 112,
  ]);
  return gridMap(stages, departments, cards, links);
}
