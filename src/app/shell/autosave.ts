/**
 * Autosave of drafts for the open document, on every host, through `platform.drafts`: the
 * draft scheduler (draft-scheduler.ts) fed by the document store, plus the moments a draft
 * must be written at once (the window loses focus, the tab is hidden or unloads).
 */
import { serialize } from '../../core/serialize.ts';
import type { Draft, Platform } from '../platform/platform.ts';
import { isDirty, type DocumentState } from '../store/document-store.ts';
import {
  createDraftScheduler,
  type DraftScheduler,
  type SchedulerTimers,
} from './draft-scheduler.ts';
import type { Session } from './session.ts';

/** The browser writes to localStorage, which is cheap: a few seconds after each change. */
export const WEB_DRAFT_INTERVAL_MS = 3000;

function draftOf(state: DocumentState, savedAt: string): Draft {
  return {
    documentId: state.documentId,
    title: state.map.title,
    file: state.file ? { token: state.file.token, name: state.file.name } : null,
    text: serialize(state.map),
    savedAt,
  };
}

export interface AutosaveOptions {
  /** Only its drafts are used (the crash test drives the desktop's draft store with them). */
  platform: Pick<Platform, 'drafts'>;
  session: Pick<Session, 'document'>;
  intervalMs: number;
  /** The session holds a recovered draft: it is written (claimed) at once. */
  recovered?: boolean;
  now?: () => string;
  onError?: (error: unknown, operation: 'write' | 'remove') => void;
  onWritten?: () => void;
  timers?: SchedulerTimers;
  /** Where focus and unload events come from; none in unit tests. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  doc?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> | null;
}

export interface Autosave {
  scheduler: DraftScheduler;
  setIntervalMs(ms: number): void;
  flush(): Promise<void>;
  /** See DraftScheduler.dispose. */
  dispose(options?: { discard?: boolean }): Promise<void>;
}

export function attachAutosave(options: AutosaveOptions): Autosave {
  const { platform, session } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const documentId = session.document.getState().documentId;
  const scheduler = createDraftScheduler({
    intervalMs: options.intervalMs,
    write: () => platform.drafts.write(draftOf(session.document.getState(), now())),
    remove: () => platform.drafts.remove(documentId),
    onError: options.onError,
    onWritten: options.onWritten,
    hasDraft: options.recovered ?? false,
    timers: options.timers,
  });

  let last: DocumentState = session.document.getState();
  const unsubscribe = session.document.subscribe((state) => {
    // Only the map, its saved state and its file matter to the draft.
    if (state.map === last.map && state.savedMap === last.savedMap && state.file === last.file) {
      return;
    }
    last = state;
    scheduler.update(isDirty(state));
  });
  if (isDirty(last)) scheduler.update(true);
  if (options.recovered) void scheduler.flush();

  const target = options.target === undefined ? globalThis.window : options.target;
  const doc = options.doc === undefined ? globalThis.document : options.doc;
  const flush = () => void scheduler.flush();
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') flush();
  };
  target?.addEventListener('blur', flush);
  target?.addEventListener('pagehide', flush);
  target?.addEventListener('beforeunload', flush);
  doc?.addEventListener('visibilitychange', onVisibility);

  return {
    scheduler,
    setIntervalMs: (ms) => scheduler.setIntervalMs(ms),
    flush: () => scheduler.flush(),
    dispose(disposeOptions) {
      unsubscribe();
      target?.removeEventListener('blur', flush);
      target?.removeEventListener('pagehide', flush);
      target?.removeEventListener('beforeunload', flush);
      doc?.removeEventListener('visibilitychange', onVisibility);
      return scheduler.dispose(disposeOptions);
    },
  };
}
