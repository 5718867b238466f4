/**
 * A hand-written check that a parsed document is a valid map, for the common case of a
 * good file: it answers "valid" only where the zod schema (schema.ts) would, several times
 * faster on a big map, so `parse` runs the schema only when this says no - and the schema
 * then finds and words the problems. It never has to explain anything, so it may be
 * stricter than the schema but never looser.
 *
 * Keys it does not know how to check (a key added to the schema later) make it say no when
 * they are present, so a new key is checked by the schema until it is added here too.
 */
import {
  CHANNELS,
  COLOR_PATTERN,
  COMMENT_TARGET_TYPES,
  EMOTIONS,
  EVIDENCE_LEVELS,
  FORMAT_ID,
  LAYERS,
  MAP_STATES,
  ROW_TYPES,
  ID_PATTERN,
  LIMITS,
  SEVERITIES,
  TOUCHPOINT_KINDS,
} from './model.ts';
import {
  commentSchema,
  commentTargetSchema,
  departmentSchema,
  frictionSchema,
  journeyMapSchema,
  opportunitySchema,
  positionSchema,
  stageSchema,
  touchpointSchema,
  connectionSchema,
} from './schema.ts';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): boolean => typeof v === 'string' && ID_PATTERN.test(v);
const isText = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isOptionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';
const isFinite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const inRange = (v: unknown, min: number, max: number, integer: boolean): boolean =>
  isFinite(v) && (v as number) >= min && (v as number) <= max && (!integer || Number.isInteger(v));

const TARGET_TYPES: ReadonlySet<unknown> = new Set(COMMENT_TARGET_TYPES);
const KINDS: ReadonlySet<unknown> = new Set(TOUCHPOINT_KINDS);
const CHANNEL_SET: ReadonlySet<unknown> = new Set(CHANNELS);
const SEVERITY_SET: ReadonlySet<unknown> = new Set(SEVERITIES);
const EMOTION_SET: ReadonlySet<unknown> = new Set(EMOTIONS);
const EVIDENCE_SET: ReadonlySet<unknown> = new Set(EVIDENCE_LEVELS);
const LAYER_SET: ReadonlySet<unknown> = new Set(LAYERS);
const STATE_SET: ReadonlySet<unknown> = new Set(MAP_STATES);
const ROW_TYPE_SET: ReadonlySet<unknown> = new Set(ROW_TYPES);
const isOptionalEvidence = (v: unknown): boolean => v === undefined || EVIDENCE_SET.has(v);

/** The keys each record's check below knows; any other key the schema has is not checked here. */
const KNOWN = {
  map: [
    'format',
    'version',
    'id',
    'title',
    'description',
    'persona',
    'nps',
    'createdAt',
    'updatedAt',
    'stages',
    'departments',
    'touchpoints',
    'connections',
    'comments',
    'scenario',
    'rows',
    'notes',
    'state',
    'basedOn',
    'checks',
  ],
  touchpoint: [
    'id',
    'title',
    'description',
    'stageId',
    'departmentId',
    'kind',
    'channel',
    'emotion',
    'emotionNote',
    'frictions',
    'opportunities',
    'csat',
    'evidence',
    'source',
    'position',
  ],
  stage: ['id', 'name', 'description', 'expectations'],
  department: ['id', 'name', 'color', 'layer'],
  connection: ['id', 'from', 'to', 'label'],
  friction: ['id', 'text', 'severity', 'evidence'],
  opportunity: ['id', 'text'],
  position: ['x', 'y'],
  comment: ['id', 'target', 'author', 'text', 'createdAt', 'resolved', 'replyTo'],
  commentTarget: ['type', 'id'],
} as const;

/** The schema's keys this module does not check, per record: present in a document, they send it to the schema. */
function unchecked(shape: object, known: readonly string[]): string[] {
  return Object.keys(shape).filter((key) => !known.includes(key));
}

