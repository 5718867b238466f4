import { describe, expect, it } from 'vitest';
import type { EvidenceLevel, JourneyMap, Touchpoint } from '../../../src/core/model.ts';
import { evidenceByStage, evidenceTotals } from '../../../src/core/evidence-shares.ts';
import { computeInsights } from '../../../src/core/insights.ts';
import { mapOf, touchpointOf } from '../map-parts.ts';

function tp(id: string, stageId: string, evidence?: EvidenceLevel): Touchpoint {
  return touchpointOf(id, stageId, 'd1', evidence === undefined ? {} : { evidence });
}

function makeMap(touchpoints: Touchpoint[]): JourneyMap {
  return mapOf({
    title: 'Map',
    stages: [
      { id: 's1', name: 'Search' },
      { id: 's2', name: 'Book' },
      { id: 's3', name: 'Stay' },
    ],
    departments: [{ id: 'd1', name: 'Front desk', color: '#112233' }],
    touchpoints,
  });
}

describe('evidenceByStage', () => {
  const map = makeMap([
    tp('a', 's1', 'observed'),
    tp('b', 's1', 'assumed'),
    tp('c', 's1', 'assumed'),
    tp('d', 's1'),
    tp('e', 's3', 'reported'),
  ]);

  it('counts each stage’s touchpoints by level, unmarked apart, in stage order', () => {
    const rows = evidenceByStage(map);
    expect(rows.map((r) => r.stageId)).toEqual(['s1', 's2', 's3']);
    expect(rows[0]).toMatchObject({
      name: 'Search',
      observed: 1,
      reported: 0,
      assumed: 2,
      unmarked: 1,
      total: 4,
    });
    expect(rows[0]!.shares).toEqual({ observed: 0.25, reported: 0, assumed: 0.5, unmarked: 0.25 });
    expect(rows[2]!.shares).toEqual({ observed: 0, reported: 1, assumed: 0, unmarked: 0 });
  });

  it('lists an empty stage with zero counts and no shares (no division by zero)', () => {
    const empty = evidenceByStage(map)[1]!;
    expect(empty).toMatchObject({ observed: 0, reported: 0, assumed: 0, unmarked: 0, total: 0 });
    expect(empty.shares).toBeNull();
  });

  it('gives every stage of a map without touchpoints null shares', () => {
    expect(evidenceByStage(makeMap([])).map((r) => r.shares)).toEqual([null, null, null]);
  });

  it('sums the stages into the map’s totals, and computeInsights carries the rows', () => {
    const rows = computeInsights(map).evidenceByStage;
    expect(rows).toEqual(evidenceByStage(map));
    expect(evidenceTotals(rows)).toEqual({
      observed: 1,
      reported: 1,
      assumed: 2,
      unmarked: 1,
      total: 5,
    });
  });

  it('leaves out a touchpoint whose stage is missing', () => {
    const rows = evidenceByStage(makeMap([tp('x', 'gone', 'assumed')]));
    expect(rows.every((r) => r.total === 0)).toBe(true);
  });
});
