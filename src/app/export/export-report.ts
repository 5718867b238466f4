/**
 * What to tell the user once a file made in the app (a deck, a comparison) went through the
 * platform's export: the same words whatever the file.
 */
import type { SaveOutcome } from '../platform/platform.ts';

/** What to tell the user, and how; null when they cancelled. */
export type ExportReport = { text: string; tone: 'info' | 'error' } | null;

export function exportReport(outcome: SaveOutcome, name: string): ExportReport {
  switch (outcome.status) {
    case 'saved':
      return { text: `Exported ${outcome.file.name}.`, tone: 'info' };
    case 'cancelled':
      return null;
    case 'conflict':
      return { text: `${name} was not written.`, tone: 'error' };
    case 'failed':
      return { text: outcome.message, tone: 'error' };
  }
}
