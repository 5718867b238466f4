import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, findDepthExcess } from '../../../src/core/depth-limit.ts';
import { parse, parseBytes } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { sampleDocument } from './sample.ts';

/** A valid map whose unknown key `key` holds `levels` nested lists (the map itself is one level more). */
function nestedMap(levels: number, key = 'x-nested', open = '[', close = ']'): string {
  const text = JSON.stringify(sampleDocument(), null, 2) + '\n';
  return text.replace(
    /\n}\n$/,
    `,\n  ${JSON.stringify(key)}: ${open.repeat(levels)}${close.repeat(levels)}\n}\n`,
  );
}

const zeros = (n: number) => '[0]'.repeat(n);

describe('findDepthExcess', () => {
  it('lets a file nested exactly to the limit pass, and refuses one level more', () => {
    expect(findDepthExcess(nestedMap(MAX_DEPTH - 1))).toBeNull();
    const excess = findDepthExcess(nestedMap(MAX_DEPTH));
    expect(excess?.path).toBe(`["x-nested"]${zeros(MAX_DEPTH - 1)}`);
  });

  it('names keys and list positions along the path, with the line and column of the bracket', () => {
    const text = '{"a": [1, {"b": 2, "c\\"d": [[3]]}]}';
    expect(findDepthExcess(text, 4)).toEqual({ path: 'a[1]["c\\"d"][0]', line: 1, column: 29 });
    const lines = '{\n  "list": [\n    {}, {},\n    {"deep": {"x": [ ]}}\n  ]\n}';
    expect(findDepthExcess(lines, 4)).toEqual({ path: 'list[2].deep.x', line: 4, column: 20 });
  });

  it('ignores brackets, commas and escaped quotes inside texts', () => {
    const text = '{"k\\\\": "[[[[,,\\"{{{{", "a": [["]]]]"]]}';
    expect(findDepthExcess(text, 3)).toBeNull();
    expect(findDepthExcess(text, 2)?.path).toBe('a[0]');
  });

  it('reads broken text as before: brackets after an unterminated text are not counted', () => {
    // The quick first reading counts these brackets; the exact one that follows clears them.
    expect(findDepthExcess('{"a": "open ' + '['.repeat(200), 3)).toBeNull();
    expect(findDepthExcess('{"a": [[[[ "open ' + '['.repeat(200), 3)?.path).toBe('a[0][0]');
    // A backslash before a line break, and a text that ends in an escaped backslash.
    const text = '{"a\\\n[[[[": "ends in \\\\", "b": [[[1]]]}';
    expect(findDepthExcess(text, 4)).toBeNull();
    expect(findDepthExcess(text, 3)?.path).toBe('b[0][0]');
  });

  it('counts objects as well as lists', () => {
    const text = nestedMap(MAX_DEPTH + 5, 'x', '{"k":', '}');
    expect(findDepthExcess(text)?.path).toBe(`x${'.k'.repeat(MAX_DEPTH - 1)}`);
  });

  it('is linear: 100,000 levels are refused in well under a second', () => {
    const text = nestedMap(100_000);
    const start = performance.now();
    const result = parse(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-deep' } });
    // And so is a deep file that is also broken: the limit is found before the syntax error.
    const broken = '['.repeat(100_000);
    const again = performance.now();
    expect(parse(broken)).toMatchObject({
      ok: false,
      error: { kind: 'too-deep', path: zeros(MAX_DEPTH) },
    });
    expect(performance.now() - again).toBeLessThan(1000);
  });
});

describe('parse refuses files nested past the limit', () => {
  it('refuses the fixture (10 KB, 5,000 nested lists under an unknown key) with the path', () => {
    const bytes = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../fixtures/invalid/too-deep.touchmap')),
    );
    const result = parseBytes(bytes);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'too-deep',
        path: `["x-nested"]${zeros(MAX_DEPTH - 1)}`,
        line: 20,
        column: 78,
        message: `The file is nested more than 64 levels deep at ["x-nested"]${zeros(63)} (line 20, column 78); a Touchmap file may nest at most 64 levels.`,
      },
    });
  });

  it('accepts a map at the limit, which saves and reopens byte-identical', () => {
    const result = parse(nestedMap(MAX_DEPTH - 1));
    if (!result.ok) throw new Error(result.error.message);
    const saved = serialize(result.map);
    const reopened = parse(saved);
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(serialize(reopened.map)).toBe(saved);
  });
});
