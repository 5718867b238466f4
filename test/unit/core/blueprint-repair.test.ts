/** Rule 9 for rows and notes: what an older writer leaves inconsistent is repaired on reading, with notices. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { sampleDocument, text } from './sample.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/repair/${name}`, import.meta.url), 'utf8');

function read(document: unknown) {
  const result = parse(text(document));
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/** The sample with rows: emotion, customer actions, then its two departments. */
function withRows(): Record<string, any> {
  const document = sampleDocument();
  document.rows = [
    { id: 'row-emotion', type: 'emotion' },
    { id: 'row-customer', type: 'customer' },
    { id: 'row-m', type: 'department', departmentId: 'dep-m' },
    { id: 'row-cs', type: 'department', departmentId: 'dep-cs' },
  ];
  document.notes = [{ id: 'nt-1', rowId: 'row-customer', stageId: 'st-a', text: 'Scrolls' }];
  return document;
}

describe('reading rows an older version did not maintain', () => {
  it('keeps a consistent map as it is, without notices', () => {
    const { map, notes } = read(withRows());
    expect(notes).toEqual([]);
    expect(map.rows).toEqual(withRows().rows);
  });

  it('drops a row naming a department that is gone, and a second row of the same department', () => {
    const document = withRows();
    document.rows.push(
      { id: 'row-gone', type: 'department', departmentId: 'dep-gone' },
      { id: 'row-cs-2', type: 'department', departmentId: 'dep-cs' },
    );
    const { map, notes } = read(document);
    expect(map.rows!.map((r) => r.id)).toEqual(['row-emotion', 'row-customer', 'row-m', 'row-cs']);
    expect(notes).toEqual([
      'A row named the department "dep-gone", which is no longer in the map; the row was removed.',
      'The department "Customer Service" had two rows; the second one was removed.',
    ]);
  });

  it('gives a department without a row one at the end of its layer, written back with a fresh id', () => {
    const document = withRows();
    document.departments.push(
      { id: 'dep-ops', name: 'Operations', color: '#123456', layer: 'backstage' },
      { id: 'dep-it', name: 'IT', color: '#654321', layer: 'support' },
      { id: 'dep-shop', name: 'Shop', color: '#abcdef' },
    );
    document.rows.splice(3, 1, { id: 'row-it', type: 'department', departmentId: 'dep-it' });
    document.rows.push({ id: 'row-thoughts', type: 'thoughts' });
    const { map, notes } = read(document);
    expect(map.rows!.map((r) => (r.type === 'department' ? r.departmentId : r.type))).toEqual([
      'emotion',
      'customer',
      'dep-m',
      'dep-cs',
      'dep-shop',
      'dep-ops',
      'dep-it',
      'thoughts',
    ]);
    expect(map.rows!.map((r) => r.id)).toEqual([
      'row-emotion',
      'row-customer',
      'row-m',
      'row-1',
      'row-2',
      'row-3',
      'row-it',
      'row-thoughts',
    ]);
    expect(notes).toHaveLength(3);
    expect(notes[1]).toBe(
      'The department "Shop" had no row (it was added by a version of Touchmap that does not know rows); it now comes after the other frontstage departments.',
    );
    expect(notes[2]).toContain('"Operations"');
    expect(notes[2]).toContain('after the other backstage departments');
    // Saved, the repair is in the file: read again, nothing to say.
    expect(read(JSON.parse(serialize(map))).notes).toEqual([]);
  });

  it('leaves a map without rows alone', () => {
    const { map, notes } = read(sampleDocument());
    expect(map.rows).toBeUndefined();
    expect(notes).toEqual([]);
  });
});

