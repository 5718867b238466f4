/**
 * Every command of the editor, by name. The toolbar, the keyboard, the shortcuts overlay
 * and (later) the desktop menu all go through these names, so each action has one
 * implementation and one shortcut text.
 */
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
 * Commands without a key of their own, reached from the desktop menu and from buttons (the
 * start screen): the template chooser, the preferences, help and about.
 */
export const MENU_ONLY_COMMAND_NAMES = [
  'newFromTemplate',
  'preferences',
  'userGuide',
  'fileFormat',
  'about',
  'arrangeStage',
  'arrangeMap',
  // The card text size preference, a step at a time (Ctrl+= is zoom: no key of their own).
  'largerText',
  'smallerText',
  // The review column: another copy of the map compared with this one, merge conflicts.
  'compareWith',
  'compareWithSaved',
  'showConflicts',
  // Current and future state (src/app/shell/future-state.ts).
  'makeFutureState',
  // Spreadsheets (src/app/shell/table-commands.ts).
  'exportCsv',
  'exportXlsx',
  'importTable',
  // The whole map as one picture (File menu, palette): see src/app/export/picture-export.ts.
  'exportSvg',
  'exportPng',
  // File › Export: formats without a dialog of their own.
  'exportPptx',
  // Live sessions, desktop only (src/app/session/desktop-session-commands.ts).
  'shareOnNetwork',
  'joinSession',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number] | (typeof MENU_ONLY_COMMAND_NAMES)[number];

export function isCommandName(name: string): name is CommandName {
  return (
    (COMMAND_NAMES as readonly string[]).includes(name) ||
    (MENU_ONLY_COMMAND_NAMES as readonly string[]).includes(name)
  );
}
