/**
 * Keeps drafts of whichever document is open: a new autosave for each session shown, the
 * previous one's draft removed (it was saved or discarded), and a failed draft write said
 * once until a draft is kept again.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Platform } from '../platform/platform.ts';
import { attachAutosave, type Autosave } from './autosave.ts';
import { tell, type Dialogs } from './dialogs.ts';
import { errorText, type AppState } from './shell-context.ts';
import type { Entropy, Session } from './session.ts';

export interface DraftKeepingOptions {
  platform: Platform;
  store: StoreApi<AppState>;
  dialogs: Pick<Dialogs, 'ask'>;
  entropy: Entropy;
  /** Milliseconds between a change and its draft, read for each new document. */
  intervalMs(): number;
  /** Draft-related focus and unload events; null to attach none (unit tests). */
  win: Window | null;
  doc: Document | undefined;
}

export interface DraftKeeping {
  /** Shows a new document; the previous one's draft goes (it was saved or discarded). */
  setSession(next: Session, recovered?: boolean): void;
  /** Starts keeping drafts of the document that was open before the shell started. */
  watchCurrent(): void;
  setIntervalMs(ms: number): void;
  /** Writes or removes the open document's draft now. */
  flush(): Promise<void>;
  /** Stops, leaving the draft for recovery: the page is going away. */
  dispose(): void;
}

export function createDraftKeeping(options: DraftKeepingOptions): DraftKeeping {
  const { platform, store, dialogs, entropy, win, doc } = options;
  let autosave: Autosave | null = null;
  let errorShown = false;

  const reportError = (error: unknown, operation: 'write' | 'remove') => {
    if (operation === 'remove') {
      console.warn('[touchmap] could not remove a draft:', errorText(error));
      return;
    }
    if (errorShown) return;
    errorShown = true;
    void tell(dialogs, {
      title: 'Your unsaved changes could not be kept as a draft',
      lines: [
        errorText(error),
        'They are still here, but would not survive a crash. Save the map to a file to be safe.',
      ],
      footnote: 'Touchmap keeps trying; this message shows once until a draft is kept again.',
      tone: 'warning',
    });
  };

  function watch(session: Session | null, recovered: boolean): void {
    autosave = null;
    if (session === null) return;
    autosave = attachAutosave({
      platform,
      session,
      intervalMs: options.intervalMs(),
      recovered,
      now: entropy.now,
      onError: reportError,
      onWritten: () => {
        errorShown = false;
      },
      target: win,
      doc: win ? doc : null,
    });
  }

  return {
    setSession(next, recovered = false) {
      if (store.getState().session === next) return;
      void autosave?.dispose({ discard: true });
      store.setState({ session: next, starting: false });
      watch(next, recovered);
    },
    watchCurrent() {
      watch(store.getState().session, false);
    },
    setIntervalMs(ms) {
      autosave?.setIntervalMs(ms);
    },
    async flush() {
      await autosave?.flush();
    },
    dispose() {
      void autosave?.dispose();
      autosave = null;
    },
  };
}
