import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../src/ipc/contract.ts';
import { openIn, readyWindow, setupDesktop, writeMap } from './fakes.ts';

describe('menu commands', () => {
  it('sends page commands to the focused window', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    for (const command of ['save', 'undo', 'zoomFit', 'toggleInsights'] as const) {
      await env.desktop.menus.menuCommand(command);
    }
    expect(env.shell.sentTo(one, EVENTS.menuCommand)).toEqual([
      'save',
      'undo',
      'zoomFit',
      'toggleInsights',
    ]);
  });

  it('New goes to an empty window, else to a new one', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    await env.desktop.menus.menuCommand('new');
    expect(env.shell.sentTo(one, EVENTS.menuCommand)).toEqual(['new']);
    env.desktop.lifecycle.setDocumentState(one, { title: 'Map', fileName: null, dirty: true });
    await env.desktop.menus.menuCommand('newFromTemplate');
    const two = env.shell.windows[1]!;
    env.desktop.lifecycle.windowReady(two);
    expect(env.shell.sentTo(two, EVENTS.menuCommand)).toEqual(['newFromTemplate']);
  });

  it('Open shows the dialog and puts the file in the focused empty window', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    env.shell.openAnswers.push(path);
    await env.desktop.menus.menuCommand('open');
    expect(env.shell.sentTo(one, EVENTS.openDocument)).toEqual([
      expect.objectContaining({
        kind: 'file',
        file: expect.objectContaining({ name: 'a.touchmap' }),
      }),
    ]);
  });

  it('Close, Show Backups, and About without any window', async () => {
    const env = await setupDesktop();
    await env.desktop.menus.menuCommand('about');
    const one = env.shell.windows[0]!;
    env.desktop.lifecycle.windowReady(one);
    expect(env.shell.sentTo(one, EVENTS.menuCommand)).toEqual(['about']);
    await env.desktop.menus.menuCommand('close');
    expect(env.shell.closed).toEqual([one]);
    await env.desktop.menus.menuCommand('showBackups');
    expect(env.shell.openedFolders).toEqual([env.backupFolder]);
    // Native roles are not sent anywhere.
    await env.desktop.menus.menuCommand('copy');
    expect(env.shell.sentTo(one, EVENTS.menuCommand)).toEqual(['about']);
  });

  it('keeps the Open Recent menu up to date', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    await openIn(env, one, await writeMap(env, 'a.touchmap'));
    const menu = env.shell.menus.at(-1)!;
    const file = menu.find((m) => m.id === 'file')!;
    const recent = (file.submenu as { id?: string; submenu?: { label?: string }[] }[]).find(
      (i) => i.id === 'openRecent',
    );
    expect(recent?.submenu?.[0]?.label).toBe('a.touchmap');
    env.desktop.menus.clearRecentFiles();
    expect(env.preferences.recentFiles()).toEqual([]);
  });
});
