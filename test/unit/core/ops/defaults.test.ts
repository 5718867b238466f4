import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/core/parse.ts';
import {
  DEFAULT_DEPARTMENTS,
  DEFAULT_MAP_TITLE,
  DEFAULT_STAGES,
} from '../../../../src/core/defaults.ts';

const blank = (() => {
  const url = new URL('../../../../assets/templates/blank.touchmap', import.meta.url);
  const result = parse(readFileSync(url, 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
})();

describe('defaults', () => {
  it('are the departments of blank.touchmap: names and colours, in order', () => {
    expect(blank.departments.map(({ name, color }) => ({ name, color }))).toEqual(
      DEFAULT_DEPARTMENTS,
    );
  });

  it('are the stages and the title of blank.touchmap', () => {
    expect(blank.stages.map((s) => s.name)).toEqual(DEFAULT_STAGES);
    expect(blank.title).toBe(DEFAULT_MAP_TITLE);
  });

  it('are the seeds’ seven stages and seven departments, with distinct colours', () => {
    expect(DEFAULT_STAGES).toHaveLength(7);
    expect(DEFAULT_DEPARTMENTS.map((d) => d.name)).toEqual([
      'Marketing',
      'Sales',
      'Customer Service',
      'Product',
      'Operations',
      'Billing',
      'People',
    ]);
    const colors = DEFAULT_DEPARTMENTS.map((d) => d.color);
    expect(new Set(colors).size).toBe(colors.length);
    for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
