import { describe, expect, it } from 'vitest';
import {
  OperationError,
  addStage,
  countTouchpointsIn,
  removeStage,
  renameStage,
  reorderStage,
  setStageDescription,
} from '../../../../src/core/ops/index.ts';
import { apply, card, ids, sampleMap, tp } from './fixtures.ts';

describe('addStage', () => {
  it('adds a stage at the end by default, with a fresh id', () => {
    const map = apply(sampleMap(), (m) => addStage(m, { name: 'Loyalty' }));
    expect(map.stages.at(-1)).toEqual({ id: 'st-1', name: 'Loyalty' });
  });

  it('inserts at an index, with a chosen id and description', () => {
    const map = apply(sampleMap(), (m) =>
      addStage(m, { name: 'Consideration', index: 1, id: 'st-consider', description: 'Comparing' }),
    );
    expect(ids(map.stages)).toEqual(['st-a', 'st-consider', 'st-b', 'st-c']);
    expect(map.stages[1]).toEqual({
      id: 'st-consider',
      name: 'Consideration',
      description: 'Comparing',
    });
    expect(ids(apply(sampleMap(), (m) => addStage(m, { name: 'First', index: 0 })).stages)[0]).toBe(
      'st-1',
    );
  });

  it.each([
    [{ name: '' }, /name/],
    [{ name: 'x'.repeat(101) }, /at most 100 characters/],
    [{ name: 'X', index: 4 }, /from 0 to 3/],
    [{ name: 'X', index: -1 }, /stage index/],
    [{ name: 'X', index: 0.5 }, /stage index/],
    [{ name: 'X', id: 'tp-ad' }, /already used/],
  ])('refuses %j', (input, message) => {
    expect(() => addStage(sampleMap(), input)).toThrow(OperationError);
    expect(() => addStage(sampleMap(), input)).toThrow(message);
  });
});

describe('renameStage / setStageDescription', () => {
  it('renames, keeping unknown keys', () => {
    const map = apply(sampleMap(), (m) => renameStage(m, 'st-a', 'Discovery'));
    expect(map.stages[0]).toEqual({ id: 'st-a', name: 'Discovery', 'x-stage': 1 });
  });

  it('sets and removes the description', () => {
    const map = apply(sampleMap(), (m) => setStageDescription(m, 'st-b', 'Paying'));
    expect(map.stages[1]).toEqual({ id: 'st-b', name: 'Purchase', description: 'Paying' });
    const cleared = apply(map, (m) => setStageDescription(m, 'st-b', undefined));
    expect(cleared.stages[1]).toEqual({ id: 'st-b', name: 'Purchase' });
  });

  it('refuses an unknown id or a bad name', () => {
    expect(() => renameStage(sampleMap(), 'st-x', 'A')).toThrow(/No stage has the id "st-x"/);
    expect(() => renameStage(sampleMap(), 'st-a', '')).toThrow(OperationError);
  });
});

describe('reorderStage', () => {
  it('moves a stage to an index', () => {
    expect(ids(apply(sampleMap(), (m) => reorderStage(m, 'st-a', 2)).stages)).toEqual([
      'st-b',
      'st-c',
      'st-a',
    ]);
    expect(ids(apply(sampleMap(), (m) => reorderStage(m, 'st-c', 0)).stages)).toEqual([
      'st-c',
      'st-a',
      'st-b',
    ]);
  });

  it('returns the map itself when the stage is already there', () => {
    const map = sampleMap();
    expect(reorderStage(map, 'st-b', 1)).toBe(map);
  });

  it('refuses an unknown id or an index out of range', () => {
    expect(() => reorderStage(sampleMap(), 'st-x', 0)).toThrow(OperationError);
    expect(() => reorderStage(sampleMap(), 'st-a', 3)).toThrow(/from 0 to 2/);
  });
});

