/**
 * Keyboard shortcuts: which key runs which command, where it applies, and how it is shown
 * in tooltips and the shortcuts overlay. Pure (a key event in, a command out) so the rules
 * are tested without a browser.
 *
 * Where a key applies matters as much as what it does: Delete in a text field deletes a
 * letter, Enter on a button presses it, Tab in a side panel moves focus. So a binding says
 * whether it also runs from text fields ('always'), only when no text field has focus
 * ('app'), when the map has the keyboard or a control that has no use for the key ('map'),
 * or only when the map itself has the keyboard ('canvas': the canvas or nothing focused;
 * the one-letter capture keys, so a focused button never turns a letter into an edit).
 */
import type { CommandName } from './command-names.ts';
import { CAPTURE_KEYS } from './capture-keys.ts';
import { EVIDENCE_KEYS } from './evidence-keys.ts';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type KeyScope = 'always' | 'app' | 'map' | 'canvas';

/** Where the key event started. */
export type FocusPlace =
  /** An input, textarea, select or contenteditable: the key edits text. */
  | 'text'
  /** A button, link, tab or similar control outside the map. */
  | 'control'
  /** Inside a side panel, but not on a text field or control. */
  | 'panel'
  /** The canvas, or nothing in particular (the page body). */
  | 'map';

interface Binding {
  command: CommandName;
  /** "mod" is Cmd on a Mac, Ctrl elsewhere. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Compared with `event.key`, lower case. */
  key?: string;
  /** Compared with `event.code`, for keys whose character changes with Alt or layout. */
  code?: string;
  scope: KeyScope;
}

const B = (command: CommandName, key: string, scope: KeyScope, extra: Partial<Binding> = {}) =>
  ({ command, key, scope, ...extra }) satisfies Binding;

const BINDINGS: readonly Binding[] = [
  B('save', 's', 'always', { mod: true }),
  B('saveAs', 's', 'always', { mod: true, shift: true }),
  B('exportPdf', 'e', 'always', { mod: true, shift: true }),
  B('open', 'o', 'always', { mod: true }),
  B('new', 'n', 'always', { mod: true }),
  B('undo', 'z', 'app', { mod: true }),
  B('redo', 'z', 'app', { mod: true, shift: true }),
  B('redo', 'y', 'app', { mod: true }),
  B('zoomIn', '=', 'app', { mod: true }),
  B('zoomIn', '+', 'app', { mod: true }),
  B('zoomIn', '+', 'app', { mod: true, shift: true }),
  B('zoomOut', '-', 'app', { mod: true }),
  B('zoomReset', '0', 'app', { mod: true }),
  B('zoomFit', '!', 'map', { shift: true, code: 'Digit1' }),
  B('togglePalette', '', 'app', { alt: true, code: 'Digit1' }),
  B('toggleInspector', '', 'app', { alt: true, code: 'Digit2' }),
  B('toggleInsights', '', 'app', { alt: true, code: 'Digit3' }),
  B('toggleStructure', '', 'app', { alt: true, code: 'Digit4' }),
  B('toggleComments', '', 'app', { alt: true, code: 'Digit5' }),
  B('toggleQuestions', '', 'app', { alt: true, code: 'Digit6' }),
  // Ctrl+Alt+M, as in word processors; by the key's place, since Alt changes its letter on a Mac.
  B('addComment', '', 'app', { mod: true, alt: true, code: 'KeyM' }),
  B('toggleMinimap', '', 'app', { alt: true, code: 'KeyM' }),
  B('showShortcuts', '?', 'app'),
  B('present', 'f5', 'app'),
  B('cut', 'x', 'map', { mod: true }),
  B('copy', 'c', 'map', { mod: true }),
  B('paste', 'v', 'map', { mod: true }),
  B('duplicate', 'd', 'map', { mod: true }),
  B('selectAll', 'a', 'map', { mod: true }),
  B('arrange', 'a', 'map', { mod: true, shift: true }),
  B('delete', 'delete', 'map'),
  B('delete', 'backspace', 'map'),
  B('rename', 'f2', 'map'),
  B('escape', 'escape', 'map'),
  B('nextCard', 'tab', 'map'),
  B('previousCard', 'tab', 'map', { shift: true }),
  // Arrows move the cell cursor; with Alt they nudge the selected cards inside their cell.
  B('nudgeLeft', 'arrowleft', 'map', { alt: true }),
  B('nudgeRight', 'arrowright', 'map', { alt: true }),
  B('nudgeUp', 'arrowup', 'map', { alt: true }),
  B('nudgeDown', 'arrowdown', 'map', { alt: true }),
  B('nudgeLeftFar', 'arrowleft', 'map', { alt: true, shift: true }),
  B('nudgeRightFar', 'arrowright', 'map', { alt: true, shift: true }),
  B('nudgeUpFar', 'arrowup', 'map', { alt: true, shift: true }),
  B('nudgeDownFar', 'arrowdown', 'map', { alt: true, shift: true }),
  // Capture.
  B('commandPalette', 'k', 'always', { mod: true }),
  B('cursorLeft', 'arrowleft', 'map'),
  B('cursorRight', 'arrowright', 'map'),
  B('cursorUp', 'arrowup', 'map'),
  B('cursorDown', 'arrowdown', 'map'),
  B('addTouchpoint', 'n', 'canvas'),
  B('addTouchpoint', 'enter', 'map'),
  B('addFriction', 'f', 'canvas'),
  ...CAPTURE_KEYS.map(({ command, key }) => B(command, key, 'canvas')),
  // Alt+O/R/A/0 on the selected cards; with Alt no text is typed, so a focused control
  // outside the map ('map') does not stop them.
  ...EVIDENCE_KEYS.map(({ command, code }) => B(command, '', 'map', { alt: true, code })),
];

