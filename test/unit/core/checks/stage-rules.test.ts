import { describe, expect, it } from 'vitest';
import { checkMap, type Finding } from '../../../../src/core/checks/index.ts';
import type { Connection, JourneyMap, Note, Row } from '../../../../src/core/model.ts';
import { quietMap, tp, withTouchpoint } from './map-builder.ts';

const only = (map: JourneyMap, rule: Finding['rule']) =>
  checkMap(map).filter((f) => f.rule === rule);

const customerRows: Row[] = [
  { id: 'row-customer', type: 'customer' },
  { id: 'row-m', type: 'department', departmentId: 'dep-m' },
  { id: 'row-cs', type: 'department', departmentId: 'dep-customer-service' },
];
const action = (id: string, stageId: string, rowId = 'row-customer'): Note => ({
  id,
  rowId,
  stageId,
  text: 'Does something',
});

describe('stage-no-customer-action', () => {
  it('names a stage without a note in the customer row', () => {
    const map = quietMap({ rows: customerRows, notes: [action('n1', 'st-a')] });
    expect(only(map, 'stage-no-customer-action')).toEqual([
      expect.objectContaining({
        path: 'stages[1]',
        target: { type: 'stage', id: 'st-b' },
        stageId: 'st-b',
        message: '"Buy" has no customer action: what does the customer do here?',
      }),
    ]);
  });

  it('is quiet when every stage has one, and in a map without a customer row', () => {
    const all = quietMap({
      rows: customerRows,
      notes: [action('n1', 'st-a'), action('n2', 'st-b')],
    });
    expect(only(all, 'stage-no-customer-action')).toEqual([]);
    expect(only(quietMap(), 'stage-no-customer-action')).toEqual([]);
    const hidden = quietMap({
      rows: [{ ...customerRows[0]!, hidden: true }, ...customerRows.slice(1)],
    });
    expect(only(hidden, 'stage-no-customer-action')).toEqual([]);
  });

  it('does not count notes of other rows as customer actions', () => {
    const rows: Row[] = [...customerRows, { id: 'row-thoughts', type: 'thoughts' }];
    const map = quietMap({
      rows,
      notes: [action('n1', 'st-a'), action('n2', 'st-b', 'row-thoughts')],
    });
    expect(only(map, 'stage-no-customer-action').map((f) => f.path)).toEqual(['stages[1]']);
  });
});

describe('stage-handoffs', () => {
  const connections = (pairs: [string, string][]): Connection[] =>
    pairs.map(([from, to], i) => ({ id: `c${i}`, from, to }));
  const base = quietMap({
    touchpoints: [
      ...quietMap().touchpoints,
      tp('tp-5', { departmentId: 'dep-customer-service' }),
      tp('tp-6'),
    ],
  });

  it('names a stage with more than two connections that change department, counted where they start', () => {
    // tp-1 (M) -> tp-2 (CS) -> tp-6 (M) -> tp-5 (CS): three changes, all starting in Look.
    const map = {
      ...base,
      connections: connections([
        ['tp-1', 'tp-2'],
        ['tp-2', 'tp-6'],
        ['tp-6', 'tp-5'],
      ]),
    };
    expect(only(map, 'stage-handoffs')).toEqual([
      expect.objectContaining({
        path: 'stages[0]',
        target: { type: 'stage', id: 'st-a' },
        message:
          'In "Look" the customer is passed between departments 3 times: can some of these hand-offs go?',
      }),
    ]);
  });

  it('is quiet at two changes, and does not count connections inside one department', () => {
    const two = {
      ...base,
      connections: connections([
        ['tp-1', 'tp-2'],
        ['tp-2', 'tp-6'],
        ['tp-1', 'tp-6'],
        ['tp-2', 'tp-5'],
      ]),
    };
    expect(only(two, 'stage-handoffs')).toEqual([]);
    // Three changes, but one starts in Buy: two per stage at most.
    const split = {
      ...base,
      connections: connections([
        ['tp-1', 'tp-2'],
        ['tp-2', 'tp-6'],
        ['tp-3', 'tp-4'],
      ]),
    };
    expect(only(split, 'stage-handoffs')).toEqual([]);
  });
});

describe('stage-all-assumed', () => {
  const assumed = (map: JourneyMap, id: string) => withTouchpoint(map, id, { evidence: 'assumed' });

  it('names a stage whose touchpoints are all assumed', () => {
    const map = assumed(assumed(quietMap(), 'tp-3'), 'tp-4');
    expect(only(map, 'stage-all-assumed')).toEqual([
      expect.objectContaining({ path: 'stages[1]', target: { type: 'stage', id: 'st-b' } }),
    ]);
  });

  it('is quiet when one is observed, reported or not said, and for an empty stage', () => {
    const some = assumed(quietMap(), 'tp-3');
    expect(only(some, 'stage-all-assumed')).toEqual([]);
    const reported = withTouchpoint(assumed(quietMap(), 'tp-3'), 'tp-4', { evidence: 'reported' });
    expect(only(reported, 'stage-all-assumed')).toEqual([]);
    const empty = quietMap({ stages: [...quietMap().stages, { id: 'st-c', name: 'Use' }] });
    expect(only(empty, 'stage-all-assumed')).toEqual([]);
  });
});

describe('stage-empty', () => {
  const withUse = quietMap({ stages: [...quietMap().stages, { id: 'st-c', name: 'Use' }] });

  it('names a stage with no touchpoint and no note', () => {
    expect(only(withUse, 'stage-empty')).toEqual([
      expect.objectContaining({
        path: 'stages[2]',
        target: { type: 'stage', id: 'st-c' },
        message: '"Use" is empty: add what happens here, or remove the stage.',
      }),
    ]);
  });

  it('counts a note as something in the stage', () => {
    const noted = { ...withUse, rows: customerRows, notes: [action('n1', 'st-c')] };
    expect(only(noted, 'stage-empty')).toEqual([]);
  });
});
