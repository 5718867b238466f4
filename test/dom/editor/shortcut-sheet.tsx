/** The shortcut sheet rendered open, as "?" opens it, for the tests that read it. */
import { render, screen } from '@testing-library/react';
import { EditorUiProvider, createEditorUiStore } from '../../../src/app/editor/editor-ui.tsx';
import { ShortcutsHelp } from '../../../src/app/editor/ShortcutsHelp.tsx';

export function openShortcutSheet(): HTMLElement {
  const ui = createEditorUiStore();
  ui.getState().showShortcuts(true);
  render(
    <EditorUiProvider store={ui}>
      <ShortcutsHelp />
    </EditorUiProvider>,
  );
  return screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
}