function matches(binding: Binding, event: KeyLike, isMac: boolean): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  // The other of Ctrl / Cmd must be up, so Ctrl+C on a Mac stays the terminal's.
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (mod !== (binding.mod ?? false) || otherMod) return false;
  if (event.altKey !== (binding.alt ?? false)) return false;
  if (binding.code !== undefined) {
    // Shift or Alt change the character ("!" for 1, "¡" for Alt+1 on a Mac): match the key's place.
    return event.code === binding.code && event.shiftKey === (binding.shift ?? false);
  }
  const key = event.key.toLowerCase();
  if (key !== binding.key) return false;
  // "?" and "+" need Shift on most layouts; the character already says it was pressed.
  if (binding.key === '?' || binding.key === '+') return true;
  return event.shiftKey === (binding.shift ?? false);
}

/** The binding a key event would run, wherever focus is; null for keys the editor leaves alone. */
export function findBinding(
  event: KeyLike,
  isMac: boolean,
): { command: CommandName; scope: KeyScope } | null {
  // Shifted bindings first, so Shift+Tab is not taken for Tab.
  const ordered = [...BINDINGS].sort((a, b) => Number(b.shift ?? false) - Number(a.shift ?? false));
  const found = ordered.find((binding) => matches(binding, event, isMac));
  return found ? { command: found.command, scope: found.scope } : null;
}

const NATIVE_ON_CONTROLS = new Set([
  'enter',
  ' ',
  'tab',
  'arrowleft',
  'arrowright',
  'arrowup',
  'arrowdown',
]);

/** Whether the key should run here, or be left to the browser and the focused element. */
function appliesAt(scope: KeyScope, place: FocusPlace, event: KeyLike): boolean {
  if (scope === 'always') return true;
  if (place === 'text') return false;
  if (scope === 'app') return true;
  if (scope === 'canvas') return place === 'map';
  // scope 'map': keys that mean something to a focused control stay with it.
  const key = event.key.toLowerCase();
  if (place === 'control' || place === 'panel') return !NATIVE_ON_CONTROLS.has(key);
  return true;
}

/** The command a key event runs where it happened, or null. */
export function commandForKey(
  event: KeyLike,
  place: FocusPlace,
  isMac: boolean,
): CommandName | null {
  const binding = findBinding(event, isMac);
  if (binding === null || !appliesAt(binding.scope, place, event)) return null;
  return binding.command;
}

/** Every command that has a key, once each: the shortcut sheet must list all of them. */
export const BOUND_COMMANDS: readonly CommandName[] = [...new Set(BINDINGS.map((b) => b.command))];

