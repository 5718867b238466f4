import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, RENDERER_MENU_COMMANDS } from '../../../../src/ipc/contract.ts';
import {
  buildMenuTemplate,
  recentEntries,
  type MenuInput,
} from '../../../../electron/main/menu.ts';

type Item = MenuItemConstructorOptions;

function items(template: Item[]): Item[] {
  const out: Item[] = [];
  const walk = (list: Item[]) => {
    for (const item of list) {
      out.push(item);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  walk(template);
  return out;
}

const byId = (template: Item[], id: string) => items(template).find((i) => i.id === id);

function build(over: Partial<MenuInput> = {}) {
  const actions = { command: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn() };
  const template = buildMenuTemplate(
    { platform: 'win32', appName: 'Touchmap', recentFiles: [], isDev: false, ...over },
    actions,
  );
  return { template, actions };
}

const click = (item: Item | undefined) => (item?.click as unknown as (() => void) | undefined)?.();

describe('the application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { template } = build({ platform });
      expect(template.map((m) => m.id)).toEqual(['file', 'edit', 'view', 'help']);
      expect(byId(template, 'quit')).toMatchObject({ role: 'quit' });
      expect(byId(template, 'preferences')).toMatchObject({ accelerator: 'Ctrl+,' });
      expect(byId(template, 'about')).toBeDefined();
    }
  });

  it('has the app menu and the Window menu on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((m) => m.id)).toEqual(['app', 'file', 'edit', 'view', 'window', 'help']);
    const app = template[0]!;
    expect(app.label).toBe('Touchmap');
    const appIds = (app.submenu as Item[]).map((i) => i.id ?? i.type);
    expect(appIds).toEqual([
      'about',
      'separator',
      'preferences',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(byId(template, 'preferences')).toMatchObject({ accelerator: 'Cmd+,' });
    expect(byId(template, 'window')).toMatchObject({ role: 'windowMenu' });
    // Quit and About live in the app menu only.
    expect(items(template).filter((i) => i.id === 'quit')).toHaveLength(1);
    expect(items(template).filter((i) => i.id === 'about')).toHaveLength(1);
  });

  it('gives the standard accelerators', () => {
    const { template } = build();
    const accelerators = Object.fromEntries(
      items(template)
        .filter((i) => i.id && i.accelerator)
        .map((i) => [i.id, i.accelerator]),
    );
    expect(accelerators).toMatchObject({
      new: 'CmdOrCtrl+N',
      newFromTemplate: 'CmdOrCtrl+Shift+N',
      open: 'CmdOrCtrl+O',
      save: 'CmdOrCtrl+S',
      saveAs: 'CmdOrCtrl+Shift+S',
      exportPdf: 'CmdOrCtrl+Shift+E',
      close: 'CmdOrCtrl+W',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Y',
      cut: 'CmdOrCtrl+X',
      copy: 'CmdOrCtrl+C',
      paste: 'CmdOrCtrl+V',
      selectAll: 'CmdOrCtrl+A',
      zoomIn: 'CmdOrCtrl+=',
      zoomOut: 'CmdOrCtrl+-',
      zoomReset: 'CmdOrCtrl+0',
      fullScreen: 'F11',
      present: 'F5',
      userGuide: 'F1',
    });
    // Present is in the View menu.
    const view = byId(template, 'view')!.submenu as Item[];
    expect(view.find((i) => i.id === 'present')).toMatchObject({ label: 'Present' });
    expect(byId(build({ platform: 'darwin' }).template, 'redo')?.accelerator).toBe(
      'Shift+CmdOrCtrl+Z',
    );
    expect(byId(build({ platform: 'darwin' }).template, 'fullScreen')?.accelerator).toBe(
      'Ctrl+Cmd+F',
    );
    // No accelerator may be used twice.
    const all = items(template)
      .map((i) => i.accelerator)
      .filter(Boolean);
    expect(new Set(all).size).toBe(all.length);
    // Delete has none: Backspace/Delete must keep working in text fields.
    expect(byId(template, 'delete')?.accelerator).toBeUndefined();
  });

  it('sends every command item to the command handler, with its MenuCommand', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { template, actions } = build({ platform });
      const commandItems = items(template).filter(
        (i) => i.click && MENU_COMMANDS.includes(i.id as never),
      );
      for (const item of commandItems) click(item);
      const sent = actions.command.mock.calls.map(([c]) => c);
      expect(sent).toEqual(commandItems.map((i) => i.id));
      // Every command the page handles is in the menu.
      for (const command of RENDERER_MENU_COMMANDS) expect(sent, command).toContain(command);
    }
  });

  it('lists Share, Stop Sharing and Join in File, Stop Sharing enabled in a hosted session only', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const { template, actions } = build({ platform });
      const file = (byId(template, 'file')!.submenu as Item[]).map((i) => i.id ?? i.type);
      const at = file.indexOf('shareOnNetwork');
      expect(file.slice(at, at + 3)).toEqual(['shareOnNetwork', 'stopSharing', 'joinSession']);
      expect(byId(template, 'shareOnNetwork')).toMatchObject({
        label: 'Share on Local Network…',
        accelerator: 'CmdOrCtrl+Shift+L',
      });
      expect(byId(template, 'joinSession')).toMatchObject({
        label: 'Join Session…',
        accelerator: 'CmdOrCtrl+Shift+J',
      });
      expect(byId(template, 'stopSharing')?.enabled).toBe(false);
      click(byId(template, 'stopSharing'));
      expect(actions.command).toHaveBeenCalledWith('stopSharing');
    }
    expect(byId(build({ canStopSharing: true }).template, 'stopSharing')?.enabled).toBe(true);
  });

  it('uses native roles for the clipboard and full screen', () => {
    const { template } = build();
    expect(byId(template, 'cut')).toMatchObject({ role: 'cut' });
    expect(byId(template, 'copy')).toMatchObject({ role: 'copy' });
    expect(byId(template, 'paste')).toMatchObject({ role: 'paste' });
    expect(byId(template, 'fullScreen')).toMatchObject({ role: 'togglefullscreen' });
    for (const id of ['cut', 'copy', 'paste', 'fullScreen'])
      expect(byId(template, id)?.click).toBeUndefined();
  });

  it('lists the recent files, opens and clears them', () => {
    const { template, actions } = build({
      recentFiles: recentEntries(['/a/hotel.touchmap', '/b/bank & co.touchmap'], 'linux'),
    });
    const recent = byId(template, 'openRecent')!.submenu as Item[];
    expect(recent.map((i) => i.label ?? i.type)).toEqual([
      'hotel.touchmap',
      'bank && co.touchmap',
      'separator',
      'Clear Menu',
    ]);
    click(recent[0]);
    expect(actions.openRecent).toHaveBeenCalledWith('/a/hotel.touchmap');
    click(byId(template, 'clearRecent'));
    expect(actions.clearRecent).toHaveBeenCalled();
  });

  it('says when there are no recent files', () => {
    const { template } = build();
    expect(byId(template, 'recentEmpty')).toMatchObject({ enabled: false });
    expect(byId(template, 'clearRecent')).toMatchObject({ enabled: false });
  });

  it('has reload and developer tools in development only', () => {
    expect(byId(build().template, 'devTools')).toBeUndefined();
    expect(byId(build({ isDev: true }).template, 'devTools')).toMatchObject({
      role: 'toggleDevTools',
    });
  });
});

describe('recentEntries', () => {
  it('adds the folder when two files share a name', () => {
    expect(
      recentEntries(
        ['/work/a/map.touchmap', '/home/b/Map.touchmap', '/x/other.touchmap'],
        'darwin',
      ).map((e) => e.label),
    ).toEqual(['map.touchmap — /work/a', 'Map.touchmap — /home/b', 'other.touchmap']);
    expect(recentEntries(['C:\\Maps\\a.touchmap'], 'win32')[0]!.label).toBe('a.touchmap');
    expect(recentEntries(['/x/R&D.touchmap'], 'darwin')[0]!.label).toBe('R&D.touchmap');
  });
});
