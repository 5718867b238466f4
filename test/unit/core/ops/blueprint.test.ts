import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../src/core/model.ts';
import {
  OperationError,
  addNote,
  addRow,
  editNote,
  moveNote,
  moveRow,
  removeNotes,
  removeRow,
  renameRow,
  setDepartmentLayer,
  setRowHidden,
  setScenario,
  setStageExpectations,
} from '../../../../src/core/ops/index.ts';
import { apply, frozenSample, ids, sampleMap } from './fixtures.ts';

const types = (map: JourneyMap): string[] =>
  (map.rows ?? []).map((r) => (r.type === 'department' ? r.departmentId : r.type));

/** The sample with a customer row at the top and two notes in it. */
function withNotes(): JourneyMap {
  let map = addRow(sampleMap(), { type: 'customer', index: 0 });
  map = addNote(map, { rowId: 'row-customer', stageId: 'st-a', text: 'Sees the ad' });
  return addNote(map, { rowId: 'row-customer', stageId: 'st-b', text: 'Pays' });
}

describe('row ops', () => {
  it('writes the whole row list with real ids on the first row edit', () => {
    const map = apply(frozenSample(), (m) => addRow(m, { type: 'customer', index: 0 }));
    expect(map.rows).toEqual([
      { id: 'row-customer', type: 'customer' },
      { id: 'row-emotion', type: 'emotion' },
      { id: 'row-dep-m', type: 'department', departmentId: 'dep-m' },
      { id: 'row-dep-s', type: 'department', departmentId: 'dep-s' },
    ]);
  });

  it('adds a notes row with its name, rejects a nameless one, a second emotion row and a department row', () => {
    const map = apply(frozenSample(), (m) => addRow(m, { type: 'notes', name: 'Questions' }));
    expect(map.rows!.at(-1)).toEqual({ id: 'row-notes', type: 'notes', name: 'Questions' });
    expect(() => addRow(sampleMap(), { type: 'notes' })).toThrow(OperationError);
    expect(() => addRow(sampleMap(), { type: 'emotion' })).toThrow(/already has an emotion row/);
    expect(() => addRow(sampleMap(), { type: 'department' as 'customer' })).toThrow(OperationError);
    expect(() => addRow(sampleMap(), { type: 'pains', index: 9 })).toThrow(/row index/);
  });

  it('removes a row with its notes, but not a department row', () => {
    const map = apply(withNotes(), (m) => removeRow(m, 'row-customer'));
    expect(types(map)).toEqual(['emotion', 'dep-m', 'dep-s']);
    expect(map.notes).toEqual([]);
    expect(() => removeRow(withNotes(), 'row-dep-m')).toThrow(/remove the department/);
    expect(() => removeRow(withNotes(), 'nope')).toThrow(/no row "nope"/);
  });

  it('moves a row, naming it by its in-memory id on a map without rows', () => {
    const map = apply(frozenSample(), (m) => moveRow(m, 'emotion:', 2));
    expect(types(map)).toEqual(['dep-m', 'dep-s', 'emotion']);
    const back = apply(map, (m) => moveRow(m, 'row-emotion', 0));
    expect(types(back)).toEqual(['emotion', 'dep-m', 'dep-s']);
    expect(() => moveRow(map, 'row-emotion', 3)).toThrow(/row index/);
  });

  it('hides and shows a row', () => {
    const hidden = apply(frozenSample(), (m) => setRowHidden(m, 'department:dep-s', true));
    expect(hidden.rows![2]).toEqual({
      id: 'row-dep-s',
      type: 'department',
      departmentId: 'dep-s',
      hidden: true,
    });
    const shown = apply(hidden, (m) => setRowHidden(m, 'row-dep-s', false));
    expect(shown.rows![2]).toEqual({ id: 'row-dep-s', type: 'department', departmentId: 'dep-s' });
    expect(setRowHidden(shown, 'row-dep-s', false)).toBe(shown);
  });

  it("renames a notes row and clears a plain row's name; departments keep theirs", () => {
    let map = addRow(sampleMap(), { type: 'notes', name: 'Questions' });
    map = apply(map, (m) => renameRow(m, 'row-notes', 'Open questions'));
    expect(map.rows!.at(-1)).toMatchObject({ name: 'Open questions' });
    expect(() => renameRow(map, 'row-notes', undefined)).toThrow(/needs a name/);
    expect(() => renameRow(map, 'row-notes', '')).toThrow(OperationError);
    map = apply(map, (m) => renameRow(m, 'row-emotion', 'Mood'));
    map = apply(map, (m) => renameRow(m, 'row-emotion', undefined));
    expect(map.rows![0]).toEqual({ id: 'row-emotion', type: 'emotion' });
    expect(() => renameRow(map, 'row-dep-m', 'X')).toThrow(/rename the department/);
  });

  it('sets a layer and moves the row to the end of its layer only when it sits among another', () => {
    let map = apply(frozenSample(), (m) => setDepartmentLayer(m, 'dep-m', 'backstage'));
    expect(map.departments[0]!.layer).toBe('backstage');
    // dep-m above frontstage dep-s: it goes below it.
    expect(types(map)).toEqual(['emotion', 'dep-s', 'dep-m']);
    map = apply(map, (m) => setDepartmentLayer(m, 'dep-s', 'support'));
    expect(types(map)).toEqual(['emotion', 'dep-m', 'dep-s']);
    // Already at the end of its layer: stays put.
    map = apply(map, (m) => setDepartmentLayer(m, 'dep-s', 'backstage'));
    expect(types(map)).toEqual(['emotion', 'dep-m', 'dep-s']);
    map = apply(map, (m) => setDepartmentLayer(m, 'dep-m', 'frontstage'));
    expect('layer' in map.departments[0]!).toBe(false);
    expect(() => setDepartmentLayer(map, 'nope', 'support')).toThrow(OperationError);
  });
});