/** The shortcut of each command as people read it, the first binding only. */
const SHORTCUT_TEXT: Partial<Record<CommandName, { keys: readonly string[] }>> = {
  new: { keys: ['mod', 'N'] },
  open: { keys: ['mod', 'O'] },
  save: { keys: ['mod', 'S'] },
  saveAs: { keys: ['mod', 'Shift', 'S'] },
  exportPdf: { keys: ['mod', 'Shift', 'E'] },
  undo: { keys: ['mod', 'Z'] },
  redo: { keys: ['mod', 'Shift', 'Z'] },
  cut: { keys: ['mod', 'X'] },
  copy: { keys: ['mod', 'C'] },
  paste: { keys: ['mod', 'V'] },
  duplicate: { keys: ['mod', 'D'] },
  selectAll: { keys: ['mod', 'A'] },
  arrange: { keys: ['mod', 'Shift', 'A'] },
  delete: { keys: ['Delete'] },
  rename: { keys: ['F2'] },
  escape: { keys: ['Esc'] },
  nextCard: { keys: ['Tab'] },
  previousCard: { keys: ['Shift', 'Tab'] },
  nudgeLeft: { keys: ['alt', '←'] },
  nudgeRight: { keys: ['alt', '→'] },
  nudgeUp: { keys: ['alt', '↑'] },
  nudgeDown: { keys: ['alt', '↓'] },
  nudgeLeftFar: { keys: ['alt', 'Shift', '←'] },
  nudgeRightFar: { keys: ['alt', 'Shift', '→'] },
  nudgeUpFar: { keys: ['alt', 'Shift', '↑'] },
  nudgeDownFar: { keys: ['alt', 'Shift', '↓'] },
  zoomIn: { keys: ['mod', '+'] },
  zoomOut: { keys: ['mod', '−'] },
  zoomReset: { keys: ['mod', '0'] },
  zoomFit: { keys: ['Shift', '1'] },
  togglePalette: { keys: ['alt', '1'] },
  toggleInspector: { keys: ['alt', '2'] },
  toggleInsights: { keys: ['alt', '3'] },
  toggleStructure: { keys: ['alt', '4'] },
  toggleComments: { keys: ['alt', '5'] },
  toggleQuestions: { keys: ['alt', '6'] },
  addComment: { keys: ['mod', 'alt', 'M'] },
  toggleMinimap: { keys: ['alt', 'M'] },
  showShortcuts: { keys: ['?'] },
  present: { keys: ['F5'] },
  // Capture.
  commandPalette: { keys: ['mod', 'K'] },
  cursorLeft: { keys: ['←'] },
  cursorRight: { keys: ['→'] },
  cursorUp: { keys: ['↑'] },
  cursorDown: { keys: ['↓'] },
  addTouchpoint: { keys: ['N'] },
  addFriction: { keys: ['F'] },
  ...Object.fromEntries(
    CAPTURE_KEYS.map(({ command, key }) => [command, { keys: [key.toUpperCase()] }]),
  ),
  ...Object.fromEntries(
    EVIDENCE_KEYS.map(({ command, label }) => [command, { keys: ['alt', label] }]),
  ),
};

/** "Ctrl+Shift+Z" or "⌘⇧Z"; '' for commands without a shortcut. */
export function shortcutText(command: CommandName, isMac: boolean): string {
  const entry = SHORTCUT_TEXT[command];
  if (!entry) return '';
  const names = entry.keys.map((k) => {
    if (k === 'mod') return isMac ? '⌘' : 'Ctrl';
    if (k === 'alt') return isMac ? '⌥' : 'Alt';
    if (k === 'Shift' && isMac) return '⇧';
    return k;
  });
  return isMac ? names.join('') : names.join('+');
}

/** "Undo (Ctrl+Z)": a control's tooltip with its shortcut. */
export function withShortcut(label: string, command: CommandName, isMac: boolean): string {
  const keys = shortcutText(command, isMac);
  return keys ? `${label} (${keys})` : label;
}

function detectMac(): boolean {
  if (typeof navigator === 'undefined') return false;
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform ??
    '';
  return /mac|iphone|ipad/i.test(platform);
}

/** Whether the platform's "mod" key (Cmd / Ctrl) is down. */
export const IS_MAC = detectMac();

const ARIA_KEY_NAMES: Record<string, string> = {
  '←': 'ArrowLeft',
  '→': 'ArrowRight',
  '↑': 'ArrowUp',
  '↓': 'ArrowDown',
  '−': '-',
  '+': 'Plus',
  Esc: 'Escape',
};

/** The aria-keyshortcuts value of a command ("Control+Shift+Z"), or undefined. */
export function ariaKeyShortcuts(command: CommandName, isMac: boolean): string | undefined {
  const entry = SHORTCUT_TEXT[command];
  if (!entry) return undefined;
  return entry.keys
    .map((k) => {
      if (k === 'mod') return isMac ? 'Meta' : 'Control';
      if (k === 'alt') return 'Alt';
      return ARIA_KEY_NAMES[k] ?? k;
    })
    .join('+');
}
