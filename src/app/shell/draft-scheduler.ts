/**
 * When to write a draft of the open document, and when to remove it. Pure: no DOM, no
 * platform; the caller says what a write and a removal do, and the timers can be faked.
 *
 * - While the document has unsaved changes, a change starts a timer of `intervalMs` (if none
 *   is running) and the latest state is written when it fires: every change reaches the draft
 *   within one interval, and a burst of edits costs one write, not one per keystroke. Later
 *   changes do not push the timer back, so steady typing cannot postpone the draft forever.
 * - `flush()` writes at once what is waiting (the window lost focus, the page is going away,
 *   a draft was just recovered and must be claimed).
 * - The document became clean (saved, or undone back to the saved state): the draft goes.
 * - Writes and removals run one after the other, in the order they were asked for, so a slow
 *   write can never land after the removal that followed it and resurrect a saved draft.
 * - A failed write is reported and tried again one interval later; nothing is dropped.
 */

export interface SchedulerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: SchedulerTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DraftSchedulerOptions {
  /** How long a change may wait before it is written. */
  intervalMs: number;
  /** Writes the document as it is now (the caller reads the latest state at call time). */
  write: () => Promise<void>;
  remove: () => Promise<void>;
  /** A write or removal failed (the scheduler has already planned a retry for writes). */
  onError?: (error: unknown, operation: 'write' | 'remove') => void;
  /** A write succeeded (e.g. to clear an earlier failure message). */
  onWritten?: () => void;
  /** A draft of this document already exists (it was recovered): removing it is owed. */
  hasDraft?: boolean;
  timers?: SchedulerTimers;
}

export interface DraftScheduler {
  /** The document changed; `dirty` says whether it now has unsaved changes. */
  update(dirty: boolean): void;
  /** Writes at once what is waiting; resolves when every queued operation has run. */
  flush(): Promise<void>;
  setIntervalMs(ms: number): void;
  /**
   * Stops for good. With `discard`, the draft is removed (the document was replaced after the
   * user chose not to save it); without, the draft stays for recovery (the page is unloading).
   */
  dispose(options?: { discard?: boolean }): Promise<void>;
  /** Whether a change is waiting to be written. */
  readonly due: boolean;
  /** Whether a draft was written and not removed since. */
  readonly hasDraft: boolean;
}

export function createDraftScheduler(options: DraftSchedulerOptions): DraftScheduler {
  const timers = options.timers ?? realTimers;
  let intervalMs = Math.max(0, options.intervalMs);
  let dirty = false;
  let due = false;
  let hasDraft = options.hasDraft ?? false;
  let timer: unknown = null;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (operation: 'write' | 'remove', run: () => Promise<void>): Promise<void> => {
    queue = queue.then(async () => {
      try {
        await run();
        if (operation === 'write') options.onWritten?.();
      } catch (error) {
        options.onError?.(error, operation);
        if (operation === 'write' && !stopped && dirty) {
          // Try again later with whatever the document is by then.
          due = true;
          arm();
        }
      }
    });
    return queue;
  };

  const disarm = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  function arm(): void {
    if (timer !== null || stopped) return;
    timer = timers.setTimeout(() => {
      timer = null;
      writeNow();
    }, intervalMs);
  }

  function writeNow(): void {
    if (stopped || !due || !dirty) return;
    due = false;
    hasDraft = true;
    void enqueue('write', options.write);
  }

  return {
    update(isDirty) {
      if (stopped) return;
      dirty = isDirty;
      if (dirty) {
        due = true;
        arm();
        return;
      }
      due = false;
      disarm();
      if (hasDraft) {
        hasDraft = false;
        void enqueue('remove', options.remove);
      }
    },
    flush() {
      disarm();
      writeNow();
      return queue;
    },
    setIntervalMs(ms) {
      intervalMs = Math.max(0, ms);
      if (timer !== null) {
        // Re-arm with the new interval, counted from now.
        disarm();
        arm();
      }
    },
    dispose({ discard = false } = {}) {
      if (stopped) return queue;
      disarm();
      stopped = true;
      due = false;
      if (discard && hasDraft) {
        hasDraft = false;
        void enqueue('remove', options.remove);
      }
      return queue;
    },
    get due() {
      return due;
    },
    get hasDraft() {
      return hasDraft;
    },
  };
}
