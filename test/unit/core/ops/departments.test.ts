import { describe, expect, it } from 'vitest';
import {
  OperationError,
  addDepartment,
  nextDepartmentColor,
  recolorDepartment,
  removeDepartment,
  renameDepartment,
  reorderDepartment,
} from '../../../../src/core/ops/index.ts';
import { DEFAULT_DEPARTMENTS } from '../../../../src/core/defaults.ts';
import { apply, card, ids, sampleMap, tp } from './fixtures.ts';

describe('addDepartment', () => {
  it('adds a department at the end by default, with a fresh id and an unused colour', () => {
    const map = apply(sampleMap(), (m) => addDepartment(m, { name: 'Sales' }));
    // Marketing's and Customer Service's colours are taken: Sales's is the first free one.
    expect(map.departments.at(-1)).toEqual({ id: 'dep-1', name: 'Sales', color: '#cfa23a' });
  });

  it('inserts at an index with a chosen colour and id', () => {
    const map = apply(sampleMap(), (m) =>
      addDepartment(m, { name: 'People', color: '#ABCDEF', index: 0, id: 'dep-people' }),
    );
    expect(map.departments[0]).toEqual({ id: 'dep-people', name: 'People', color: '#ABCDEF' });
    expect(ids(map.departments)).toEqual(['dep-people', 'dep-m', 'dep-s']);
  });

  it.each([
    [{ name: '' }, /name/],
    [{ name: 'X', color: 'red' }, /expected a colour like/],
    [{ name: 'X', color: '#abc' }, /colour/],
    [{ name: 'X', index: 3 }, /from 0 to 2/],
    [{ name: 'X', id: 'st-a' }, /already used/],
  ])('refuses %j', (input, message) => {
    expect(() => addDepartment(sampleMap(), input)).toThrow(OperationError);
    expect(() => addDepartment(sampleMap(), input)).toThrow(message);
  });
});

describe('nextDepartmentColor', () => {
  it('cycles through the defaults once every one is used', () => {
    let map = sampleMap();
    for (let i = 0; i < DEFAULT_DEPARTMENTS.length; i++) {
      map = addDepartment(map, { name: `D${i}` });
    }
    expect(new Set(map.departments.map((d) => d.color)).size).toBe(DEFAULT_DEPARTMENTS.length);
    expect(nextDepartmentColor(map)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('renameDepartment / recolorDepartment', () => {
  it('renames and recolours, keeping unknown keys', () => {
    let map = apply(sampleMap(), (m) => renameDepartment(m, 'dep-m', 'Brand'));
    map = apply(map, (m) => recolorDepartment(m, 'dep-m', '#123456'));
    expect(map.departments[0]).toEqual({
      id: 'dep-m',
      name: 'Brand',
      color: '#123456',
      'x-dept': true,
    });
  });

  it('refuses unknown ids, bad names and bad colours', () => {
    expect(() => renameDepartment(sampleMap(), 'dep-x', 'A')).toThrow(/No department/);
    expect(() => renameDepartment(sampleMap(), 'dep-m', '')).toThrow(OperationError);
    expect(() => recolorDepartment(sampleMap(), 'dep-m', '#12345g')).toThrow(/colour/);
    expect(() => recolorDepartment(sampleMap(), 'dep-x', '#123456')).toThrow(OperationError);
  });
});

describe('reorderDepartment', () => {
  it('moves a department to an index, or returns the map itself when already there', () => {
    const map = sampleMap();
    expect(ids(apply(map, (m) => reorderDepartment(m, 'dep-m', 1)).departments)).toEqual([
      'dep-s',
      'dep-m',
    ]);
    expect(reorderDepartment(map, 'dep-m', 0)).toBe(map);
    expect(() => reorderDepartment(map, 'dep-m', 2)).toThrow(/from 0 to 1/);
    expect(() => reorderDepartment(map, 'dep-x', 0)).toThrow(OperationError);
  });
});

describe('removeDepartment', () => {
  it('without moveTo, deletes its touchpoints and their connections', () => {
    const map = apply(sampleMap(), (m) => removeDepartment(m, 'dep-m'));
    expect(ids(map.departments)).toEqual(['dep-s']);
    expect(ids(map.touchpoints)).toEqual(['tp-call']);
    expect(map.connections).toEqual([]);
  });

  it('with moveTo, hands its touchpoints over, in their columns, below the cards there', () => {
    const start = sampleMap();
    start.touchpoints = [
      ...start.touchpoints,
      card({ id: 'tp-help', stageId: 'st-a', departmentId: 'dep-s', position: { x: 30, y: 16 } }),
    ];
    const map = apply(start, (m) => removeDepartment(m, 'dep-m', { moveTo: 'dep-s' }));
    expect(ids(map.departments)).toEqual(['dep-s']);
    expect(map.touchpoints.every((t) => t.departmentId === 'dep-s')).toBe(true);
    expect(tp(map, 'tp-ad')).toMatchObject({ stageId: 'st-a', position: { x: 16, y: 128 } });
    expect(tp(map, 'tp-web')).toMatchObject({ stageId: 'st-a', position: { x: 16, y: 240 } });
    expect(tp(map, 'tp-buy')).toMatchObject({ stageId: 'st-b', position: { x: 16, y: 16 } });
    expect(tp(map, 'tp-help').position).toEqual({ x: 30, y: 16 });
    expect(ids(map.connections)).toEqual(['cn-1', 'cn-2', 'cn-3']);
  });

  it('refuses unknown ids, moving into itself, and removing the last department', () => {
    expect(() => removeDepartment(sampleMap(), 'dep-x')).toThrow(/No department/);
    expect(() => removeDepartment(sampleMap(), 'dep-m', { moveTo: 'dep-x' })).toThrow(
      /No department/,
    );
    expect(() => removeDepartment(sampleMap(), 'dep-m', { moveTo: 'dep-m' })).toThrow(
      /being removed/,
    );
    const one = apply(sampleMap(), (m) => removeDepartment(m, 'dep-m'));
    expect(() => removeDepartment(one, 'dep-s')).toThrow(OperationError);
    expect(() => removeDepartment(one, 'dep-s', { moveTo: 'dep-s' })).toThrow(/last department/);
  });
});
