/** Rows, notes and the blueprint's fields in `touchmap diff` and `touchmap merge`. */
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../src/core/diff.ts';
import { describeChange } from '../../../src/core/diff-describe.ts';
import { groupChanges } from '../../../src/core/diff-groups.ts';
import { describeConflict } from '../../../src/core/conflict-words.ts';
import { mergeMaps } from '../../../src/core/merge.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { sampleBlueprintDocument } from './sample.ts';

type Doc = Record<string, any>;

/** The blueprint sample edited by `edit`, read as a file (with no repair to make). */
function sample(edit: (doc: Doc) => void = () => {}): JourneyMap {
  const doc = sampleBlueprintDocument();
  edit(doc);
  const parsed = parse(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  expect(parsed.notes).toEqual([]);
  return parsed.map;
}

const rowIds = (map: JourneyMap) => map.rows!.map((r) => r.id);

describe('the blueprint in the diff', () => {
  it('lists rows and notes added, removed, moved and changed, in words', () => {
    const after = sample((doc) => {
      doc.rows.splice(4, 1); // the Questions row
      doc.notes.splice(1, 1); // and its note
      doc.rows.push({ id: 'row-t', type: 'thoughts' });
      doc.rows[3].hidden = false;
      doc.notes[0].stageId = 'st-b';
      doc.notes[0].text = 'Scrolls and scrolls';
      doc.notes[0].evidence = 'observed';
      doc.notes.push({ id: 'nt-3', rowId: 'row-t', stageId: 'st-a', text: 'Hmm' });
      doc.notes.push({ id: 'nt-4', rowId: 'row-c', stageId: 'st-b', text: 'Moves' });
    });
    const before = sample((doc) => {
      doc.notes.push({ id: 'nt-4', rowId: 'row-n', stageId: 'st-b', text: 'Moves' });
    });
    expect(diffMaps(before, after).map(describeChange)).toEqual([
      'row "Questions" removed',
      'row "Customer Service" hidden: true → false',
      'row "Thoughts" added',
      'note "Why?" removed',
      'note "Scrolls and scrolls" moved to another stage: "Awareness" → "Purchase"',
      'note "Scrolls and scrolls" text: "Scrolls" → "Scrolls and scrolls"',
      'note "Scrolls and scrolls" evidence: reported → observed',
      'note "Hmm" added',
      'note "Moves" moved to another row: "Questions" → "Does"',
    ]);
  });

  it('reports a row that changed place among the others', () => {
    const after = sample((doc) => {
      const [customer] = doc.rows.splice(1, 1);
      doc.rows.push(customer);
    });
    expect(diffMaps(sample(), after).map(describeChange)).toEqual(['row "Does" place: 2 → 5']);
  });

  it('lists the new fields of the map, stages, departments, touchpoints and frictions', () => {
    const after = sample((doc) => {
      doc.scenario = 'Buys a bike in the shop';
      doc.state = 'current';
      doc.basedOn.title = 'Last year';
      doc.checks.disabled = [];
      doc.stages[0].expectations = 'Fair prices';
      doc.departments[1].layer = 'support';
      doc.touchpoints[0].evidence = 'reported';
      doc.touchpoints[0].source = 'Interview 5';
      doc.touchpoints[0].frictions[0].evidence = 'observed';
    });
    expect(diffMaps(sample(), after).map(describeChange)).toEqual([
      'map "Sample journey" scenario: "Buys a bike online" → "Buys a bike in the shop"',
      'map "Sample journey" state: future → current',
      'map "Sample journey" basedOn.title: "Today" → "Last year"',
      'map "Sample journey" checks.disabled: ["empty-row"] → []',
      'stage "Awareness" expectations: "Clear prices" → "Fair prices"',
      'department "Customer Service" layer: backstage → support',
      'touchpoint "Sees an ad" evidence: observed → reported',
      'touchpoint "Sees an ad" source: "Interview 4" → "Interview 5"',
      'touchpoint "Sees an ad" frictions["fr-1"].evidence: assumed → observed',
    ]);
  });

  it('groups rows and notes for the Compare view', () => {
    const after = sample((doc) => {
      doc.rows[1].name = 'Acts';
      doc.notes[1].text = 'Why not?';
    });
    const groups = groupChanges(diffMaps(sample(), after));
    expect(groups.map((g) => g.title)).toEqual(['Rows', 'Notes']);
    expect(groups[0]!.elements[0]!.lines).toEqual(['name: "Does" → "Acts"']);
  });
});

describe('the blueprint in the merge', () => {
  it('merges edits of different rows and notes, and additions on both sides', () => {
    const ours = sample((doc) => {
      doc.rows[0].hidden = true;
      doc.notes.push({ id: 'nt-ours', rowId: 'row-c', stageId: 'st-b', text: 'Ours' });
    });
    const theirs = sample((doc) => {
      doc.rows[4].name = 'Open questions';
      doc.notes[0].text = 'Scrolls a lot';
      doc.notes.push({ id: 'nt-theirs', rowId: 'row-n', stageId: 'st-a', text: 'Theirs' });
    });
    const { map, conflicts } = mergeMaps(sample(), ours, theirs);
    expect(conflicts).toEqual([]);
    expect(map.rows![0]).toMatchObject({ hidden: true });
    expect(map.rows![4]).toMatchObject({ name: 'Open questions' });
    expect(map.notes!.map((n) => n.text)).toEqual(['Scrolls a lot', 'Why?', 'Ours', 'Theirs']);
  });

  it('takes theirs’ order of rows when only they reordered, ours when both did', () => {
    const moveFirstToEnd = (doc: Doc) => doc.rows.push(doc.rows.shift());
    const swapDepartments = (doc: Doc) => {
      [doc.rows[2], doc.rows[3]] = [doc.rows[3], doc.rows[2]];
    };
    const theirs = sample(moveFirstToEnd);
    const onlyTheirs = mergeMaps(sample(), sample(), theirs);
    expect(rowIds(onlyTheirs.map)).toEqual(rowIds(theirs));
    const ours = sample(swapDepartments);
    const both = mergeMaps(sample(), ours, theirs);
    expect(rowIds(both.map)).toEqual(['row-e', 'row-c', 'row-cs', 'row-m', 'row-n']);
    expect(both.conflicts).toEqual([]);
    // Theirs' new row goes before the row that follows it in theirs (Marketing's), in ours' order.
    const added = sample((doc) => {
      moveFirstToEnd(doc);
      doc.rows.splice(1, 0, { id: 'row-x', type: 'evidence' });
    });
    expect(rowIds(mergeMaps(sample(), ours, added).map)).toEqual([
      'row-e',
      'row-c',
      'row-cs',
      'row-x',
      'row-m',
      'row-n',
    ]);
  });

  it('brings back a row theirs deleted when ours added a note to it, as a conflict', () => {
    const ours = sample((doc) => {
      doc.notes.push({ id: 'nt-ours', rowId: 'row-n', stageId: 'st-a', text: 'Still open' });
    });
    const theirs = sample((doc) => {
      doc.rows.splice(4, 1);
      doc.notes.splice(1, 1);
    });
    const { map, conflicts } = mergeMaps(sample(), ours, theirs);
    expect(rowIds(map)).toContain('row-n');
    expect(map.notes!.find((n) => n.id === 'nt-ours')).toMatchObject({ rowId: 'row-n' });
    expect(conflicts.map((c) => c.path)).toEqual([['rows', 'row-n']]);
    expect(describeConflict(map, conflicts[0]!)).toMatchObject({
      entity: 'row',
      name: 'Questions',
      ours: 'kept (edited)',
    });
  });

  it('keeps the rows key absent when neither side has it, and conflicts on a note edited two ways', () => {
    const plain = (edit: (doc: Doc) => void = () => {}) =>
      sample((doc) => {
        delete doc.rows;
        delete doc.notes;
        edit(doc);
      });
    expect(mergeMaps(plain(), plain(), plain()).map.rows).toBeUndefined();
    const ours = sample((doc) => (doc.notes[0].text = 'Ours'));
    const theirs = sample((doc) => (doc.notes[0].text = 'Theirs'));
    const { map, conflicts } = mergeMaps(sample(), ours, theirs);
    expect(map.notes![0]!.text).toBe('Ours');
    expect(conflicts).toEqual([
      { path: ['notes', 'nt-1', 'text'], base: 'Scrolls', ours: 'Ours', theirs: 'Theirs' },
    ]);
  });
});
