/**
 * The domain's vocabulary, once: every kind, channel, emotion level, severity and row type
 * with the words every host shows for it (canvas, panels, insights, PDF, CLI). How each one
 * looks (colours, shapes, icons) is in `presentation.ts`, keyed by the same ids.
 *
 * Adding a kind, a channel or a row type is a change to the tuple in `model.ts`, an entry
 * here, an entry in `presentation.ts` and, if it brings a new icon, that icon's drawing in
 * each renderer; TypeScript's exhaustive records point at every place that is missing.
 */
import {
  CHANNELS,
  EMOTIONS,
  EVIDENCE_LEVELS,
  ROW_TYPES,
  SEVERITIES,
  TOUCHPOINT_KINDS,
  type Channel,
  type Emotion,
  type EvidenceLevel,
  type Layer,
  type MapState,
  type RowType,
  type Severity,
  type TouchpointKind,
} from './model.ts';

export type { RowType } from './model.ts';

export interface KindTerm {
  readonly id: TouchpointKind;
  /** "Service": the chip on a card, the legend, filters. */
  readonly word: string;
  /** One line for a legend: what makes a touchpoint of this kind. */
  readonly legend: string;
  /** Tooltips and hints (product.md). */
  readonly hint: string;
  /** The measure that judges it. */
  readonly metric: 'CSAT' | 'NPS';
  /** The editor's key that gives the selected cards this kind (lower case). */
  readonly key: string;
}

export const KIND_TERMS: Readonly<Record<TouchpointKind, KindTerm>> = {
  service: {
    id: 'service',
    word: 'Service',
    legend: 'Customer reaches out, people help',
    hint: 'Customer service: the customer reaches out and people help (judged by CSAT)',
    metric: 'CSAT',
    key: 's',
  },
  experience: {
    id: 'experience',
    word: 'Experience',
    legend: 'Every other moment of the journey',
    hint: 'Customer experience: any other moment of the journey (judged by NPS)',
    metric: 'NPS',
    key: 'e',
  },
};

export interface ChannelTerm {
  readonly id: Channel;
  /** Short, for a 200-unit card and a PDF card. */
  readonly word: string;
  /** Long, where there is room to be plain (menus, the palette, the inspector). */
  readonly name: string;
}

export const CHANNEL_TERMS: Readonly<Record<Channel, ChannelTerm>> = {
  'in-person': { id: 'in-person', word: 'In person', name: 'In person' },
  phone: { id: 'phone', word: 'Phone', name: 'Phone' },
  email: { id: 'email', word: 'Email', name: 'Email' },
  chat: { id: 'chat', word: 'Chat', name: 'Chat or chatbot' },
  web: { id: 'web', word: 'Web', name: 'Website' },
  app: { id: 'app', word: 'App', name: 'App' },
  social: { id: 'social', word: 'Social', name: 'Social media' },
  mail: { id: 'mail', word: 'Mail', name: 'Post (mail)' },
  event: { id: 'event', word: 'Event', name: 'Event' },
  other: { id: 'other', word: 'Other', name: 'Other' },
};

/** An emotion level's key in records and class names: "-2" .. "2". */
export type EmotionKey = `${Emotion}`;

export interface EmotionTerm {
  readonly value: Emotion;
  /** "Very negative". */
  readonly word: string;
  /** "+2", "0", "−1" (a real minus sign, readable on a projector). */
  readonly score: string;
  /** A token safe in a CSS class or an id: "n2", "n1", "0", "1", "2". */
  readonly token: string;
  /** The editor's key that sets this emotion on the selected cards: "1" (−2) .. "5" (+2). */
  readonly key: string;
}

/** The editor's key that clears the emotion ("not rated"). */
export const UNRATED_KEY = '0';

const EMOTION_TERMS: Readonly<Record<EmotionKey, EmotionTerm>> = {
  '-2': { value: -2, word: 'Very negative', score: '\u22122', token: 'n2', key: '1' },
  '-1': { value: -1, word: 'Negative', score: '\u22121', token: 'n1', key: '2' },
  '0': { value: 0, word: 'Neutral', score: '0', token: '0', key: '3' },
  '1': { value: 1, word: 'Positive', score: '+1', token: '1', key: '4' },
  '2': { value: 2, word: 'Very positive', score: '+2', token: '2', key: '5' },
};

/** What a touchpoint whose emotion is null says. */
export const UNRATED_WORD = 'Not rated';

export interface SeverityTerm {
  readonly id: Severity;
  /** "High". */
  readonly word: string;
  /** 1 low .. 3 high: orders frictions, and is the number of bars in the warning sign. */
  readonly rank: 1 | 2 | 3;
}

export const SEVERITY_TERMS: Readonly<Record<Severity, SeverityTerm>> = {
  low: { id: 'low', word: 'Low', rank: 1 },
  medium: { id: 'medium', word: 'Medium', rank: 2 },
  high: { id: 'high', word: 'High', rank: 3 },
};

export interface RowTerm {
  readonly id: RowType;
  readonly word: string;
  readonly hint: string;
}

