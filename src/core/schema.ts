/**
 * The zod schema of file format v1. It checks shapes, types and ranges; the rules that span
 * the whole file (unique ids, references) live in `references.ts`. Every object is loose so
 * keys written by a newer version survive a round trip.
 *
 * Messages are written for people who edit maps, not for programmers: each names what was
 * expected and what was found (see `problems.ts` for the generic ones).
 */
import * as z from 'zod';
import {
  CHANNELS,
  COMMENT_TARGET_TYPES,
  EMOTIONS,
  EVIDENCE_LEVELS,
  COLOR_PATTERN,
  LAYERS,
  MAP_STATES,
  FORMAT_ID,
  ID_PATTERN,
  LIMITS,
  SEVERITIES,
  TOUCHPOINT_KINDS,
  type JourneyMap,
} from './model.ts';
import { blueprintSchemas } from './schema-blueprint.ts';
import { describeValue, listChoices } from './describe.ts';

const idSchema = z.string().regex(ID_PATTERN, {
  error: (issue) =>
    `expected an id of 1 to ${LIMITS.idLength} characters from A-Z, a-z, 0-9, "_" and "-", got ${describeValue(issue.input)}`,
});

const text = (min: number, max: number) => z.string().min(min).max(max);

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => `expected ${listChoices(values)}, got ${describeValue(issue.input)}`,
  });

const finite = z.number().refine(Number.isFinite, { error: 'expected a finite number' });

/** A number in [min, max] (whole when `integer`), with one message for every way it can be wrong. */
function ranged(min: number, max: number, integer: boolean, meaning = '') {
  const what = integer ? 'a whole number' : 'a number';
  const error = (issue: { input?: unknown }) =>
    `expected ${what} from ${min} to ${max}${meaning}, got ${describeValue(issue.input)}`;
  const base = z.number({ error }).min(min, { error }).max(max, { error });
  return integer ? base.int({ error }) : base;
}

const dateTime = z.iso.datetime({
  offset: true,
  error: (issue) =>
    `expected an ISO-8601 date-time such as "2026-01-31T09:30:00Z", got ${describeValue(issue.input)}`,
});

export const positionSchema = z.looseObject({ x: finite, y: finite });

const evidenceSchema = choice(EVIDENCE_LEVELS).optional().meta({
  description: 'How sure the team is: observed, reported or assumed (drawn as provisional).',
});

export const frictionSchema = z.looseObject({
  id: idSchema,
  text: text(1, LIMITS.itemTextLength),
  severity: choice(SEVERITIES),
  evidence: evidenceSchema,
});

export const opportunitySchema = z.looseObject({
  id: idSchema,
  text: text(1, LIMITS.itemTextLength),
});

const emotionSchema = z
  .literal(EMOTIONS, {
    error: (issue) =>
      `expected a whole number from -2 to 2 (or null when not rated), got ${describeValue(issue.input)}`,
  })
  .nullable()
  .default(null)
  .meta({
    description: 'How the customer feels: -2 very negative .. +2 very positive; null: not rated.',
  });

export const touchpointSchema = z.looseObject({
  id: idSchema,
  title: text(1, LIMITS.titleLength),
  description: z.string().optional(),
  stageId: idSchema,
  departmentId: idSchema,
  kind: choice(TOUCHPOINT_KINDS),
  channel: choice(CHANNELS),
  emotion: emotionSchema,
  emotionNote: z.string().optional(),
  frictions: z.array(frictionSchema).default([]),
  opportunities: z.array(opportunitySchema).default([]),
  csat: ranged(LIMITS.csatMin, LIMITS.csatMax, false, ' (or null)').nullable().optional(),
  evidence: evidenceSchema,
  source: z.string().optional().meta({ description: 'Where it came from: "Interview 4".' }),
  position: positionSchema,
});

export const stageSchema = z.looseObject({
  id: idSchema,
  name: text(1, LIMITS.nameLength),
  description: z.string().optional(),
  expectations: z.string().optional().meta({
    description: 'What the customer expects at this stage.',
  }),
});

