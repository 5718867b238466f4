import { describe, expect, it } from 'vitest';
import { createDialogs, tell } from '../../../../src/app/shell/dialogs.ts';
import { createSession } from '../../../../src/app/shell/session.ts';
import { createAppStore, errorText, exclusive } from '../../../../src/app/shell/shell-context.ts';
import { smallMap } from './shell-fixture.ts';

describe('the app store', () => {
  it('starts on the start screen without a document, in the editor with one', () => {
    expect(createAppStore().getState()).toEqual({
      session: null,
      starting: true,
      recovery: null,
      recent: null,
      panel: null,
      dropping: false,
      focusRequest: null,
    });
    const session = createSession({ map: smallMap() });
    expect(createAppStore(session).getState()).toMatchObject({ session, starting: false });
  });
});

describe('exclusive', () => {
  it('ignores calls while one runs, and runs again after it ended, even in failure', async () => {
    const started: number[] = [];
    let finish: () => void = () => {};
    const run = exclusive(async (n: number) => {
      started.push(n);
      if (n === 3) throw new Error('boom');
      await new Promise<void>((resolve) => (finish = resolve));
    });
    const first = run(1);
    await run(2);
    finish();
    await first;
    await expect(run(3)).rejects.toThrow('boom');
    const fourth = run(4);
    finish();
    await fourth;
    expect(started).toEqual([1, 3, 4]);
  });
});

describe('messages', () => {
  it('words any thrown value', () => {
    expect(errorText(new Error('Disk full.'))).toBe('Disk full.');
    expect(errorText('plain')).toBe('plain');
  });

  it('tells with one OK button, which Escape also answers', async () => {
    const dialogs = createDialogs();
    const told = tell(dialogs, { title: 'Done', lines: ['All saved.'], tone: 'info' });
    const spec = dialogs.store.getState().current!.spec;
    expect(spec).toEqual({
      title: 'Done',
      lines: ['All saved.'],
      tone: 'info',
      buttons: [{ label: 'OK', value: 'ok', kind: 'primary' }],
      cancelValue: 'ok',
    });
    dialogs.answer(spec.cancelValue);
    expect(await told).toBe('ok');
  });
});