const UNCHECKED = {
  map: unchecked(journeyMapSchema.shape, KNOWN.map),
  touchpoint: unchecked(touchpointSchema.shape, KNOWN.touchpoint),
  stage: unchecked(stageSchema.shape, KNOWN.stage),
  department: unchecked(departmentSchema.shape, KNOWN.department),
  connection: unchecked(connectionSchema.shape, KNOWN.connection),
  friction: unchecked(frictionSchema.shape, KNOWN.friction),
  opportunity: unchecked(opportunitySchema.shape, KNOWN.opportunity),
  position: unchecked(positionSchema.shape, KNOWN.position),
  comment: unchecked(commentSchema.shape, KNOWN.comment),
  commentTarget: unchecked(commentTargetSchema.shape, KNOWN.commentTarget),
};

const bySchema = (schema: { safeParse: (v: unknown) => { success: boolean } }, v: unknown) =>
  schema.safeParse(v).success;

const hasUnchecked = (record: Raw, keys: readonly string[]): boolean =>
  keys.length > 0 && keys.some((key) => record[key] !== undefined);

function everyItem(value: unknown, item: (v: Raw) => boolean, minLength = 0): boolean {
  if (!Array.isArray(value) || value.length < minLength) return false;
  for (const v of value) if (!isObject(v) || !item(v)) return false;
  return true;
}

const friction = (f: Raw): boolean =>
  isId(f.id) &&
  isText(f.text, 1, LIMITS.itemTextLength) &&
  SEVERITY_SET.has(f.severity) &&
  isOptionalEvidence(f.evidence) &&
  !hasUnchecked(f, UNCHECKED.friction);

const opportunity = (o: Raw): boolean =>
  isId(o.id) && isText(o.text, 1, LIMITS.itemTextLength) && !hasUnchecked(o, UNCHECKED.opportunity);

const positionOk = (p: Raw): boolean =>
  isFinite(p.x) && isFinite(p.y) && !hasUnchecked(p, UNCHECKED.position);

function touchpoint(tp: Raw): boolean {
  const { emotion, csat, position } = tp;
  return (
    isId(tp.id) &&
    isText(tp.title, 1, LIMITS.titleLength) &&
    isOptionalString(tp.description) &&
    isId(tp.stageId) &&
    isId(tp.departmentId) &&
    KINDS.has(tp.kind) &&
    CHANNEL_SET.has(tp.channel) &&
    (emotion === undefined || emotion === null || EMOTION_SET.has(emotion)) &&
    isOptionalString(tp.emotionNote) &&
    (tp.frictions === undefined || everyItem(tp.frictions, friction)) &&
    (tp.opportunities === undefined || everyItem(tp.opportunities, opportunity)) &&
    (csat === undefined || csat === null || inRange(csat, LIMITS.csatMin, LIMITS.csatMax, false)) &&
    isOptionalEvidence(tp.evidence) &&
    isOptionalString(tp.source) &&
    isObject(position) &&
    positionOk(position) &&
    !hasUnchecked(tp, UNCHECKED.touchpoint)
  );
}

const stage = (s: Raw): boolean =>
  isId(s.id) &&
  isText(s.name, 1, LIMITS.nameLength) &&
  isOptionalString(s.description) &&
  isOptionalString(s.expectations) &&
  !hasUnchecked(s, UNCHECKED.stage);

const department = (d: Raw): boolean =>
  isId(d.id) &&
  isText(d.name, 1, LIMITS.nameLength) &&
  typeof d.color === 'string' &&
  COLOR_PATTERN.test(d.color) &&
  (d.layer === undefined || LAYER_SET.has(d.layer)) &&
  !hasUnchecked(d, UNCHECKED.department);

const connection = (c: Raw): boolean =>
  isId(c.id) &&
  isId(c.from) &&
  isId(c.to) &&
  isOptionalString(c.label) &&
  !hasUnchecked(c, UNCHECKED.connection);

const commentTarget = (t: Raw): boolean =>
  TARGET_TYPES.has(t.type) && isId(t.id) && !hasUnchecked(t, UNCHECKED.commentTarget);

// createdAt goes to the schema's own date-time check: one small call, and exactly its rule.
const comment = (c: Raw): boolean =>
  isId(c.id) &&
  isObject(c.target) &&
  commentTarget(c.target) &&
  isText(c.author, 0, LIMITS.authorLength) &&
  isText(c.text, 1, LIMITS.commentLength) &&
  typeof c.resolved === 'boolean' &&
  (c.replyTo === undefined || isId(c.replyTo)) &&
  bySchema(commentSchema.shape.createdAt, c.createdAt) &&
  !hasUnchecked(c, UNCHECKED.comment);

