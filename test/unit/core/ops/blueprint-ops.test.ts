/** The existing ops keep rows and notes consistent with the departments and stages they name. */
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../src/core/model.ts';
import {
  addDepartment,
  allIds,
  duplicateTouchpoints,
  removeDepartment,
  removeStage,
  reorderDepartment,
  uniqueId,
} from '../../../../src/core/ops/index.ts';
import { parse } from '../../../../src/core/parse.ts';
import { serialize } from '../../../../src/core/serialize.ts';
import { apply, ids, sampleMap } from './fixtures.ts';

/** The sample with a third department, rows around them, and notes in two stages. */
function blueprint(): JourneyMap {
  const map = sampleMap();
  return {
    ...map,
    departments: [
      ...map.departments,
      { id: 'dep-it', name: 'IT', color: '#123456', layer: 'support' },
    ],
    rows: [
      { id: 'row-c', type: 'customer' },
      { id: 'row-m', type: 'department', departmentId: 'dep-m' },
      { id: 'row-t', type: 'thoughts' },
      { id: 'row-s', type: 'department', departmentId: 'dep-s', hidden: true },
      { id: 'row-it', type: 'department', departmentId: 'dep-it' },
    ],
    notes: [
      { id: 'nt-1', rowId: 'row-c', stageId: 'st-a', text: 'Sees the ad' },
      { id: 'nt-2', rowId: 'row-t', stageId: 'st-b', text: 'Is it worth it?' },
      { id: 'nt-3', rowId: 'row-c', stageId: 'st-b', text: 'Pays' },
      { id: 'nt-4', rowId: 'row-t', stageId: 'st-c', text: 'Relieved' },
    ],
  };
}

/** Reopening the saved map has nothing to repair. */
function expectNoRepair(map: JourneyMap): void {
  const result = parse(serialize(map));
  expect(result.ok && result.notes).toEqual([]);
}

describe('removing a department', () => {
  it('removes its row in the same step, leaving the other rows', () => {
    const map = apply(blueprint(), (m) => removeDepartment(m, 'dep-s', { moveTo: 'dep-m' }));
    expect(ids(map.rows!)).toEqual(['row-c', 'row-m', 'row-t', 'row-it']);
    expect(map.notes).toEqual(blueprint().notes);
    expectNoRepair(map);
  });

  it('leaves a map without rows without them', () => {
    const map = apply(sampleMap(), (m) => removeDepartment(m, 'dep-s'));
    expect(map.rows).toBeUndefined();
  });
});

describe('adding a department to a map with rows', () => {
  it('gives it a row at the end of its layer, so the file needs no repair', () => {
    const map = apply(blueprint(), (m) => addDepartment(m, { name: 'Sales' }));
    expect(map.rows!.map((r) => r.id)).toEqual([
      'row-c',
      'row-m',
      'row-t',
      'row-s',
      'row-1',
      'row-it',
    ]);
    expect(map.rows![4]).toEqual({ id: 'row-1', type: 'department', departmentId: 'dep-1' });
    expectNoRepair(map);
  });

  it('adds no rows to a map without them', () => {
    expect(apply(sampleMap(), (m) => addDepartment(m, { name: 'Sales' })).rows).toBeUndefined();
  });
});

describe('removing a stage', () => {
  it('deletes its notes with its touchpoints', () => {
    const map = apply(blueprint(), (m) => removeStage(m, 'st-b'));
    expect(ids(map.notes!)).toEqual(['nt-1', 'nt-4']);
    expectNoRepair(map);
  });

  it('moves its notes to the receiving stage, after the notes there, each in its row', () => {
    const map = apply(blueprint(), (m) => removeStage(m, 'st-b', { moveTo: 'st-c' }));
    expect(map.notes!.map((n) => [n.id, n.rowId, n.stageId])).toEqual([
      ['nt-1', 'row-c', 'st-a'],
      ['nt-4', 'row-t', 'st-c'],
      ['nt-2', 'row-t', 'st-c'],
      ['nt-3', 'row-c', 'st-c'],
    ]);
    expectNoRepair(map);
  });
});

describe('reordering departments in a map with rows', () => {
  it('moves the department rows the same way, keeping the other rows in place', () => {
    const map = apply(blueprint(), (m) => reorderDepartment(m, 'dep-it', 0));
    expect(ids(map.departments)).toEqual(['dep-it', 'dep-m', 'dep-s']);
    expect(ids(map.rows!)).toEqual(['row-c', 'row-it', 'row-t', 'row-m', 'row-s']);
    expect(map.rows![4]).toMatchObject({ hidden: true });
  });

  it('leaves a map without rows without them', () => {
    expect(apply(sampleMap(), (m) => reorderDepartment(m, 'dep-s', 0)).rows).toBeUndefined();
  });
});

describe('ids of rows and notes', () => {
  it('are taken: new records never reuse them', () => {
    const map: JourneyMap = {
      ...blueprint(),
      rows: [...blueprint().rows!, { id: 'tp-1', type: 'evidence' }],
      notes: [...blueprint().notes!, { id: 'tp-2', rowId: 'row-c', stageId: 'st-a', text: 'x' }],
    };
    expect(allIds(map)).toContain('row-it');
    expect(allIds(map)).toContain('nt-3');
    expect(uniqueId(map, 'tp')).toBe('tp-3');
    const copy = apply(map, (m) => duplicateTouchpoints(m, ['tp-ad']).map);
    expect(copy.touchpoints.at(-1)!.id).toBe('tp-3');
    expect(copy.rows).toEqual(map.rows);
    expect(copy.notes).toEqual(map.notes);
  });
});