export const departmentSchema = z.looseObject({
  id: idSchema,
  name: text(1, LIMITS.nameLength),
  color: z.string().regex(COLOR_PATTERN, {
    error: (issue) => `expected a colour like "#1f77b4", got ${describeValue(issue.input)}`,
  }),
  layer: choice(LAYERS).optional().meta({
    description: 'Blueprint layer: frontstage (absent), backstage or support.',
  }),
});

export const personaSchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  goals: z.array(z.string()).optional(),
  quote: z.string().optional(),
});

export const connectionSchema = z.looseObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  label: z.string().optional(),
});

/**
 * A disagreement `touchmap merge` could not settle (src/core/merge.ts): where, by ids, and the
 * three values; a side without the value (deleted, never added) has no key. Our value is the
 * one in the map until the user resolves it.
 */
const conflictSchema = z.looseObject({
  path: z.array(z.string()),
  base: z.unknown().optional(),
  ours: z.unknown().optional(),
  theirs: z.unknown().optional(),
});

export const commentTargetSchema = z.looseObject({
  type: choice(COMMENT_TARGET_TYPES),
  id: idSchema,
});

/** A comment and its place in a thread: `replyTo` names the comment it answers. */
export const commentSchema = z.looseObject({
  id: idSchema,
  target: commentTargetSchema,
  author: text(0, LIMITS.authorLength),
  text: text(1, LIMITS.commentLength),
  createdAt: dateTime,
  resolved: z.boolean({
    error: (issue) => `expected true or false, got ${describeValue(issue.input)}`,
  }),
  replyTo: idSchema.optional().meta({
    description:
      'A reply: the id of the comment that opened the thread (not itself a reply), on the same target.',
  }),
});

const blueprint = blueprintSchemas({ id: idSchema, evidence: evidenceSchema });

export const journeyMapSchema = z
  .looseObject({
    format: z.literal(FORMAT_ID),
    version: ranged(1, Number.MAX_SAFE_INTEGER, true),
    id: idSchema,
    title: text(1, LIMITS.titleLength),
    description: z.string().optional(),
    persona: personaSchema.optional(),
    nps: ranged(LIMITS.npsMin, LIMITS.npsMax, true, ' (or null when not measured)')
      .nullable()
      .optional(),
    createdAt: dateTime.optional(),
    updatedAt: dateTime.optional(),
    stages: z.array(stageSchema).min(1),
    departments: z.array(departmentSchema).min(1),
    touchpoints: z.array(touchpointSchema),
    connections: z.array(connectionSchema).default([]),
    conflicts: z.array(conflictSchema).optional(),
    comments: z.array(commentSchema).optional().meta({
      description:
        'Comments for teammates. A thread is resolved when its first comment is. A target that no longer exists is moved to the map on reading.',
    }),
    scenario: z.string().optional().meta({ description: 'The situation this journey covers.' }),
    rows: z.array(blueprint.row).optional().meta({
      description:
        'The order of every row, top to bottom. Absent: the emotion curve, then the departments. A department missing is shown at the end of its layer; a row naming a missing department is dropped on reading.',
    }),
    notes: z.array(blueprint.note).optional().meta({
      description:
        'Cards of customer, evidence, thoughts and notes rows. On reading, a note whose stage is gone moves to the first stage, and one whose row is gone (or holds no notes) to the first row that holds notes.',
    }),
    state: choice(MAP_STATES).optional().meta({ description: 'current (absent) or future.' }),
    basedOn: blueprint.mapReference.optional().meta({
      description: 'The current-state map a future-state map was made from.',
    }),
    checks: blueprint.checks.optional(),
  })
  .meta({
    title: 'Touchmap map file, format version 1',
    description:
      'A customer-journey map. Besides this schema: ids are unique across the whole file, and every stageId, departmentId, from and to names an existing id.',
  });

/** Compile-time check that what the schema accepts is the domain model. */
type AssertAssignable<T extends U, U> = T;
/**
 * Exported only so that the check is not an unused local.
 * @public
 */
export type SchemaMatchesModel = AssertAssignable<z.output<typeof journeyMapSchema>, JourneyMap>;
