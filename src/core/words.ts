/**
 * The words every host shows for model values (canvas, panels, PDF), in one place so the
 * screen and the print say the same.
 */
import type { Channel, Emotion, Severity, TouchpointKind } from './model.ts';

export const KIND_WORDS: Readonly<Record<TouchpointKind, string>> = {
  service: 'Service',
  experience: 'Experience',
};

/** What each kind means, for tooltips and hints (product.md). */
export const KIND_HINTS: Readonly<Record<TouchpointKind, string>> = {
  service: 'Customer service: the customer reaches out and people help (judged by CSAT)',
  experience: 'Customer experience: any other moment of the journey (judged by NPS)',
};

/** Short, for a 200-unit card and a PDF card. */
export const CHANNEL_WORDS: Readonly<Record<Channel, string>> = {
  'in-person': 'In person',
  phone: 'Phone',
  email: 'Email',
  chat: 'Chat',
  web: 'Web',
  app: 'App',
  social: 'Social',
  mail: 'Mail',
  event: 'Event',
  other: 'Other',
};

/** Long, where there is room to be plain (menus, the palette, the inspector). */
export const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  'in-person': 'In person',
  phone: 'Phone',
  email: 'Email',
  chat: 'Chat or chatbot',
  web: 'Website',
  app: 'App',
  social: 'Social media',
  mail: 'Post (mail)',
  event: 'Event',
  other: 'Other',
};

export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const EMOTION_WORDS: Readonly<Record<`${Emotion}`, string>> = {
  '-2': 'Very negative',
  '-1': 'Negative',
  '0': 'Neutral',
  '1': 'Positive',
  '2': 'Very positive',
};

export function emotionWord(emotion: Emotion | null): string {
  return emotion === null ? 'Not rated' : EMOTION_WORDS[`${emotion}`];
}

/** "4" or "4.5". */
export function formatCsat(csat: number): string {
  return Number.isInteger(csat) ? String(csat) : csat.toFixed(1);
}