describe('note ops', () => {
  it('adds notes to note rows only, with fresh ids', () => {
    const map = apply(withNotes(), (m) =>
      addNote(m, { rowId: 'row-customer', stageId: 'st-a', text: 'Clicks' }),
    );
    expect(ids(map.notes!)).toEqual(['nt-1', 'nt-2', 'nt-3']);
    expect(map.notes![2]).toEqual({
      id: 'nt-3',
      rowId: 'row-customer',
      stageId: 'st-a',
      text: 'Clicks',
    });
    expect(() => addNote(map, { rowId: 'row-emotion', stageId: 'st-a', text: 'x' })).toThrow(
      /holds no notes/,
    );
    expect(() => addNote(map, { rowId: 'row-customer', stageId: 'gone', text: 'x' })).toThrow(
      OperationError,
    );
    expect(() => addNote(map, { rowId: 'row-customer', stageId: 'st-a', text: '' })).toThrow(
      /note text/,
    );
    expect(() => addNote(sampleMap(), { rowId: 'emotion:', stageId: 'st-a', text: 'x' })).toThrow(
      /no row/,
    );
  });

  it('edits, moves to the end of another cell, and removes notes', () => {
    let map = apply(withNotes(), (m) => editNote(m, 'nt-1', 'Sees the ad twice'));
    expect(map.notes![0]!.text).toBe('Sees the ad twice');
    map = apply(map, (m) => moveNote(m, 'nt-1', { stageId: 'st-b' }));
    expect(map.notes!.map((n) => [n.id, n.stageId])).toEqual([
      ['nt-2', 'st-b'],
      ['nt-1', 'st-b'],
    ]);
    map = addRow(map, { type: 'thoughts' });
    map = apply(map, (m) => moveNote(m, 'nt-2', { stageId: 'st-c', rowId: 'row-thoughts' }));
    expect(map.notes!.at(-1)).toMatchObject({ id: 'nt-2', rowId: 'row-thoughts', stageId: 'st-c' });
    map = apply(map, (m) => removeNotes(m, ['nt-1', 'nt-2']));
    expect(map.notes).toEqual([]);
    expect(() => removeNotes(map, ['nt-1'])).toThrow(/no note/);
  });
});

describe('scenario and expectations', () => {
  it('sets and clears the scenario', () => {
    const map = apply(frozenSample(), (m) => setScenario(m, 'Buying a sofa online'));
    expect(map.scenario).toBe('Buying a sofa online');
    expect('scenario' in apply(map, (m) => setScenario(m, '  '))).toBe(false);
  });

  it("sets and clears a stage's expectations", () => {
    const map = apply(frozenSample(), (m) => setStageExpectations(m, 'st-b', 'A clear price'));
    expect(map.stages[1]).toEqual({ id: 'st-b', name: 'Purchase', expectations: 'A clear price' });
    expect(apply(map, (m) => setStageExpectations(m, 'st-b', undefined)).stages[1]).toEqual({
      id: 'st-b',
      name: 'Purchase',
    });
    expect(() => setStageExpectations(map, 'gone', 'x')).toThrow(OperationError);
  });
});