/*
 * The blueprint's records (schema-blueprint.ts). A row is one of three shapes by its type;
 * a key another shape has (a department row's "name") is an unknown key there, so any value.
 */
const isRowName = (v: unknown): boolean => isText(v, 1, LIMITS.nameLength);

function row(r: Raw): boolean {
  if (!isId(r.id) || !ROW_TYPE_SET.has(r.type)) return false;
  if (r.hidden !== undefined && typeof r.hidden !== 'boolean') return false;
  if (r.type === 'department') return isId(r.departmentId);
  if (r.type === 'notes') return isRowName(r.name);
  return r.name === undefined || isRowName(r.name);
}

const note = (n: Raw): boolean =>
  isId(n.id) &&
  isId(n.rowId) &&
  isId(n.stageId) &&
  isText(n.text, 1, LIMITS.noteLength) &&
  isOptionalEvidence(n.evidence);

const mapReference = (m: Raw): boolean => isId(m.id) && isText(m.title, 0, LIMITS.titleLength);

const checkSettings = (c: Raw): boolean =>
  c.disabled === undefined ||
  (Array.isArray(c.disabled) && c.disabled.every((id) => isText(id, 0, LIMITS.idLength)));

const asRecord =
  (check: (v: Raw) => boolean) =>
  (value: unknown): boolean =>
    isObject(value) && check(value);

/**
 * The same hand checks for one record, by the schema they stand for: edit operations check
 * the record they change (core/ops/validate.ts), and a rename should not wait for the
 * schema library to compile its checker the first time.
 */
export const QUICK_RECORD_CHECKS: ReadonlyMap<unknown, (value: unknown) => boolean> = new Map<
  unknown,
  (value: unknown) => boolean
>([
  [touchpointSchema, asRecord(touchpoint)],
  [stageSchema, asRecord(stage)],
  [departmentSchema, asRecord(department)],
  [connectionSchema, asRecord(connection)],
  [frictionSchema, asRecord(friction)],
  [opportunitySchema, asRecord(opportunity)],
  [positionSchema, asRecord(positionOk)],
  [commentSchema, asRecord(comment)],
]);

/** The rare keys are left to their own schemas: one small call each, when present. */
const shape = journeyMapSchema.shape;

/** True only if `journeyMapSchema` accepts `document`; false means "ask the schema". */
export function quickCheckMap(document: unknown): boolean {
  if (!isObject(document)) return false;
  const d = document;
  return (
    d.format === FORMAT_ID &&
    inRange(d.version, 1, Number.MAX_SAFE_INTEGER, true) &&
    isId(d.id) &&
    isText(d.title, 1, LIMITS.titleLength) &&
    isOptionalString(d.description) &&
    (d.persona === undefined || bySchema(shape.persona, d.persona)) &&
    (d.nps === undefined || bySchema(shape.nps, d.nps)) &&
    (d.createdAt === undefined || bySchema(shape.createdAt, d.createdAt)) &&
    (d.updatedAt === undefined || bySchema(shape.updatedAt, d.updatedAt)) &&
    everyItem(d.stages, stage, 1) &&
    everyItem(d.departments, department, 1) &&
    everyItem(d.touchpoints, touchpoint) &&
    (d.connections === undefined || everyItem(d.connections, connection)) &&
    (d.comments === undefined || everyItem(d.comments, comment)) &&
    isOptionalString(d.scenario) &&
    (d.rows === undefined || everyItem(d.rows, row)) &&
    (d.notes === undefined || everyItem(d.notes, note)) &&
    (d.state === undefined || STATE_SET.has(d.state)) &&
    (d.basedOn === undefined || (isObject(d.basedOn) && mapReference(d.basedOn))) &&
    (d.checks === undefined || (isObject(d.checks) && checkSettings(d.checks))) &&
    !hasUnchecked(d, UNCHECKED.map)
  );
}
