import { describe, expect, it } from 'vitest';
import { mergeMaps } from '../../../src/core/merge.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { sampleDocument } from './sample.ts';

type Doc = Record<string, any>;

/** The sample map, edited by `edit` on its raw JSON, parsed as a file would be. */
function sample(edit: (doc: Doc) => void = () => {}): JourneyMap {
  const doc = sampleDocument();
  edit(doc);
  const parsed = parse(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.map;
}

/** Merges edits of the sample; checks the result is a valid file that lists its conflicts. */
function merge(ours: (doc: Doc) => void, theirs: (doc: Doc) => void) {
  const result = mergeMaps(sample(), sample(ours), sample(theirs));
  const reread = parse(serialize(result.map));
  expect(reread.ok).toBe(true);
  if (result.conflicts.length > 0) expect(result.map.conflicts).toEqual(result.conflicts);
  return result;
}

const touchpoint = (map: JourneyMap, id: string) => map.touchpoints.find((t) => t.id === id)!;

describe('mergeMaps', () => {
  it('merges edits of different touchpoints, and of different fields of one', () => {
    const { map, conflicts } = merge(
      (doc) => {
        doc.touchpoints[0].title = 'Sees a poster';
        doc.touchpoints[1].emotion = 0;
      },
      (doc) => {
        doc.touchpoints[1].kind = 'experience';
        doc.touchpoints[1].frictions = [{ id: 'fr-9', text: 'Hold music', severity: 'high' }];
      },
    );
    expect(conflicts).toEqual([]);
    expect(map.conflicts).toBeUndefined();
    expect(touchpoint(map, 'tp-1').title).toBe('Sees a poster');
    expect(touchpoint(map, 'tp-2')).toMatchObject({
      emotion: 0,
      kind: 'experience',
      frictions: [{ id: 'fr-9', text: 'Hold music', severity: 'high' }],
    });
  });

  it('records the same field changed two ways as a conflict and keeps ours', () => {
    const { map, conflicts } = merge(
      (doc) => void (doc.touchpoints[1].kind = 'experience'),
      (doc) => {
        doc.touchpoints[1].kind = 'experience';
        doc.touchpoints[1].channel = 'chat';
        doc.touchpoints[0].frictions[0].text = 'Ads everywhere';
      },
    );
    expect(conflicts).toEqual([]);
    const twoWays = merge(
      (doc) => void (doc.touchpoints[1].channel = 'email'),
      (doc) => void (doc.touchpoints[1].channel = 'chat'),
    );
    expect(twoWays.conflicts).toEqual([
      { path: ['touchpoints', 'tp-2', 'channel'], base: 'phone', ours: 'email', theirs: 'chat' },
    ]);
    expect(touchpoint(twoWays.map, 'tp-2').channel).toBe('email');
    expect(touchpoint(map, 'tp-1').frictions[0]!.text).toBe('Ads everywhere');
  });

  it('applies a deletion of what the other side left alone; delete against edit keeps ours', () => {
    const deleted = merge(
      (doc) => {
        doc.touchpoints.splice(0, 1);
        doc.connections = [];
      },
      (doc) => void (doc.touchpoints[1].title = 'Calls the desk'),
    );
    expect(deleted.conflicts).toEqual([]);
    expect(deleted.map.touchpoints.map((t) => [t.id, t.title])).toEqual([
      ['tp-2', 'Calls the desk'],
    ]);

    const weDeleted = merge(
      (doc) => void doc.touchpoints[0].frictions.splice(0, 1),
      (doc) => void (doc.touchpoints[0].frictions[0].severity = 'high'),
    );
    expect(weDeleted.conflicts).toEqual([
      {
        path: ['touchpoints', 'tp-1', 'frictions', 'fr-1'],
        base: { id: 'fr-1', text: 'Too many ads', severity: 'low' },
        theirs: { id: 'fr-1', text: 'Too many ads', severity: 'high' },
      },
    ]);
    expect(touchpoint(weDeleted.map, 'tp-1').frictions).toEqual([]);

    const theyDeleted = merge(
      (doc) => void (doc.stages[1].name = 'Buying'),
      (doc) => {
        doc.stages.splice(1, 1);
        doc.touchpoints[1].stageId = 'st-a';
      },
    );
    expect(theyDeleted.conflicts.map((c) => c.path)).toEqual([['stages', 'st-b']]);
    expect(theyDeleted.map.stages.map((s) => s.name)).toEqual(['Awareness', 'Buying']);
  });

  it('keeps our order and puts their additions in their place, or takes their new order', () => {
    const added = merge(
      (doc) => void doc.stages.push({ id: 'st-z', name: 'Ours' }),
      (doc) => void doc.stages.splice(1, 0, { id: 'st-t', name: 'Theirs' }),
    );
    expect(added.map.stages.map((s) => s.id)).toEqual(['st-a', 'st-t', 'st-b', 'st-z']);
    const reordered = merge(
      (doc) => void doc.departments.push({ id: 'dep-x', name: 'IT', color: '#000000' }),
      (doc) => void doc.departments.reverse(),
    );
    expect(reordered.map.departments.map((d) => d.id)).toEqual(['dep-cs', 'dep-m', 'dep-x']);
  });

  it("merges frictions by id, each side's new ones beside their neighbours", () => {
    const { map, conflicts } = merge(
      (doc) =>
        void doc.touchpoints[0].frictions.push({ id: 'fr-o', text: 'Ours', severity: 'low' }),
      (doc) =>
        void doc.touchpoints[0].frictions.unshift({ id: 'fr-t', text: 'Theirs', severity: 'high' }),
    );
    expect(conflicts).toEqual([]);
    expect(touchpoint(map, 'tp-1').frictions.map((f) => f.id)).toEqual(['fr-t', 'fr-1', 'fr-o']);
    const same = merge(
      (doc) => void doc.stages.push({ id: 'st-c', name: 'Loyalty' }),
      (doc) => void doc.stages.push({ id: 'st-c', name: 'Loyalty' }),
    );
    expect(same.conflicts).toEqual([]);
    expect(same.map.stages.map((s) => s.id)).toEqual(['st-a', 'st-b', 'st-c']);
  });

  it('moves a card as one: x and y changed on different sides conflict', () => {
    const { map, conflicts } = merge(
      (doc) => void (doc.touchpoints[0].position = { x: 232, y: 16 }),
      (doc) => void (doc.touchpoints[0].position = { x: 16, y: 128 }),
    );
    expect(conflicts.map((c) => c.path)).toEqual([['touchpoints', 'tp-1', 'position']]);
    expect(touchpoint(map, 'tp-1').position).toEqual({ x: 232, y: 16 });
  });

  it('brings back a stage theirs deleted when ours put a new card in it', () => {
    const { map, conflicts } = merge(
      (doc) =>
        void doc.touchpoints.push({
          ...doc.touchpoints[1],
          id: 'tp-3',
          title: 'Emails',
          frictions: [],
        }),
      (doc) => {
        doc.stages.splice(1, 1);
        doc.touchpoints.splice(1, 1);
        doc.connections = [];
      },
    );
    expect(conflicts).toEqual([
      {
        path: ['stages', 'st-b'],
        base: { id: 'st-b', name: 'Purchase' },
        ours: { id: 'st-b', name: 'Purchase' },
      },
    ]);
    expect(map.stages.map((s) => s.id)).toEqual(['st-a', 'st-b']);
    expect(map.touchpoints.map((t) => t.id)).toEqual(['tp-1', 'tp-3']);
  });

  it('falls back to ours, with the disputed lists as conflicts, when the merge is no valid map', () => {
    // Both sides gave the id "dup" to different records: the union would have it twice.
    const { map, conflicts } = merge(
      (doc) => void doc.stages.push({ id: 'dup', name: 'Ours' }),
      (doc) => void doc.departments.push({ id: 'dup', name: 'Theirs', color: '#123456' }),
    );
    expect(conflicts.map((c) => c.path)).toEqual([['departments']]);
    expect(map.stages.map((s) => s.id)).toEqual(['st-a', 'st-b', 'dup']);
    expect(map.departments.map((d) => d.id)).toEqual(['dep-m', 'dep-cs']);
    expect(conflicts[0]!.theirs).toHaveLength(3);
  });

  it('keeps stored conflicts until one side resolves them, and adds the new ones', () => {
    const stored = { path: ['title'], base: 'A', ours: 'B', theirs: 'C' };
    const base = sample((doc) => void (doc.conflicts = [stored]));
    const ours = sample((doc) => {
      doc.conflicts = [stored];
      doc.title = 'Ours';
    });
    const theirs = sample((doc) => {
      doc.title = 'Theirs';
    });
    const { map, conflicts } = mergeMaps(base, ours, theirs);
    expect(conflicts).toEqual([
      { path: ['title'], base: 'Sample journey', ours: 'Ours', theirs: 'Theirs' },
    ]);
    // Theirs resolved the stored one.
    expect(map.conflicts).toEqual(conflicts);
    const again = mergeMaps(
      base,
      sample((doc) => {
        doc.conflicts = [stored];
        doc.title = 'Ours';
      }),
      sample((doc) => {
        doc.conflicts = [stored];
        doc.title = 'Theirs';
      }),
    );
    // Still disputed: the new record replaces the stored one at the same path.
    expect(again.map.conflicts).toEqual(conflicts);
    const resolved = mergeMaps(
      base,
      sample(),
      sample((doc) => void (doc.nps = 10)),
    );
    expect(resolved.map.conflicts).toBeUndefined();
    expect(resolved.map.nps).toBe(10);
  });
});
