/**
 * The domain model of a Touchmap document (file format v1, see docs/file-format.md).
 *
 * Objects read from a file may carry keys this version does not know; they travel on the
 * same objects at run time (never typed here) so that spreading an object in an edit keeps
 * them and `serialize` writes them back.
 */

export const FORMAT_ID = 'touchmap';
export const CURRENT_VERSION = 1;

export const TOUCHPOINT_KINDS = ['service', 'experience'] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

export const CHANNELS = [
  'in-person',
  'phone',
  'email',
  'chat',
  'web',
  'app',
  'social',
  'mail',
  'event',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const EMOTIONS = [-2, -1, 0, 1, 2] as const;
/** -2 very negative .. +2 very positive. */
export type Emotion = (typeof EMOTIONS)[number];

/** Where a department stands in a service blueprint: seen by the customer, behind the scenes, or the systems behind the staff. */
export const LAYERS = ['frontstage', 'backstage', 'support'] as const;
export type Layer = (typeof LAYERS)[number];

/** How sure the team is of a touchpoint or friction: seen, told, or guessed. */
export const EVIDENCE_LEVELS = ['observed', 'reported', 'assumed'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** A map of today's journey, or of the one the team wants. */
export const MAP_STATES = ['current', 'future'] as const;
export type MapState = (typeof MAP_STATES)[number];

/**
 * The kinds of row a map is drawn in. `department` rows hold touchpoints; customer,
 * evidence, thoughts and notes rows hold notes; emotion, pains and ideas are drawn from
 * the touchpoints and hold no data.
 */
export const ROW_TYPES = [
  'emotion',
  'customer',
  'department',
  'evidence',
  'thoughts',
  'notes',
  'pains',
  'ideas',
] as const;
export type RowType = (typeof ROW_TYPES)[number];

/** Rows whose cards are notes (`JourneyMap.notes`). */
export const NOTE_ROW_TYPES = ['customer', 'evidence', 'thoughts', 'notes'] as const;
export type NoteRowType = (typeof NOTE_ROW_TYPES)[number];

interface RowBase {
  id: string;
  /** Hidden rows stay in the file and the order but are not drawn. */
  hidden?: boolean;
}

export interface DepartmentRow extends RowBase {
  type: 'department';
  departmentId: string;
}

export interface FreeNotesRow extends RowBase {
  type: 'notes';
  name: string;
}

export interface PlainRow extends RowBase {
  type: Exclude<RowType, 'department' | 'notes'>;
  /** Shown instead of the type's word when given. */
  name?: string;
}

/** One row of the map, in `JourneyMap.rows` order, top to bottom. */
export type Row = DepartmentRow | FreeNotesRow | PlainRow;

/** A card of a customer, evidence, thoughts or notes row, in one stage. */
export interface Note {
  id: string;
  rowId: string;
  stageId: string;
  text: string;
  evidence?: EvidenceLevel;
}

export interface Position {
  x: number;
  y: number;
}

export interface Friction {
  id: string;
  text: string;
  severity: Severity;
  evidence?: EvidenceLevel;
}

export interface Opportunity {
  id: string;
  text: string;
}

export interface Touchpoint {
  id: string;
  title: string;
  description?: string;
  stageId: string;
  departmentId: string;
  kind: TouchpointKind;
  channel: Channel;
  /** null: not rated yet. */
  emotion: Emotion | null;
  emotionNote?: string;
  frictions: Friction[];
  opportunities: Opportunity[];
  csat?: number | null;
  evidence?: EvidenceLevel;
  /** Where it came from: "Interview 4", "NPS survey Q3". */
  source?: string;
  /** Top-left of the card inside its cell, relative to the cell's top-left, canvas units. */
  position: Position;
}

export interface Stage {
  id: string;
  name: string;
  description?: string;
  /** What the customer expects at this stage. */
  expectations?: string;
}

export interface Department {
  id: string;
  name: string;
  /** #rrggbb */
  color: string;
  /** Absent: frontstage. */
  layer?: Layer;
}

export interface Persona {
  name: string;
  description?: string;
  goals?: string[];
  quote?: string;
}

export interface Connection {
  id: string;
  from: string;
  to: string;
  label?: string;
}

/** What a comment is about: a record of the map by its sort and id, or the map itself. */
export const COMMENT_TARGET_TYPES = [
  'touchpoint',
  'stage',
  'department',
  'connection',
  'map',
] as const;
export type CommentTargetType = (typeof COMMENT_TARGET_TYPES)[number];

export interface CommentTarget {
  type: CommentTargetType;
  /** The record's id; for `map`, the map's own id. */
  id: string;
}

/** A remark left on the map for teammates (docs/file-format.md, "Comments"). */
export interface MapComment {
  id: string;
  target: CommentTarget;
  /** A name from the preferences, or "Anonymous". */
  author: string;
  text: string;
  /** ISO-8601 date-time. */
  createdAt: string;
  /** A thread is resolved when its first comment is; the ops keep its replies in step. */
  resolved: boolean;
  /** A reply names the comment that opened its thread (never a reply), on the same target. */
  replyTo?: string;
}

/** A conflict left by a three-way merge (docs/file-format.md, "Merge conflicts"). */
export interface MergeConflict {
  /** Collection and ids, then field names: `["touchpoints", "tp-desk", "kind"]`. */
  path: string[];
  base?: unknown;
  ours?: unknown;
  theirs?: unknown;
}

export interface JourneyMap {
  format: typeof FORMAT_ID;
  version: number;
  id: string;
  title: string;
  description?: string;
  persona?: Persona;
  /** Net promoter score, -100..100, null when not measured. */
  nps?: number | null;
  createdAt?: string;
  updatedAt?: string;
  stages: Stage[];
  departments: Department[];
  touchpoints: Touchpoint[];
  connections: Connection[];
  /** Left by `touchmap merge` for the user to resolve; absent when there are none. */
  conflicts?: MergeConflict[];
  /** Absent in maps nobody commented on. */
  comments?: MapComment[];
  /** The situation this journey covers. */
  scenario?: string;
  /** Absent: the emotion curve, then one row per department in list order. */
  rows?: Row[];
  /** The cards of customer, evidence, thoughts and notes rows. */
  notes?: Note[];
  /** Absent: current. */
  state?: MapState;
  /** The current-state map a future-state map was made from. */
  basedOn?: MapReference;
  checks?: CheckSettings;
}

export interface MapReference {
  id: string;
  title: string;
}

export interface CheckSettings {
  /** Ids of the map checks switched off for this map. */
  disabled: string[];
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

export const LIMITS = {
  idLength: 64,
  titleLength: 200,
  nameLength: 100,
  itemTextLength: 500,
  npsMin: -100,
  npsMax: 100,
  csatMin: 1,
  csatMax: 5,
  commentLength: 5000,
  authorLength: 100,
  noteLength: 500,
} as const;
