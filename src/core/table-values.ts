/**
 * The cells of a table as the map's values and back: kinds, channels, emotions, severities
 * and evidence levels are written with the vocabulary's words and read from a word or an id, in any
 * case; emotions also from a number (-2 .. 2, "+1", the real minus sign "−1").
 */
import {
  CHANNELS,
  EMOTIONS,
  EVIDENCE_LEVELS,
  SEVERITIES,
  TOUCHPOINT_KINDS,
  type Channel,
  type Emotion,
  type EvidenceLevel,
  type Severity,
  type TouchpointKind,
} from './model.ts';
import {
  CHANNEL_TERMS,
  EMOTION_LIST,
  EVIDENCE_TERMS,
  KIND_TERMS,
  SEVERITY_TERMS,
  UNRATED_WORD,
  emotionWord,
} from './vocabulary.ts';

/** What a cell holds, as every table reader gives it. */
export type TableCell = string | number | boolean | null;

/** A cell as text, trimmed; empty for an empty cell. */
export function cellText(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

/* ---- writing ---- */

export const kindCell = (kind: TouchpointKind): string => KIND_TERMS[kind].word;
export const channelCell = (channel: Channel): string => CHANNEL_TERMS[channel].word;
export const severityCell = (severity: Severity): string => SEVERITY_TERMS[severity].word;
/** Empty when not marked, as for emotion. */
export const evidenceCell = (evidence: EvidenceLevel | undefined): string =>
  evidence === undefined ? '' : EVIDENCE_TERMS[evidence].word;
/** Empty when not rated, so a filled-in table shows the gaps. */
export const emotionCell = (emotion: Emotion | null): string =>
  emotion === null ? '' : emotionWord(emotion);

/** The words a workbook offers in its drop-down lists. */
export const CELL_CHOICES = {
  kind: TOUCHPOINT_KINDS.map(kindCell),
  channel: CHANNELS.map(channelCell),
  emotion: EMOTION_LIST.map((t) => t.word),
  severity: SEVERITIES.map(severityCell),
  evidence: EVIDENCE_LEVELS.map((e) => evidenceCell(e)),
} as const;

/* ---- reading ---- */

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const fold = (s: string): string => s.normalize('NFC').trim().toLowerCase();
const quote = (s: string): string => JSON.stringify(s);

function byWords<T extends string>(
  ids: readonly T[],
  words: (id: T) => readonly string[],
): Map<string, T> {
  const found = new Map<string, T>();
  for (const id of ids) for (const w of [id, ...words(id)]) found.set(fold(w), id);
  return found;
}

const KINDS = byWords(TOUCHPOINT_KINDS, (k) => [kindCell(k)]);
const CHANNEL_WORDS = byWords(CHANNELS, (c) => [channelCell(c), CHANNEL_TERMS[c].name]);
const SEVERITY_WORDS = byWords(SEVERITIES, (s) => [severityCell(s)]);
const EVIDENCE_WORDS = byWords(EVIDENCE_LEVELS, (e) => [evidenceCell(e)]);
const EMOTION_WORDS = new Map<string, Emotion>(EMOTION_LIST.map((t) => [fold(t.word), t.value]));

function oneOf<T extends string>(
  what: string,
  words: Map<string, T>,
  shown: readonly string[],
  text: string,
): Read<T> {
  const value = words.get(fold(text));
  if (value !== undefined) return { ok: true, value };
  return { ok: false, message: `${what} ${quote(text)} is not one of ${shown.join(', ')}` };
}

export function readKind(text: string): Read<TouchpointKind> {
  return oneOf('kind', KINDS, CELL_CHOICES.kind, text);
}

export function readChannel(text: string): Read<Channel> {
  return oneOf('channel', CHANNEL_WORDS, CELL_CHOICES.channel, text);
}

export function readSeverity(text: string): Read<Severity> {
  return oneOf('severity', SEVERITY_WORDS, CELL_CHOICES.severity, text);
}

/** Empty: not marked (an older table has no Evidence column at all). */
export function readEvidence(text: string): Read<EvidenceLevel | undefined> {
  if (text === '') return { ok: true, value: undefined };
  return oneOf('evidence', EVIDENCE_WORDS, CELL_CHOICES.evidence, text);
}

const NUMBER = /^[+\-\u2212]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** "4,5" and "−1" as numbers; null when the text is no plain number. */
function plainNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  return Number(text.replace('\u2212', '-').replace(',', '.'));
}

/** Empty or "Not rated": null. */
export function readEmotion(cell: TableCell): Read<Emotion | null> {
  const text = cellText(cell);
  if (text === '' || fold(text) === fold(UNRATED_WORD)) return { ok: true, value: null };
  const word = EMOTION_WORDS.get(fold(text));
  if (word !== undefined) return { ok: true, value: word };
  const n = typeof cell === 'number' ? cell : plainNumber(text);
  if (n === null) {
    const words = CELL_CHOICES.emotion.join(', ');
    return {
      ok: false,
      message: `emotion ${quote(text)} is not a number from -2 to 2 nor one of ${words}, ${UNRATED_WORD}`,
    };
  }
  const level = EMOTIONS.find((e) => e === n);
  if (level === undefined) {
    return { ok: false, message: `emotion ${quote(text)} is not between -2 and 2` };
  }
  return { ok: true, value: level };
}

/** Empty: not measured. */
export function readCsat(cell: TableCell): Read<number | undefined> {
  const text = cellText(cell);
  if (text === '') return { ok: true, value: undefined };
  const n = typeof cell === 'number' ? cell : plainNumber(text);
  if (n === null || !Number.isFinite(n)) {
    return { ok: false, message: `CSAT ${quote(text)} is not a number from 1 to 5` };
  }
  if (n < 1 || n > 5) return { ok: false, message: `CSAT ${quote(text)} is not between 1 and 5` };
  return { ok: true, value: n };
}
