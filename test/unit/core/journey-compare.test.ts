import { describe, expect, it } from 'vitest';
import { compareJourneys, meanEmotion } from '../../../src/core/journey-compare.ts';
import {
  describeJourney,
  formatMeanEmotion,
  stageSummaryCells,
  touchpointChangeLines,
} from '../../../src/core/journey-compare-words.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { makeFutureStateCopy } from '../../../src/core/ops/index.ts';
import { NOW, card, sampleMap } from './ops/fixtures.ts';

/**
 * The sample (Awareness: tp-ad +1 with fr-1 low, tp-web unrated; Purchase: tp-buy −1;
 * Support: tp-call −2 with fr-2 high) and a future-state copy edited by `edit`.
 */
function future(edit: (map: JourneyMap) => void): { before: JourneyMap; after: JourneyMap } {
  const before = sampleMap();
  const after = makeFutureStateCopy(before, { id: 'sample-future', now: NOW });
  edit(after);
  return { before, after };
}
const tp = (map: JourneyMap, id: string) => map.touchpoints.find((t) => t.id === id)!;

describe('compareJourneys', () => {
  it('finds nothing in an unedited future-state copy', () => {
    const { before, after } = future(() => {});
    const result = compareJourneys(before, after);
    expect(result.touchpoints).toEqual([]);
    expect(result.stages.map((s) => [s.name, s.status, stageSummaryCells(s).changes])).toEqual([
      ['Awareness', 'kept', 'none'],
      ['Purchase', 'kept', 'none'],
      ['Support', 'kept', 'none'],
    ]);
  });

  it('lists added, removed, moved (stage and owner), kind, emotion and frictions per touchpoint', () => {
    const { before, after } = future((map) => {
      tp(map, 'tp-call').frictions = []; // fr-2 resolved
      tp(map, 'tp-call').emotion = 1;
      tp(map, 'tp-buy').stageId = 'st-c';
      tp(map, 'tp-buy').departmentId = 'dep-s';
      tp(map, 'tp-buy').kind = 'service';
      tp(map, 'tp-web').frictions = [{ id: 'fr-9', text: 'Slow page', severity: 'medium' }];
      tp(map, 'tp-web').title = 'Website (renamed only: not a journey change)';
      map.touchpoints = map.touchpoints.filter((t) => t.id !== 'tp-ad');
      map.connections = map.connections.filter((c) => c.from !== 'tp-ad' && c.to !== 'tp-ad');
      map.touchpoints.push(
        card({ id: 'tp-chat', title: 'Chat bot', stageId: 'st-b', emotion: 2, frictions: [] }),
      );
    });
    const result = compareJourneys(before, after);
    const rows = result.touchpoints.map((t) => [t.title, t.status, touchpointChangeLines(t)]);
    expect(rows).toEqual([
      // Journey order: stage by stage.
      // In a stage, the removed ones first (as the diff lists them).
      ['Instagram ad', 'removed', ['Friction resolved: “Too loud” (low)']],
      [
        'Website (renamed only: not a journey change)',
        'changed',
        ['New friction: “Slow page” (medium)'],
      ],
      ['Chat bot', 'added', []],
      [
        'Checkout',
        'changed',
        [
          'Stage: Purchase → Support',
          'Owner: Marketing → Customer Service',
          'Kind: Experience → Service',
        ],
      ],
      [
        'Phone support',
        'changed',
        ['Emotion: Very negative (−2) → Positive (+1)', 'Friction resolved: “Long wait” (high)'],
      ],
    ]);
    const removed = result.touchpoints.find((t) => t.id === 'tp-ad')!;
    expect(removed.stageId).toBe('st-a');
  });

  it('sums each stage: counts, average emotion before → after, frictions resolved and new', () => {
    const { before, after } = future((map) => {
      tp(map, 'tp-call').frictions = [];
      tp(map, 'tp-call').emotion = 1;
      tp(map, 'tp-buy').stageId = 'st-c';
      tp(map, 'tp-web').emotion = -1;
      tp(map, 'tp-web').frictions = [{ id: 'fr-9', text: 'Slow page', severity: 'medium' }];
      map.touchpoints = map.touchpoints.filter((t) => t.id !== 'tp-ad');
      map.connections = [];
    });
    const [awareness, purchase, support] = compareJourneys(before, after).stages;
    expect(awareness).toMatchObject({
      touchpoints: { before: 2, after: 1 },
      removed: 1,
      changed: 1,
      emotion: { before: 1, after: -1 },
      frictionsResolved: 1,
      frictionsNew: 1,
    });
    expect(stageSummaryCells(awareness!)).toEqual({
      touchpoints: '2 → 1',
      changes: '1 removed, 1 changed',
      emotion: '+1 → −1',
      frictions: '1 resolved, 1 new',
    });
    // Checkout left Purchase for Support: Purchase has no rated card left.
    expect(purchase).toMatchObject({
      touchpoints: { before: 1, after: 0 },
      moved: 0,
      emotion: { before: -1, after: null },
    });
    expect(support).toMatchObject({
      touchpoints: { before: 1, after: 2 },
      moved: 1,
      changed: 1,
      emotion: { before: -2, after: 0 },
      frictionsResolved: 1,
      frictionsNew: 0,
    });
  });

  it('names stages added and removed, and counts a removed stage’s touchpoints as removed', () => {
    const { before, after } = future((map) => {
      map.stages = map.stages.filter((s) => s.id !== 'st-c');
      map.stages.push({ id: 'st-d', name: 'Loyalty' });
      map.touchpoints = map.touchpoints.filter((t) => t.stageId !== 'st-c');
      map.connections = map.connections.filter((c) => c.id !== 'cn-3');
    });
    const result = compareJourneys(before, after);
    expect(result.stages.map((s) => [s.name, s.status, s.removed, s.frictionsResolved])).toEqual([
      ['Awareness', 'kept', 0, 0],
      ['Purchase', 'kept', 0, 0],
      ['Loyalty', 'added', 0, 0],
      ['Support', 'removed', 1, 1],
    ]);
    expect(describeJourney(result)).toEqual([
      'Awareness: touchpoints 2 → 2 (none); emotion +1 → +1; frictions 0 resolved, 0 new',
      'Purchase: touchpoints 1 → 1 (none); emotion −1 → −1; frictions 0 resolved, 0 new',
      'Loyalty (new stage): touchpoints 0 → 0 (none); emotion – → –; frictions 0 resolved, 0 new',
      'Support (stage removed): touchpoints 1 → 0 (1 removed); emotion −2 → –; frictions 1 resolved, 0 new',
      '  Removed “Phone support”',
      '    Friction resolved: “Long wait” (high)',
    ]);
  });

  it('rates a touchpoint whose emotion was cleared as not rated', () => {
    const { before, after } = future((map) => {
      tp(map, 'tp-ad').emotion = null;
      tp(map, 'tp-web').emotion = 2;
    });
    const lines = compareJourneys(before, after).touchpoints.map(touchpointChangeLines);
    expect(lines).toEqual([
      ['Emotion: Positive (+1) → Not rated'],
      ['Emotion: Not rated → Very positive (+2)'],
    ]);
  });
});

describe('the figures in words', () => {
  it('averages rated emotions only and writes them with one decimal and a real minus', () => {
    const map = sampleMap();
    expect(meanEmotion(map.touchpoints)).toBeCloseTo(-2 / 3);
    expect(meanEmotion([])).toBeNull();
    expect(formatMeanEmotion(-2 / 3)).toBe('\u22120.7');
    expect(formatMeanEmotion(1.25)).toBe('+1.3');
    expect(formatMeanEmotion(0.01)).toBe('0');
    expect(formatMeanEmotion(null)).toBe('–');
  });
});
