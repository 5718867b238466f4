/**
 * The application menu, as a pure function of the platform and the recent files: tested
 * without Electron, turned into a Menu by `Menu.buildFromTemplate` in the glue.
 *
 * Every item that is a Touchmap command has `id` = its MenuCommand and calls
 * `actions.command`. Cut, copy, paste and full screen are native roles (see RENDERER_MENU_COMMANDS
 * in the contract for why). The Delete item has no accelerator: a menu accelerator would take
 * Backspace/Delete away from text fields, so the page handles those keys itself.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { posix, win32 } from 'node:path';
import type { MenuCommand } from '../../src/ipc/contract.ts';
import { MENU_ONLY_ACCELERATORS } from '../../src/ipc/menu-commands.ts';
import { pathKey } from '../../src/node/recent-files.ts';

export interface RecentEntry {
  path: string;
  label: string;
}

export interface MenuInput {
  platform: NodeJS.Platform;
  appName: string;
  /** Most recent first; see recentEntries. */
  recentFiles: readonly RecentEntry[];
  /** Development build: reload and developer tools. */
  isDev: boolean;
  /** The focused window is a session this app hosts: Stop Sharing is enabled. */
  canStopSharing?: boolean;
}

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

type Item = MenuItemConstructorOptions;

const separator: Item = { type: 'separator' };

