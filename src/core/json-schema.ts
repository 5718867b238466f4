/**
 * The JSON Schema of file format v1, generated from the zod schema so the two cannot drift.
 * Published as docs/touchmap.schema.json (`npm run schema`); a test fails when it is stale.
 *
 * It describes what a schema can: shapes, types, ranges, required keys. That ids are unique
 * and that references name existing ids is checked by `parse` only. It describes the input
 * (`io: 'input'`), so keys that have a default, such as `connections`, are not required.
 * Every object allows additional properties: keys written by newer versions are kept.
 */
import * as z from 'zod';
import { journeyMapSchema } from './schema.ts';
import { CURRENT_VERSION } from './model.ts';

export const JSON_SCHEMA_ID = 'https://touchmap.app/schema/touchmap-1.schema.json';

export type JsonSchema = Record<string, unknown>;

const isEmptyObject = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 0;

export function buildJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(journeyMapSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    override: ({ jsonSchema }) => {
      // zod writes `"additionalProperties": {}` for loose objects; `true` says the same plainly.
      if (isEmptyObject(jsonSchema.additionalProperties)) jsonSchema.additionalProperties = true;
    },
  }) as JsonSchema;
  // The schema of the app accepts any version it can migrate from; a v1 file says 1.
  const properties = generated.properties as Record<string, JsonSchema>;
  properties.version = {
    const: CURRENT_VERSION,
    description: 'The format version this file follows; readers refuse newer versions.',
  };
  const { $schema, title, description, ...rest } = generated;
  // The identifying keys first, for people who open the file.
  return { $schema, $id: JSON_SCHEMA_ID, title, description, ...rest };
}

/** The published file's exact text: two-space JSON and a final newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
