import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../src/core/model.ts';
import { parse } from '../../../../src/core/parse.ts';
import { serialize } from '../../../../src/core/serialize.ts';
import { DEFAULT_DEPARTMENTS, DEFAULT_STAGES } from '../../../../src/core/defaults.ts';
import {
  OperationError,
  addStage,
  createBlankMap,
  createMapFromTemplate,
} from '../../../../src/core/ops/index.ts';
import { NOW, deepFreeze, expectValid, sampleMap } from './fixtures.ts';

function readTemplate(name: string): JourneyMap {
  const url = new URL(`../../../../assets/templates/${name}`, import.meta.url);
  const result = parse(readFileSync(url, 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

describe('createBlankMap', () => {
  it('makes a valid map with the default stages and departments', () => {
    const map = expectValid(createBlankMap({ id: 'map-1', now: NOW }));
    expect(map).toMatchObject({
      format: 'touchmap',
      version: 1,
      id: 'map-1',
      title: 'Untitled journey',
      createdAt: NOW,
      updatedAt: NOW,
      touchpoints: [],
      connections: [],
    });
    expect(map.stages.map((s) => s.name)).toEqual(DEFAULT_STAGES);
    expect(map.departments.map(({ name, color }) => ({ name, color }))).toEqual(
      DEFAULT_DEPARTMENTS,
    );
  });

  it('is the bundled blank template, apart from the id and the times', () => {
    const template = readTemplate('blank.touchmap');
    const map = createBlankMap({ id: template.id, now: NOW });
    const { createdAt: _c, updatedAt: _u, ...rest } = map;
    expect(serialize(rest as JourneyMap)).toBe(serialize(template));
  });

  it('is deterministic', () => {
    expect(createBlankMap({ id: 'a', now: NOW })).toEqual(createBlankMap({ id: 'a', now: NOW }));
  });

  it('takes a title, stages and departments', () => {
    const map = expectValid(
      createBlankMap({
        id: 'm',
        now: NOW,
        title: 'Hotel stay',
        stages: ['Booking', 'Stay', 'Stay'],
        departments: [{ name: 'Front desk', color: '#112233' }],
      }),
    );
    expect(map.title).toBe('Hotel stay');
    expect(map.stages).toEqual([
      { id: 'st-booking', name: 'Booking' },
      { id: 'st-stay', name: 'Stay' },
      { id: 'st-stay-2', name: 'Stay' },
    ]);
    expect(map.departments).toEqual([
      { id: 'dep-front-desk', name: 'Front desk', color: '#112233' },
    ]);
    // Later additions still get the smallest free numbered id.
    expect(addStage(map, { name: 'Checkout' }).stages.at(-1)?.id).toBe('st-1');
  });

  it.each([
    [{ id: 'has space' }, /not a valid id/],
    [{ now: 'now' }, /ISO-8601/],
    [{ title: '' }, /title/],
    [{ stages: [] }, /at least one stage/],
    [{ departments: [] }, /at least one department/],
    [{ stages: [''] }, /name/],
    [{ departments: [{ name: 'X', color: 'blue' }] }, /colour/],
  ])('refuses %j', (options, message) => {
    const op = () => createBlankMap({ id: 'm', now: NOW, ...options });
    expect(op).toThrow(OperationError);
    expect(op).toThrow(message);
  });
});

describe('createMapFromTemplate', () => {
  it('deep-copies the template with a new id and times, keeping everything else', () => {
    const template = deepFreeze(sampleMap());
    const map = expectValid(createMapFromTemplate(template, { id: 'mine', now: NOW }));
    expect(map).toEqual({ ...sampleMap(), id: 'mine', createdAt: NOW, updatedAt: NOW });
    expect(map).toHaveProperty('x-future', { nested: [1, 2] });
    expect(map.touchpoints[0]).toHaveProperty('x-card', { keep: 'me' });
    expect(map.touchpoints).not.toBe(template.touchpoints);
    expect(map.touchpoints[0]).not.toBe(template.touchpoints[0]);
    expect(map.persona).not.toBe(template.persona);
  });

  it('takes a title', () => {
    const map = createMapFromTemplate(sampleMap(), { id: 'mine', now: NOW, title: 'Mine' });
    expect(map.title).toBe('Mine');
  });

  it.each(['blank.touchmap', 'hotel-stay.touchmap', 'clothing-retailer.touchmap'])(
    'makes a valid map from %s',
    (name) => {
      const template = deepFreeze(readTemplate(name));
      const map = expectValid(createMapFromTemplate(template, { id: 'from-template', now: NOW }));
      expect(map.touchpoints).toEqual(template.touchpoints);
    },
  );

  it('refuses a bad id, time or title', () => {
    expect(() => createMapFromTemplate(sampleMap(), { id: '', now: NOW })).toThrow(OperationError);
    expect(() => createMapFromTemplate(sampleMap(), { id: 'a', now: '' })).toThrow(OperationError);
    expect(() =>
      createMapFromTemplate(sampleMap(), { id: 'a', now: NOW, title: 'x'.repeat(201) }),
    ).toThrow(/title/);
  });
});
