/**
 * The one-letter keys that fill a map while people talk: which command gives the selected
 * cards a kind or an emotion. The keys themselves live in the vocabulary (one table for
 * every word and key of a kind or an emotion level), so the keymap, the shortcut sheet and
 * the inspector's emotion picker always agree.
 */
import type { Emotion, TouchpointKind } from '../../core/model.ts';
import { EMOTION_LIST, KIND_LIST, UNRATED_KEY, type EmotionKey } from '../../core/vocabulary.ts';
import type { CommandName } from './command-names.ts';

export const KIND_COMMANDS: Readonly<Record<TouchpointKind, CommandName>> = {
  service: 'setKindService',
  experience: 'setKindExperience',
};

export const EMOTION_COMMANDS: Readonly<Record<EmotionKey, CommandName>> = {
  '-2': 'setEmotionVeryNegative',
  '-1': 'setEmotionNegative',
  '0': 'setEmotionNeutral',
  '1': 'setEmotionPositive',
  '2': 'setEmotionVeryPositive',
};

export interface CaptureKey {
  command: CommandName;
  /** Compared with `event.key`, lower case. */
  key: string;
  /** What the command gives the selected cards. */
  value: { kind: TouchpointKind } | { emotion: Emotion | null };
}

export const CAPTURE_KEYS: readonly CaptureKey[] = [
  ...KIND_LIST.map((term) => ({
    command: KIND_COMMANDS[term.id],
    key: term.key,
    value: { kind: term.id },
  })),
  ...EMOTION_LIST.map((term) => ({
    command: EMOTION_COMMANDS[`${term.value}`],
    key: term.key,
    value: { emotion: term.value },
  })),
  { command: 'clearEmotion', key: UNRATED_KEY, value: { emotion: null } },
];
