/**
 * The menu commands: every one the desktop menu sends, and the ones the renderer answers
 * (contract.ts re-exports both, as the rest of the main <-> renderer contract).
 */
export const MENU_COMMANDS = [
  // File
  'new',
  'newFromTemplate',
  'open',
  'save',
  'saveAs',
  'exportPdf',
  'compareWith',
  'compareWithSaved',
  'makeFutureState',
  'shareOnNetwork',
  'stopSharing',
  'joinSession',
  'exportCsv',
  'exportXlsx',
  'importTable',
  'exportSvg',
  'exportPng',
  'exportPptx',
  'showBackups',
  'close',
  // Edit
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'delete',
  'selectAll',
  'arrange',
  'arrangeStage',
  'arrangeMap',
  'addComment',
  'markObserved',
  'markReported',
  'markAssumed',
  'clearEvidence',
  'preferences',
  // View
  'zoomIn',
  'zoomOut',
  'zoomFit',
  'zoomReset',
  'toggleInspector',
  'toggleInsights',
  'toggleComments',
  'toggleMinimap',
  'present',
  'fullScreen',
  // Help
  'userGuide',
  'fileFormat',
  'about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * The desktop menu's keys for commands the page's keymap does not bind (the native menu takes
 * them), in Electron's accelerator syntax: menu.ts gives them to its items and the shortcut
 * sheet lists them where those commands exist (the desktop app).
 */
export const MENU_ONLY_ACCELERATORS = {
  shareOnNetwork: 'CmdOrCtrl+Shift+L',
  joinSession: 'CmdOrCtrl+Shift+J',
} as const satisfies Partial<Record<MenuCommand, string>>;

/**
 * The commands the renderer receives through `onMenuCommand`. The others are done by the main
 * process itself: open (its dialog, then the file goes to this window when it is empty, else
 * to a new one), close (the window, through the unsaved-changes guard), showBackups (opens the
 * backups folder), stopSharing (ends the session this app hosts in the focused window; its
 * file reopens), fullScreen (native), and cut/copy/paste, which are native menu roles: the page
 * sees them as ordinary DOM `cut`/`copy`/`paste` events, as in a browser, because only
 * the native path may use the system clipboard without a user gesture and it also works in
 * text fields. `new` and `newFromTemplate` reach a window only when it is empty; otherwise a
 * new window opens and receives them. The renderer's list is every menu command but those.
 */
const MAIN_PROCESS_COMMANDS = [
  'open',
  'close',
  'showBackups',
  'stopSharing',
  'fullScreen',
  'cut',
  'copy',
  'paste',
] as const satisfies readonly MenuCommand[];

export type RendererMenuCommand = Exclude<MenuCommand, (typeof MAIN_PROCESS_COMMANDS)[number]>;

const isRendererCommand = (command: MenuCommand): command is RendererMenuCommand =>
  !(MAIN_PROCESS_COMMANDS as readonly MenuCommand[]).includes(command);

export const RENDERER_MENU_COMMANDS: readonly RendererMenuCommand[] =
  MENU_COMMANDS.filter(isRendererCommand);
