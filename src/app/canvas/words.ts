/** Words the canvas shows for model values (short: they sit on a 200-unit card). */
import type { Channel, Severity, TouchpointKind } from '../../core/model.ts';

export const KIND_WORDS: Record<TouchpointKind, string> = {
  service: 'Service',
  experience: 'Experience',
};

export const CHANNEL_WORDS: Record<Channel, string> = {
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

export const SEVERITY_WORDS: Record<Severity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** "4" or "4.5". */
export function formatCsat(csat: number): string {
  return Number.isInteger(csat) ? String(csat) : csat.toFixed(1);
}
