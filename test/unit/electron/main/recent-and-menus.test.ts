/** The recent list and the application menu's commands. */
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { EVENTS } from '../../../../src/ipc/contract.ts';
import { RECENT_FILES_CAP } from '../../../../electron/main/preferences-schema.ts';
import {
  makeDesktop,
  openIn,
  readyWindow,
  setupDesktop,
  writeMap,
  type FakeShell,
} from './fakes.ts';

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

describe('menu commands with no window', () => {
  it('opens a window for a windowless command, and drops a page command', async () => {
    const env = await setupDesktop();
    await env.desktop.menus.menuCommand('save');
    await env.desktop.menus.menuCommand('close');
    expect(env.shell.windows).toEqual([]);
    await env.desktop.menus.menuCommand('preferences');
    const one = env.shell.windows[0]!;
    env.desktop.lifecycle.windowReady(one);
    expect(env.shell.sentTo(one, EVENTS.menuCommand)).toEqual(['preferences']);
  });
});

describe('the recent list', () => {
  const recentItems = (env: { shell: FakeShell }) => {
    const file = env.shell.menus.at(-1)!.find((m) => m.id === 'file')!;
    const recent = (file.submenu as MenuItemConstructorOptions[]).find(
      (i) => i.id === 'openRecent',
    );
    return recent!.submenu as MenuItemConstructorOptions[];
  };
  const click = (item: MenuItemConstructorOptions | undefined) =>
    (item?.click as unknown as () => void)();

  it('keeps the newest first, capped, in the system list too; a removed file leaves it', () => {
    const env = makeDesktop('/nowhere');
    const paths = Array.from({ length: RECENT_FILES_CAP + 2 }, (_, i) => `/maps/m${i}.touchmap`);
    for (const path of paths) env.desktop.menus.addRecent(path);
    expect(env.preferences.recentFiles()).toEqual(paths.slice(2).reverse());
    expect(env.shell.recentDocuments).toEqual(paths);
    env.desktop.menus.removeRecent(paths.at(-1)!);
    expect(env.preferences.recentFiles()[0]).toBe(paths.at(-2));
    expect(recentItems(env)[0]?.label).toBe(`m${RECENT_FILES_CAP}.touchmap`);
  });

  it('gives a window each recent file for reading only', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    env.preferences.setRecentFiles(['/maps/a.touchmap']);
    const [ref] = env.desktop.menus.listRecentFiles(one);
    expect(env.desktop.grants.resolve(one, ref!.token)).toMatchObject({
      path: '/maps/a.touchmap',
      access: 'read',
    });
    expect(() => env.desktop.menus.listRecentFiles(99)).toThrow(/Unknown window/);
  });

  it('Open Recent opens the file; Clear empties the list and the system’s', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap', 'A');
    env.desktop.menus.addRecent(path);
    click(recentItems(env)[0]);
    // The click does not wait for the file to be read: wait for it here.
    await vi.waitFor(() => expect(env.desktop.windows.get(one)?.documentPath).toBe(path));
    click(recentItems(env).find((i) => i.id === 'clearRecent'));
    expect(env.preferences.recentFiles()).toEqual([]);
    expect(env.shell.recentDocuments).toEqual([]);
  });

  it('drops missing files at start-up, rebuilding the menu only when something went', async () => {
    const env = await setupDesktop();
    const kept = await writeMap(env, 'kept.touchmap');
    env.preferences.setRecentFiles([kept]);
    await env.desktop.menus.pruneMissing();
    expect(env.shell.menus).toHaveLength(0);
    env.preferences.setRecentFiles([join(env.dir, 'gone.touchmap'), kept]);
    await env.desktop.menus.pruneMissing();
    expect(env.preferences.recentFiles()).toEqual([kept]);
    expect(env.shell.menus).toHaveLength(1);
  });
});
