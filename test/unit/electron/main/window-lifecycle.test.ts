/** Start-up and the life of a window. */
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../../src/ipc/contract.ts';
import { OpenRequestQueue } from '../../../../electron/main/open-requests.ts';
import { fixture, openIn, readyWindow, settle, setupDesktop, writeMap } from './fakes.ts';

describe('start-up', () => {
  it('explains a broken file the system asked to open, in a message box', async () => {
    const env = await setupDesktop();
    const queue = new OpenRequestQueue();
    queue.push([fixture('invalid/schema-violations.touchmap')]);
    await env.desktop.lifecycle.start(queue);
    expect(env.shell.messages[0]?.options).toMatchObject({
      type: 'error',
      message: '“schema-violations.touchmap” cannot be opened.',
    });
    // No window took it, so start-up opened an empty one.
    expect(env.shell.windows).toHaveLength(1);
  });

  it('opens the files given at start-up, without an extra empty window', async () => {
    const env = await setupDesktop();
    const a = await writeMap(env, 'a.touchmap');
    const b = await writeMap(env, 'b.touchmap');
    const queue = new OpenRequestQueue();
    queue.push([a, b]);
    await env.desktop.lifecycle.start(queue);
    expect(env.shell.windows).toHaveLength(2);
    expect(env.desktop.windows.all().map((r) => r.documentPath)).toEqual([a, b]);
    // Later requests (second instance, macOS open-file) go straight through.
    queue.push([a]);
    await settle();
    expect(env.shell.windows).toHaveLength(2);
  });

  it('start-up cleans what a crash left and prunes the recent list', async () => {
    const env = await setupDesktop();
    const kept = await writeMap(env, 'kept.touchmap');
    env.preferences.setRecentFiles([join(env.dir, 'gone.touchmap'), kept]);
    await env.drafts.write({
      documentId: 'd',
      title: 't',
      path: null,
      text: 'x',
      savedAt: '2026-01-01T00:00:00.000Z',
      baseStamp: null,
    });
    const stale = join(env.drafts.folder, '.d.json.999999999.0123456789ab.tmp');
    await writeFile(stale, 'partial');
    await env.desktop.lifecycle.start(new OpenRequestQueue());
    await new Promise((r) => setTimeout(r, 50));
    expect(env.preferences.recentFiles()).toEqual([kept]);
    expect(await readdir(env.drafts.folder)).toEqual(['d.json']);
    await rm(kept);
  });
});

describe('a window’s life', () => {
  it('sends what waited once the page is ready, and offers recovery to the first page only', async () => {
    const env = await setupDesktop();
    const first = env.desktop.context.newWindow();
    env.desktop.context.deliver(first, EVENTS.menuCommand, 'new');
    env.desktop.context.deliver(first, EVENTS.menuCommand, 'about');
    const info = env.desktop.lifecycle.windowReady(first.id);
    expect(info).toEqual({
      platform: 'linux',
      offerDraftRecovery: true,
      preferences: env.preferences.user(),
    });
    expect(env.shell.sentTo(first.id, EVENTS.menuCommand)).toEqual(['new', 'about']);
    expect(first.queue).toEqual([]);
    const second = env.desktop.context.newWindow();
    expect(env.desktop.lifecycle.windowReady(second.id).offerDraftRecovery).toBe(false);
    expect(() => env.desktop.lifecycle.windowReady(99)).toThrow(/Unknown window/);
  });

  it('a page loaded again in its window starts empty: no file, no tokens, recovery offered', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    env.desktop.lifecycle.setDocumentState(one, {
      title: 'A',
      fileName: 'a.touchmap',
      dirty: true,
    });
    expect(env.desktop.lifecycle.windowReady(one).offerDraftRecovery).toBe(true);
    const record = env.desktop.windows.get(one)!;
    expect(record.documentPath).toBeNull();
    expect(record.state).toEqual({ title: 'Touchmap', fileName: null, dirty: false });
    expect(env.desktop.grants.count(one)).toBe(0);
    expect(env.watching.watches.has(path)).toBe(false);
  });

  it('a closed window lets go of its file; unknown windows are ignored', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    await openIn(env, one, path);
    env.desktop.lifecycle.windowClosed(one);
    expect(env.desktop.windows.get(one)).toBeUndefined();
    expect(env.desktop.grants.count(one)).toBe(0);
    expect(env.watching.watches.has(path)).toBe(false);
    env.desktop.lifecycle.windowClosed(one);
    env.desktop.lifecycle.windowCrashed(one);
    // The file may open in another window now.
    const two = readyWindow(env.desktop);
    expect(await openIn(env, two, path)).toMatchObject({ status: 'opened' });
  });

  it('shows the state a page reports in its title bar', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    env.desktop.lifecycle.setDocumentState(one, { title: 'Hotel', fileName: null, dirty: true });
    expect(env.shell.states.get(one)).toEqual({
      title: '• Hotel — Touchmap',
      edited: true,
      representedPath: null,
    });
    expect(() =>
      env.desktop.lifecycle.setDocumentState(99, { title: 'x', fileName: null, dirty: false }),
    ).toThrow(/Unknown window/);
  });

  it('start-up applies the theme and builds the menu before any window opens', async () => {
    const env = await setupDesktop();
    env.preferences.setUser({ theme: 'dark' });
    await env.desktop.lifecycle.start(new OpenRequestQueue());
    expect(env.shell.themes).toEqual(['dark']);
    expect(env.shell.menus.length).toBeGreaterThan(0);
    expect(env.shell.windows).toHaveLength(1);
  });
});
