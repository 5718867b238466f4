/**
 * The shortcut sheet and the desktop menu's own keys: Share on the local network and Join a
 * live session are listed under File, with the menu's accelerators as the sheet writes keys,
 * only where those commands exist (the desktop app registers them; a browser does not).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, within } from '@testing-library/react';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menu.ts';
import { registerCommands } from '../../../src/app/editor/commands.ts';
import { IS_MAC } from '../../../src/app/editor/keymap.ts';
import {
  SHORTCUT_GROUPS,
  acceleratorText,
  sheetGroups,
} from '../../../src/app/editor/ShortcutsHelp.tsx';
import { openShortcutSheet } from './shortcut-sheet.tsx';

type Item = MenuItemConstructorOptions;

/** The accelerator the desktop menu gives an item, found by id. */
function menuAccelerator(id: string, platform: NodeJS.Platform): string {
  const template = buildMenuTemplate(
    { platform, appName: 'Touchmap', recentFiles: [], isDev: false },
    { command: () => {}, openRecent: () => {}, clearRecent: () => {} },
  );
  const all = (items: Item[]): Item[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
  const item = all(template).find((i) => i.id === id);
  return String(item?.accelerator);
}

/** The File rows of the sheet, opened now, as "label: keys". */
function fileRows(): string[] {
  const sheet = openShortcutSheet();
  const file = within(sheet).getByRole('heading', { name: 'File' }).closest('section')!;
  return [...file.querySelectorAll('.tm-shortcut-row')].map(
    (row) => `${row.querySelector('dt')!.textContent}: ${row.querySelector('dd')!.textContent}`,
  );
}

afterEach(() => cleanup());

describe('the desktop menu’s keys on the shortcut sheet', () => {
  it('writes an accelerator as the sheet writes keys', () => {
    expect(acceleratorText('CmdOrCtrl+Shift+L', false)).toBe('Ctrl+Shift+L');
    expect(acceleratorText('CmdOrCtrl+Shift+J', true)).toBe('⌘⇧J');
    expect(acceleratorText('Alt+F4', false)).toBe('Alt+F4');
  });

  it('lists Share and Join with the menu’s own keys where the commands exist', () => {
    const unregister = registerCommands({ shareOnNetwork: () => {}, joinSession: () => {} });
    try {
      const share = acceleratorText(menuAccelerator('shareOnNetwork', 'linux'), IS_MAC);
      const join = acceleratorText(menuAccelerator('joinSession', 'linux'), IS_MAC);
      // The menu's keys, not a copy of them: Ctrl+Shift+L and Ctrl+Shift+J off a Mac.
      expect(acceleratorText(menuAccelerator('shareOnNetwork', 'win32'), false)).toBe(
        'Ctrl+Shift+L',
      );
      expect(acceleratorText(menuAccelerator('joinSession', 'darwin'), false)).toBe('Ctrl+Shift+J');
      expect(fileRows().slice(-2)).toEqual([
        `Share on the local network: ${share}`,
        `Join a live session: ${join}`,
      ]);
    } finally {
      unregister();
    }
  });

  it('lists neither in a browser, where nothing registers them', () => {
    const rows = fileRows();
    expect(rows.some((r) => r.startsWith('Share') || r.startsWith('Join'))).toBe(false);
    expect(rows).toHaveLength(SHORTCUT_GROUPS.find((g) => g.title === 'File')!.rows.length);
  });

  it('adds only the commands that exist, on a Mac in its own signs', () => {
    const groups = sheetGroups((command) => command === 'joinSession', true);
    const file = groups.find((g) => g.title === 'File')!;
    expect(file.rows.at(-1)).toEqual({ label: 'Join a live session', keys: [{ text: '⌘⇧J' }] });
    expect(file.rows.some((r) => r.label.startsWith('Share'))).toBe(false);
    // The other groups are the same objects.
    expect(groups.filter((g) => g.title !== 'File')).toEqual(
      SHORTCUT_GROUPS.filter((g) => g.title !== 'File'),
    );
  });
});
