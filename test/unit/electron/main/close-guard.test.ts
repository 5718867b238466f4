import { describe, expect, it, vi } from 'vitest';
import {
  answerFor,
  confirmClose,
  onCloseAttempt,
  quitOrder,
  saveChangesDialog,
  type CloseAnswer,
  type GuardedWindow,
} from '../../../../electron/main/close-guard.ts';

const w = (id: number, dirty = true): GuardedWindow => ({ id, dirty, name: `Map ${id}` });

function deps(answers: Record<number, CloseAnswer>, saves: Record<number, boolean> = {}) {
  return {
    ask: vi.fn(async (window: GuardedWindow) => answers[window.id] ?? 'cancel'),
    save: vi.fn(async (window: GuardedWindow) => saves[window.id] ?? true),
  };
}

describe('onCloseAttempt', () => {
  it('lets clean, answered and crashed windows close; asks about unsaved changes', () => {
    expect(onCloseAttempt({ dirty: false, closeConfirmed: false, crashed: false })).toBe('close');
    expect(onCloseAttempt({ dirty: true, closeConfirmed: true, crashed: false })).toBe('close');
    expect(onCloseAttempt({ dirty: true, closeConfirmed: false, crashed: true })).toBe('close');
    expect(onCloseAttempt({ dirty: true, closeConfirmed: false, crashed: false })).toBe('ask');
  });
});

describe('confirmClose', () => {
  it('closes without asking when nothing is unsaved', async () => {
    const d = deps({});
    expect(await confirmClose([w(1, false), w(2, false)], d)).toEqual({
      proceed: true,
      saved: [],
      discarded: [],
      stoppedAt: null,
    });
    expect(d.ask).not.toHaveBeenCalled();
  });

  it('saves, or discards, each window as answered', async () => {
    const d = deps({ 1: 'save', 3: 'discard' });
    const decision = await confirmClose([w(1), w(2, false), w(3)], d);
    expect(decision).toEqual({ proceed: true, saved: [1], discarded: [3], stoppedAt: null });
    expect(d.ask.mock.calls.map(([x]) => x.id)).toEqual([1, 3]);
    expect(d.save.mock.calls.map(([x]) => x.id)).toEqual([1]);
  });

  it('stops everything at Cancel, asking no further', async () => {
    const d = deps({ 1: 'discard', 2: 'cancel', 3: 'discard' });
    const decision = await confirmClose([w(1), w(2), w(3)], d);
    expect(decision).toMatchObject({ proceed: false, stoppedAt: 2 });
    expect(d.ask).toHaveBeenCalledTimes(2);
  });

  it('stops when a save did not happen (cancelled Save As, write error)', async () => {
    const d = deps({ 1: 'save', 2: 'discard' }, { 1: false });
    const decision = await confirmClose([w(1), w(2)], d);
    expect(decision).toMatchObject({ proceed: false, stoppedAt: 1, saved: [] });
    expect(d.ask).toHaveBeenCalledTimes(1);
  });
});

describe('quitOrder', () => {
  it('asks about the focused window first', () => {
    expect(quitOrder([w(1), w(2), w(3)], 2).map((x) => x.id)).toEqual([2, 1, 3]);
    expect(quitOrder([w(1), w(2)], null).map((x) => x.id)).toEqual([1, 2]);
  });
});

describe('the Save / Don’t Save / Cancel dialog', () => {
  it('names the document and maps each button to its answer', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const options = saveChangesDialog('Hotel stay', platform);
      expect(options.message).toContain('“Hotel stay”');
      const labels = options.buttons!;
      expect([...labels].sort()).toEqual(['Cancel', "Don't Save", 'Save']);
      expect(answerFor(labels.indexOf('Save'), platform)).toBe('save');
      expect(answerFor(labels.indexOf("Don't Save"), platform)).toBe('discard');
      expect(answerFor(labels.indexOf('Cancel'), platform)).toBe('cancel');
      expect(options.defaultId).toBe(labels.indexOf('Save'));
      // Escape and closing the dialog mean Cancel.
      expect(options.cancelId).toBe(labels.indexOf('Cancel'));
    }
    expect(saveChangesDialog('x', 'darwin').buttons).toEqual(['Save', 'Cancel', "Don't Save"]);
    expect(saveChangesDialog('x', 'win32').buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(answerFor(99, 'linux')).toBe('cancel');
  });
});
