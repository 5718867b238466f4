/**
 * The keyboard shortcuts sheet ("?"): every key the editor knows, by what it is for, and on
 * the desktop the keys its menu adds (ipc/menu-commands.ts MENU_ONLY_ACCELERATORS).
 */
import { MENU_ONLY_ACCELERATORS } from '../../ipc/menu-commands.ts';
import { Modal } from '../ui/Modal.tsx';
import { commandLabel } from './command-labels.ts';
import type { CommandName } from './command-names.ts';
import { hasCommand } from './commands.ts';
import { useEditorUi, useEditorUiStore } from './editor-ui.tsx';
import { IS_MAC, shortcutText } from './keymap.ts';
import { EMOTION_COMMANDS, KIND_COMMANDS } from './capture-keys.ts';
import { EVIDENCE_KEYS } from './evidence-keys.ts';
import { EMOTION_LIST, EVIDENCE_LIST, KIND_LIST } from '../../core/vocabulary.ts';
import './shortcuts.css';

interface Row {
  label: string;
  /** Commands whose keys are shown, or literal key text. */
  keys: readonly (CommandName | { text: string })[];
}

const MOD = IS_MAC ? '⌘' : 'Ctrl+';
const SHIFT = IS_MAC ? '⇧' : 'Shift+';

/** Every key the editor knows, by what it is for; a test checks no bound command is missing. */
export const SHORTCUT_GROUPS: readonly { title: string; rows: readonly Row[] }[] = [
  {
    title: 'Capture',
    rows: [
      {
        label: 'Move the cell cursor (selects the cell’s first card)',
        keys: ['cursorLeft', 'cursorRight', 'cursorUp', 'cursorDown'],
      },
      {
        label: 'Add a touchpoint in the cursor’s cell',
        keys: ['addTouchpoint', { text: 'Enter' }],
      },
      { label: 'Next / previous card in journey order', keys: ['nextCard', 'previousCard'] },
      {
        label: `Kind: ${KIND_LIST.map((term) => term.word).join(' / ')}`,
        keys: KIND_LIST.map((term) => KIND_COMMANDS[term.id]),
      },
      {
        label: `Emotion ${EMOTION_LIST.map((term) => term.score).join(' ')} / not rated`,
        keys: [...EMOTION_LIST.map((term) => EMOTION_COMMANDS[`${term.value}`]), 'clearEmotion'],
      },
      {
        label: `Evidence: ${EVIDENCE_LIST.map((term) => term.word).join(' / ')} / none`,
        keys: EVIDENCE_KEYS.map((key) => key.command),
      },
      { label: 'Add a friction point (type it, Enter)', keys: ['addFriction'] },
      { label: 'Rename the selected card', keys: ['rename'] },
      { label: 'Delete the selection', keys: ['delete', { text: 'Backspace' }] },
      { label: 'Every command by name', keys: ['commandPalette'] },
    ],
  },
  {
    title: 'Cards',
    rows: [
      { label: 'Add a card', keys: [{ text: 'Double-click a cell' }] },
      {
        label: 'Nudge the selected cards',
        keys: ['nudgeLeft', 'nudgeRight', 'nudgeUp', 'nudgeDown'],
      },
      {
        label: 'Nudge them further',
        keys: ['nudgeLeftFar', 'nudgeRightFar', 'nudgeUpFar', 'nudgeDownFar'],
      },
      { label: 'Add to the selection', keys: [{ text: `${SHIFT}click` }] },
      { label: 'Select with a box', keys: [{ text: `${SHIFT}drag` }] },
      { label: 'Select everything', keys: ['selectAll'] },
      { label: 'Arrange the cell (or the selected cards’ cells)', keys: ['arrange'] },
      { label: 'Clear the selection, cancel an edit', keys: ['escape'] },
      { label: 'Connect two cards', keys: [{ text: 'Drag from a card’s right dot' }] },
      { label: 'Label a connection', keys: [{ text: 'Double-click it' }] },
    ],
  },
  {
    title: 'Edit',
    rows: [
      { label: 'Undo', keys: ['undo'] },
      { label: 'Redo', keys: ['redo', { text: `${MOD}Y` }] },
      { label: 'Copy', keys: ['copy'] },
      { label: 'Cut', keys: ['cut'] },
      { label: 'Paste (into the cell last clicked)', keys: ['paste'] },
      { label: 'Duplicate', keys: ['duplicate'] },
      { label: 'Comment on the selection (or the map)', keys: ['addComment'] },
    ],
  },
  {
    title: 'View',
    rows: [
      { label: 'Search the map', keys: [{ text: `${MOD}F` }] },
      { label: 'Zoom in / out', keys: ['zoomIn', 'zoomOut'] },
      { label: 'Zoom to 100 %', keys: ['zoomReset'] },
      { label: 'Fit the map to the window', keys: ['zoomFit'] },
      { label: 'Pan', keys: [{ text: 'Drag the background, or scroll' }] },
      { label: 'Overview map', keys: ['toggleMinimap'] },
      { label: 'Present the map, stage by stage', keys: ['present'] },
      { label: 'This list', keys: ['showShortcuts'] },
    ],
  },
  {
    // One short row per panel: the six names and six keys in one row squeezed the names
    // into a column a word wide, six lines tall, beside the keys.
    title: 'Show or hide a panel',
    rows: [
      { label: 'Palette', keys: ['togglePalette'] },
      { label: 'Inspector', keys: ['toggleInspector'] },
      { label: 'Insights', keys: ['toggleInsights'] },
      { label: 'Stages & departments', keys: ['toggleStructure'] },
      { label: 'Comments', keys: ['toggleComments'] },
      { label: 'Questions', keys: ['toggleQuestions'] },
    ],
  },
  {
    title: 'File',
    rows: [
      { label: 'New map', keys: ['new'] },
      { label: 'Open', keys: ['open'] },
      { label: 'Save', keys: ['save'] },
      { label: 'Save as', keys: ['saveAs'] },
      { label: 'Export as PDF', keys: ['exportPdf'] },
    ],
  },
];

