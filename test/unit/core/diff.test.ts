import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffMaps, type MapChange } from '../../../src/core/diff.ts';
import { describeChange, describeDiffValue } from '../../../src/core/diff-describe.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { validMap } from './arbitraries.ts';
import { sampleDocument } from './sample.ts';

/** The sample map, edited by `edit` on its raw JSON, parsed as a file would be. */
function sample(edit: (doc: Record<string, any>) => void = () => {}): JourneyMap {
  const doc = sampleDocument();
  edit(doc);
  const parsed = parse(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.map;
}

const words = (changes: MapChange[]) => changes.map(describeChange);

describe('diffMaps', () => {
  it('finds nothing between a map and itself, or a copy written in another order', () => {
    expect(diffMaps(sample(), sample())).toEqual([]);
    const shuffled = sample((doc) => {
      doc.touchpoints.reverse();
      doc.touchpoints[0] = Object.fromEntries(Object.entries(doc.touchpoints[0]).reverse());
    });
    expect(diffMaps(sample(), shuffled)).toEqual([]);
  });

  it('says which field of which touchpoint changed, by name', () => {
    const after = sample((doc) => {
      doc.touchpoints[1].kind = 'experience';
      doc.touchpoints[1].csat = null;
      doc.touchpoints[0].description = 'An ad on a bus';
    });
    const changes = diffMaps(sample(), after);
    expect(changes).toEqual([
      {
        entity: 'touchpoint',
        id: 'tp-1',
        name: 'Sees an ad',
        change: 'field',
        field: 'description',
        before: undefined,
        after: 'An ad on a bus',
      },
      {
        entity: 'touchpoint',
        id: 'tp-2',
        name: 'Calls support',
        change: 'field',
        field: 'kind',
        before: 'service',
        after: 'experience',
      },
      {
        entity: 'touchpoint',
        id: 'tp-2',
        name: 'Calls support',
        change: 'field',
        field: 'csat',
        before: 2.5,
        after: null,
      },
    ]);
    expect(words(changes)).toEqual([
      'touchpoint "Sees an ad" description: (none) → "An ad on a bus"',
      'touchpoint "Calls support" kind: service → experience',
      'touchpoint "Calls support" csat: 2.5 → null',
    ]);
  });

  it('reports touchpoints, stages, departments and connections added and removed', () => {
    const after = sample((doc) => {
      doc.stages.push({ id: 'st-c', name: 'Loyalty' });
      doc.departments.splice(0, 1);
      doc.touchpoints.splice(0, 1);
      doc.touchpoints[0].departmentId = 'dep-cs';
      doc.touchpoints.push({
        ...doc.touchpoints[0],
        id: 'tp-3',
        title: 'Joins the club',
        stageId: 'st-c',
      });
      doc.connections = [{ id: 'cn-2', from: 'tp-2', to: 'tp-3' }];
    });
    expect(words(diffMaps(sample(), after))).toEqual([
      'stage "Loyalty" added',
      'department "Marketing" removed',
      'touchpoint "Sees an ad" removed',
      'touchpoint "Joins the club" added',
      'connection "Sees an ad → Calls support" removed',
      'connection "Calls support → Joins the club" added',
    ]);
  });

  it('calls a change of stage or department a move, and a new slot in the cell a reorder', () => {
    const moved = sample((doc) => {
      doc.touchpoints[0].stageId = 'st-b';
      doc.touchpoints[0].departmentId = 'dep-cs';
      doc.touchpoints[0].position = { x: 232, y: 16 };
      doc.touchpoints[1].position = { x: 16, y: 128 };
    });
    const changes = diffMaps(sample(), moved);
    expect(changes.map((c) => c.change)).toEqual(['moved', 'moved', 'reordered']);
    expect(words(changes)).toEqual([
      'touchpoint "Sees an ad" moved to another stage: "Awareness" → "Purchase"',
      'touchpoint "Sees an ad" moved to another department: "Marketing" → "Customer Service"',
      'touchpoint "Calls support" slot in its cell: (16, 16) → (16, 128)',
    ]);
  });

  it('reports a stage whose place among the others changed, not those it pushed along', () => {
    const after = sample((doc) => {
      doc.stages.push({ id: 'st-c', name: 'Loyalty' }, { id: 'st-d', name: 'Advocacy' });
      doc.stages = [doc.stages[0], doc.stages[2], doc.stages[3], doc.stages[1]];
    });
    expect(
      words(
        diffMaps(
          sample((doc) => doc.stages.push({ id: 'st-c', name: 'Loyalty' })),
          after,
        ),
      ),
    ).toEqual(['stage "Advocacy" added', 'stage "Purchase" place: 2 → 4']);
  });

  it('diffs frictions and opportunities by id, field by field', () => {
    const after = sample((doc) => {
      const tp = doc.touchpoints[0];
      tp.frictions[0].severity = 'high';
      tp.frictions.push({ id: 'fr-2', text: 'Loud', severity: 'low' });
      tp.opportunities = [];
    });
    expect(words(diffMaps(sample(), after))).toEqual([
      'touchpoint "Sees an ad" frictions["fr-1"].severity: low → high',
      'touchpoint "Sees an ad" frictions["fr-2"] added: {"id":"fr-2","text":"Loud","severity":"low"}',
      'touchpoint "Sees an ad" opportunities["op-1"] removed: {"id":"op-1","text":"Target better"}',
    ]);
    const reordered = sample((doc) => {
      doc.touchpoints[0].frictions.push({ id: 'fr-2', text: 'Loud', severity: 'low' });
    });
    const swapped = sample((doc) => {
      doc.touchpoints[0].frictions.unshift({ id: 'fr-2', text: 'Loud', severity: 'low' });
    });
    expect(words(diffMaps(reordered, swapped))).toEqual([
      'touchpoint "Sees an ad" order of frictions: fr-1, fr-2 → fr-2, fr-1',
    ]);
  });

  it('diffs the map itself, the persona leaf by leaf, and unknown keys by JSON path', () => {
    const after = sample((doc) => {
      doc.title = 'Renamed';
      doc.persona = { name: 'Ann', goals: ['sleep'] };
      doc['x-tool'] = { mode: 'b', weird: 1 };
      doc.stages[0]['x-note'] = 'kept';
    });
    const before = sample((doc) => {
      doc.persona = { name: 'Ann', goals: [] };
      doc['x-tool'] = { mode: 'a', weird: 1 };
    });
    expect(words(diffMaps(before, after))).toEqual([
      'map "Renamed" title: "Sample journey" → "Renamed"',
      'map "Renamed" persona.goals: [] → ["sleep"]',
      'map "Renamed" ["x-tool"].mode: a → b',
      'stage "Awareness" ["x-note"]: (none) → kept',
    ]);
  });

  it('describes values shortly', () => {
    expect(describeDiffValue('service')).toBe('service');
    expect(describeDiffValue('two words')).toBe('"two words"');
    expect(describeDiffValue(undefined)).toBe('(none)');
    expect(describeDiffValue({ x: 1, y: 2 })).toBe('(1, 2)');
    expect(describeDiffValue('x'.repeat(200))).toHaveLength(80);
  });

  it('finds nothing between any map and itself, and something between different maps', () => {
    fc.assert(
      fc.property(validMap, validMap, (a, b) => {
        const copy = JSON.parse(JSON.stringify(a)) as JourneyMap;
        expect(diffMaps(a, copy)).toEqual([]);
        const same = JSON.stringify(a) === JSON.stringify(b);
        if (!same) expect(diffMaps(a, b).length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
