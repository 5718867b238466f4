/** The `comments` key of the file format: schema and quick check agree, references, rule 9. */
import { describe, expect, it } from 'vitest';
import { parse, describeParseFailure } from '../../../src/core/parse.ts';
import { quickCheckMap } from '../../../src/core/quick-check.ts';
import { journeyMapSchema } from '../../../src/core/schema.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { sampleDocument } from './sample.ts';

type Doc = Record<string, any>;

/** The sample with a thread on a card (a reply included) and one on the map. */
function commented(): Doc {
  const doc = sampleDocument();
  doc.comments = [
    {
      id: 'cm-1',
      target: { type: 'touchpoint', id: 'tp-2' },
      author: 'Ana',
      text: 'Hold times are worse in winter',
      createdAt: '2026-03-01T09:30:00Z',
      resolved: false,
    },
    {
      id: 'cm-2',
      target: { type: 'touchpoint', id: 'tp-2' },
      author: 'Ben',
      text: 'Agreed, see the Q4 survey',
      createdAt: '2026-03-01T10:00:00+01:00',
      resolved: false,
      replyTo: 'cm-1',
    },
    {
      id: 'cm-3',
      target: { type: 'map', id: 'map-1' },
      author: '',
      text: 'Check with legal before sharing',
      createdAt: '2026-03-02T08:00:00Z',
      resolved: true,
    },
  ];
  return doc;
}

function problems(doc: Doc): string[] {
  const result = parse(JSON.stringify(doc));
  return result.ok ? [] : describeParseFailure(result.error).slice(1);
}

