import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { validMap } from './arbitraries.ts';

/** 2,000 in `npm test`; `npm run fuzz` runs 10,000 (FUZZ_RUNS), as fuzz.test.ts does. */
const MUTATION_RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);

/** Mutations a damaged or hand-edited file might suffer, at the JSON level. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  }
  return out;
}

function setAt(
  root: Json,
  path: (string | number)[],
  update: (parent: Json[] | Record<string, Json>, key: string | number) => void,
) {
  if (path.length === 0) return;
  let parent: Json = root;
  for (const key of path.slice(0, -1))
    parent = (parent as Record<string, Json>)[key as string] as Json;
  update(parent as Record<string, Json>, path[path.length - 1]!);
}

const mutation = fc.record({
  op: fc.constantFrom(
    'delete',
    'replace',
    'duplicate-id',
    'add-key',
    'truncate',
    'insert-char',
    'delete-range',
    'big-number',
  ),
  pick: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  char: fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '"',
    '\\',
    '\n',
    'x',
    '1',
    ' ',
    '\u0000',
    '\ufeff',
  ),
  span: fc.integer({ min: 1, max: 40 }),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  switch (m.op) {
    case 'truncate':
      return text.slice(0, m.pick % (text.length + 1));
    case 'insert-char': {
      const at = m.pick % (text.length + 1);
      return text.slice(0, at) + m.char + text.slice(at);
    }
    case 'delete-range': {
      const at = m.pick % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.span);
    }
    case 'big-number':
      return text.replace(/"x": -?[0-9.e+-]+/, '"x": 1e999');
  }
  const root = JSON.parse(text) as Json;
  const all = paths(root).filter((p) => p.length > 0);
  const target = all[m.pick % all.length]!;
  switch (m.op) {
    case 'delete':
      setAt(root, target, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
      });
      break;
    case 'replace':
      setAt(root, target, (parent, key) => {
        (parent as Record<string, Json>)[key as string] = m.value;
      });
      break;
    case 'duplicate-id': {
      const ids = all.filter((p) => p[p.length - 1] === 'id');
      if (ids.length >= 2) {
        const from = ids[m.pick % ids.length]!;
        const to = ids[(m.pick + 1) % ids.length]!;
        let value: Json = root;
        for (const k of from) value = (value as Record<string, Json>)[k as string] as Json;
        setAt(root, to, (parent, key) => {
          (parent as Record<string, Json>)[key as string] = value;
        });
      }
      break;
    }
    case 'add-key':
      setAt(root, target, (parent, key) => {
        const holder = (parent as Record<string, Json>)[key as string];
        if (holder !== null && typeof holder === 'object' && !Array.isArray(holder))
          holder[`k${m.span}`] = m.value;
      });
      break;
  }
  return JSON.stringify(root, null, 2);
}

describe('format properties', () => {
  it('random valid maps round-trip byte-identically', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const first = serialize(map);
        const parsed = parse(first);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error, null, 2));
        expect(serialize(parsed.map)).toBe(first);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it(`${MUTATION_RUNS} random mutations of valid files never throw and give a valid map or located errors`, () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(validMap, mutation, (map, m) => {
        const text = mutate(serialize(map), m);
        const result = parse(text);
        if (result.ok) {
          valid++;
          // A map that parses is valid: it serializes and parses again to the same text.
          const again = serialize(result.map);
          const reparsed = parse(again);
          expect(reparsed.ok).toBe(true);
          if (reparsed.ok) expect(serialize(reparsed.map)).toBe(again);
          return;
        }
        invalid++;
        const error = result.error;
        expect(error.message.length).toBeGreaterThan(0);
        switch (error.kind) {
          case 'not-json':
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.column).toBeGreaterThanOrEqual(1);
            break;
          case 'invalid':
            expect(error.problems.length).toBeGreaterThan(0);
            for (const problem of error.problems) {
              expect(problem.path).toMatch(/^(\(file\)|[A-Za-z_$[])/);
              expect(problem.message.length).toBeGreaterThan(0);
            }
            break;
          default:
            break;
        }
      }),
      { numRuns: MUTATION_RUNS },
    );
    // Both outcomes must really occur, or the mutations test nothing.
    expect(valid).toBeGreaterThan(MUTATION_RUNS / 100);
    expect(invalid).toBeGreaterThan(MUTATION_RUNS / 10);
  }, 180_000);
});
