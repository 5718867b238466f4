import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../../src/core/model.ts';
import { stageIdeas, stagePains } from '../../../src/core/row-content.ts';
import { mapOf, touchpointOf } from '../map-parts.ts';

function tp(id: string, stageId: string, x: number, extra: Partial<Touchpoint>): Touchpoint {
  return touchpointOf(id, stageId, 'd', { position: { x, y: 16 }, ...extra });
}

const map = mapOf({
  stages: [
    { id: 's1', name: 'S1' },
    { id: 's2', name: 'S2' },
  ],
  departments: [{ id: 'd', name: 'D', color: '#336699' }],
  // Document order differs from journey order: t-late sits right of t-early in s1.
  touchpoints: [
    tp('t-late', 's1', 300, {
      frictions: [
        { id: 'f-low', text: 'Slow', severity: 'low' },
        { id: 'f-high2', text: 'Broken', severity: 'high', evidence: 'assumed' },
      ],
      opportunities: [{ id: 'o-late', text: 'Fix it' }],
    }),
    tp('t-early', 's1', 16, {
      frictions: [
        { id: 'f-high1', text: 'Lost', severity: 'high' },
        { id: 'f-med', text: 'Hard', severity: 'medium' },
      ],
      opportunities: [{ id: 'o-early', text: 'Guide' }],
    }),
    tp('t-nowhere', 'gone', 16, { frictions: [{ id: 'f-x', text: 'X', severity: 'high' }] }),
  ],
});

describe('row content', () => {
  it("lists a stage's frictions worst first, journey order within a severity", () => {
    const pains = stagePains(map);
    expect(pains.get('s1')!.map((p) => p.id)).toEqual(['f-high1', 'f-high2', 'f-med', 'f-low']);
    expect(pains.get('s1')![0]).toEqual({
      id: 'f-high1',
      touchpointId: 't-early',
      text: 'Lost',
      severity: 'high',
    });
    // The friction's evidence comes along (an assumed one is drawn provisional); none: no key.
    expect(pains.get('s1')![1]).toMatchObject({ id: 'f-high2', evidence: 'assumed' });
    expect(pains.get('s2')).toEqual([]);
    expect(pains.has('gone')).toBe(false);
  });

  it("lists a stage's opportunities in journey order", () => {
    const ideas = stageIdeas(map);
    expect(ideas.get('s1')).toEqual([
      { id: 'o-early', touchpointId: 't-early', text: 'Guide' },
      { id: 'o-late', touchpointId: 't-late', text: 'Fix it' },
    ]);
    expect(ideas.get('s2')).toEqual([]);
  });
});
