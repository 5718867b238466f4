/**
 * The unsaved-changes guard on closing a window and on quitting: Electron's `close` and
 * `before-quit` are stopped while the user is asked (close-guard.ts decides, in order), the
 * page is asked to save when the user chose Save, and the close or quit is done once every
 * answer allows it. Before asking on quit, each page with unsaved changes writes its draft
 * (draft-flush.ts), so the drafts hold the last edit while the question is up.
 */
import { randomBytes } from 'node:crypto';
import { EVENTS, type CloseOutcome } from '../../src/ipc/contract.ts';
import {
  answerFor,
  confirmClose,
  onCloseAttempt,
  quitOrder,
  saveChangesDialog,
  type CloseGuardDeps,
  type GuardedWindow,
} from './close-guard.ts';
import type { DesktopContext } from './desktop-context.ts';
import { DraftFlushing } from './draft-flush.ts';
import { FileAccessError } from './file-grants.ts';
import type { WindowRecord } from './windows.ts';

interface PendingClose {
  windowId: number;
  resolve: (saved: boolean) => void;
}

export class WindowClosing {
  readonly #context: DesktopContext;
  /** Save requests sent to pages, by request id, until the page answers. */
  readonly #pending = new Map<string, PendingClose>();
  readonly #drafts: DraftFlushing;
  #quitConfirmed = false;
  #quitGuarding = false;

  constructor(context: DesktopContext, options: { draftFlushTimeoutMs?: number } = {}) {
    this.#context = context;
    this.#drafts = new DraftFlushing({
      send: (windowId, request) => context.shell.send(windowId, EVENTS.draftFlushRequest, request),
      timeoutMs: options.draftFlushTimeoutMs,
    });
  }

  /** A window's `close` event: true lets it close; false stops it (the user is being asked). */
  onWindowClose(windowId: number): boolean {
    const record = this.#context.windows.get(windowId);
    if (!record) return true;
    if (onCloseAttempt(closeAttempt(record)) === 'close') {
      record.closeConfirmed = true;
      return true;
    }
    if (!record.guarding && !this.#quitGuarding) void this.#guardClose(record);
    return false;
  }

  /** The app's `before-quit`: true lets it quit; false stops it (the user is being asked). */
  onBeforeQuit(): boolean {
    if (this.#quitConfirmed) return true;
    if (this.#quitGuarding) return false;
    const windows = this.#context.windows.all();
    const asking = windows.filter((r) => onCloseAttempt(closeAttempt(r)) === 'ask');
    if (asking.length === 0) {
      this.#confirmQuit();
      return true;
    }
    if (windows.some((r) => r.guarding)) return false;
    void this.#guardQuit(asking);
    return false;
  }

  respondToCloseRequest(windowId: number, requestId: string, outcome: CloseOutcome): void {
    const pending = this.#pending.get(requestId);
    if (!pending || pending.windowId !== windowId) {
      throw new FileAccessError('There is no such close request for this window.');
    }
    this.#pending.delete(requestId);
    pending.resolve(outcome === 'saved');
  }

  respondToDraftFlush(windowId: number, requestId: string): void {
    this.#drafts.respond(windowId, requestId);
  }

  /** The window's page crashed or the window is gone: it will not answer; nothing was saved. */
  pageGone(windowId: number): void {
    this.#drafts.pageGone(windowId);
    for (const [requestId, pending] of this.#pending) {
      if (pending.windowId !== windowId) continue;
      this.#pending.delete(requestId);
      pending.resolve(false);
    }
  }

  async #guardClose(record: WindowRecord): Promise<void> {
    record.guarding = true;
    try {
      const decision = await confirmClose([guarded(record)], this.#guardDeps());
      if (decision.proceed && this.#context.windows.get(record.id)) {
        record.closeConfirmed = true;
        this.#context.shell.closeWindow(record.id);
      }
    } finally {
      record.guarding = false;
    }
  }

  async #guardQuit(asking: WindowRecord[]): Promise<void> {
    this.#quitGuarding = true;
    for (const record of asking) record.guarding = true;
    try {
      await this.#drafts.flush(asking);
      const ordered = quitOrder(asking, this.#context.shell.focusedWindowId());
      const decision = await confirmClose(ordered.map(guarded), this.#guardDeps());
      if (decision.proceed) {
        this.#confirmQuit();
        this.#context.shell.quit();
      }
    } finally {
      this.#quitGuarding = false;
      for (const record of asking) record.guarding = false;
    }
  }

  #confirmQuit(): void {
    this.#quitConfirmed = true;
    for (const record of this.#context.windows.all()) record.closeConfirmed = true;
  }

  #guardDeps(): CloseGuardDeps {
    const { shell, platform, windows } = this.#context;
    return {
      ask: async (window) => {
        if (!windows.get(window.id)) return 'discard';
        shell.focusWindow(window.id);
        const response = await shell.showMessageBox(
          window.id,
          saveChangesDialog(window.name, platform),
        );
        return answerFor(response, platform);
      },
      save: (window) => this.#requestSave(window.id),
    };
  }

  /** Asks the page to save (it may show Save As); resolves with whether it did. */
  #requestSave(windowId: number): Promise<boolean> {
    const record = this.#context.windows.get(windowId);
    if (!record || !record.ready || record.crashed) return Promise.resolve(false);
    const requestId = randomBytes(12).toString('base64url');
    return new Promise((resolve) => {
      this.#pending.set(requestId, { windowId, resolve });
      this.#context.shell.send(windowId, EVENTS.closeRequest, { requestId });
    });
  }
}

const closeAttempt = (record: WindowRecord) => ({
  dirty: record.state.dirty,
  closeConfirmed: record.closeConfirmed,
  crashed: record.crashed,
});

function guarded(record: WindowRecord): GuardedWindow {
  const name = record.state.fileName ?? (record.state.title.trim() || 'Untitled');
  return { id: record.id, dirty: record.state.dirty, name };
}