/** Labels for the recent files: the file name, with its folder when two share a name. */
export function recentEntries(paths: readonly string[], platform: NodeJS.Platform): RecentEntry[] {
  const path = platform === 'win32' ? win32 : posix;
  const names = paths.map((p) => path.basename(p));
  const count = new Map<string, number>();
  for (const name of names) {
    const key = pathKey(name, platform);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return paths.map((p, i) => {
    const name = names[i] ?? p;
    const shared = (count.get(pathKey(name, platform)) ?? 0) > 1;
    const label = shared ? `${name} — ${path.dirname(p)}` : name;
    // Windows and Linux menus take "&" as the mark of a keyboard mnemonic.
    return { path: p, label: platform === 'darwin' ? label : label.replace(/&/g, '&&') };
  });
}

export function buildMenuTemplate(input: MenuInput, actions: MenuActions): Item[] {
  const mac = input.platform === 'darwin';
  const cmd = (
    command: MenuCommand,
    label: string,
    accelerator?: string,
    extra: Partial<Item> = {},
  ): Item => ({
    id: command,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.command(command),
    ...extra,
  });

  const recent: Item[] =
    input.recentFiles.length === 0
      ? [{ id: 'recentEmpty', label: 'No Recent Maps', enabled: false }]
      : input.recentFiles.map((entry, index) => ({
          id: `recent:${index}`,
          label: entry.label,
          click: () => actions.openRecent(entry.path),
        }));

  const file: Item = {
    id: 'file',
    label: mac ? 'File' : '&File',
    submenu: [
      cmd('new', 'New Map', 'CmdOrCtrl+N'),
      cmd('newFromTemplate', 'New from Template…', 'CmdOrCtrl+Shift+N'),
      separator,
      cmd('open', 'Open…', 'CmdOrCtrl+O'),
      {
        id: 'openRecent',
        label: 'Open Recent',
        submenu: [
          ...recent,
          separator,
          {
            id: 'clearRecent',
            label: 'Clear Menu',
            enabled: input.recentFiles.length > 0,
            click: () => actions.clearRecent(),
          },
        ],
      },
      separator,
      cmd('save', 'Save', 'CmdOrCtrl+S'),
      cmd('saveAs', 'Save As…', 'CmdOrCtrl+Shift+S'),
      {
        id: 'export',
        label: 'Export',
        submenu: [
          cmd('exportPdf', 'Export PDF…', 'CmdOrCtrl+Shift+E'),
          cmd('exportCsv', 'Export CSV…'),
          cmd('exportXlsx', 'Export Excel…'),
          cmd('exportSvg', 'Export SVG…'),
          cmd('exportPng', 'Export PNG…'),
          cmd('exportPptx', 'Export PowerPoint…'),
        ],
      },
      cmd('importTable', 'Import Table…'),
      separator,
      cmd('compareWith', 'Compare With…'),
      cmd('compareWithSaved', 'Compare With Last Saved Version'),
      cmd('makeFutureState', 'Make Future-State Copy'),
      separator,
      // Live sessions (issue 12): Stop Sharing only in a session window this app hosts.
      cmd('shareOnNetwork', 'Share on Local Network…', MENU_ONLY_ACCELERATORS.shareOnNetwork),
      cmd('stopSharing', 'Stop Sharing', undefined, { enabled: input.canStopSharing === true }),
      cmd('joinSession', 'Join Session…', MENU_ONLY_ACCELERATORS.joinSession),
      separator,
      cmd('showBackups', 'Show Backups Folder'),
      separator,
      cmd('close', mac ? 'Close Window' : 'Close', 'CmdOrCtrl+W'),
      ...(mac ? [] : [separator, { id: 'quit', role: 'quit', label: 'E&xit' } satisfies Item]),
    ],
  };

  const edit: Item = {
    id: 'edit',
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      cmd('undo', 'Undo', 'CmdOrCtrl+Z'),
      cmd('redo', 'Redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      separator,
      { id: 'cut', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { id: 'copy', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { id: 'paste', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      cmd('delete', 'Delete'),
      cmd('selectAll', 'Select All', 'CmdOrCtrl+A'),
      separator,
      cmd('addComment', 'Add Comment…', 'CmdOrCtrl+Alt+M'),
      // No accelerators: Alt+O/R/A would be taken from text fields too (the keymap has them).
      {
        id: 'evidenceMenu',
        label: 'Evidence',
        submenu: [
          cmd('markObserved', 'Mark as Observed'),
          cmd('markReported', 'Mark as Reported'),
          cmd('markAssumed', 'Mark as Assumed'),
          cmd('clearEvidence', 'Clear Evidence'),
        ],
      },
      separator,
      {
        id: 'arrangeMenu',
        label: 'Arrange',
        submenu: [
          cmd('arrange', 'Arrange Cell', 'Shift+CmdOrCtrl+A'),
          cmd('arrangeStage', 'Arrange Stage'),
          cmd('arrangeMap', 'Arrange Whole Map'),
        ],
      },
      ...(mac ? [] : [separator, cmd('preferences', 'Preferences…', 'Ctrl+,')]),
    ],
  };

  const view: Item = {
    id: 'view',
    label: mac ? 'View' : '&View',
    submenu: [
      cmd('zoomIn', 'Zoom In', 'CmdOrCtrl+='),
      cmd('zoomOut', 'Zoom Out', 'CmdOrCtrl+-'),
      cmd('zoomFit', 'Zoom to Fit', 'CmdOrCtrl+1'),
      cmd('zoomReset', 'Actual Size', 'CmdOrCtrl+0'),
      separator,
      cmd('toggleInspector', 'Inspector', 'CmdOrCtrl+Alt+1'),
      cmd('toggleInsights', 'Insights', 'CmdOrCtrl+Alt+2'),
      cmd('toggleComments', 'Comments'),
      cmd('toggleMinimap', 'Minimap', 'CmdOrCtrl+Alt+3'),
      separator,
      cmd('present', 'Present', 'F5'),
      separator,
      {
        id: 'fullScreen',
        label: 'Full Screen',
        role: 'togglefullscreen',
        accelerator: mac ? 'Ctrl+Cmd+F' : 'F11',
      },
      ...(input.isDev
        ? [
            separator,
            { id: 'reload', role: 'forceReload' } satisfies Item,
            { id: 'devTools', role: 'toggleDevTools' } satisfies Item,
          ]
        : []),
    ],
  };

  const help: Item = {
    id: 'help',
    label: mac ? 'Help' : '&Help',
    role: 'help',
    submenu: [
      cmd('userGuide', `${input.appName} User Guide`, 'F1'),
      cmd('fileFormat', 'The .touchmap File Format'),
      ...(mac ? [] : [separator, cmd('about', `About ${input.appName}`)]),
    ],
  };

  if (!mac) return [file, edit, view, help];

  const appMenu: Item = {
    id: 'app',
    label: input.appName,
    submenu: [
      cmd('about', `About ${input.appName}`),
      separator,
      cmd('preferences', 'Settings…', 'Cmd+,'),
      separator,
      { id: 'services', role: 'services' },
      separator,
      { id: 'hide', role: 'hide' },
      { id: 'hideOthers', role: 'hideOthers' },
      { id: 'unhide', role: 'unhide' },
      separator,
      { id: 'quit', role: 'quit' },
    ],
  };
  const windowMenu: Item = { id: 'window', role: 'windowMenu' };
  return [appMenu, file, edit, view, windowMenu, help];
}
