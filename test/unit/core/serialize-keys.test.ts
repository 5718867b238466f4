/**
 * The serializer writes known keys in its own order and unknown keys after them: a key the
 * schema gains but the order lacks would be written as an unknown key (after the others), and
 * a key of the order that the schema lacks is dead. Both lists must name the same keys, at
 * every level of the file.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { journeyMapSchema } from '../../../src/core/schema.ts';
import { MAP_SHAPE, type Shape } from '../../../src/core/serialize.ts';

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  in?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  options?: z.core.$ZodType[];
}

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** The object schema inside optional, nullable, default, pipe and array wrappers, if any. */
function objectShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | null {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape ?? null;
  // A discriminated union (rows): the serializer orders the keys of all its variants at once.
  if (def.type === 'union' && def.options) {
    const shapes = def.options.map(objectShape);
    if (shapes.some((shape) => shape === null)) return null;
    return Object.assign({}, ...shapes) as Record<string, z.core.$ZodType>;
  }
  const inner = def.innerType ?? def.element ?? def.in;
  return inner ? objectShape(inner) : null;
}

/** Every object of the schema, by path, with its keys and the keys that hold objects. */
function schemaObjects(
  schema: z.core.$ZodType,
  path: string,
  into: Map<string, { keys: string[]; objects: string[] }>,
): Map<string, { keys: string[]; objects: string[] }> {
  const shape = objectShape(schema);
  if (!shape) return into;
  const keys = Object.keys(shape);
  const objects = keys.filter((key) => objectShape(shape[key]!) !== null);
  into.set(path, { keys, objects });
  for (const key of objects) schemaObjects(shape[key]!, `${path}.${key}`, into);
  return into;
}

function serializerObjects(
  shape: Shape,
  path: string,
  into: Map<string, { keys: string[]; objects: string[] }>,
): Map<string, { keys: string[]; objects: string[] }> {
  const children = shape.children ?? {};
  into.set(path, { keys: [...shape.keys], objects: Object.keys(children) });
  for (const [key, child] of Object.entries(children)) {
    serializerObjects(child, `${path}.${key}`, into);
  }
  return into;
}

describe("serialize's key order", () => {
  const fromSchema = schemaObjects(journeyMapSchema, '(file)', new Map());
  const fromSerializer = serializerObjects(MAP_SHAPE, '(file)', new Map());

  it('has the same objects as the schema, at the same places', () => {
    expect([...fromSerializer.keys()].sort()).toEqual([...fromSchema.keys()].sort());
    expect(fromSchema.size).toBeGreaterThanOrEqual(8);
  });

  it('names every key of every object schema, and no other', () => {
    for (const [path, { keys, objects }] of fromSchema) {
      const order = fromSerializer.get(path);
      expect(order, path).toBeDefined();
      expect([...order!.keys].sort(), path).toEqual([...keys].sort());
      expect([...order!.objects].sort(), path).toEqual([...objects].sort());
      expect(new Set(order!.keys).size, `${path}: a key twice`).toBe(order!.keys.length);
    }
  });
});