describe('comments in a file', () => {
  it('opens a commented map and writes it back byte-identical', () => {
    const doc = commented();
    expect(quickCheckMap(doc)).toBe(true);
    const first = parse(JSON.stringify(doc));
    if (!first.ok) expect.fail(describeParseFailure(first.error).join('\n'));
    expect(first.notes).toEqual([]);
    const text = serialize(first.map);
    const again = parse(text);
    expect(again.ok && serialize(again.map)).toBe(text);
    // Known keys in the format's order, then the comments after the connections.
    expect(text.indexOf('"comments"')).toBeGreaterThan(text.indexOf('"connections"'));
    expect(text).toContain(
      '"target": {\n        "type": "touchpoint",\n        "id": "tp-2"\n      },\n      "author": "Ana"',
    );
  });

  it('writes no comments key for a map without comments', () => {
    const result = parse(JSON.stringify(sampleDocument()));
    expect(result.ok && serialize(result.map)).not.toContain('comments');
  });

  it('refuses bad values with their JSON paths, and the quick check agrees with the schema', () => {
    const cases: [(doc: Doc) => void, string][] = [
      [(d) => (d.comments[0].target.type = 'persona'), 'comments[0].target.type: expected'],
      [(d) => (d.comments[0].text = ''), 'comments[0].text:'],
      [(d) => (d.comments[0].text = 'x'.repeat(5001)), 'comments[0].text:'],
      [(d) => (d.comments[0].author = 'x'.repeat(101)), 'comments[0].author:'],
      [
        (d) => (d.comments[1].createdAt = 'yesterday'),
        'comments[1].createdAt: expected an ISO-8601',
      ],
      [
        (d) => (d.comments[2].resolved = 'yes'),
        'comments[2].resolved: expected true or false, got "yes"',
      ],
      [(d) => delete d.comments[2].resolved, 'comments[2].resolved:'],
      [(d) => (d.comments[0].id = 'has space'), 'comments[0].id: expected an id'],
      [(d) => (d.comments[0].target = 'tp-2'), 'comments[0].target:'],
      [
        (d) => (d.comments[1].replyTo = 'cm-9'),
        'comments[1].replyTo: no comment has the id "cm-9"',
      ],
      [
        (d) => (d.comments[1].replyTo = 'tp-2'),
        'comments[1].replyTo: no comment has the id "tp-2"',
      ],
      [(d) => (d.comments[2].replyTo = 'cm-2'), 'comments[2].replyTo: "cm-2" is itself a reply'],
      [
        (d) => (d.comments[1].target.id = 'tp-1'),
        'comments[1].replyTo: the comment "cm-1" is about another element',
      ],
      [
        (d) => (d.comments[2].id = 'tp-1'),
        'comments[2].id: the id "tp-1" is already used by touchpoints[0]',
      ],
      [(d) => (d.comments = {}), 'comments:'],
    ];
    for (const [edit, expected] of cases) {
      const doc = commented();
      edit(doc);
      const found = problems(doc);
      expect(found.join('\n'), expected).toContain(expected);
      if (quickCheckMap(doc)) expect(journeyMapSchema.safeParse(doc).success).toBe(true);
    }
  });

  it('never lets the quick check pass a comment the schema refuses, whatever one of its keys holds', () => {
    const odd = [
      null,
      true,
      0,
      1.5,
      '',
      'x',
      'has space',
      '2026-01-31T09:30:00Z',
      [],
      {},
      undefined,
    ];
    const keys = ['id', 'target', 'author', 'text', 'createdAt', 'resolved', 'replyTo'];
    let refused = 0;
    for (const key of [...keys, 'target.type', 'target.id']) {
      for (const value of odd) {
        const doc = commented();
        const [outer, inner] = key.split('.') as [string, string | undefined];
        const record = inner === undefined ? doc.comments[1] : doc.comments[1][outer];
        const at = inner ?? outer;
        if (value === undefined) delete record[at];
        else record[at] = value;
        const schema = journeyMapSchema.safeParse(doc).success;
        if (!schema) refused++;
        if (quickCheckMap(doc)) expect(schema, JSON.stringify({ key, value })).toBe(true);
      }
    }
    expect(refused).toBeGreaterThan(50);
  });

  it('keeps unknown keys of a comment and of its target', () => {
    const doc = commented();
    doc.comments[0]['x-mood'] = 'grumpy';
    doc.comments[0].target['x-anchor'] = { line: 2 };
    const result = parse(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    const text = result.ok ? serialize(result.map) : '';
    expect(JSON.parse(text).comments[0]).toMatchObject({
      'x-mood': 'grumpy',
      target: { type: 'touchpoint', id: 'tp-2', 'x-anchor': { line: 2 } },
    });
  });
});

describe('rule 9: a file an older version edited', () => {
  it('keeps comments as an unknown key there, and moves a thread whose card it deleted to the map', () => {
    // An older version keeps `comments` untouched (rule 6) and deletes the card the way it
    // knows: the card and its connections go, the comments stay, now about nothing.
    const doc = commented();
    doc.touchpoints = doc.touchpoints.filter((tp: Doc) => tp.id !== 'tp-2');
    doc.connections = doc.connections.filter((cn: Doc) => cn.from !== 'tp-2' && cn.to !== 'tp-2');
    const result = parse(JSON.stringify(doc));
    if (!result.ok) expect.fail(describeParseFailure(result.error).join('\n'));
    expect(result.notes).toEqual([
      'Comment "cm-1" was on the touchpoint "tp-2", which is no longer in the map; it is now on the whole map.',
    ]);
    const comments = result.map.comments!;
    expect(comments.map((c) => c.target)).toEqual([
      { type: 'map', id: 'map-1' },
      { type: 'map', id: 'map-1' },
      { type: 'map', id: 'map-1' },
    ]);
    // The reply still answers its thread, and nothing else changed.
    expect(comments[1]).toMatchObject({ replyTo: 'cm-1', text: 'Agreed, see the Q4 survey' });
    const again = parse(serialize(result.map));
    expect(again.ok && again.notes).toEqual([]);
  });

  it('repairs a map comment that names another map id', () => {
    const doc = commented();
    doc.id = 'map-2';
    const result = parse(JSON.stringify(doc));
    expect(result.ok && result.map.comments![2]!.target).toEqual({ type: 'map', id: 'map-2' });
    expect(result.ok && result.notes).toEqual([
      'Comment "cm-3" named another map ("map-1"); it is now on this map.',
    ]);
  });
});
