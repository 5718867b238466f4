import { describe, expect, it } from 'vitest';
import type { Friction, JourneyMap, Severity, Touchpoint } from '../../../src/core/model.ts';
import {
  LOWEST_MOMENTS_MAX,
  computeInsights,
  frictionSummary,
  worstSeverity,
} from '../../../src/core/insights.ts';
import { journeyOrder } from '../../../src/core/journey-order.ts';

let frictionSeq = 0;
const fr = (...severities: Severity[]): Friction[] =>
  severities.map((severity) => ({ id: `f${++frictionSeq}`, text: 'hurts', severity }));

function tp(
  id: string,
  stageId: string,
  departmentId: string,
  kind: Touchpoint['kind'],
  emotion: Touchpoint['emotion'],
  extra: Partial<Touchpoint> = {},
): Touchpoint {
  return {
    id,
    title: `Title ${id}`,
    stageId,
    departmentId,
    kind,
    channel: 'phone',
    emotion,
    frictions: [],
    opportunities: [],
    position: { x: 16, y: 16 },
    ...extra,
  };
}

function makeMap(touchpoints: Touchpoint[], extra: Partial<JourneyMap> = {}): JourneyMap {
  return {
    format: 'touchmap',
    version: 1,
    id: 'm',
    title: 'Map',
    stages: [
      { id: 's1', name: 'Awareness' },
      { id: 's2', name: 'Purchase' },
      { id: 's3', name: 'Support' },
    ],
    departments: [
      { id: 'd1', name: 'Marketing', color: '#112233' },
      { id: 'd2', name: 'Customer Service', color: '#445566' },
    ],
    touchpoints,
    connections: [],
    ...extra,
  };
}

const sample = () =>
  makeMap(
    [
      tp('t1', 's1', 'd1', 'experience', 1, {
        csat: null,
        opportunities: [{ id: 'o1', text: 'delight' }],
      }),
      tp('t2', 's1', 'd2', 'service', -1, { frictions: fr('low'), csat: 4 }),
      tp('t3', 's2', 'd1', 'experience', -1, { frictions: fr('high') }),
      tp('t4', 's2', 'd2', 'service', -2, { frictions: fr('medium', 'low'), csat: 2 }),
      tp('t5', 's2', 'd1', 'experience', null, {
        frictions: fr('low', 'low', 'medium'),
        opportunities: [
          { id: 'o2', text: 'a' },
          { id: 'o3', text: 'b' },
        ],
      }),
      tp('t6', 's1', 'd1', 'experience', -1, { frictions: fr('low', 'low') }),
      tp('t7', 's2', 'd2', 'experience', -1, { frictions: fr('low'), csat: 3 }),
      tp('t8', 's2', 'd1', 'experience', -1),
    ],
    {
      nps: 20,
      connections: [
        { id: 'c1', from: 't1', to: 't2' },
        { id: 'c2', from: 't2', to: 't3' },
      ],
    },
  );

describe('worstSeverity and frictionSummary', () => {
  it('gives null without frictions and the worst one otherwise', () => {
    expect(worstSeverity([])).toBeNull();
    expect(worstSeverity(fr('low', 'low'))).toBe('low');
    expect(worstSeverity(fr('low', 'medium', 'low'))).toBe('medium');
    expect(worstSeverity(fr('medium', 'high', 'low'))).toBe('high');
  });

  it('summarises a touchpoint for its badge', () => {
    expect(frictionSummary({ frictions: [] })).toEqual({ count: 0, worst: null });
    expect(frictionSummary({ frictions: fr('low', 'high', 'medium') })).toEqual({
      count: 3,
      worst: 'high',
    });
  });
});

describe('journeyOrder', () => {
  it('orders by stage, then x, then lane, then y, then document order, clamping negatives', () => {
    const map = makeMap([
      tp('s2first', 's2', 'd1', 'experience', null, { position: { x: 0, y: 0 } }),
      tp('d2', 's1', 'd2', 'experience', null, { position: { x: 16, y: 0 } }),
      tp('d1low', 's1', 'd1', 'experience', null, { position: { x: 16, y: 300 } }),
      tp('d1high', 's1', 'd1', 'experience', null, { position: { x: 16, y: 20 } }),
      tp('neg', 's1', 'd2', 'experience', null, { position: { x: -40, y: 0 } }),
      tp('zero', 's1', 'd1', 'experience', null, { position: { x: 0, y: 0 } }),
      tp('twin', 's1', 'd1', 'experience', null, { position: { x: 16, y: 20 } }),
      tp('lost', 'gone', 'd1', 'experience', null, { position: { x: 0, y: 0 } }),
      tp('s3', 's3', 'd2', 'experience', null, { position: { x: 0, y: 0 } }),
    ]);
    // x: zero (0, d1) and neg (-40 -> 0, d2) tie on x: lane order puts zero first.
    expect(journeyOrder(map)).toEqual([
      'zero',
      'neg',
      'd1high',
      'twin',
      'd1low',
      'd2',
      's2first',
      's3',
      'lost',
    ]);
  });

  it('is empty for a map without touchpoints', () => {
    expect(journeyOrder(makeMap([]))).toEqual([]);
  });
});

