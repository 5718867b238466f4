import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUICK_RECORD_CHECKS, quickCheckMap } from '../../../src/core/quick-check.ts';
import { journeyMapSchema } from '../../../src/core/schema.ts';
import { findReferenceProblems } from '../../../src/core/references.ts';
import { validMap } from './arbitraries.ts';
import { sampleBlueprintDocument, sampleDocument } from './sample.ts';
import { generateMap } from '../../bench/generate-map.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a document, as a path. */
function places(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) places(v, [...prefix, k], out);
  }
  return out;
}

/** Values a hand-edited file might hold where another was expected. */
const ODD_VALUES: Json[] = [
  null,
  true,
  0,
  -0,
  1.5,
  -3,
  6,
  2,
  -2,
  1e300,
  '',
  'x',
  'has space',
  '#12345g',
  '#a1b2c3',
  'a'.repeat(300),
  '2026-01-31T09:30:00Z',
  'not a date',
  // Words of the blueprint's choices, in places that take other choices.
  'observed',
  'backstage',
  'future',
  'notes',
  'department',
  'dep-m',
  [],
  [{}],
  {},
  { x: 1, y: 2 },
];

const schemaAccepts = (document: unknown) => journeyMapSchema.safeParse(document).success;

describe('the quick check of a parsed map', () => {
  it('accepts the maps the schema accepts in practice: generated, sample and random valid ones', () => {
    expect(quickCheckMap(generateMap(300).map)).toBe(true);
    expect(quickCheckMap(sampleDocument())).toBe(true);
    expect(quickCheckMap(sampleBlueprintDocument())).toBe(true);
    fc.assert(
      fc.property(validMap, (map) => {
        expect(quickCheckMap(JSON.parse(JSON.stringify(map)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['plain', sampleDocument],
    ['blueprint', sampleBlueprintDocument],
  ])(
    'never accepts a %s document the schema refuses, whatever one place holds or lacks',
    (_, sample) => {
      const base = sample() as Json;
      const all = places(base).filter((path) => path.length > 0);
      let refused = 0;
      for (const path of all) {
        for (const value of [...ODD_VALUES, undefined]) {
          const document = structuredClone(base) as Record<string, Json>;
          let parent = document as Json;
          for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key]!;
          const last = path[path.length - 1]!;
          if (value === undefined) {
            if (Array.isArray(parent)) parent.splice(last as number, 1);
            else delete (parent as Record<string, Json>)[last];
          } else (parent as Record<string, Json>)[last] = value;
          const schema = schemaAccepts(document);
          if (!schema) refused++;
          if (quickCheckMap(document)) expect(schema, JSON.stringify({ path, value })).toBe(true);
        }
      }
      // The mutations do reach what the schema refuses, so the check above can fail.
      expect(refused).toBeGreaterThan(100);
    },
  );

  it('checks one record as its own schema would, for the edit operations', () => {
    const document = sampleDocument();
    const tp = document.touchpoints.find((t: { frictions?: unknown[] }) => t.frictions?.length);
    const records: unknown[] = [
      tp,
      tp.position,
      tp.frictions[0],
      document.stages[0],
      document.departments[0],
      document.connections[0],
      { id: 'op-1', text: 'An idea' },
    ];
    let accepted = 0;
    for (const [schema, quick] of QUICK_RECORD_CHECKS) {
      const zod = schema as { safeParse: (v: unknown) => { success: boolean } };
      for (const record of records) {
        const variants: unknown[] = [record, null, [], 'x'];
        for (const key of Object.keys(record as object)) {
          for (const value of [...ODD_VALUES, undefined]) {
            variants.push({ ...(record as object), [key]: value });
          }
        }
        for (const variant of variants) {
          if (!quick(variant)) continue;
          accepted++;
          expect(zod.safeParse(variant).success, JSON.stringify(variant)).toBe(true);
        }
      }
    }
    expect(accepted).toBeGreaterThan(QUICK_RECORD_CHECKS.size);
  });

  it('leaves keys it does not check to the schema', () => {
    const document = sampleDocument();
    document.createdAt = 'yesterday';
    expect(quickCheckMap(document)).toBe(false);
    document.createdAt = '2026-01-31T09:30:00Z';
    expect(quickCheckMap(document)).toBe(true);
    document.persona = { name: 7 };
    expect(quickCheckMap(document)).toBe(false);
  });
});

describe('references across sorts', () => {
  it('still resolves a reference to an id that a record of another sort claimed first', () => {
    const document = sampleDocument();
    const stage = document.stages[0].id as string;
    const tp = document.touchpoints[0];
    const oldId = tp.id as string;
    tp.id = stage;
    for (const cn of document.connections) {
      if (cn.from === oldId) cn.from = stage;
      if (cn.to === oldId) cn.to = stage;
    }
    document.connections.push({ id: 'cn-extra', from: stage, to: stage });
    const problems = findReferenceProblems(document);
    expect(problems.map((p) => p.path)).toEqual(['touchpoints[0].id']);
  });

  it('does not take a friction’s id for a touchpoint', () => {
    const document = sampleDocument();
    const tp = document.touchpoints.find((t: { frictions?: unknown[] }) => t.frictions?.length);
    const friction = tp.frictions[0].id as string;
    document.connections.push({ id: 'cn-extra', from: friction, to: tp.id });
    expect(findReferenceProblems(document).map((p) => p.message)).toEqual([
      `no touchpoint has the id "${friction}"`,
    ]);
  });
});
