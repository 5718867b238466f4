/**
 * The command palette (Ctrl/Cmd+K): every command the editor can run now, by name, with
 * its shortcut. Type to filter, ↑/↓ to choose, Enter runs, Esc closes. A combobox over a
 * listbox (WAI-ARIA): focus stays in the field, the active option is announced through
 * aria-activedescendant.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Modal } from '../ui/Modal.tsx';
import { hasCommand, runCommand } from './commands.ts';
import type { CommandName } from './command-names.ts';
import { ALL_COMMANDS, commandLabel, filterCommands } from './command-labels.ts';
import { useEditorUi, useEditorUiStore } from './editor-ui.tsx';
import { IS_MAC, shortcutText } from './keymap.ts';
import './command-palette.css';

function availableCommands() {
  return ALL_COMMANDS.filter((name) => name !== 'commandPalette' && hasCommand(name)).map(
    (name) => ({ name, label: commandLabel(name), shortcut: shortcutText(name, IS_MAC) }),
  );
}

function PaletteBody({ close }: { close: (run?: CommandName) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [all] = useState(availableCommands);
  const shown = useMemo(() => filterCommands(all, query), [all, query]);
  const current = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && shown.length > 0) {
      event.preventDefault();
      setActive((current + step + shown.length) % shown.length);
    } else if (event.key === 'Enter' && shown[current]) {
      event.preventDefault();
      close(shown[current].name);
    }
  }

  return (
    <div className="tm-command-palette-body">
      <input
        type="text"
        className="tm-command-palette-input"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
        placeholder="Type a command"
        autoComplete="off"
        spellCheck={false}
        data-autofocus=""
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Commands" className="tm-command-list">
        {shown.map((command, index) => (
          <li
            key={command.name}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className="tm-command-option"
            data-command={command.name}
            onMouseMove={() => setActive(index)}
            onClick={() => close(command.name)}
          >
            <span>{command.label}</span>
            {command.shortcut ? <kbd>{command.shortcut}</kbd> : null}
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="tm-command-empty">No command matches.</p> : null}
    </div>
  );
}

export function CommandPalette() {
  const open = useEditorUi((state) => state.commandPaletteOpen);
  const ui = useEditorUiStore();
  if (!open) return null;
  const close = (run?: CommandName) => {
    ui.getState().showCommandPalette(false);
    // Once the dialog has closed and given focus back, so the command acts where the user was.
    if (run !== undefined) setTimeout(() => runCommand(run), 0);
  };
  return (
    <Modal title="Commands" className="tm-command-palette" onCancel={() => close()}>
      <PaletteBody close={close} />
    </Modal>
  );
}
