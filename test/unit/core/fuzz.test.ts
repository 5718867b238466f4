/**
 * The torture suite of the reader and writer: generated files with unknown keys of any depth,
 * huge texts, numbers at and past the edge of doubles, any Unicode (lone surrogates too),
 * keys named like Object.prototype members, and bytes that are not UTF-8.
 *
 * `npm test` runs a few hundred cases per property; `npm run fuzz` runs FUZZ_RUNS=10000.
 * The oracle is independent of the code under test: the depth and the finiteness of what
 * was generated are known by construction, and the UTF-8 check is compared with the
 * platform's fatal TextDecoder.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../../src/core/depth-limit.ts';
import { parseBytes, type ParseResult } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { validMap } from './arbitraries.ts';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;
/** Generous: a few hundred runs take seconds; ten thousand took 8 minutes at a load average of 23. */
const TIMEOUT = 60_000 + RUNS * 150;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** JSON text, the levels of nesting it holds (a leaf is 0), and whether a number in it is infinite. */
interface Fragment {
  text: string;
  depth: number;
  infinite: boolean;
}

const leaf = (text: string): Fragment => ({
  text,
  depth: 0,
  infinite: !Number.isFinite(JSON.parse(text)) && typeof JSON.parse(text) === 'number',
});

const numberText = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom(
    '1e400',
    '-1e400',
    '1E309',
    '2e308',
    '1.7976931348623157e308',
    '1.7976931348623159e308',
    '-0',
    '0e-999',
    '5e-324',
    '1e-400',
    `1${'0'.repeat(310)}`,
  ),
);

const stringText = fc.oneof(
  {
    arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)),
    weight: 20,
  },
  {
    arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => JSON.stringify(s)),
    weight: 20,
  },
  // Lone surrogates and escapes JSON allows but a careless writer would mangle.
  {
    arbitrary: fc.constantFrom(
      '"\\ud800"',
      '"a\\udfffb"',
      '"\\ud83d"',
      '"\\u0000\\u001f"',
      '"\\"\\\\\\/"',
    ),
    weight: 5,
  },
  // Huge texts, seldom (they cost time): up to 300,000 characters of two-byte UTF-8.
  {
    arbitrary: fc.integer({ min: 10_000, max: 300_000 }).map((n) => JSON.stringify('é'.repeat(n))),
    weight: 1,
  },
);

/** Keys that live on Object.prototype, and others. */
const keyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
  ),
);

const leafFragment: fc.Arbitrary<Fragment> = fc
  .oneof(numberText, stringText, fc.constantFrom('true', 'false', 'null'))
  .map(leaf);

/** `levels` lists or objects around `inner`, like the file that could be opened but not saved. */
const chain: fc.Arbitrary<Fragment> = fc
  .record({
    levels: fc.integer({ min: 1, max: 3 * MAX_DEPTH }),
    object: fc.boolean(),
    key: keyText,
    inner: leafFragment,
  })
  .map(({ levels, object, key, inner }) => {
    const open = object ? `{${JSON.stringify(key)}:` : '[';
    const close = object ? '}' : ']';
    return {
      text: `${open.repeat(levels)}${inner.text}${close.repeat(levels)}`,
      depth: levels,
      infinite: inner.infinite,
    };
  });

