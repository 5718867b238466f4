/**
 * Before quitting, each page with unsaved changes is asked to write its draft now rather
 * than at its next interval: if the quit is then cut short (the system shuts down while the
 * unsaved-changes question is up, the process is killed), the draft holds the last edit.
 *
 * A page answers after writing; main waits for every answer, or for a short timeout, whichever
 * comes first, so a hung page cannot stop the app from quitting.
 */
import { randomBytes } from 'node:crypto';
import type { DraftFlushRequest } from '../../src/ipc/contract.ts';
import { FileAccessError } from './file-grants.ts';

/** Long enough for a page to write a draft of a large map; short enough to go unnoticed. */
const DRAFT_FLUSH_TIMEOUT_MS = 1500;

/** A window to ask: its page must be loaded and alive to answer. */
export interface FlushTarget {
  id: number;
  ready: boolean;
  crashed: boolean;
}

export interface DraftFlushOptions {
  send(windowId: number, request: DraftFlushRequest): void;
  timeoutMs?: number;
  newRequestId?: () => string;
}

interface Pending {
  windowId: number;
  done: () => void;
}

export class DraftFlushing {
  readonly #send: DraftFlushOptions['send'];
  readonly #timeoutMs: number;
  readonly #newRequestId: () => string;
  readonly #pending = new Map<string, Pending>();

  constructor(options: DraftFlushOptions) {
    this.#send = options.send;
    this.#timeoutMs = options.timeoutMs ?? DRAFT_FLUSH_TIMEOUT_MS;
    this.#newRequestId = options.newRequestId ?? (() => randomBytes(12).toString('base64url'));
  }

  /** Asks each live page to write its draft; resolves when all answered or time is up. */
  async flush(windows: readonly FlushTarget[]): Promise<void> {
    const asked = windows.filter((w) => w.ready && !w.crashed).map((w) => this.#ask(w.id));
    if (asked.length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.#timeoutMs);
    });
    try {
      await Promise.race([Promise.all(asked.map((a) => a.answered)), timeUp]);
    } finally {
      clearTimeout(timer);
      // Those that did not answer in time are not waited for again.
      for (const { requestId } of asked) this.#pending.delete(requestId);
    }
  }

  /** A page's answer: its draft is written. A request of another window is refused. */
  respond(windowId: number, requestId: string): void {
    const pending = this.#pending.get(requestId);
    if (!pending || pending.windowId !== windowId) {
      throw new FileAccessError('There is no such draft request for this window.');
    }
    this.#pending.delete(requestId);
    pending.done();
  }

  /** The page crashed or its window closed: it will not answer, nothing to wait for. */
  pageGone(windowId: number): void {
    for (const [requestId, pending] of this.#pending) {
      if (pending.windowId !== windowId) continue;
      this.#pending.delete(requestId);
      pending.done();
    }
  }

  #ask(windowId: number): { requestId: string; answered: Promise<void> } {
    const requestId = this.#newRequestId();
    const answered = new Promise<void>((done) => {
      this.#pending.set(requestId, { windowId, done });
    });
    this.#send(windowId, { requestId });
    return { requestId, answered };
  }
}
