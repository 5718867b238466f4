import { describe, expect, it } from 'vitest';
import {
  OperationError,
  addTouchpoint,
  moveTouchpoint,
  moveTouchpoints,
  removeTouchpoints,
  uniqueId,
  updateTouchpoint,
} from '../../../../src/core/ops/index.ts';
import { apply, card, ids, sampleMap, tp } from './fixtures.ts';

describe('addTouchpoint', () => {
  it('fills in defaults: first stage and department, below the cards of that cell', () => {
    const before = sampleMap();
    const map = apply(before, (m) => addTouchpoint(m));
    expect(map.touchpoints).toHaveLength(5);
    expect(map.touchpoints.at(-1)).toEqual({
      id: uniqueId(before, 'tp'),
      title: 'New touchpoint',
      stageId: 'st-a',
      departmentId: 'dep-m',
      kind: 'experience',
      channel: 'other',
      emotion: null,
      frictions: [],
      opportunities: [],
      // two cards already in (st-a, dep-m): 16 + 2 * 112
      position: { x: 16, y: 240 },
    });
  });

  it('stacks from the top of an empty cell', () => {
    const map = apply(sampleMap(), (m) =>
      addTouchpoint(m, { stageId: 'st-b', departmentId: 'dep-s', title: 'Chat' }),
    );
    expect(map.touchpoints.at(-1)).toMatchObject({ title: 'Chat', position: { x: 16, y: 16 } });
  });

  it('goes below a card dragged further down than the stack', () => {
    const map = sampleMap();
    map.touchpoints = [card({ id: 'tp-low', position: { x: 40, y: 500 } })];
    map.connections = [];
    const next = apply(map, (m) => addTouchpoint(m));
    // The card (500..596) reaches into slot row 5 (576): the next free slot is row 6.
    expect(next.touchpoints.at(-1)?.position).toEqual({ x: 16, y: 688 });
  });

  it('takes the given fields, id and unknown keys', () => {
    const input = {
      id: 'tp-chat',
      title: 'Chatbot',
      kind: 'service' as const,
      channel: 'chat' as const,
      emotion: -1 as const,
      csat: 3.5,
      stageId: 'st-c',
      departmentId: 'dep-s',
      position: { x: 300, y: 20 },
      frictions: [{ id: 'fr-bot', text: 'Does not understand', severity: 'medium' as const }],
      'x-plugin': 'data',
    };
    const map = apply(sampleMap(), (m) => addTouchpoint(m, input));
    expect(tp(map, 'tp-chat')).toEqual({ ...input, opportunities: [] });
  });

  it.each([
    ['an empty title', { title: '' }, /title/],
    ['a 201-character title', { title: 'x'.repeat(201) }, /title/],
    ['an unknown kind', { kind: 'support' as never }, /kind/],
    ['an unknown channel', { channel: 'fax' as never }, /channel/],
    ['emotion 3', { emotion: 3 as never }, /emotion/],
    ['csat 6', { csat: 6 }, /csat/],
    ['an unknown stage', { stageId: 'st-x' }, /No stage has the id "st-x"/],
    ['an unknown department', { departmentId: 'dep-x' }, /No department/],
    ['a taken id', { id: 'fr-1' }, /already used/],
    ['a malformed id', { id: 'a b' }, /not a valid id/],
    [
      'a friction with a taken id',
      { frictions: [{ id: 'cn-1', text: 'x', severity: 'low' as const }] },
      /already used/,
    ],
    ['an infinite position', { position: { x: 0, y: Number.POSITIVE_INFINITY } }, /position/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => addTouchpoint(sampleMap(), input)).toThrow(OperationError);
    expect(() => addTouchpoint(sampleMap(), input)).toThrow(message);
  });
});

