/**
 * What each command is called where people pick it by name (the command palette). A
 * command without an entry falls back to its name in words, so a new command is listed
 * before anyone writes its label.
 */
import { EVIDENCE_TERMS, emotionTerm, emotionWord, kindWord } from '../../core/vocabulary.ts';
import { COMMAND_NAMES, MENU_ONLY_COMMAND_NAMES, type CommandName } from './command-names.ts';
import { CAPTURE_KEYS } from './capture-keys.ts';
import { EVIDENCE_KEYS } from './evidence-keys.ts';

const LABELS: Partial<Record<CommandName, string>> = {
  new: 'New map',
  open: 'Open a map…',
  save: 'Save',
  saveAs: 'Save as…',
  exportPdf: 'Export as PDF…',
  exportSvg: 'Export as SVG…',
  exportPng: 'Export as PNG…',
  exportPptx: 'Export PowerPoint…',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  duplicate: 'Duplicate the selection',
  delete: 'Delete the selection',
  selectAll: 'Select everything',
  rename: 'Rename the selected touchpoint',
  escape: 'Clear the selection',
  nudgeLeft: 'Nudge left',
  nudgeRight: 'Nudge right',
  nudgeUp: 'Nudge up',
  nudgeDown: 'Nudge down',
  nudgeLeftFar: 'Nudge left further',
  nudgeRightFar: 'Nudge right further',
  nudgeUpFar: 'Nudge up further',
  nudgeDownFar: 'Nudge down further',
  nextCard: 'Next touchpoint in journey order',
  previousCard: 'Previous touchpoint in journey order',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit the map to the window',
  zoomReset: 'Zoom to 100 %',
  togglePalette: 'Show or hide the palette',
  toggleInspector: 'Show or hide the inspector',
  toggleInsights: 'Show or hide the insights',
  toggleStructure: 'Show or hide stages & departments',
  toggleComments: 'Show or hide the comments',
  toggleQuestions: 'Show or hide the questions to resolve',
  addComment: 'Add a comment…',
  toggleMinimap: 'Show or hide the overview map',
  showShortcuts: 'Keyboard shortcuts',
  newFromTemplate: 'New map from a template…',
  preferences: 'Preferences…',
  userGuide: 'User guide',
  fileFormat: 'The file format',
  about: 'About Touchmap',
  largerText: 'Larger text',
  exportCsv: 'Export as CSV…',
  exportXlsx: 'Export as Excel workbook…',
  importTable: 'Import a table (CSV or Excel)…',
  smallerText: 'Smaller text',
  commandPalette: 'Command palette',
  cursorLeft: 'Cell cursor left',
  cursorRight: 'Cell cursor right',
  cursorUp: 'Cell cursor up',
  cursorDown: 'Cell cursor down',
  addTouchpoint: 'Add a touchpoint in the cursor’s cell',
  addFriction: 'Add a friction point to the selected touchpoint',
  arrange: 'Arrange the cell (tidy its cards)',
  arrangeStage: 'Arrange the stage',
  arrangeMap: 'Arrange the whole map',
  compareWith: 'Compare with another map file…',
  compareWithSaved: 'Compare with the last saved version',
  showConflicts: 'Merge conflicts',
  makeFutureState: 'Make future-state copy',
  shareOnNetwork: 'Share on the local network…',
  joinSession: 'Join a live session…',
};

/** "Kind: Service", "Emotion: Negative (−1)", "Mark as assumed": in the vocabulary's words. */
function captureLabel(name: CommandName): string | undefined {
  const mark = EVIDENCE_KEYS.find((key) => key.command === name);
  if (mark !== undefined) {
    if (mark.evidence === undefined) return 'Clear evidence';
    return `Mark as ${EVIDENCE_TERMS[mark.evidence].word.toLowerCase()}`;
  }
  const value = CAPTURE_KEYS.find((key) => key.command === name)?.value;
  if (value === undefined) return undefined;
  if ('kind' in value) return `Kind: ${kindWord(value.kind)}`;
  const score = value.emotion === null ? '' : ` (${emotionTerm(value.emotion).score})`;
  return `Emotion: ${emotionWord(value.emotion)}${score}`;
}

/** "Export as PDF…"; "Present" for a command named "present" that has no label yet. */
export function commandLabel(name: CommandName): string {
  const label = LABELS[name] ?? captureLabel(name);
  if (label !== undefined) return label;
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every command, in the registry's order. */
export const ALL_COMMANDS: readonly CommandName[] = [...COMMAND_NAMES, ...MENU_ONLY_COMMAND_NAMES];

/** The commands whose label or shortcut holds every word of the query, in order. */
export function filterCommands(
  commands: readonly { name: CommandName; label: string; shortcut: string }[],
  query: string,
): { name: CommandName; label: string; shortcut: string }[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((command) => {
    const text = `${command.label} ${command.shortcut}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
