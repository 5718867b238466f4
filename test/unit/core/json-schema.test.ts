import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_ID, buildJsonSchema, jsonSchemaText } from '../../../src/core/json-schema.ts';
import { CHANNELS, ID_PATTERN, TOUCHPOINT_KINDS } from '../../../src/core/model.ts';

type Schema = Record<string, any>;

const schema = buildJsonSchema() as Schema;
const touchpoint = schema.properties.touchpoints.items as Schema;

/** Every object schema inside `node`, with its path. */
function objectSchemas(node: unknown, path = '#'): [string, Schema][] {
  if (typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((item, i) => objectSchemas(item, `${path}/${i}`));
  const own: [string, Schema][] =
    (node as Schema).type === 'object' ? [[path, node as Schema]] : [];
  return [
    ...own,
    ...Object.entries(node).flatMap(([key, value]) => objectSchemas(value, `${path}/${key}`)),
  ];
}

describe('the JSON Schema of the format', () => {
  it('is published up to date in docs/touchmap.schema.json (else run `npm run schema`)', async () => {
    const published = await readFile(
      new URL('../../../docs/touchmap.schema.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(published)).toEqual(buildJsonSchema());
    expect(published).toBe(jsonSchemaText());
  });

  it('says what it is', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(JSON_SCHEMA_ID);
    expect(schema.title).toMatch(/Touchmap/);
    expect(schema.description).toMatch(/ids are unique/);
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('lists the kinds and channels of a touchpoint', () => {
    expect(touchpoint.properties.kind).toEqual({ type: 'string', enum: [...TOUCHPOINT_KINDS] });
    expect(touchpoint.properties.kind.enum).toEqual(['service', 'experience']);
    expect(touchpoint.properties.channel.enum).toEqual([...CHANNELS]);
  });

  it('gives ids their pattern everywhere', () => {
    const pattern = new RegExp(schema.properties.id.pattern as string);
    expect(pattern.source).toBe(ID_PATTERN.source);
    expect(pattern.test('tp-1_A')).toBe(true);
    expect(pattern.test('a b')).toBe(false);
    expect(pattern.test('x'.repeat(65))).toBe(false);
    for (const key of ['id', 'stageId', 'departmentId']) {
      expect(touchpoint.properties[key].pattern).toBe(ID_PATTERN.source);
    }
    const connection = schema.properties.connections.items as Schema;
    expect(connection.properties.from.pattern).toBe(ID_PATTERN.source);
  });

  it('rates emotions from -2 to 2, or null, and does not require them', () => {
    const emotion = touchpoint.properties.emotion as Schema;
    expect(emotion.anyOf).toContainEqual({ type: 'number', enum: [-2, -1, 0, 1, 2] });
    expect(emotion.anyOf).toContainEqual({ type: 'null' });
    expect(emotion.default).toBeNull();
    expect(schema.properties.nps.anyOf).toContainEqual({
      type: 'integer',
      minimum: -100,
      maximum: 100,
    });
  });

  it('requires exactly the keys without a default', () => {
    expect([...schema.required].sort()).toEqual(
      ['departments', 'format', 'id', 'stages', 'title', 'touchpoints', 'version'].sort(),
    );
    expect([...touchpoint.required].sort()).toEqual(
      ['channel', 'departmentId', 'id', 'kind', 'position', 'stageId', 'title'].sort(),
    );
    expect(schema.properties.format.const).toBe('touchmap');
    expect(schema.properties.stages.minItems).toBe(1);
    expect(schema.properties.departments.minItems).toBe(1);
  });

  it('allows unknown keys in every object, as readers must keep them', () => {
    const objects = objectSchemas(schema);
    expect(objects.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        '#',
        '#/properties/persona',
        '#/properties/stages/items',
        '#/properties/departments/items',
        '#/properties/touchpoints/items',
        '#/properties/touchpoints/items/properties/frictions/items',
        '#/properties/touchpoints/items/properties/opportunities/items',
        '#/properties/touchpoints/items/properties/position',
        '#/properties/connections/items',
      ]),
    );
    for (const [path, object] of objects) {
      expect({ path, additionalProperties: object.additionalProperties }).toEqual({
        path,
        additionalProperties: true,
      });
    }
  });
});
