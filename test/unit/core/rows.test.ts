import { describe, expect, it } from 'vitest';
import type { Department, JourneyMap, Row } from '../../../src/core/model.ts';
import { laneOrder, resolveRows, visibleRows } from '../../../src/core/rows.ts';

const dept = (id: string, layer?: Department['layer']): Department => ({
  id,
  name: id,
  color: '#336699',
  ...(layer ? { layer } : {}),
});

const map = (departments: Department[], rows?: Row[]): Pick<JourneyMap, 'departments' | 'rows'> =>
  rows === undefined ? { departments } : { departments, rows };

describe('resolveRows', () => {
  it('gives today order without rows: the curve, then the departments', () => {
    const rows = resolveRows(map([dept('a'), dept('b')]));
    expect(rows.map((r) => r.type)).toEqual(['emotion', 'department', 'department']);
    expect(laneOrder(map([dept('a'), dept('b')]))).toEqual(['a', 'b']);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  });

  it('keeps the order of the file', () => {
    const rows: Row[] = [
      { id: 'r1', type: 'customer' },
      { id: 'r2', type: 'department', departmentId: 'b' },
      { id: 'r3', type: 'emotion' },
      { id: 'r4', type: 'department', departmentId: 'a' },
    ];
    expect(resolveRows(map([dept('a'), dept('b')], rows))).toEqual(rows);
    expect(laneOrder(map([dept('a'), dept('b')], rows))).toEqual(['b', 'a']);
  });

  it('leaves out a row whose department is gone, and a department named twice', () => {
    const rows: Row[] = [
      { id: 'r1', type: 'department', departmentId: 'gone' },
      { id: 'r2', type: 'department', departmentId: 'a' },
      { id: 'r3', type: 'department', departmentId: 'a' },
    ];
    expect(resolveRows(map([dept('a')], rows)).map((r) => r.id)).toEqual(['r2']);
  });

  it('shows a department missing from the rows at the end of its layer', () => {
    const rows: Row[] = [
      { id: 'r0', type: 'customer' },
      { id: 'r1', type: 'department', departmentId: 'front' },
      { id: 'r2', type: 'department', departmentId: 'back' },
      { id: 'r3', type: 'evidence' },
    ];
    const departments = [
      dept('front'),
      dept('back', 'backstage'),
      dept('newFront'),
      dept('newBack', 'backstage'),
      dept('newSupport', 'support'),
    ];
    expect(laneOrder(map(departments, rows))).toEqual([
      'front',
      'newFront',
      'back',
      'newBack',
      'newSupport',
    ]);
    // The support row lands after the last earlier-layer row, before the evidence row.
    expect(resolveRows(map(departments, rows)).at(-1)!.id).toBe('r3');
  });

  it('puts a missing frontstage department before the first backstage row', () => {
    const rows: Row[] = [{ id: 'r1', type: 'department', departmentId: 'back' }];
    expect(laneOrder(map([dept('back', 'backstage'), dept('front')], rows))).toEqual([
      'front',
      'back',
    ]);
  });

  it('appends missing departments when no department row is left', () => {
    const rows: Row[] = [{ id: 'r1', type: 'emotion' }];
    expect(resolveRows(map([dept('a')], rows)).map((r) => r.type)).toEqual([
      'emotion',
      'department',
    ]);
  });

  it('draws only rows that are not hidden', () => {
    const rows: Row[] = [
      { id: 'r1', type: 'emotion', hidden: true },
      { id: 'r2', type: 'department', departmentId: 'a' },
    ];
    expect(visibleRows(map([dept('a')], rows)).map((r) => r.id)).toEqual(['r2']);
  });
});
