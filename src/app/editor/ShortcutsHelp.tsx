/** The keyboard shortcuts overlay ("?"): every key the editor knows, by what it is for. */
import { Modal } from '../ui/Modal.tsx';
import type { CommandName } from './command-names.ts';
import { useEditorUi, useEditorUiStore } from './editor-ui.tsx';
import { IS_MAC, shortcutText } from './keymap.ts';

interface Row {
  label: string;
  /** Commands whose keys are shown, or literal key text. */
  keys: readonly (CommandName | { text: string })[];
}

const GROUPS: readonly { title: string; rows: readonly Row[] }[] = [
  {
    title: 'Cards',
    rows: [
      { label: 'Add a card', keys: [{ text: 'Double-click a cell' }] },
      { label: 'Rename the selected card', keys: ['rename', { text: 'Enter' }] },
      { label: 'Move the selected cards', keys: [{ text: '← → ↑ ↓' }] },
      { label: 'Move them further', keys: [{ text: IS_MAC ? '⇧ + arrows' : 'Shift + arrows' }] },
      { label: 'Next / previous card in journey order', keys: ['nextCard', 'previousCard'] },
      { label: 'Add to the selection', keys: [{ text: IS_MAC ? '⇧ click' : 'Shift+click' }] },
      { label: 'Select with a box', keys: [{ text: IS_MAC ? '⇧ drag' : 'Shift+drag' }] },
      { label: 'Select everything', keys: ['selectAll'] },
      { label: 'Clear the selection, cancel an edit', keys: ['escape'] },
      { label: 'Delete the selection', keys: ['delete', { text: 'Backspace' }] },
      { label: 'Connect two cards', keys: [{ text: 'Drag from a card’s right dot' }] },
      { label: 'Label a connection', keys: [{ text: 'Double-click it' }] },
    ],
  },
  {
    title: 'Edit',
    rows: [
      { label: 'Undo', keys: ['undo'] },
      { label: 'Redo', keys: ['redo', { text: IS_MAC ? '⌘Y' : 'Ctrl+Y' }] },
      { label: 'Copy', keys: ['copy'] },
      { label: 'Cut', keys: ['cut'] },
      { label: 'Paste (into the cell last clicked)', keys: ['paste'] },
      { label: 'Duplicate', keys: ['duplicate'] },
    ],
  },
  {
    title: 'View',
    rows: [
      { label: 'Zoom in / out', keys: ['zoomIn', 'zoomOut'] },
      { label: 'Zoom to 100 %', keys: ['zoomReset'] },
      { label: 'Fit the map to the window', keys: ['zoomFit'] },
      { label: 'Pan', keys: [{ text: 'Drag the background, or scroll' }] },
      {
        label: 'Palette / Inspector / Insights / Stages & departments',
        keys: ['togglePalette', 'toggleInspector', 'toggleInsights', 'toggleStructure'],
      },
      { label: 'Overview map', keys: ['toggleMinimap'] },
      { label: 'This list', keys: ['showShortcuts'] },
    ],
  },
  {
    title: 'File',
    rows: [
      { label: 'New map', keys: ['new'] },
      { label: 'Open', keys: ['open'] },
      { label: 'Save', keys: ['save'] },
      { label: 'Save as', keys: ['saveAs'] },
    ],
  },
];

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
        {GROUPS.map((group) => (
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
