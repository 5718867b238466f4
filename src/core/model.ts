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

export interface Position {
  x: number;
  y: number;
}

export interface Friction {
  id: string;
  text: string;
  severity: Severity;
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
  /** Top-left of the card inside its cell, relative to the cell's top-left, canvas units. */
  position: Position;
}

export interface Stage {
  id: string;
  name: string;
  description?: string;
}

export interface Department {
  id: string;
  name: string;
  /** #rrggbb */
  color: string;
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
} as const;
