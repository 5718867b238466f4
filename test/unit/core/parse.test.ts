import { describe, expect, it } from 'vitest';
import { describeParseFailure, parse, type ParseFailure } from '../../../src/core/parse.ts';
import { MAX_PROBLEMS } from '../../../src/core/problems.ts';
import { sampleDocument, text } from './sample.ts';

function failure(input: string): ParseFailure {
  const result = parse(input);
  if (result.ok) throw new Error('expected the parse to fail');
  return result.error;
}

function problems(document: unknown): string[] {
  const error = failure(text(document));
  expect(error.kind).toBe('invalid');
  return describeParseFailure(error).slice(1);
}

describe('parse: a valid file', () => {
  it('reads the sample and fills defaults of optional keys', () => {
    const result = parse(text(sampleDocument()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const second = result.map.touchpoints[1]!;
    expect(second.frictions).toEqual([]);
    expect(second.opportunities).toEqual([]);
    expect(result.map.touchpoints[0]!.emotion).toBe(1);
    expect(result.notes).toEqual([]);
  });

  it('defaults connections to [] and emotion to null', () => {
    const doc = sampleDocument();
    delete doc.connections;
    delete doc.touchpoints[0].emotion;
    const result = parse(text(doc));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.map.connections).toEqual([]);
    expect(result.map.touchpoints[0]!.emotion).toBeNull();
  });

  it('tolerates a leading byte-order mark', () => {
    expect(parse(`\ufeff${text(sampleDocument())}`).ok).toBe(true);
  });

  it('keeps strings exactly as given (no trimming)', () => {
    const doc = sampleDocument();
    doc.title = '  Spaced title \t';
    doc.touchpoints[0].title = ' x ';
    const result = parse(text(doc));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.map.title).toBe('  Spaced title \t');
    expect(result.map.touchpoints[0]!.title).toBe(' x ');
  });

  it('accepts every optional key at its limits', () => {
    const doc = sampleDocument();
    Object.assign(doc, {
      description: '',
      persona: { name: 'Priya', description: 'd', goals: ['a', 'b'], quote: 'q' },
      nps: -100,
      createdAt: '2026-01-31T09:30:00Z',
      updatedAt: '2026-01-31T09:30:00.123+01:00',
    });
    doc.touchpoints[0].csat = 1;
    doc.touchpoints[1].csat = null;
    doc.touchpoints[0].emotion = -2;
    doc.touchpoints[0].title = 'x'.repeat(200);
    doc.stages[0].name = 'y'.repeat(100);
    doc.connections[0].label = 'then';
    expect(parse(text(doc)).ok).toBe(true);
  });
});

describe('parse rule 1: not JSON', () => {
  it('says where the syntax breaks, by line and column', () => {
    const error = failure('{\n  "format": "touchmap",\n  "version": 1,,\n}');
    expect(error).toMatchObject({ kind: 'not-json', line: 3, column: 16 });
    expect(error.message).toContain('line 3, column 16');
  });

  it.each([
    ['', 1, 1, 'end of the file'],
    ['{"a": 1', 1, 8, 'end of the file'],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{"a": "x\ny"}', 1, 9, 'line break'],
    ['{"a": 01}', 1, 8, '"," or "}"'],
    ['{"a": "\\q"}', 1, 8, 'invalid escape'],
    ['[1, 2,]', 1, 7, 'comma before "]"'],
    ['{} {}', 1, 4, 'after the end'],
    ["{'a': 1}", 1, 2, 'property name in double quotes'],
  ])('%j breaks at %i:%i', (input, line, column, words) => {
    const error = failure(input);
    expect(error).toMatchObject({ kind: 'not-json', line, column });
    expect(error.message).toContain(words);
  });

  it.each([['[]'], ['"touchmap"'], ['42'], ['null']])(
    'refuses %s: JSON but not an object',
    (input) => {
      const error = failure(input);
      expect(error.kind).toBe('not-json');
      expect(error.message).toContain('not a Touchmap file');
    },
  );
});

describe('parse rule 2: not a Touchmap file', () => {
  it.each([
    [{ version: 1 }, 'no "format" key'],
    [{ format: 'drawio', version: 1 }, '"format" is "drawio"'],
    [{ format: 'Touchmap', version: 1 }, '"format" is "Touchmap"'],
  ])('refuses %j', (doc, words) => {
    const error = failure(text(doc));
    expect(error.kind).toBe('not-touchmap');
    expect(error.message).toContain('not a Touchmap file');
    expect(error.message).toContain(words);
  });
});

