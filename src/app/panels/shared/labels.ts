/** Words the panels show for model values: one place, so every panel says the same. */
import type { Channel, Emotion, Severity, TouchpointKind } from '../../../core/model.ts';

export const KIND_LABELS: Record<TouchpointKind, string> = {
  service: 'Service',
  experience: 'Experience',
};

/** What each kind means, for tooltips and hints (product.md). */
export const KIND_HINTS: Record<TouchpointKind, string> = {
  service: 'Customer service: the customer reaches out and people help (judged by CSAT)',
  experience: 'Customer experience: any other moment of the journey (judged by NPS)',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
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

export const SEVERITY_LABELS: Record<Severity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const EMOTION_LABELS: Record<`${Emotion}`, string> = {
  '-2': 'Very negative',
  '-1': 'Negative',
  '0': 'Neutral',
  '1': 'Positive',
  '2': 'Very positive',
};

export function emotionLabel(emotion: Emotion | null): string {
  return emotion === null ? 'Not rated' : EMOTION_LABELS[`${emotion}`];
}

/** "+2", "0", "−1.5" (a real minus sign, readable on a projector). */
export function formatScore(value: number, digits = 0): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${value < 0 ? '\u2212' : '+'}${text}`;
}

/** "1 touchpoint", "5 touchpoints". */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

/** “Name”, in typographic quotes. */
export function quoted(text: string): string {
  return `\u201c${text}\u201d`;
}
