import { describe, expect, it } from 'vitest';
import { checkMap, type Finding } from '../../../../src/core/checks/index.ts';
import type { Department, JourneyMap, Row } from '../../../../src/core/model.ts';
import { quietMap, tp } from './map-builder.ts';

const only = (map: JourneyMap, rule: Finding['rule']) =>
  checkMap(map).filter((f) => f.rule === rule);

const dept = (id: string, name: string, layer?: Department['layer']): Department => ({
  id,
  name,
  color: '#336699',
  ...(layer ? { layer } : {}),
});

/** Front (frontstage), Kitchen (backstage), Systems (support), a card each in Look. */
function layered(departments: Department[], rows?: Row[]): JourneyMap {
  const base = quietMap({
    departments,
    touchpoints: departments.map((d, i) => tp(`tp-${i}`, { departmentId: d.id })),
  });
  return rows === undefined ? base : { ...base, rows };
}

describe('row-layer-order', () => {
  const front = dept('dep-front', 'Front', 'frontstage');
  const kitchen = dept('dep-kitchen', 'Kitchen', 'backstage');
  const systems = dept('dep-systems', 'Systems', 'support');

  it('is quiet for frontstage, backstage, support top to bottom, other rows between', () => {
    const rows: Row[] = [
      { id: 'r-c', type: 'customer' },
      { id: 'r-f', type: 'department', departmentId: 'dep-front' },
      { id: 'r-n', type: 'notes', name: 'Staff notes' },
      { id: 'r-k', type: 'department', departmentId: 'dep-kitchen' },
      { id: 'r-s', type: 'department', departmentId: 'dep-systems' },
    ];
    expect(only(layered([front, kitchen, systems], rows), 'row-layer-order')).toEqual([]);
    expect(only(layered([front, kitchen, systems]), 'row-layer-order')).toEqual([]);
  });

  it('names a row drawn below a later layer, by its place in rows', () => {
    const rows: Row[] = [
      { id: 'r-k', type: 'department', departmentId: 'dep-kitchen' },
      { id: 'r-f', type: 'department', departmentId: 'dep-front' },
      { id: 'r-s', type: 'department', departmentId: 'dep-systems' },
    ];
    expect(only(layered([front, kitchen, systems], rows), 'row-layer-order')).toEqual([
      expect.objectContaining({
        path: 'rows[1]',
        target: { type: 'department', id: 'dep-front' },
        message:
          '"Front" is frontstage but drawn below a backstage row: move it up so the blueprint\'s lines stay straight.',
      }),
    ]);
  });

  it('names it by its place in departments when the map has no rows', () => {
    const found = only(layered([systems, kitchen, front]), 'row-layer-order');
    expect(found.map((f) => [f.path, f.target.id])).toEqual([
      ['departments[1]', 'dep-kitchen'],
      ['departments[2]', 'dep-front'],
    ]);
    expect(found[0]!.message).toContain('below a support row');
  });
});

describe('row-empty', () => {
  it('names a shown department row without touchpoints', () => {
    const map = quietMap({
      departments: [...quietMap().departments, dept('dep-people', 'People')],
    });
    expect(only(map, 'row-empty')).toEqual([
      expect.objectContaining({
        path: 'departments[2]',
        target: { type: 'department', id: 'dep-people' },
        message:
          'The "People" row has no touchpoints: add what this department does, or hide the row.',
      }),
    ]);
  });

  it('names a shown note row without notes, by its name or its kind', () => {
    const rows: Row[] = [
      { id: 'r-c', type: 'customer' },
      { id: 'r-m', type: 'department', departmentId: 'dep-m' },
      { id: 'r-cs', type: 'department', departmentId: 'dep-customer-service' },
      { id: 'r-n', type: 'notes', name: 'Staff notes' },
      { id: 'r-e', type: 'evidence' },
      { id: 'r-p', type: 'pains' },
    ];
    const notes = [{ id: 'n-1', rowId: 'r-e', stageId: 'st-a', text: 'Receipt' }];
    const found = only(quietMap({ rows, notes }), 'row-empty');
    expect(found.map((f) => [f.path, f.target])).toEqual([
      ['rows[0]', { type: 'row', id: 'r-c' }],
      ['rows[3]', { type: 'row', id: 'r-n' }],
    ]);
    expect(found[0]!.message).toBe(
      'The "Customer actions" row is empty: add a note to a stage, or hide the row.',
    );
    expect(found[1]!.message).toContain('"Staff notes"');
  });

  it('is quiet for hidden rows and for rows drawn from the touchpoints', () => {
    const rows: Row[] = [
      { id: 'r-c', type: 'customer', hidden: true },
      { id: 'r-emo', type: 'emotion' },
      { id: 'r-i', type: 'ideas' },
      { id: 'r-m', type: 'department', departmentId: 'dep-m' },
      { id: 'r-cs', type: 'department', departmentId: 'dep-customer-service' },
      { id: 'r-p', type: 'department', departmentId: 'dep-people', hidden: true },
    ];
    const map = quietMap({
      rows,
      departments: [...quietMap().departments, dept('dep-people', 'People')],
    });
    expect(only(map, 'row-empty')).toEqual([]);
  });
});