const { fragment } = fc.letrec<{ fragment: Fragment }>((tie) => ({
  fragment: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafFragment,
    chain,
    fc.array(tie('fragment'), { maxLength: 4 }).map((items) => ({
      text: `[${items.map((i) => i.text).join(',')}]`,
      depth: 1 + Math.max(0, ...items.map((i) => i.depth)),
      infinite: items.some((i) => i.infinite),
    })),
    fc.array(fc.tuple(keyText, tie('fragment')), { maxLength: 4 }).map((entries) => ({
      text: `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v.text}`).join(', ')}}`,
      // The limit is on the text, so every value counts, also one a later duplicate key
      // replaces; the numbers that count are those JSON.parse keeps: the last of each key.
      depth: 1 + Math.max(0, ...entries.map(([, v]) => v.depth)),
      infinite: [...new Map(entries).values()].some((v) => v.infinite),
    })),
  ),
}));

/** Where the fragment goes: an unknown key of the map (level 2) or of its first stage (level 4). */
function insert(mapText: string, where: 'map' | 'stage', value: string): string {
  if (where === 'map') return mapText.replace(/\n}\n$/, `,\n  "x-fuzz": ${value}\n}\n`);
  const stage = /"stages": \[\n {4}\{\n/;
  if (!stage.test(mapText)) throw new Error('the generated map has no stage');
  return mapText.replace(stage, (m) => `${m}      "x-fuzz": ${value},\n`);
}

function expectSavesAndReopens(result: ParseResult): void {
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  const saved = serialize(result.map);
  const reopened = parseBytes(utf8(saved));
  if (!reopened.ok) throw new Error(`the saved file does not reopen: ${reopened.error.message}`);
  expect(serialize(reopened.map)).toBe(saved);
}

describe(`fuzz: reader and writer (${RUNS} cases per property)`, () => {
  it(
    'accepts exactly the files within the depth limit with finite numbers, and every accepted file saves and reopens byte-identical',
    () => {
      let accepted = 0;
      let tooDeep = 0;
      fc.assert(
        fc.property(validMap, fragment, fc.constantFrom('map', 'stage'), (map, value, where) => {
          const text = insert(serialize(map), where, value.text);
          const depth = value.depth + (where === 'map' ? 1 : 3);
          const result = parseBytes(utf8(text));
          if (depth > MAX_DEPTH) {
            tooDeep++;
            expect(result).toMatchObject({ ok: false, error: { kind: 'too-deep' } });
            if (!result.ok && result.error.kind === 'too-deep') {
              const prefix = where === 'map' ? '["x-fuzz"]' : 'stages[0]["x-fuzz"]';
              expect(result.error.path.startsWith(prefix)).toBe(true);
            }
          } else if (value.infinite) {
            expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
            if (!result.ok && result.error.kind === 'invalid') {
              expect(result.error.problems.some((p) => p.path.includes('["x-fuzz"]'))).toBe(true);
            }
          } else {
            accepted++;
            expectSavesAndReopens(result);
          }
        }),
        { numRuns: RUNS },
      );
      // Both sides of the limit must really be reached, or the property proves little.
      expect(accepted).toBeGreaterThan(RUNS / 10);
      expect(tooDeep).toBeGreaterThan(RUNS / 50);
    },
    TIMEOUT,
  );

  it(
    'refuses bytes that are not UTF-8 exactly when a fatal TextDecoder does, and reads the rest as text',
    () => {
      const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      const badBytes = fc.constantFrom(
        [0x80],
        [0xbf],
        [0xc0, 0xaf],
        [0xc1, 0xbf],
        [0xc3],
        [0xe0, 0x80, 0xaf],
        [0xed, 0xa0, 0x80],
        [0xed, 0xbf, 0xbf],
        [0xef, 0xbf],
        [0xf0, 0x8f, 0xbf, 0xbf],
        [0xf4, 0x90, 0x80, 0x80],
        [0xf5, 0x80, 0x80, 0x80],
        [0xfe],
        [0xff],
        [0xc3, 0xa9],
        [0xf0, 0x9f, 0x98, 0x80],
        [0xef, 0xbb, 0xbf],
      );
      fc.assert(
        fc.property(
          validMap,
          fc.array(fc.tuple(fc.nat(), badBytes), { minLength: 1, maxLength: 3 }),
          (map, edits) => {
            const bytes = [...utf8(serialize(map))];
            for (const [at, insertBytes] of edits)
              bytes.splice(at % bytes.length, 0, ...insertBytes);
            const input = new Uint8Array(bytes);
            const result = parseBytes(input);
            const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
            let text: string | null;
            try {
              text = fatal.decode(input.subarray(bom ? 3 : 0));
            } catch {
              text = null;
            }
            if (text === null) {
              expect(result).toMatchObject({ ok: false, error: { kind: 'not-utf8' } });
              // A file starting FF FE or FE FF is named as UTF-16 rather than located.
              if (!result.ok && result.error.kind === 'not-utf8' && result.error.byte !== null) {
                const { offset, byte } = result.error;
                expect(input[offset]).toBe(byte);
                // Everything before the reported byte is well-formed.
                expect(() => fatal.decode(input.subarray(bom ? 3 : 0, offset))).not.toThrow();
              }
            } else {
              expect(result.ok || result.error.kind !== 'not-utf8').toBe(true);
              if (result.ok) expectSavesAndReopens(result);
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on arbitrary bytes, and locates every JSON syntax error inside the text',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.uint8Array({ maxLength: 200 }),
            fc.string({ unit: 'binary', maxLength: 200 }).map(utf8),
            fc
              .array(fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', 'a', '1', ' '))
              .map((chars) => utf8(chars.join(''))),
          ),
          (input) => {
            const result = parseBytes(input);
            if (result.ok) {
              expectSavesAndReopens(result);
              return;
            }
            expect(result.error.message.length).toBeGreaterThan(0);
            if (result.error.kind === 'not-json' || result.error.kind === 'too-deep') {
              const lines = new TextDecoder()
                .decode(input)
                .replace(/^\ufeff/, '')
                .split('\n');
              expect(result.error.line).toBeGreaterThanOrEqual(1);
              expect(result.error.line).toBeLessThanOrEqual(lines.length);
              expect(result.error.column).toBeGreaterThanOrEqual(1);
              expect(result.error.column).toBeLessThanOrEqual(
                lines[result.error.line - 1]!.length + 1,
              );
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