describe('computeInsights', () => {
  const insights = computeInsights(sample());

  it('counts touchpoints by kind per department, in department order', () => {
    expect(insights.byDepartment).toEqual([
      { departmentId: 'd1', name: 'Marketing', service: 0, experience: 5, total: 5 },
      { departmentId: 'd2', name: 'Customer Service', service: 2, experience: 1, total: 3 },
    ]);
  });

  it('counts touchpoints by kind per stage, empty stages included', () => {
    expect(insights.byStage).toEqual([
      { stageId: 's1', name: 'Awareness', service: 1, experience: 2, total: 3 },
      { stageId: 's2', name: 'Purchase', service: 1, experience: 4, total: 5 },
      { stageId: 's3', name: 'Support', service: 0, experience: 0, total: 0 },
    ]);
  });

  it('counts frictions by stage and by severity', () => {
    expect(insights.frictionsByStage).toEqual([
      { stageId: 's1', name: 'Awareness', low: 3, medium: 0, high: 0, total: 3 },
      { stageId: 's2', name: 'Purchase', low: 4, medium: 2, high: 1, total: 7 },
      { stageId: 's3', name: 'Support', low: 0, medium: 0, high: 0, total: 0 },
    ]);
    expect(insights.frictionsBySeverity).toEqual({ low: 7, medium: 2, high: 1, total: 10 });
  });

  it('averages the emotion of rated touchpoints per stage', () => {
    const [s1, s2, s3] = insights.emotionByStage;
    expect(s1).toMatchObject({ stageId: 's1', name: 'Awareness', rated: 3, unrated: 0 });
    expect(s1!.average).toBeCloseTo(-1 / 3, 12);
    expect(s2).toEqual({ stageId: 's2', name: 'Purchase', average: -1.25, rated: 4, unrated: 1 });
    expect(s3).toEqual({ stageId: 's3', name: 'Support', average: null, rated: 0, unrated: 0 });
  });

  it('lists the lowest moments: lowest first, then worst friction, more frictions, journey order', () => {
    expect(LOWEST_MOMENTS_MAX).toBe(5);
    // -2: t4. -1: t3 (high), t6 (2 low), t2 and t7 (1 low; s1 before s2), t8 (none) cut at 5.
    expect(insights.lowestMoments.map((m) => m.touchpointId)).toEqual([
      't4',
      't3',
      't6',
      't2',
      't7',
    ]);
    expect(insights.lowestMoments[0]).toEqual({
      touchpointId: 't4',
      title: 'Title t4',
      emotion: -2,
      stageId: 's2',
      departmentId: 'd2',
      frictionCount: 2,
      worstSeverity: 'medium',
    });
  });

  it('breaks a full tie by journey order, not document order', () => {
    const map = makeMap([
      tp('later', 's2', 'd1', 'experience', -1),
      tp('right', 's1', 'd1', 'experience', -1, { position: { x: 300, y: 0 } }),
      tp('left', 's1', 'd1', 'experience', -1, { position: { x: 0, y: 0 } }),
    ]);
    expect(computeInsights(map).lowestMoments.map((m) => m.touchpointId)).toEqual([
      'left',
      'right',
      'later',
    ]);
  });

  it('leaves out unrated and non-negative touchpoints from the lowest moments', () => {
    const map = makeMap([
      tp('a', 's1', 'd1', 'experience', 0, { frictions: fr('high') }),
      tp('b', 's1', 'd1', 'experience', null, { frictions: fr('high') }),
      tp('c', 's1', 'd1', 'experience', 2),
    ]);
    expect(computeInsights(map).lowestMoments).toEqual([]);
  });

  it('gives the service share, the totals, the CSAT average and the NPS', () => {
    expect(insights.serviceShare).toBe(0.25);
    expect(insights.counts).toEqual({
      touchpoints: 8,
      service: 2,
      experience: 6,
      frictions: 10,
      opportunities: 3,
      rated: 7,
      connections: 2,
    });
    expect(insights.csatAverage).toBe(3);
    expect(insights.nps).toBe(20);
  });

  it('handles a map without touchpoints', () => {
    const empty = computeInsights(makeMap([]));
    expect(empty.serviceShare).toBeNull();
    expect(empty.csatAverage).toBeNull();
    expect(empty.nps).toBeNull();
    expect(empty.lowestMoments).toEqual([]);
    expect(empty.counts).toEqual({
      touchpoints: 0,
      service: 0,
      experience: 0,
      frictions: 0,
      opportunities: 0,
      rated: 0,
      connections: 0,
    });
    expect(empty.byStage.map((s) => s.total)).toEqual([0, 0, 0]);
    expect(empty.emotionByStage.map((s) => s.average)).toEqual([null, null, null]);
    expect(empty.frictionsBySeverity).toEqual({ low: 0, medium: 0, high: 0, total: 0 });
  });

  it('gives a service share of 1 and a null NPS when measured as null', () => {
    const map = makeMap([tp('a', 's1', 'd2', 'service', null)], { nps: null });
    const result = computeInsights(map);
    expect(result.serviceShare).toBe(1);
    expect(result.nps).toBeNull();
    expect(result.emotionByStage[0]).toMatchObject({ average: null, rated: 0, unrated: 1 });
  });

  it('counts a touchpoint with an unknown stage or department only in the totals', () => {
    const map = makeMap([
      tp('a', 'gone', 'd1', 'service', -2, { frictions: fr('high') }),
      tp('b', 's1', 'gone', 'experience', 1),
    ]);
    const result = computeInsights(map);
    expect(result.counts.touchpoints).toBe(2);
    expect(result.byDepartment.map((d) => d.total)).toEqual([1, 0]);
    expect(result.byStage.map((s) => s.total)).toEqual([1, 0, 0]);
    expect(result.frictionsByStage.map((s) => s.total)).toEqual([0, 0, 0]);
    expect(result.frictionsBySeverity.total).toBe(1);
    expect(result.lowestMoments.map((m) => m.touchpointId)).toEqual(['a']);
  });

  it('is plain data that survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(insights))).toEqual(insights);
  });
});