describe('parse rule 3: a newer version', () => {
  it('refuses, naming the version the file needs', () => {
    const doc = { ...sampleDocument(), version: 4, somethingNew: true };
    const error = failure(text(doc));
    expect(error).toMatchObject({ kind: 'too-new', version: 4, supportedVersion: 1 });
    // The hosts add "The file was not changed." once, under it: the message does not say it too.
    expect(error.message).toBe(
      'This map was saved in format version 4, and this copy of Touchmap reads up to version 1. Update Touchmap to open it.',
    );
  });

  it('checks the version before the rest, so a newer layout is not reported as broken', () => {
    const error = failure(text({ format: 'touchmap', version: 2, lanes: [] }));
    expect(error.kind).toBe('too-new');
  });

  it.each([[0], [-1], [1.5], ['1'], [null]])('treats version %j as invalid', (version) => {
    expect(problems({ ...sampleDocument(), version })[0]).toMatch(
      /^version: expected a whole number/,
    );
  });
});

describe('parse rule 5: schema violations, each with its path', () => {
  const cases: [string, (doc: Record<string, any>) => void, string][] = [
    [
      'wrong enum',
      (d) => (d.touchpoints[0].kind = 'support'),
      'touchpoints[0].kind: expected "service" or "experience", got "support"',
    ],
    [
      'wrong channel',
      (d) => (d.touchpoints[1].channel = 'fax'),
      'touchpoints[1].channel: expected "in-person", "phone", "email", "chat", "web", "app", "social", "mail", "event" or "other", got "fax"',
    ],
    ['wrong type', (d) => (d.title = 42), 'title: expected a text, got 42'],
    [
      'missing required',
      (d) => delete d.touchpoints[0].title,
      'touchpoints[0].title: missing (expected a text)',
    ],
    [
      'empty title',
      (d) => (d.title = ''),
      'title: expected at least 1 character, got an empty text',
    ],
    [
      'title too long',
      (d) => (d.title = 'x'.repeat(201)),
      'title: expected at most 200 characters, got 201 characters',
    ],
    [
      'emotion out of range',
      (d) => (d.touchpoints[0].emotion = 3),
      'touchpoints[0].emotion: expected a whole number from -2 to 2 (or null when not rated), got 3',
    ],
    [
      'emotion not whole',
      (d) => (d.touchpoints[0].emotion = 0.5),
      'touchpoints[0].emotion: expected a whole number from -2 to 2 (or null when not rated), got 0.5',
    ],
    [
      'csat out of range',
      (d) => (d.touchpoints[1].csat = 6),
      'touchpoints[1].csat: expected a number from 1 to 5 (or null), got 6',
    ],
    [
      'nps out of range',
      (d) => (d.nps = 101),
      'nps: expected a whole number from -100 to 100 (or null when not measured), got 101',
    ],
    [
      'bad colour',
      (d) => (d.departments[0].color = 'orange'),
      'departments[0].color: expected a colour like "#1f77b4", got "orange"',
    ],
    [
      'bad severity',
      (d) => (d.touchpoints[0].frictions[0].severity = 'critical'),
      'touchpoints[0].frictions[0].severity: expected "low", "medium" or "high", got "critical"',
    ],
    [
      'bad id',
      (d) => (d.stages[0].id = 'has space'),
      'stages[0].id: expected an id of 1 to 64 characters from A-Z, a-z, 0-9, "_" and "-", got "has space"',
    ],
    ['id too long', (d) => (d.id = 'a'.repeat(65)), 'id: expected an id of 1 to 64 characters'],
    ['no stages', (d) => (d.stages = []), 'stages: expected at least 1 item, got an empty list'],
    [
      'no departments',
      (d) => (d.departments = []),
      'departments: expected at least 1 item, got an empty list',
    ],
    ['touchpoints missing', (d) => delete d.touchpoints, 'touchpoints: missing (expected a list)'],
    [
      'position not a number',
      (d) => (d.touchpoints[0].position.x = '16'),
      'touchpoints[0].position.x: expected a number, got "16"',
    ],
    ['bad date', (d) => (d.createdAt = '31/01/2026'), 'createdAt: expected an ISO-8601 date-time'],
    [
      'persona without a name',
      (d) => (d.persona = { quote: 'hi' }),
      'persona.name: missing (expected a text)',
    ],
    [
      'goals not texts',
      (d) => (d.persona = { name: 'P', goals: [1] }),
      'persona.goals[0]: expected a text, got 1',
    ],
    [
      'empty friction',
      (d) => (d.touchpoints[0].frictions[0].text = ''),
      'touchpoints[0].frictions[0].text: expected at least 1 character',
    ],
    [
      'duplicate id',
      (d) => (d.touchpoints[1].id = 'tp-1'),
      'touchpoints[1].id: the id "tp-1" is already used by touchpoints[0]',
    ],
    [
      'id shared across sorts',
      (d) => (d.connections[0].id = 'st-a'),
      'connections[0].id: the id "st-a" is already used by stages[0]',
    ],
    [
      'friction id reused',
      (d) => (d.touchpoints[0].opportunities[0].id = 'fr-1'),
      'touchpoints[0].opportunities[0].id: the id "fr-1" is already used by touchpoints[0].frictions[0]',
    ],
    [
      'dangling stage',
      (d) => (d.touchpoints[0].stageId = 'st-zz'),
      'touchpoints[0].stageId: no stage has the id "st-zz"',
    ],
    [
      'department id used as stage',
      (d) => (d.touchpoints[0].stageId = 'dep-m'),
      'touchpoints[0].stageId: no stage has the id "dep-m"',
    ],
    [
      'dangling department',
      (d) => (d.touchpoints[0].departmentId = 'nope'),
      'touchpoints[0].departmentId: no department has the id "nope"',
    ],
    [
      'dangling connection',
      (d) => (d.connections[0].to = 'tp-9'),
      'connections[0].to: no touchpoint has the id "tp-9"',
    ],
    [
      'object where a list belongs',
      (d) => (d.stages = {}),
      'stages: expected a list, got an object',
    ],
  ];
  it.each(cases)('%s', (_name, breakIt, expected) => {
    const doc = sampleDocument();
    breakIt(doc);
    expect(problems(doc).some((line) => line.startsWith(expected))).toBe(true);
  });

  it('lists every problem at once', () => {
    const doc = sampleDocument();
    doc.title = '';
    doc.touchpoints[0].kind = 'x';
    doc.touchpoints[1].stageId = 'missing';
    const lines = problems(doc);
    expect(lines).toHaveLength(3);
    expect(describeParseFailure(failure(text(doc)))[0]).toBe('The map has 3 problems.');
  });

  it(`caps the list at ${MAX_PROBLEMS} and says how many more`, () => {
    const doc = sampleDocument();
    for (let i = 0; i < 80; i++) {
      doc.touchpoints.push({
        ...doc.touchpoints[0],
        id: `t${i}`,
        frictions: [],
        opportunities: [],
        kind: 'bad',
      });
    }
    const error = failure(text(doc));
    if (error.kind !== 'invalid') throw new Error(error.kind);
    expect(error.totalProblems).toBe(80);
    expect(error.problems).toHaveLength(MAX_PROBLEMS);
    const lines = describeParseFailure(error);
    expect(lines[0]).toBe(`The map has 80 problems (showing the first ${MAX_PROBLEMS}).`);
    expect(lines.at(-1)).toBe('…and 30 more.');
  });

  it('is not fooled by keys that are not identifiers', () => {
    const doc = sampleDocument();
    doc.touchpoints[0].frictions = 'none';
    expect(problems(doc)).toContain('touchpoints[0].frictions: expected a list, got "none"');
  });
});

describe('parse rule 7: numbers must be finite', () => {
  it('refuses a number too large to store', () => {
    const input = text(sampleDocument()).replace('"x": 16', '"x": 1e999');
    const error = failure(input);
    expect(describeParseFailure(error)).toContain(
      'touchpoints[0].position.x: expected a number, got a number too large to store',
    );
  });
});

describe('rule 7 holds for unknown keys too', () => {
  it('refuses Infinity hidden in a key this version does not know, so a save cannot turn it into null', () => {
    const input = text({ ...sampleDocument(), future: { scale: 1 } }).replace(
      '"scale": 1',
      '"scale": 1e400',
    );
    const lines = describeParseFailure(failure(input));
    expect(lines).toEqual([
      'The map has 1 problem.',
      'future.scale: expected a number, got a number too large to store',
    ]);
  });
});

describe('parse never throws', () => {
  it.each([
    ['\u0000'],
    ['{"format":"touchmap","version":1,"stages":null}'],
    ['{"format":"touchmap","version":1,"touchpoints":[null,1,"x"]}'],
  ])('%j', (input) => {
    expect(() => parse(input)).not.toThrow();
    expect(parse(input).ok).toBe(false);
  });
});
