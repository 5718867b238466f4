/** Comments in `touchmap diff` and `touchmap merge`: records by id, like any other. */
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../src/core/diff.ts';
import { describeChange } from '../../../src/core/diff-describe.ts';
import { mergeMaps } from '../../../src/core/merge.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { sampleDocument } from './sample.ts';

type Doc = Record<string, any>;

const comment = (id: string, text: string, extra: Doc = {}) => ({
  id,
  target: { type: 'touchpoint', id: 'tp-2' },
  author: 'Ana',
  text,
  createdAt: '2026-03-01T09:30:00Z',
  resolved: false,
  ...extra,
});

/** The sample with one comment on "Calls support", edited by `edit`, parsed as a file. */
function sample(edit: (doc: Doc) => void = () => {}): JourneyMap {
  const doc = sampleDocument();
  doc.comments = [comment('cm-1', 'Hold music is awful')];
  edit(doc);
  const parsed = parse(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.map;
}

describe('comments in the diff', () => {
  it('lists comments added, removed and changed, by words', () => {
    const after = sample((doc) => {
      doc.comments[0].resolved = true;
      doc.comments.push(comment('cm-2', 'Agreed', { author: 'Ben', replyTo: 'cm-1' }));
      doc.comments.push({ ...comment('cm-3', 'Rename?'), target: { type: 'stage', id: 'st-a' } });
    });
    expect(diffMaps(sample(), after).map(describeChange)).toEqual([
      'comment "Ana on Touchpoint “Calls support”: “Hold music is awful”" resolved: false → true',
      'comment "Ben on Touchpoint “Calls support”: “Agreed”" added',
      'comment "Ana on Stage “Awareness”: “Rename?”" added',
    ]);
    const gone = sample((doc) => delete doc.comments);
    expect(diffMaps(sample(), gone).map(describeChange)).toEqual([
      'comment "Ana on Touchpoint “Calls support”: “Hold music is awful”" removed',
    ]);
  });

  it('says when a comment moved to another element', () => {
    const after = sample((doc) => (doc.comments[0].target = { type: 'touchpoint', id: 'tp-1' }));
    expect(diffMaps(sample(), after).map(describeChange)).toEqual([
      'comment "Ana on Touchpoint “Sees an ad”: “Hold music is awful”" target.id: tp-2 → tp-1',
    ]);
  });
});

describe('comments in the merge', () => {
  function merge(ours: (doc: Doc) => void, theirs: (doc: Doc) => void) {
    const result = mergeMaps(sample(), sample(ours), sample(theirs));
    expect(parse(serialize(result.map)).ok).toBe(true);
    return result;
  }

  it('merges comments added on both sides, and a reply with a resolve', () => {
    const { map, conflicts } = merge(
      (doc) => doc.comments.push(comment('cm-2', 'Ours', { replyTo: 'cm-1' })),
      (doc) => {
        doc.comments[0].resolved = true;
        doc.comments.push(comment('cm-3', 'Theirs'));
      },
    );
    expect(conflicts).toEqual([]);
    expect(map.comments!.map((c) => [c.id, c.text, c.resolved])).toEqual([
      ['cm-1', 'Hold music is awful', true],
      ['cm-2', 'Ours', false],
      ['cm-3', 'Theirs', false],
    ]);
  });

  it('records a text edited two ways as a conflict that keeps ours', () => {
    const { map, conflicts } = merge(
      (doc) => (doc.comments[0].text = 'Hold music is loud'),
      (doc) => (doc.comments[0].text = 'Hold music is fine'),
    );
    expect(conflicts).toEqual([
      {
        path: ['comments', 'cm-1', 'text'],
        base: 'Hold music is awful',
        ours: 'Hold music is loud',
        theirs: 'Hold music is fine',
      },
    ]);
    expect(map.comments![0]!.text).toBe('Hold music is loud');
    expect(map.conflicts).toEqual(conflicts);
  });

  it('moves a target as a whole: two different targets conflict', () => {
    const { conflicts } = merge(
      (doc) => (doc.comments[0].target = { type: 'stage', id: 'st-b' }),
      (doc) => (doc.comments[0].target = { type: 'touchpoint', id: 'tp-1' }),
    );
    expect(conflicts.map((c) => c.path)).toEqual([['comments', 'cm-1', 'target']]);
  });

  it('brings back a card theirs deleted when ours commented on it, as a conflict', () => {
    const { map, conflicts } = merge(
      (doc) =>
        doc.comments.push({
          ...comment('cm-2', 'Nice ad'),
          target: { type: 'touchpoint', id: 'tp-1' },
        }),
      (doc) => {
        doc.touchpoints.splice(0, 1);
        doc.connections = [];
      },
    );
    expect(map.touchpoints.map((t) => t.id)).toContain('tp-1');
    expect(conflicts.map((c) => c.path)).toEqual([['touchpoints', 'tp-1']]);
    expect(map.comments!.map((c) => c.target.id)).toEqual(['tp-2', 'tp-1']);
  });

  it('leaves no empty comments key when both sides dropped every comment', () => {
    const { map } = merge(
      (doc) => delete doc.comments,
      (doc) => delete doc.comments,
    );
    expect('comments' in map).toBe(false);
  });
});