describe('reading notes whose stage or row is gone', () => {
  it('moves a note of a deleted stage to the first stage', () => {
    const document = withRows();
    document.notes[0].stageId = 'st-gone';
    const { map, notes } = read(document);
    expect(map.notes![0]).toMatchObject({ stageId: 'st-a', rowId: 'row-customer' });
    expect(notes).toEqual([
      'The note "Scrolls" was in a stage that is no longer in the map; it is now in the first stage, "Awareness".',
    ]);
  });

  it('moves a note of a deleted row, or of a row holding no notes, to the first shown note row', () => {
    const document = withRows();
    document.rows.splice(1, 0, { id: 'row-hidden', type: 'evidence', hidden: true });
    document.rows.push({ id: 'row-pains', type: 'pains', name: 'Hurts' });
    document.notes = [
      { id: 'nt-1', rowId: 'row-gone', stageId: 'st-a', text: 'A'.repeat(60), 'x-keep': 1 },
      { id: 'nt-2', rowId: 'row-m', stageId: 'st-b', text: 'On a lane' },
      { id: 'nt-3', rowId: 'row-pains', stageId: 'st-b', text: 'On pains' },
      { id: 'nt-4', rowId: 'row-emotion', stageId: 'st-gone', text: 'Both gone' },
    ];
    const { map, notes } = read(document);
    expect(map.notes!.map((n) => [n.rowId, n.stageId])).toEqual([
      ['row-customer', 'st-a'],
      ['row-customer', 'st-b'],
      ['row-customer', 'st-b'],
      ['row-customer', 'st-a'],
    ]);
    expect((map.notes![0] as unknown as Record<string, unknown>)['x-keep']).toBe(1);
    expect(notes).toEqual([
      `The note "${'A'.repeat(39)}…" was in a row that is no longer in the map; it is now in the row "Customer actions".`,
      'The note "On a lane" was in the row "Marketing", which holds no notes; it is now in the row "Customer actions".',
      'The note "On pains" was in the row "Hurts", which holds no notes; it is now in the row "Customer actions".',
      'The note "Both gone" was in a stage that is no longer in the map; it is now in the first stage, "Awareness".',
      'The note "Both gone" was in the row "Emotion", which holds no notes; it is now in the row "Customer actions".',
    ]);
  });

  it('uses a hidden note row when no shown one is left', () => {
    const document = withRows();
    document.rows[1].hidden = true;
    document.notes[0].rowId = 'row-m';
    expect(read(document).map.notes![0]!.rowId).toBe('row-customer');
  });

  it('adds a notes row at the bottom when no row holds notes, writing out the order of a map without rows', () => {
    const document = sampleDocument();
    document.notes = [
      { id: 'nt-1', rowId: 'row-x', stageId: 'st-b', text: 'Kept' },
      { id: 'nt-2', rowId: 'row-y', stageId: 'st-a', text: 'Also kept' },
    ];
    const { map, notes } = read(document);
    expect(map.rows).toEqual([
      { id: 'row-1', type: 'emotion' },
      { id: 'row-2', type: 'department', departmentId: 'dep-m' },
      { id: 'row-3', type: 'department', departmentId: 'dep-cs' },
      { id: 'row-4', type: 'notes', name: 'Notes' },
    ]);
    expect(map.notes!.map((n) => n.rowId)).toEqual(['row-4', 'row-4']);
    expect(notes[0]).toBe(
      'No row held notes, so a row "Notes" was added at the bottom of the map for them.',
    );
    expect(notes).toHaveLength(3);
    expect(read(JSON.parse(serialize(map))).notes).toEqual([]);
  });

  it('repairs the older writer fixture with the notices it expects, and is stable once saved', () => {
    const result = parse(fixture('older-writer.touchmap'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.notes).toEqual(fixture('older-writer.notices.txt').trimEnd().split('\n'));
    const saved = serialize(result.map);
    const again = parse(saved);
    expect(again.ok && again.notes).toEqual([]);
    expect(again.ok && serialize(again.map)).toBe(saved);
  });
});

describe('ids and references of rows and notes', () => {
  it('refuses a row or note id that another record uses, like any other id', () => {
    const document = withRows();
    document.rows[0].id = 'st-a';
    document.notes[0].id = 'tp-1';
    const result = parse(text(document));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') return;
    expect(result.error.problems.map((p) => p.path)).toEqual(['rows[0].id', 'notes[0].id']);
  });

  it('repairs rather than refuses a row or note naming a missing record', () => {
    const document = withRows();
    document.rows[2].departmentId = 'dep-nope';
    document.notes[0].rowId = 'row-nope';
    document.notes[0].stageId = 'st-nope';
    expect(parse(text(document)).ok).toBe(true);
  });

  it('fills the default list of checks switched off', () => {
    const document = sampleDocument();
    document.checks = {};
    expect(read(document).map.checks).toEqual({ disabled: [] });
  });
});
