/**
 * Every command of the editor, by name. The toolbar, the keyboard, the shortcuts overlay
 * and the desktop menu all go through these names, so each action has one implementation
 * and one shortcut text.
 */
import { RENDERER_MENU_COMMANDS, type RendererMenuCommand } from '../../ipc/contract.ts';

export const COMMAND_NAMES = [
  'new',
  'open',
  'save',
  'saveAs',
  'exportPdf',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'duplicate',
  'delete',
  'selectAll',
  'rename',
  'escape',
  'nudgeLeft',
  'nudgeRight',
  'nudgeUp',
  'nudgeDown',
  'nudgeLeftFar',
  'nudgeRightFar',
  'nudgeUpFar',
  'nudgeDownFar',
  'nextCard',
  'previousCard',
  'zoomIn',
  'zoomOut',
  'zoomFit',
  'zoomReset',
  'togglePalette',
  'toggleInspector',
  'toggleInsights',
  'toggleStructure',
  'toggleComments',
  'toggleQuestions',
  'toggleMinimap',
  'showShortcuts',
  'present',
  // Capture: the cell cursor and the keys that fill a map without the mouse.
  'commandPalette',
  'cursorLeft',
  'cursorRight',
  'cursorUp',
  'cursorDown',
  'addTouchpoint',
  'setKindService',
  'setKindExperience',
  'setEmotionVeryNegative',
  'setEmotionNegative',
  'setEmotionNeutral',
  'setEmotionPositive',
  'setEmotionVeryPositive',
  'clearEmotion',
  'addFriction',
  // Tidy: the cards of the selected cells (or the cursor's) flowed through their slots.
  'arrange',
  // A comment on the selected card or connection, or on the map.
  'addComment',
  // Evidence of the selected cards (issue 11): Alt with the vocabulary's keys.
  'markObserved',
  'markReported',
  'markAssumed',
  'clearEvidence',
] as const;

/**
 * Commands without a key of their own, reached from buttons (the start screen) and the command
 * palette: every command the desktop menu sends the renderer that has no key above (the
 * template chooser, preferences, help, about, compare, exports...), in the menu's order, then
 * the ones no menu item sends.
 */
const PALETTE_ONLY_COMMAND_NAMES = [
  // The card text size preference, a step at a time (Ctrl+= is zoom: no key of their own).
  'largerText',
  'smallerText',
  // The review column's merge conflicts.
  'showConflicts',
] as const;

type KeyedCommandName = (typeof COMMAND_NAMES)[number];
type MenuOnlyCommandName = Exclude<RendererMenuCommand, KeyedCommandName>;

const isMenuOnly = (name: RendererMenuCommand): name is MenuOnlyCommandName =>
  !(COMMAND_NAMES as readonly string[]).includes(name);

export const MENU_ONLY_COMMAND_NAMES: readonly (
  MenuOnlyCommandName | (typeof PALETTE_ONLY_COMMAND_NAMES)[number]
)[] = [...RENDERER_MENU_COMMANDS.filter(isMenuOnly), ...PALETTE_ONLY_COMMAND_NAMES];

export type CommandName = KeyedCommandName | (typeof MENU_ONLY_COMMAND_NAMES)[number];

export function isCommandName(name: string): name is CommandName {
  return (
    (COMMAND_NAMES as readonly string[]).includes(name) ||
    (MENU_ONLY_COMMAND_NAMES as readonly string[]).includes(name)
  );
}
