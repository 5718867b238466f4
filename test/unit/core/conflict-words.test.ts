import { describe, expect, it } from 'vitest';
import { describeConflict } from '../../../src/core/conflict-words.ts';
import { sampleMap, tp } from './ops/fixtures.ts';

describe('describeConflict', () => {
  const map = sampleMap();

  it('names a comment by its words (by its id once the map has lost it)', () => {
    const conflict = {
      path: ['comments', 'cm-1', 'text'],
      base: 'Check the queue',
      ours: 'Check the queue at nine',
      theirs: 'Check the queue at ten and ask the night manager why it is so long',
    };
    expect(describeConflict(map, conflict)).toMatchObject({
      entity: 'comment',
      id: 'cm-1',
      name: 'cm-1',
      field: 'text',
    });
    const commented = {
      ...map,
      comments: [
        {
          id: 'cm-1',
          target: { type: 'map' as const, id: map.id },
          author: 'Ana',
          text: 'A very long remark about the check-in queue at the front desk, and more',
          createdAt: '2026-12-01T10:00:00Z',
          resolved: false,
        },
      ],
    };
    expect(describeConflict(commented, conflict).name).toBe(
      'A very long remark about the check-in q…',
    );
  });

  it('names the element and field, and words the three values', () => {
    expect(
      describeConflict(map, {
        path: ['touchpoints', 'tp-web', 'kind'],
        base: 'experience',
        ours: 'service',
        theirs: 'experience x',
      }),
    ).toEqual({
      entity: 'touchpoint',
      id: 'tp-web',
      name: 'Website',
      field: 'kind',
      base: 'experience',
      ours: 'service',
      theirs: '"experience x"',
    });
    const friction = describeConflict(map, {
      path: ['touchpoints', 'tp-ad', 'frictions', 'fr-1', 'text'],
      base: 'Too loud',
      ours: 'Loud',
    });
    expect([friction.name, friction.field, friction.theirs]).toEqual([
      'Instagram ad',
      'frictions["fr-1"].text',
      '(none)',
    ]);
    const title = describeConflict(map, { path: ['title'], base: 'A', ours: 'B', theirs: 'C' });
    expect([title.entity, title.id, title.name, title.field]).toEqual([
      'map',
      'sample',
      'Sample journey',
      'title',
    ]);
    const link = describeConflict(map, { path: ['connections', 'cn-2', 'label'], ours: 'x' });
    expect([link.entity, link.name]).toEqual(['connection', 'Website → Checkout']);
    const stage = describeConflict(map, { path: ['stages', 'st-b', 'name'], ours: 'x' });
    expect([stage.entity, stage.name]).toEqual(['stage', 'Purchase']);
  });

  it('words a whole record one side deleted, named from the recorded values when the map lost it', () => {
    const record = { ...tp(map, 'tp-buy'), id: 'tp-gone', title: 'Gone card' };
    expect(
      describeConflict(map, { path: ['touchpoints', 'tp-gone'], base: record, theirs: record }),
    ).toEqual({
      entity: 'touchpoint',
      id: 'tp-gone',
      name: 'Gone card',
      field: null,
      base: 'as it was',
      ours: 'deleted',
      theirs: 'kept (edited)',
    });
  });
});
