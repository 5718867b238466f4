import { describe, expect, it, vi } from 'vitest';
import { appCommands } from '../../../../src/app/shell/menu-commands.ts';

describe('app commands', () => {
  it('maps each app-level command to its action', async () => {
    const actions = {
      showStart: vi.fn(),
      open: vi.fn(async () => {}),
      save: vi.fn(async () => {}),
      saveAs: vi.fn(async () => {}),
      openPanel: vi.fn(),
    };
    const commands = appCommands(actions);
    expect(Object.keys(commands).sort()).toEqual(
      [
        'about',
        'fileFormat',
        'new',
        'newFromTemplate',
        'open',
        'preferences',
        'save',
        'saveAs',
        'userGuide',
      ].sort(),
    );
    commands.new!();
    commands.newFromTemplate!();
    expect(actions.showStart.mock.calls).toEqual([['blank'], ['templates']]);
    await commands.open!();
    await commands.save!();
    await commands.saveAs!();
    expect(actions.open).toHaveBeenCalledTimes(1);
    expect(actions.save).toHaveBeenCalledTimes(1);
    expect(actions.saveAs).toHaveBeenCalledTimes(1);
    commands.preferences!();
    commands.userGuide!();
    commands.fileFormat!();
    commands.about!();
    expect(actions.openPanel.mock.calls).toEqual([
      [{ kind: 'preferences' }],
      [{ kind: 'help', topic: 'guide' }],
      [{ kind: 'help', topic: 'format' }],
      [{ kind: 'about' }],
    ]);
  });
});
