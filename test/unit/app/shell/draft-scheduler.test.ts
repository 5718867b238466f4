import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftScheduler } from '../../../../src/app/shell/draft-scheduler.ts';

function setup(options: { intervalMs?: number; hasDraft?: boolean } = {}) {
  const log: string[] = [];
  let version = 0;
  const errors: string[] = [];
  let failWrites = 0;
  const scheduler = createDraftScheduler({
    intervalMs: options.intervalMs ?? 1000,
    hasDraft: options.hasDraft,
    write: async () => {
      if (failWrites > 0) {
        failWrites--;
        throw new Error('disk full');
      }
      log.push(`write v${version}`);
    },
    remove: async () => {
      log.push('remove');
    },
    onError: (error, operation) => errors.push(`${operation}: ${(error as Error).message}`),
  });
  return {
    scheduler,
    log,
    errors,
    edit() {
      version++;
      scheduler.update(true);
    },
    failNext(n = 1) {
      failWrites = n;
    },
  };
}

describe('draft scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the latest state one interval after the first change of a burst', async () => {
    const t = setup();
    t.edit();
    await vi.advanceTimersByTimeAsync(400);
    t.edit();
    t.edit();
    expect(t.log).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(t.log).toEqual(['write v3']);
    // Nothing more while nothing changes.
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.log).toEqual(['write v3']);
  });

  it('cannot be postponed forever by steady typing', async () => {
    const t = setup();
    for (let i = 0; i < 25; i++) {
      t.edit();
      await vi.advanceTimersByTimeAsync(200);
    }
    // 5 seconds of edits every 200 ms: a write every second, never more than 1 s behind.
    expect(t.log.length).toBe(5);
    expect(t.log.at(-1)).toBe('write v25');
  });

  it('removes the draft once the document is clean (saved or undone to the saved map)', async () => {
    const t = setup();
    t.edit();
    await vi.advanceTimersByTimeAsync(1000);
    t.scheduler.update(false);
    await vi.runAllTimersAsync();
    expect(t.log).toEqual(['write v1', 'remove']);
    expect(t.scheduler.hasDraft).toBe(false);
  });

  it('does not remove a draft that was never written', async () => {
    const t = setup();
    t.edit();
    t.scheduler.update(false);
    await vi.runAllTimersAsync();
    expect(t.log).toEqual([]);
  });

  it('flushes at once (blur, unload) and only what is due', async () => {
    const t = setup();
    await t.scheduler.flush();
    expect(t.log).toEqual([]);
    t.edit();
    await t.scheduler.flush();
    expect(t.log).toEqual(['write v1']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.log).toEqual(['write v1']);
  });

  it('keeps writes and removals in order, so a slow write never resurrects a saved draft', async () => {
    const order: string[] = [];
    let release!: () => void;
    const scheduler = createDraftScheduler({
      intervalMs: 10,
      write: () =>
        new Promise<void>((resolve) => {
          order.push('write started');
          release = () => {
            order.push('write done');
            resolve();
          };
        }),
      remove: async () => {
        order.push('remove');
      },
    });
    scheduler.update(true);
    await vi.advanceTimersByTimeAsync(10);
    scheduler.update(false); // saved while the write is still running
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['write started']);
    release();
    await scheduler.flush();
    expect(order).toEqual(['write started', 'write done', 'remove']);
  });

  it('reports a failed write and tries again one interval later', async () => {
    const t = setup();
    t.failNext();
    t.edit();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.errors).toEqual(['write: disk full']);
    expect(t.log).toEqual([]);
    expect(t.scheduler.due).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.log).toEqual(['write v1']);
  });

  it('follows a new interval', async () => {
    const t = setup({ intervalMs: 15_000 });
    t.edit();
    t.scheduler.setIntervalMs(5000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.log).toEqual(['write v1']);
  });

  it('on dispose keeps the draft for recovery, or removes it when discarded', async () => {
    const kept = setup();
    kept.edit();
    await kept.scheduler.flush();
    await kept.scheduler.dispose();
    kept.edit();
    await vi.runAllTimersAsync();
    expect(kept.log).toEqual(['write v1']);

    const discarded = setup();
    discarded.edit();
    await discarded.scheduler.flush();
    await discarded.scheduler.dispose({ discard: true });
    expect(discarded.log).toEqual(['write v1', 'remove']);
  });

  it('owes the removal of a recovered draft', async () => {
    const t = setup({ hasDraft: true });
    await t.scheduler.dispose({ discard: true });
    expect(t.log).toEqual(['remove']);
  });
});
