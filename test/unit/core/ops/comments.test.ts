import { describe, expect, it } from 'vitest';
import {
  addComment,
  deleteComment,
  editCommentText,
  removeConnections,
  removeDepartment,
  removeStage,
  removeTouchpoints,
  replyToComment,
  setCommentResolved,
} from '../../../../src/core/ops/index.ts';
import type { JourneyMap } from '../../../../src/core/model.ts';
import { commentThreads, unresolvedCounts } from '../../../../src/core/comments.ts';
import { NOW, apply, frozenSample, sampleMap } from './fixtures.ts';

const by = (author: string, text: string) => ({ author, text, createdAt: NOW });

/** Threads on a card (with a reply), on a stage, on a connection and on the map. */
function commentedMap(): JourneyMap {
  let map = sampleMap();
  map = addComment(map, { type: 'touchpoint', id: 'tp-call' }, by('Ana', 'Why so long?'));
  map = replyToComment(map, 'cm-1', by('Ben', 'Staffing'));
  map = addComment(map, { type: 'stage', id: 'st-b' }, by('Ana', 'Split this stage?'));
  map = addComment(map, { type: 'connection', id: 'cn-3' }, by('Cy', 'Is this path real?'));
  map = addComment(map, { type: 'map', id: 'sample' }, by('Cy', 'Draft'));
  return map;
}

const ids = (map: JourneyMap) => (map.comments ?? []).map((c) => c.id);

describe('comment ops', () => {
  it('adds a comment on an element, unresolved, with the next free id', () => {
    const map = apply(frozenSample(), (m) =>
      addComment(m, { type: 'touchpoint', id: 'tp-ad' }, by('Ana', 'Too pushy')),
    );
    expect(map.comments).toEqual([
      {
        id: 'cm-1',
        target: { type: 'touchpoint', id: 'tp-ad' },
        author: 'Ana',
        text: 'Too pushy',
        createdAt: NOW,
        resolved: false,
      },
    ]);
  });

  it('refuses a missing target, empty text or a taken id', () => {
    const map = frozenSample();
    expect(() => addComment(map, { type: 'stage', id: 'st-x' }, by('A', 'x'))).toThrow(
      'No stage has the id "st-x"',
    );
    expect(() => addComment(map, { type: 'map', id: 'other' }, by('A', 'x'))).toThrow();
    expect(() => addComment(map, { type: 'stage', id: 'st-a' }, by('A', ''))).toThrow(
      /Invalid comment: text/,
    );
    expect(() =>
      addComment(map, { type: 'stage', id: 'st-a' }, { ...by('A', 'x'), id: 'tp-ad' }),
    ).toThrow();
  });

  it('replies into the thread of the comment answered, even when that is a reply', () => {
    let map = commentedMap();
    map = apply(map, (m) => replyToComment(m, 'cm-2', by('Ana', 'Thanks')));
    const reply = map.comments!.at(-1)!;
    expect(reply).toMatchObject({ replyTo: 'cm-1', target: { type: 'touchpoint', id: 'tp-call' } });
    expect(commentThreads(map.comments!)[0]!.replies.map((c) => c.text)).toEqual([
      'Staffing',
      'Thanks',
    ]);
  });

  it('edits the text of one comment only', () => {
    const map = apply(commentedMap(), (m) => editCommentText(m, 'cm-2', 'Staffing, mostly'));
    expect(map.comments!.map((c) => c.text)).toContain('Staffing, mostly');
    expect(map.comments![0]!.text).toBe('Why so long?');
    expect(() => editCommentText(map, 'cm-2', '')).toThrow();
    expect(() => editCommentText(map, 'cm-9', 'x')).toThrow('No comment has the id "cm-9"');
  });

  it('resolves and reopens a whole thread, from any of its comments', () => {
    const map = commentedMap();
    expect(unresolvedCounts(map.comments).get('touchpoint:tp-call')).toBe(1);
    const resolved = apply(map, (m) => setCommentResolved(m, 'cm-2', true));
    expect(resolved.comments!.filter((c) => c.resolved).map((c) => c.id)).toEqual(['cm-1', 'cm-2']);
    expect(unresolvedCounts(resolved.comments).has('touchpoint:tp-call')).toBe(false);
    expect(setCommentResolved(resolved, 'cm-1', true)).toBe(resolved);
    const reopened = apply(resolved, (m) => setCommentResolved(m, 'cm-1', false));
    expect(reopened.comments).toEqual(map.comments);
  });

  it('deletes a reply alone, a thread with its replies, and the key with the last one', () => {
    const map = commentedMap();
    expect(ids(apply(map, (m) => deleteComment(m, 'cm-2')))).toEqual([
      'cm-1',
      'cm-3',
      'cm-4',
      'cm-5',
    ]);
    expect(ids(apply(map, (m) => deleteComment(m, 'cm-1')))).toEqual(['cm-3', 'cm-4', 'cm-5']);
    let emptied = map;
    for (const id of ['cm-1', 'cm-3', 'cm-4', 'cm-5']) emptied = deleteComment(emptied, id);
    expect('comments' in emptied).toBe(false);
  });

  it('takes the comments of deleted elements with them, in the same edit', () => {
    const map = commentedMap();
    // The card goes with its connection cn-3, so both threads go.
    expect(ids(apply(map, (m) => removeTouchpoints(m, ['tp-call'])))).toEqual(['cm-3', 'cm-5']);
    expect(ids(apply(map, (m) => removeConnections(m, ['cn-3'])))).toEqual([
      'cm-1',
      'cm-2',
      'cm-3',
      'cm-5',
    ]);
    expect(ids(apply(map, (m) => removeStage(m, 'st-b')))).toEqual(['cm-1', 'cm-2', 'cm-5']);
    // Moving the cards elsewhere keeps the cards' comments.
    expect(ids(apply(map, (m) => removeStage(m, 'st-c', { moveTo: 'st-a' })))).toEqual(ids(map));
    expect(ids(apply(map, (m) => removeDepartment(m, 'dep-s')))).toEqual(['cm-3', 'cm-5']);
  });
});
