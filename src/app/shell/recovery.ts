/**
 * Recovering unsaved work at start-up: the drafts a crash, a closed tab or a reload left
 * behind, each checked (a draft whose map no longer parses is reported with its problem,
 * never dropped), newest first, with when each was saved in words people read.
 */
import type { JourneyMap } from '../../core/model.ts';
import { describeParseFailure, parse } from '../../core/parse.ts';
import { listDrafts } from '../platform/host-services.ts';
import type { Draft, FileRef, Platform } from '../platform/platform.ts';
import { createSession, type Entropy, type Session } from './session.ts';

export type RecoveryItem =
  /** A draft that opens: Restore or Discard. */
  | { kind: 'ready'; documentId: string; draft: Draft; map: JourneyMap; notes: string[] }
  /**
   * A draft that cannot be opened: its problem is shown; it can be saved as a file (its text,
   * as it is) or discarded, never restored.
   */
  | {
      kind: 'damaged';
      documentId: string;
      title: string;
      savedAt: string | null;
      file: FileRef | null;
      problem: string;
      /** What is stored, as it is. */
      text: string;
    };

export interface RecoveryList {
  items: RecoveryItem[];
  /** Damaged drafts the host could not even list (the desktop app keeps and logs them). */
  skipped: number;
}

/** A draft as a recovery item: parsed, or damaged with the first line of what is wrong. */
export function recoveryItem(draft: Draft): RecoveryItem {
  const result = parse(draft.text);
  if (result.ok) {
    return {
      kind: 'ready',
      documentId: draft.documentId,
      draft,
      map: result.map,
      notes: result.notes,
    };
  }
  const [problem = result.error.message] = describeParseFailure(result.error);
  return {
    kind: 'damaged',
    documentId: draft.documentId,
    title: draft.title,
    savedAt: draft.savedAt,
    file: draft.file,
    problem,
    text: draft.text,
  };
}

const time = (iso: string | null): number => {
  const t = iso === null ? NaN : Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** Newest first; the damaged entries without a date last. */
export function sortRecovery(items: readonly RecoveryItem[]): RecoveryItem[] {
  const savedAt = (item: RecoveryItem) =>
    item.kind === 'ready' ? item.draft.savedAt : item.savedAt;
  return [...items].sort((a, b) => time(savedAt(b)) - time(savedAt(a)));
}

/**
 * The drafts this window may offer, from whichever host: the desktop app lists those no other
 * window holds (and counts the damaged files it skipped); the browser reads localStorage and
 * reports damaged entries. `exclude`: documents already open here.
 */
export async function listRecovery(
  platform: Platform,
  exclude: ReadonlySet<string> = new Set(),
): Promise<RecoveryList> {
  const { drafts, damaged: entries, skipped } = await listDrafts(platform);
  const damaged = entries.map((entry): RecoveryItem => ({
    kind: 'damaged',
    documentId: entry.documentId,
    title: 'Unreadable draft',
    savedAt: null,
    file: null,
    problem: `The stored draft cannot be read: ${entry.problem}.`,
    text: entry.raw,
  }));
  const items = [...drafts.map(recoveryItem), ...damaged].filter(
    (item) => !exclude.has(item.documentId),
  );
  return { items: sortRecovery(items), skipped };
}

/**
 * The session of a restored draft: unsaved, under the draft's own document id (so the next
 * draft write replaces it instead of adding another), with the draft's file when the host
 * still grants it (the desktop app does; in the browser the old page's handle is gone, so
 * the name is kept and saving asks where).
 */
export function sessionFromDraft(
  item: RecoveryItem & { kind: 'ready' },
  entropy?: Entropy,
): Session {
  return createSession(
    { map: item.map, file: item.draft.file, dirty: true, documentId: item.documentId },
    entropy,
  );
}

/** "5 minutes ago", "yesterday", with the date and time in full for a tooltip. */
export function describeSavedAt(
  iso: string | null,
  now: Date = new Date(),
  locale?: string,
  timeZone?: string,
): { relative: string; absolute: string } {
  const at = iso === null ? NaN : Date.parse(iso);
  if (Number.isNaN(at)) return { relative: 'at an unknown time', absolute: 'unknown' };
  const absolute = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(at));
  const seconds = Math.round((now.getTime() - at) / 1000);
  if (seconds < 45) return { relative: 'just now', absolute };
  const rtf = new Intl.RelativeTimeFormat(locale ?? 'en', { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { relative: rtf.format(-minutes, 'minute'), absolute };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { relative: rtf.format(-hours, 'hour'), absolute };
  const days = Math.round(hours / 24);
  if (days < 30) return { relative: rtf.format(-days, 'day'), absolute };
  return { relative: absolute, absolute };
}

/** The title to show for an item: the map's, else the draft's. */
export function titleOf(item: RecoveryItem): string {
  return item.kind === 'ready' ? item.map.title || item.draft.title : item.title;
}
