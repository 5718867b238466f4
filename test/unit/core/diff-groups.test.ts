import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../src/core/diff.ts';
import { changedTouchpointIds, countChanges, groupChanges } from '../../../src/core/diff-groups.ts';
import { sampleMap, tp } from './ops/fixtures.ts';

describe('groupChanges', () => {
  it('lists changes by kind of element in a fixed order, then by element, in diff words', () => {
    const before = sampleMap();
    const after = structuredClone(before);
    after.title = 'Sofa journey';
    tp(after, 'tp-web').kind = 'service';
    tp(after, 'tp-web').title = 'Web shop';
    tp(after, 'tp-buy').stageId = 'st-c';
    after.touchpoints = after.touchpoints.filter((t) => t.id !== 'tp-call');
    after.connections = after.connections.filter((c) => c.to !== 'tp-call');
    after.stages[0]!.name = 'Seeing';
    after.departments.push({ id: 'dep-x', name: 'Logistics', color: '#000000' });

    const groups = groupChanges(diffMaps(before, after));
    expect(groups.map((g) => g.title)).toEqual([
      'Stages',
      'Departments',
      'Touchpoints',
      'Connections',
      'Map',
    ]);
    const [stages, departments, touchpoints, connections, map] = groups;
    expect(stages!.elements).toEqual([
      {
        entity: 'stage',
        id: 'st-a',
        name: 'Seeing',
        status: 'changed',
        lines: ['name: "Awareness" → "Seeing"'],
      },
    ]);
    expect(departments!.elements.map((e) => [e.name, e.status, e.lines])).toEqual([
      ['Logistics', 'added', []],
    ]);
    expect(touchpoints!.elements.map((e) => [e.id, e.status, e.lines])).toEqual([
      ['tp-call', 'removed', []],
      ['tp-web', 'changed', ['title: "Website" → "Web shop"', 'kind: experience → service']],
      ['tp-buy', 'changed', ['moved to another stage: "Purchase" → "Support"']],
    ]);
    expect(touchpoints!.elements[1]!.name).toBe('Web shop');
    expect(connections!.elements.map((e) => [e.name, e.status])).toEqual([
      ['Checkout → Phone support', 'removed'],
    ]);
    expect(map!.elements[0]!.lines).toEqual(['title: "Sample journey" → "Sofa journey"']);
    expect(countChanges(groups)).toEqual({ elements: 7, changes: 8 });
    expect([...changedTouchpointIds(diffMaps(before, after))].sort()).toEqual(['tp-buy', 'tp-web']);
  });

  it('has no groups for an equal map', () => {
    expect(groupChanges(diffMaps(sampleMap(), sampleMap()))).toEqual([]);
  });
});
