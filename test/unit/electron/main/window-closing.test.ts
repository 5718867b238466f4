/** The unsaved-changes guard on closing a window and on quitting. */
import { describe, expect, it, vi } from 'vitest';
import { EVENTS } from '../../../../src/ipc/contract.ts';
import { draftOf, readyWindow, settle, setupDesktop, type DesktopEnv } from './fakes.ts';

describe('closing and quitting', () => {
  async function dirtyWindows(env: DesktopEnv, count: number) {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const id = readyWindow(env.desktop);
      env.desktop.lifecycle.setDocumentState(id, {
        title: `Map ${id}`,
        fileName: null,
        dirty: true,
      });
      await env.desktop.drafts.writeDraft(id, draftOf(`doc-${id}`));
      ids.push(id);
    }
    return ids;
  }
  // Button indexes on Linux: Save, Don't Save, Cancel.
  const SAVE = 0;
  const DISCARD = 1;
  const CANCEL = 2;

  it("closes a window with unsaved changes after Don't Save, dropping its draft", async () => {
    const env = await setupDesktop();
    const [one] = await dirtyWindows(env, 1);
    env.shell.boxAnswers.push(DISCARD);
    expect(env.desktop.closing.onWindowClose(one!)).toBe(false);
    await settle();
    expect(env.shell.messages[0]?.options.message).toContain('“Map 1”');
    expect(env.shell.closed).toEqual([one]);
    expect(env.desktop.closing.onWindowClose(one!)).toBe(true);
    env.desktop.lifecycle.windowClosed(one!);
    // The draft is removed from disk in the background: a timer tick is not enough under load.
    await vi.waitFor(async () => expect((await env.drafts.list()).drafts).toEqual([]));
  });

  it('keeps the window open on Cancel, and asks only once at a time', async () => {
    const env = await setupDesktop();
    const [one] = await dirtyWindows(env, 1);
    env.shell.boxAnswers.push(CANCEL);
    expect(env.desktop.closing.onWindowClose(one!)).toBe(false);
    expect(env.desktop.closing.onWindowClose(one!)).toBe(false); // a second click while asking
    await settle();
    expect(env.shell.messages).toHaveLength(1);
    expect(env.shell.closed).toEqual([]);
  });

  it('asks the page to save on Save, and closes only once it did', async () => {
    const env = await setupDesktop();
    const [one] = await dirtyWindows(env, 1);
    env.shell.boxAnswers.push(SAVE, SAVE);
    env.desktop.closing.onWindowClose(one!);
    await settle();
    const [request] = env.shell.sentTo(one!, EVENTS.closeRequest) as { requestId: string }[];
    expect(request?.requestId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    env.desktop.closing.respondToCloseRequest(one!, request!.requestId, 'cancelled');
    await settle();
    expect(env.shell.closed).toEqual([]);

    env.desktop.closing.onWindowClose(one!);
    await settle();
    const second = (env.shell.sentTo(one!, EVENTS.closeRequest) as { requestId: string }[])[1]!;
    env.desktop.closing.respondToCloseRequest(one!, second.requestId, 'saved');
    await settle();
    expect(env.shell.closed).toEqual([one]);
    expect(() =>
      env.desktop.closing.respondToCloseRequest(one!, second.requestId, 'saved'),
    ).toThrow();
  });

  it('on quit asks about each unsaved window, focused first, and quits when all are answered', async () => {
    const env = await setupDesktop();
    const [one, two] = await dirtyWindows(env, 2);
    readyWindow(env.desktop); // a clean one: not asked about
    env.shell.focused = two!;
    env.shell.boxAnswers.push(DISCARD, DISCARD);
    expect(env.desktop.closing.onBeforeQuit()).toBe(false);
    await settle();
    expect(env.shell.messages.map((m) => m.windowId)).toEqual([two, one]);
    expect(env.shell.quits).toBe(1);
    // The quit that follows goes through, and so does every window's close.
    expect(env.desktop.closing.onBeforeQuit()).toBe(true);
    expect(env.desktop.closing.onWindowClose(one!)).toBe(true);
  });

  it('cancels the whole quit at the first Cancel', async () => {
    const env = await setupDesktop();
    const [one, two] = await dirtyWindows(env, 2);
    env.shell.focused = one!;
    env.shell.boxAnswers.push(DISCARD, CANCEL);
    env.desktop.closing.onBeforeQuit();
    await settle();
    expect(env.shell.quits).toBe(0);
    expect(env.desktop.windows.get(one!)?.closeConfirmed).toBe(false);
    expect(env.desktop.windows.get(two!)?.closeConfirmed).toBe(false);
    // Asked again next time.
    env.shell.boxAnswers.push(DISCARD, DISCARD);
    env.desktop.closing.onBeforeQuit();
    await settle();
    expect(env.shell.quits).toBe(1);
  });

  it('quits at once with nothing unsaved; a crashed page is not asked', async () => {
    const env = await setupDesktop();
    const [one] = await dirtyWindows(env, 1);
    env.desktop.lifecycle.windowCrashed(one!);
    expect(env.desktop.closing.onBeforeQuit()).toBe(true);
    expect(env.shell.messages).toEqual([]);
  });

  it('treats a page that disappears while saving as not saved', async () => {
    const env = await setupDesktop();
    const [one] = await dirtyWindows(env, 1);
    env.shell.boxAnswers.push(SAVE);
    env.desktop.closing.onWindowClose(one!);
    await settle();
    env.desktop.lifecycle.windowCrashed(one!);
    await settle();
    expect(env.shell.closed).toEqual([]);
  });
});

describe('closing, edge cases', () => {
  it('lets a window it does not know close', async () => {
    const env = await setupDesktop();
    expect(env.desktop.closing.onWindowClose(99)).toBe(true);
  });

  it('counts Save as not saved when the page is not loaded yet, and keeps the window', async () => {
    const env = await setupDesktop();
    const loading = env.desktop.context.newWindow();
    env.desktop.lifecycle.setDocumentState(loading.id, {
      title: 'Map',
      fileName: null,
      dirty: true,
    });
    env.shell.boxAnswers.push(0); // Save
    expect(env.desktop.closing.onWindowClose(loading.id)).toBe(false);
    await settle();
    expect(env.shell.sentTo(loading.id, EVENTS.closeRequest)).toEqual([]);
    expect(env.shell.closed).toEqual([]);
    expect(loading.guarding).toBe(false);
  });

  it('does not start a close guard while the quit is asking', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    env.desktop.lifecycle.setDocumentState(one, { title: 'Map', fileName: null, dirty: true });
    env.shell.boxAnswers.push(2); // Cancel
    expect(env.desktop.closing.onBeforeQuit()).toBe(false);
    expect(env.desktop.closing.onBeforeQuit()).toBe(false); // still asking: not asked twice
    expect(env.desktop.closing.onWindowClose(one)).toBe(false);
    await settle();
    expect(env.shell.messages).toHaveLength(1);
    expect(env.shell.quits).toBe(0);
  });
});