export const ROW_TERMS: Readonly<Record<RowType, RowTerm>> = {
  emotion: {
    id: 'emotion',
    word: 'Emotion',
    hint: 'How the customer feels, touchpoint by touchpoint, in journey order',
  },
  customer: {
    id: 'customer',
    word: 'Customer actions',
    hint: 'What the customer does at each stage',
  },
  department: {
    id: 'department',
    word: 'Department',
    hint: 'The touchpoints this department owns',
  },
  evidence: {
    id: 'evidence',
    word: 'Physical evidence',
    hint: 'What the customer sees, touches or receives: signs, emails, receipts',
  },
  thoughts: {
    id: 'thoughts',
    word: 'Thoughts',
    hint: 'What the customer thinks and feels at each stage',
  },
  notes: { id: 'notes', word: 'Notes', hint: 'A free row for anything else' },
  pains: {
    id: 'pains',
    word: 'Pain points',
    hint: "The frictions of the stage's touchpoints, worst first",
  },
  ideas: {
    id: 'ideas',
    word: 'Ideas',
    hint: "The opportunities of the stage's touchpoints",
  },
};

export interface LayerTerm {
  readonly id: Layer;
  readonly word: string;
  readonly hint: string;
}

export const LAYER_TERMS: Readonly<Record<Layer, LayerTerm>> = {
  frontstage: {
    id: 'frontstage',
    word: 'Frontstage',
    hint: 'The customer sees these people and what they do',
  },
  backstage: {
    id: 'backstage',
    word: 'Backstage',
    hint: 'Staff work the customer does not see',
  },
  support: {
    id: 'support',
    word: 'Support',
    hint: 'Systems and processes behind the staff',
  },
};

/** The blueprint's lines, named by the layers they separate (customer actions count as a layer above frontstage). */
export const BLUEPRINT_LINES = {
  interaction: { word: 'Line of interaction', above: 'customer', below: 'frontstage' },
  visibility: { word: 'Line of visibility', above: 'frontstage', below: 'backstage' },
  internal: { word: 'Line of internal interaction', above: 'backstage', below: 'support' },
} as const;
export type BlueprintLine = keyof typeof BLUEPRINT_LINES;

export interface EvidenceTerm {
  readonly id: EvidenceLevel;
  readonly word: string;
  readonly hint: string;
  /** Drawn as provisional (dashed outline) on screen and in print. */
  readonly provisional: boolean;
  /** The editor's key (with Alt) that sets this evidence on the selection. */
  readonly key: string;
}

export const EVIDENCE_TERMS: Readonly<Record<EvidenceLevel, EvidenceTerm>> = {
  observed: {
    id: 'observed',
    word: 'Observed',
    hint: 'Seen by the team: a field visit, a session recording, data',
    provisional: false,
    key: 'o',
  },
  reported: {
    id: 'reported',
    word: 'Reported',
    hint: 'Told by customers or staff: an interview, a survey',
    provisional: false,
    key: 'r',
  },
  assumed: {
    id: 'assumed',
    word: 'Assumed',
    hint: 'A guess still to be checked',
    provisional: true,
    key: 'a',
  },
};

export interface MapStateTerm {
  readonly id: MapState;
  readonly word: string;
}

export const MAP_STATE_TERMS: Readonly<Record<MapState, MapStateTerm>> = {
  current: { id: 'current', word: 'Current state' },
  future: { id: 'future', word: 'Future state' },
};

/* ---- ordered lists, for menus, legends and tables ---- */

export const KIND_LIST: readonly KindTerm[] = TOUCHPOINT_KINDS.map((k) => KIND_TERMS[k]);
export const CHANNEL_LIST: readonly ChannelTerm[] = CHANNELS.map((c) => CHANNEL_TERMS[c]);
/** -2 .. +2. */
export const EMOTION_LIST: readonly EmotionTerm[] = EMOTIONS.map((e) => EMOTION_TERMS[`${e}`]);
/** Low .. high. */
export const SEVERITY_LIST: readonly SeverityTerm[] = SEVERITIES.map((s) => SEVERITY_TERMS[s]);
export const ROW_LIST: readonly RowTerm[] = ROW_TYPES.map((r) => ROW_TERMS[r]);
/** Observed .. assumed. */
export const EVIDENCE_LIST: readonly EvidenceTerm[] = EVIDENCE_LEVELS.map((e) => EVIDENCE_TERMS[e]);

/* ---- lookups ---- */

export function kindWord(kind: TouchpointKind): string {
  return KIND_TERMS[kind].word;
}

export function emotionTerm(emotion: Emotion): EmotionTerm {
  return EMOTION_TERMS[`${emotion}`];
}

export function emotionWord(emotion: Emotion | null): string {
  return emotion === null ? UNRATED_WORD : emotionTerm(emotion).word;
}

/** "4" or "4.5". */
export function formatCsat(csat: number): string {
  return Number.isInteger(csat) ? String(csat) : csat.toFixed(1);
}