/** An Electron accelerator as the sheet shows keys: "Ctrl+Shift+L", or "⌘⇧L" on a Mac. */
export function acceleratorText(accelerator: string, isMac: boolean): string {
  const names = accelerator.split('+').map((part) => {
    if (part === 'CmdOrCtrl' || part === 'CommandOrControl') return isMac ? '⌘' : 'Ctrl';
    if (part === 'Shift') return isMac ? '⇧' : 'Shift';
    if (part === 'Alt') return isMac ? '⌥' : 'Alt';
    return part;
  });
  return isMac ? names.join('') : names.join('+');
}

type MenuOnlyCommand = keyof typeof MENU_ONLY_ACCELERATORS;
const MENU_ONLY = Object.keys(MENU_ONLY_ACCELERATORS) as MenuOnlyCommand[];

/**
 * The sheet's groups, the File group ending with the menu's own keys of the commands `exists`
 * (only the desktop app registers them, as the command palette shows them only there).
 */
export function sheetGroups(
  exists: (command: MenuOnlyCommand) => boolean,
  isMac: boolean,
): typeof SHORTCUT_GROUPS {
  const rows: Row[] = MENU_ONLY.filter(exists).map((command) => ({
    label: commandLabel(command).replace(/…$/, ''),
    keys: [{ text: acceleratorText(MENU_ONLY_ACCELERATORS[command], isMac) }],
  }));
  if (rows.length === 0) return SHORTCUT_GROUPS;
  return SHORTCUT_GROUPS.map((group) =>
    group.title === 'File' ? { ...group, rows: [...group.rows, ...rows] } : group,
  );
}

export function ShortcutsHelp() {
  const open = useEditorUi((state) => state.shortcutsOpen);
  const ui = useEditorUiStore();
  if (!open) return null;
  const close = () => ui.getState().showShortcuts(false);
  return (
    <Modal
      title="Keyboard shortcuts"
      className="tm-shortcuts"
      onCancel={close}
      footer={
        <button
          type="button"
          className="tm-button tm-button--primary"
          data-autofocus=""
          onClick={close}
        >
          Close
        </button>
      }
    >
      <div className="tm-shortcut-groups">
        {sheetGroups(hasCommand, IS_MAC).map((group) => (
          <section key={group.title} className="tm-shortcut-group">
            <h3>{group.title}</h3>
            <dl>
              {group.rows.map((row) => (
                <div key={row.label} className="tm-shortcut-row">
                  <dt>{row.label}</dt>
                  <dd>
                    {row.keys.map((key, i) => (
                      <kbd key={i}>
                        {typeof key === 'string' ? shortcutText(key, IS_MAC) : key.text}
                      </kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
