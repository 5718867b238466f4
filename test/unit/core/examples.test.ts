/**
 * The maps in examples/ are the ones the README's commands run on: each must be a valid map
 * in canonical form (what the app's serializer writes), and every example path the README
 * names must exist.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';

const files = readdirSync('examples').filter((name) => name.endsWith('.touchmap'));

describe('examples/', () => {
  it.each(files)('%s parses and is in canonical form', (name) => {
    const bytes = readFileSync(`examples/${name}`);
    const result = parseBytes(new Uint8Array(bytes));
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    expect(result.notes).toEqual([]);
    expect(serialize(result.map)).toBe(bytes.toString('utf8'));
  });

  it('holds a small map and maps with friction points and connections', () => {
    const maps = files.map((name) => {
      const result = parseBytes(new Uint8Array(readFileSync(`examples/${name}`)));
      if (!result.ok) throw new Error(name);
      return result.map;
    });
    expect(maps.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...maps.map((m) => m.touchpoints.length))).toBeLessThanOrEqual(8);
    const rich = maps.filter(
      (m) => m.connections.length > 0 && m.touchpoints.some((t) => t.frictions.length > 0),
    );
    expect(rich.length).toBeGreaterThan(0);
  });

  it('has every example the README names', () => {
    const named = readFileSync('README.md', 'utf8').match(/examples\/[\w.*-]+/g) ?? [];
    expect(named.length).toBeGreaterThan(0);
    for (const path of new Set(named)) {
      if (path.includes('*')) expect(files.length).toBeGreaterThan(0);
      else expect(existsSync(path), path).toBe(true);
    }
  });
});