describe('updateTouchpoint', () => {
  it('changes the given fields and keeps the rest, unknown keys included', () => {
    const map = apply(sampleMap(), (m) =>
      updateTouchpoint(m, 'tp-ad', { title: 'Reel', emotion: -2, csat: 4, kind: 'service' }),
    );
    expect(tp(map, 'tp-ad')).toMatchObject({
      title: 'Reel',
      emotion: -2,
      csat: 4,
      kind: 'service',
      channel: 'social',
      'x-card': { keep: 'me' },
      position: { 'x-pos': 'p' },
    });
    expect(tp(map, 'tp-ad').frictions[0]).toHaveProperty('x-fr', 'f');
  });

  it('clears optional fields set to undefined, and ratings set to null', () => {
    const map = apply(sampleMap(), (m) =>
      updateTouchpoint(m, 'tp-call', { csat: undefined, emotion: null, emotionNote: 'Why?' }),
    );
    expect('csat' in tp(map, 'tp-call')).toBe(false);
    expect(tp(map, 'tp-call')).toMatchObject({ emotion: null, emotionNote: 'Why?' });
    const nulled = apply(map, (m) => updateTouchpoint(m, 'tp-call', { csat: null }));
    expect(tp(nulled, 'tp-call').csat).toBeNull();
  });

  it.each([
    [{ title: '' }, /title: expected at least 1 character/],
    [{ emotion: 1.5 as never }, /emotion/],
    [{ emotion: undefined }, /cannot be removed \(set it to null/],
    [{ title: undefined }, /cannot be removed/],
    [{ csat: 0 }, /csat: expected a number from 1 to 5/],
    [{ csat: 5.5 }, /csat/],
    [{ channel: 'pigeon' as never }, /channel/],
    [{ stageId: 'st-b' } as never, /use moveTouchpoint/],
    [{ frictions: [] } as never, /use addFriction/],
    [{ id: 'tp-new' } as never, /ids never change/],
  ])('refuses %j', (patch, message) => {
    expect(() => updateTouchpoint(sampleMap(), 'tp-ad', patch)).toThrow(message);
  });

  it('refuses an unknown id', () => {
    expect(() => updateTouchpoint(sampleMap(), 'tp-x', { title: 'x' })).toThrow(OperationError);
  });
});

describe('removeTouchpoints', () => {
  it('removes the cards and every connection from or to them', () => {
    const map = apply(sampleMap(), (m) => removeTouchpoints(m, ['tp-web']));
    expect(ids(map.touchpoints)).toEqual(['tp-ad', 'tp-buy', 'tp-call']);
    expect(ids(map.connections)).toEqual(['cn-3']);
  });

  it('removes several, and returns the map itself for none', () => {
    const map = apply(sampleMap(), (m) => removeTouchpoints(m, ['tp-ad', 'tp-call', 'tp-ad']));
    expect(ids(map.touchpoints)).toEqual(['tp-web', 'tp-buy']);
    expect(ids(map.connections)).toEqual(['cn-2']);
    const same = sampleMap();
    expect(removeTouchpoints(same, [])).toBe(same);
  });

  it('refuses an unknown id and removes nothing', () => {
    expect(() => removeTouchpoints(sampleMap(), ['tp-ad', 'tp-x'])).toThrow(/"tp-x"/);
  });
});

describe('moveTouchpoint', () => {
  it('moves inside its cell to the given position', () => {
    const map = apply(sampleMap(), (m) =>
      moveTouchpoint(m, 'tp-ad', { position: { x: 50, y: 60 } }),
    );
    expect(tp(map, 'tp-ad')).toMatchObject({
      stageId: 'st-a',
      departmentId: 'dep-m',
      position: { x: 50, y: 60, 'x-pos': 'p' },
    });
  });

  it('takes the stage and owner of the cell it moves to, stacked below its cards', () => {
    const map = apply(sampleMap(), (m) =>
      moveTouchpoint(m, 'tp-buy', { stageId: 'st-c', departmentId: 'dep-s' }),
    );
    expect(tp(map, 'tp-buy')).toMatchObject({
      stageId: 'st-c',
      departmentId: 'dep-s',
      position: { x: 16, y: 128 },
    });
    expect(ids(map.connections)).toEqual(['cn-1', 'cn-2', 'cn-3']);
  });

  it('changes only the owner when moved to another lane, keeping a given position', () => {
    const map = apply(sampleMap(), (m) =>
      moveTouchpoint(m, 'tp-web', { departmentId: 'dep-s', position: { x: 5, y: 6 } }),
    );
    expect(tp(map, 'tp-web')).toMatchObject({
      stageId: 'st-a',
      departmentId: 'dep-s',
      position: { x: 5, y: 6 },
    });
  });

  it('keeps the position when the target is its own cell', () => {
    const map = apply(sampleMap(), (m) => moveTouchpoint(m, 'tp-web', { stageId: 'st-a' }));
    expect(tp(map, 'tp-web').position).toEqual({ x: 16, y: 128 });
  });

  it.each([
    ['tp-x', {}, /No touchpoint/],
    ['tp-ad', { stageId: 'st-x' }, /No stage/],
    ['tp-ad', { departmentId: 'dep-x' }, /No department/],
    ['tp-ad', { position: { x: Number.NaN, y: 0 } }, /position of "tp-ad"/],
  ])('refuses %s %j', (id, target, message) => {
    expect(() => moveTouchpoint(sampleMap(), id, target)).toThrow(message);
  });
});

describe('moveTouchpoints', () => {
  it('moves several at once, stacking the ones sent to the same cell in order', () => {
    const map = apply(sampleMap(), (m) =>
      moveTouchpoints(m, [
        { id: 'tp-web', stageId: 'st-b', departmentId: 'dep-s' },
        { id: 'tp-ad', stageId: 'st-b', departmentId: 'dep-s' },
        { id: 'tp-buy', position: { x: 100, y: 100 } },
      ]),
    );
    expect(tp(map, 'tp-web').position).toEqual({ x: 16, y: 16 });
    expect(tp(map, 'tp-ad').position).toMatchObject({ x: 16, y: 128 });
    expect(tp(map, 'tp-buy').position).toEqual({ x: 100, y: 100 });
  });

  it('applies moves in order, so a later move of the same card starts where the last left it', () => {
    const map = apply(sampleMap(), (m) =>
      moveTouchpoints(m, [
        { id: 'tp-web', stageId: 'st-c' },
        { id: 'tp-web', departmentId: 'dep-s' },
      ]),
    );
    // (st-c, dep-s) held tp-call at the top.
    expect(tp(map, 'tp-web')).toMatchObject({
      stageId: 'st-c',
      departmentId: 'dep-s',
      position: { x: 16, y: 128 },
    });
  });

  it('returns the map itself for no moves, and refuses the batch if one move is bad', () => {
    const map = sampleMap();
    expect(moveTouchpoints(map, [])).toBe(map);
    expect(() =>
      moveTouchpoints(map, [
        { id: 'tp-web', stageId: 'st-b' },
        { id: 'tp-web', stageId: 'st-zz' },
      ]),
    ).toThrow(OperationError);
  });
});
