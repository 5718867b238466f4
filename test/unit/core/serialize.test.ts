import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import type { JourneyMap } from '../../../src/core/model.ts';
import { sampleDocument, text } from './sample.ts';

function read(input: string): JourneyMap {
  const result = parse(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

describe('serialize: the canonical form', () => {
  it('writes two-space JSON with a final newline and no byte-order mark', () => {
    const out = serialize(read(text(sampleDocument())));
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    expect(out.charCodeAt(0)).toBe(0x7b);
    expect(out.split('\n')[1]).toBe('  "format": "touchmap",');
  });

  it('puts keys in the order of the format page whatever order they were read in', () => {
    const doc = sampleDocument();
    const shuffled = Object.fromEntries(Object.entries(doc).reverse());
    shuffled.touchpoints = doc.touchpoints.map((tp: object) =>
      Object.fromEntries(Object.entries(tp).reverse()),
    );
    const out = serialize(read(text(shuffled)));
    const top = Object.keys(JSON.parse(out));
    expect(top).toEqual([
      'format',
      'version',
      'id',
      'title',
      'stages',
      'departments',
      'touchpoints',
      'connections',
    ]);
    const touchpoint = Object.keys(JSON.parse(out).touchpoints[1]);
    expect(touchpoint).toEqual([
      'id',
      'title',
      'stageId',
      'departmentId',
      'kind',
      'channel',
      'emotion',
      'frictions',
      'opportunities',
      'csat',
      'position',
    ]);
    expect(out).toBe(serialize(read(text(doc))));
  });

  it('gives byte-identical output for two saves, and a one-line diff for a one-field edit', () => {
    const map = read(text(sampleDocument()));
    expect(serialize(map)).toBe(serialize(read(serialize(map))));
    const edited = { ...map, title: 'Renamed journey' };
    const before = serialize(map).split('\n');
    const after = serialize(edited).split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual([
      '  "title": "Renamed journey",',
    ]);
  });

  it('writes the defaults it filled, and omits optional keys that were absent', () => {
    const out = JSON.parse(serialize(read(text(sampleDocument()))));
    expect(out.touchpoints[1].frictions).toEqual([]);
    expect(out.touchpoints[1].opportunities).toEqual([]);
    expect('description' in out).toBe(false);
    expect('csat' in out.touchpoints[0]).toBe(false);
  });

  it('keeps null where null was written (csat, nps)', () => {
    const doc = sampleDocument();
    doc.nps = null;
    doc.touchpoints[1].csat = null;
    const out = JSON.parse(serialize(read(text(doc))));
    expect(out.nps).toBeNull();
    expect(out.touchpoints[1].csat).toBeNull();
  });
});

describe('rule 6: unknown keys survive a round trip at every level', () => {
  it('writes back unknown keys of the map, persona, stages, departments, touchpoints, positions, frictions, opportunities and connections', () => {
    const doc = sampleDocument();
    doc.theme = { palette: ['#000000'], nested: { deep: [1, { two: null }] } };
    doc.persona = { name: 'P', avatar: 'data:x' };
    doc.stages[0].icon = 'eye';
    doc.departments[1].headcount = 12;
    doc.touchpoints[0].attachments = [{ kind: 'link', url: 'https://example.com' }];
    doc.touchpoints[0].position.z = 3;
    doc.touchpoints[0].frictions[0].votes = 7;
    doc.touchpoints[0].opportunities[0].owner = 'Ana';
    doc.connections[0].style = 'dashed';
    const out = JSON.parse(serialize(read(text(doc))));
    expect(out.theme).toEqual(doc.theme);
    expect(out.persona.avatar).toBe('data:x');
    expect(out.stages[0].icon).toBe('eye');
    expect(out.departments[1].headcount).toBe(12);
    expect(out.touchpoints[0].attachments).toEqual(doc.touchpoints[0].attachments);
    expect(out.touchpoints[0].position.z).toBe(3);
    expect(out.touchpoints[0].frictions[0].votes).toBe(7);
    expect(out.touchpoints[0].opportunities[0].owner).toBe('Ana');
    expect(out.connections[0].style).toBe('dashed');
  });

  it('writes unknown keys after the known ones, in the order they were read', () => {
    const doc = { zeta: 1, ...sampleDocument(), alpha: 2 };
    const keys = Object.keys(JSON.parse(serialize(read(text(doc)))));
    expect(keys.slice(-2)).toEqual(['zeta', 'alpha']);
  });

  it('keeps an unknown key named "__proto__" as a key', () => {
    const input = text(sampleDocument()).replace(
      '"format"',
      '"__proto__": {"polluted": true},\n  "format"',
    );
    const out = serialize(read(input));
    expect(out).toContain('"__proto__": {');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the bundled templates', () => {
  const dir = 'assets/templates';
  const files = readdirSync(dir).filter((f) => f.endsWith('.touchmap'));

  it('include Blank and at least three real journeys', () => {
    expect(files).toContain('blank.touchmap');
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s is valid and already in canonical form', (file) => {
    const raw = readFileSync(`${dir}/${file}`, 'utf8');
    const map = read(raw);
    expect(serialize(map)).toBe(raw);
  });

  it.each(files.filter((f) => f !== 'blank.touchmap'))(
    '%s has both kinds, emotions, frictions and connections',
    (file) => {
      const map = read(readFileSync(`${dir}/${file}`, 'utf8'));
      expect(map.touchpoints.some((t) => t.kind === 'service')).toBe(true);
      expect(map.touchpoints.some((t) => t.kind === 'experience')).toBe(true);
      expect(map.touchpoints.filter((t) => t.emotion !== null).length).toBeGreaterThan(5);
      expect(map.touchpoints.some((t) => t.frictions.length > 0)).toBe(true);
      expect(map.connections.length).toBeGreaterThan(0);
    },
  );
});
