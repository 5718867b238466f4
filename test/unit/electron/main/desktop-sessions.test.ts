/** Share on Local Network, Stop Sharing, Join Session and the future-state window, through IPC. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS, type IncomingDocument } from '../../../../src/ipc/contract.ts';
import { pageLinks } from '../../../../src/app/session/share-links.ts';
import { mapText } from '../../node/helpers.ts';
import { eventFrom, openIn, setupIpc, writeMap } from './fakes.ts';

const EDIT = `http://10.0.0.2:5000/?session=${'e'.repeat(32)}`;
const VIEW = `http://10.0.0.2:5000/?view=${'v'.repeat(32)}`;

function stopSharingItem(menu: MenuItemConstructorOptions[] | undefined) {
  const file = menu?.find((item) => item.id === 'file');
  return (file?.submenu as MenuItemConstructorOptions[]).find((i) => i.id === 'stopSharing');
}

describe('File › Share on Local Network… and Stop Sharing', () => {
  it('hosts the saved file, replaces its window by the host page, and stops on request', async () => {
    const env = await setupIpc('touchmap-share-');
    const path = await writeMap({ ...env }, 'hotel.touchmap');
    await openIn({ ...env }, env.one, path);
    const result = await env.call(CHANNELS.shareSession, env.one);
    expect(result).toEqual({ status: 'shared', editUrl: EDIT, viewUrl: VIEW });
    expect(env.sessions.log[0]).toBe(`host ${path}`);
    const opened = env.sessions.log[1]!.replace('session window ', '');
    expect(pageLinks(opened)).toEqual({ join: EDIT, host: true, view: VIEW });
    expect(env.shell.closed).toContain(env.one);
    env.desktop.lifecycle.windowClosed(env.one);

    // Stop Sharing is enabled in the host's session window only, and follows the focus.
    env.shell.focused = 500;
    env.desktop.menus.refreshMenu();
    expect(stopSharingItem(env.shell.menus.at(-1))?.enabled).toBe(true);
    env.shell.focused = env.two;
    env.desktop.menus.refreshMenu();
    expect(stopSharingItem(env.shell.menus.at(-1))?.enabled).toBe(false);
    await env.desktop.menus.menuCommand('stopSharing');
    expect(env.sessions.log).not.toContain(`saved and closed ${path}`);

    env.shell.focused = 500;
    await env.desktop.menus.menuCommand('stopSharing');
    expect(env.sessions.log).toContain(`saved and closed ${path}`);
    expect(env.shell.closed).toContain(500);
    // The file opens again, in a window of its own (the focused one was the session's).
    const windows = env.shell.windows.length;
    await vi.waitFor(() => expect(env.shell.windows).toHaveLength(windows + 1));
    const reopened = env.shell.windows.at(-1)!;
    env.desktop.lifecycle.windowReady(reopened);
    const sent = env.shell.sentTo(reopened, EVENTS.openDocument) as IncomingDocument[];
    expect(sent.map((d) => d.kind === 'file' && d.file.name)).toEqual(['hotel.touchmap']);
    expect(stopSharingItem(env.shell.menus.at(-1))?.enabled).toBe(false);
  });

  it('asks the page to save first when the map has no file or unsaved changes', async () => {
    const env = await setupIpc('touchmap-share-unsaved-');
    expect(await env.call(CHANNELS.shareSession, env.one)).toEqual({ status: 'unsaved' });
    const path = await writeMap({ ...env }, 'bank.touchmap');
    await openIn({ ...env }, env.two, path);
    env.desktop.lifecycle.setDocumentState(env.two, {
      title: 'Bank',
      fileName: 'bank.touchmap',
      dirty: true,
    });
    expect(await env.call(CHANNELS.shareSession, env.two)).toEqual({ status: 'unsaved' });
    expect(env.sessions.log).toEqual([]);
  });

  it('ends the session when its window is closed by hand, and on quitting', async () => {
    const env = await setupIpc('touchmap-share-close-');
    const path = await writeMap({ ...env }, 'a.touchmap');
    await openIn({ ...env }, env.one, path);
    await env.call(CHANNELS.shareSession, env.one);
    expect(env.desktop.sessions?.hosting).toBe(true);
    await env.desktop.sessions?.sessionWindowClosed(500);
    expect(env.sessions.log).toContain(`saved and closed ${path}`);
    expect(env.desktop.sessions?.hosting).toBe(false);
  });
});

describe('File › Join Session…', () => {
  it('lists what discovery found and opens only session links', async () => {
    const env = await setupIpc('touchmap-join-');
    expect(await env.call(CHANNELS.listFoundSessions, env.one)).toEqual([]);
    env.sessions.announce([{ name: 'Workshop', address: 'http://10.0.0.2:5000/' }]);
    expect(await env.call(CHANNELS.listFoundSessions, env.one)).toEqual([
      { name: 'Workshop', address: 'http://10.0.0.2:5000/' },
    ]);
    expect(
      await env.call(CHANNELS.joinSession, env.one, { link: 'http://10.0.0.2:5000/' }),
    ).toEqual({ status: 'invalid' });
    expect(await env.call(CHANNELS.joinSession, env.one, { link: VIEW })).toEqual({
      status: 'joined',
    });
    expect(env.sessions.log).toEqual([`session window ${VIEW}`]);
  });

  it('refuses a session page as a sender, and malformed payloads', async () => {
    const env = await setupIpc('touchmap-join-refused-');
    await expect(
      env.handlers[CHANNELS.joinSession](eventFrom(env.one, EDIT), { link: VIEW }),
    ).rejects.toThrow(/not the Touchmap page/);
    await expect(
      env.call(CHANNELS.joinSession, env.one, { link: `${VIEW}${'x'.repeat(3000)}` }),
    ).rejects.toThrow(/invalid request/);
    await expect(env.call(CHANNELS.joinSession, env.one, { url: VIEW })).rejects.toThrow(
      /invalid request/,
    );
    await expect(env.call(CHANNELS.shareSession, env.one, { file: '/etc/passwd' })).rejects.toThrow(
      /invalid request/,
    );
    expect(env.sessions.log).toEqual([]);
  });
});

describe('the future-state copy in a new window', () => {
  it('opens a valid map in a new window as an untitled draft of its own', async () => {
    const env = await setupIpc('touchmap-future-window-');
    const text = mapText('Hotel stay (future)');
    const before = env.shell.windows.length;
    expect(await env.call(CHANNELS.openMapInNewWindow, env.one, { text })).toEqual({
      status: 'opened',
    });
    expect(env.shell.windows).toHaveLength(before + 1);
    const target = env.shell.windows.at(-1)!;
    env.desktop.lifecycle.windowReady(target);
    const [incoming] = env.shell.sentTo(target, EVENTS.openDocument) as IncomingDocument[];
    expect(incoming?.kind).toBe('draft');
    if (incoming?.kind !== 'draft') return;
    expect(incoming.draft).toMatchObject({ title: 'Hotel stay (future)', file: null, text });
    expect(incoming.draft.documentId).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('refuses a text that is not a valid map, before any window opens', async () => {
    const env = await setupIpc('touchmap-future-window-bad-');
    const before = env.shell.windows.length;
    const result = (await env.call(CHANNELS.openMapInNewWindow, env.one, {
      text: '{"format":"touchmap","version":1}',
    })) as { status: string; message: string };
    expect(result.status).toBe('failed');
    expect(result.message.length).toBeGreaterThan(0);
    await expect(env.call(CHANNELS.openMapInNewWindow, env.one, { text: '' })).rejects.toThrow(
      /invalid request/,
    );
    expect(env.shell.windows).toHaveLength(before);
  });
});