describe('countTouchpointsIn', () => {
  it('counts a stage, a department or one cell', () => {
    const map = sampleMap();
    expect(countTouchpointsIn(map, { stageId: 'st-a' })).toBe(2);
    expect(countTouchpointsIn(map, { departmentId: 'dep-m' })).toBe(3);
    expect(countTouchpointsIn(map, { stageId: 'st-c', departmentId: 'dep-m' })).toBe(0);
  });

  it('refuses unknown ids and an empty query', () => {
    expect(() => countTouchpointsIn(sampleMap(), { stageId: 'st-x' })).toThrow(OperationError);
    expect(() => countTouchpointsIn(sampleMap(), {})).toThrow(OperationError);
  });
});

describe('removeStage', () => {
  it('removes an empty stage', () => {
    const map = sampleMap();
    map.touchpoints = map.touchpoints.filter((t) => t.stageId !== 'st-b');
    map.connections = [];
    expect(ids(apply(map, (m) => removeStage(m, 'st-b')).stages)).toEqual(['st-a', 'st-c']);
  });

  it('without moveTo, deletes its touchpoints and their connections', () => {
    const map = apply(sampleMap(), (m) => removeStage(m, 'st-a'));
    expect(ids(map.stages)).toEqual(['st-b', 'st-c']);
    expect(ids(map.touchpoints)).toEqual(['tp-buy', 'tp-call']);
    expect(ids(map.connections)).toEqual(['cn-3']);
  });

  it('with moveTo, moves its touchpoints into that stage, in their lanes, below the cards there', () => {
    const start = sampleMap();
    start.touchpoints = [
      ...start.touchpoints,
      card({ id: 'tp-svc', stageId: 'st-a', departmentId: 'dep-s', position: { x: 90, y: 40 } }),
    ];
    const map = apply(start, (m) => removeStage(m, 'st-a', { moveTo: 'st-b' }));
    expect(ids(map.stages)).toEqual(['st-b', 'st-c']);
    expect(ids(map.touchpoints)).toEqual(['tp-ad', 'tp-web', 'tp-buy', 'tp-call', 'tp-svc']);
    // (st-b, dep-m) already held tp-buy at the top: tp-ad then tp-web stack below it.
    expect(tp(map, 'tp-ad')).toMatchObject({
      stageId: 'st-b',
      departmentId: 'dep-m',
      position: { x: 16, y: 128, 'x-pos': 'p' },
      'x-card': { keep: 'me' },
    });
    expect(tp(map, 'tp-web')).toMatchObject({ stageId: 'st-b', position: { x: 16, y: 240 } });
    expect(tp(map, 'tp-svc')).toMatchObject({
      stageId: 'st-b',
      departmentId: 'dep-s',
      position: { x: 16, y: 16 },
    });
    expect(ids(map.connections)).toEqual(['cn-1', 'cn-2', 'cn-3']);
  });

  it('stacks moved cards in their top-to-bottom order, not their order in the file', () => {
    const start = sampleMap();
    start.touchpoints = [
      card({ id: 'tp-low', stageId: 'st-a', position: { x: 16, y: 300 } }),
      card({ id: 'tp-high', stageId: 'st-a', position: { x: 16, y: 10 } }),
    ];
    start.connections = [];
    const map = apply(start, (m) => removeStage(m, 'st-a', { moveTo: 'st-c' }));
    expect(tp(map, 'tp-high').position.y).toBe(16);
    expect(tp(map, 'tp-low').position.y).toBe(128);
  });

  it.each([
    ['st-x', {}, /No stage has the id "st-x"/],
    ['st-a', { moveTo: 'st-x' }, /No stage has the id "st-x"/],
    ['st-a', { moveTo: 'st-a' }, /being removed/],
  ])('refuses removing %s with %j', (id, options, message) => {
    expect(() => removeStage(sampleMap(), id, options)).toThrow(message);
  });

  it('refuses removing the last stage', () => {
    let map = apply(sampleMap(), (m) => removeStage(m, 'st-a'));
    map = apply(map, (m) => removeStage(m, 'st-b'));
    expect(() => removeStage(map, 'st-c')).toThrow(OperationError);
    expect(() => removeStage(map, 'st-c')).toThrow(/last stage/);
  });
});
