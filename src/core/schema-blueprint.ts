/**
 * The schemas of the service-blueprint keys (rows, notes, future state, checks): all
 * optional in format v1 (rule 9), so an older version keeps them untouched.
 */
import * as z from 'zod';
import type { EVIDENCE_LEVELS } from './model.ts';
import { LIMITS, ROW_TYPES, type RowType } from './model.ts';
import { describeValue, listChoices } from './describe.ts';

interface Parts {
  id: z.ZodType<string>;
  evidence: z.ZodOptional<z.ZodEnum<{ [K in (typeof EVIDENCE_LEVELS)[number]]: K }>>;
}

export function blueprintSchemas({ id, evidence }: Parts) {
  const hidden = z
    .boolean({ error: (issue) => `expected true or false, got ${describeValue(issue.input)}` })
    .optional();
  const name = z.string().min(1).max(LIMITS.nameLength);
  const plainTypes = ROW_TYPES.filter(
    (t): t is Exclude<RowType, 'department' | 'notes'> => t !== 'department' && t !== 'notes',
  ) as [Exclude<RowType, 'department' | 'notes'>, ...Exclude<RowType, 'department' | 'notes'>[]];
  const row = z.discriminatedUnion(
    'type',
    [
      z.looseObject({ id, type: z.literal('department'), departmentId: id, hidden }),
      z.looseObject({ id, type: z.literal('notes'), name, hidden }),
      z.looseObject({ id, type: z.enum(plainTypes), name: name.optional(), hidden }),
    ],
    {
      error: (issue) =>
        `expected a row type: ${listChoices(ROW_TYPES)}, got ${describeValue((issue.input as { type?: unknown } | undefined)?.type)}`,
    },
  );
  const note = z.looseObject({
    id,
    rowId: id,
    stageId: id,
    text: z.string().min(1).max(LIMITS.noteLength),
    evidence,
  });
  const mapReference = z.looseObject({ id, title: z.string().max(LIMITS.titleLength) });
  const checks = z.looseObject({
    disabled: z.array(z.string().max(LIMITS.idLength)).default([]),
  });
  return { row, note, mapReference, checks };
}
