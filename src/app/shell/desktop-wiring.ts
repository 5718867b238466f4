/**
 * The renderer's side of the desktop shell (the main process's checklist):
 *
 * 1. Subscribe first (menu commands, documents sent to this window, its file changing on
 *    disk, the "save before closing" requests, preferences changed elsewhere), then call
 *    `ready()`: what main held for this window arrives right before it resolves.
 * 5. Menu commands run the command of the same name; undo, redo, select all and delete in a
 *    text field are the field's own (document.execCommand), as in any native app. Cut, copy
 *    and paste are native menu roles: the page sees ordinary clipboard events.
 * 7. Closing with unsaved changes: main asks Save / Don't Save / Cancel; on Save it calls the
 *    save given here, and the window closes only if that resolves 'saved'.
 * 8. Quitting: main first asks each page with unsaved changes to write its draft now.
 *
 * Pure wiring over the DesktopShell interface, so it is tested with a fake bridge.
 */
import type {
  FileChangedEvent,
  IncomingDocument,
  RendererMenuCommand,
  StartupInfo,
} from '../../ipc/contract.ts';
import type { UserPreferences } from '../../ipc/preferences.ts';
import { focusPlace, modalOpen } from '../editor/focus-place.ts';
import type { DesktopShell } from '../platform/electron.ts';
import type { SaveOutcome } from '../platform/platform.ts';
import type { SaveStatus } from './document-actions.ts';

/** Menu commands that a focused text field does itself. */
const TEXT_COMMANDS: Partial<Record<RendererMenuCommand, string>> = {
  undo: 'undo',
  redo: 'redo',
  selectAll: 'selectAll',
  delete: 'delete',
};

export type MenuRoute =
  /** Done by the focused text field. */
  | 'text'
  /** Ran the app's command of that name. */
  | 'command'
  /** Nothing handles it here and now (a dialog is open, or no part of the app has it). */
  | 'ignored';

export interface MenuEnvironment {
  doc: Document;
  run: (command: string) => boolean;
}

export function routeMenuCommand(command: RendererMenuCommand, env: MenuEnvironment): MenuRoute {
  const textCommand = TEXT_COMMANDS[command];
  if (textCommand !== undefined && focusPlace(env.doc.activeElement) === 'text') {
    // Deprecated but still the one way to reach a field's own undo stack and selection.
    env.doc.execCommand(textCommand);
    return 'text';
  }
  // A modal dialog owns the window, as it owns the keyboard (see useKeyboardCommands).
  if (modalOpen(env.doc)) return 'ignored';
  return env.run(command) ? 'command' : 'ignored';
}

export interface DesktopHandlers extends MenuEnvironment {
  /** The same save as the menu's Save (Save As for an untitled map). */
  saveForClose(): Promise<SaveStatus>;
  /** Writes the open document's draft now (main is quitting). */
  flushDraft(): Promise<void>;
  openDocument(document: IncomingDocument): void;
  fileChanged(event: FileChangedEvent): void;
  preferencesChanged(preferences: UserPreferences): void;
  /** A menu command nothing handled (for a status message or a log). */
  unhandled?(command: RendererMenuCommand): void;
}

/** What the close handshake answers for a save: only 'saved' lets the window close. */
function closeOutcome(status: SaveStatus): SaveOutcome | boolean {
  if (status === 'saved') return true;
  if (status === 'cancelled') return { status: 'cancelled' };
  return { status: 'failed', message: 'The map was not saved.' };
}

export interface DesktopWiring {
  info: StartupInfo;
  dispose(): void;
}

/** Subscribes to everything, then tells main the page is ready. */
export async function wireDesktop(
  desktop: DesktopShell,
  handlers: DesktopHandlers,
): Promise<DesktopWiring> {
  const subscriptions = [
    desktop.onMenuCommand((command) => {
      if (routeMenuCommand(command, handlers) === 'ignored') handlers.unhandled?.(command);
    }),
    desktop.onOpenDocument((document) => handlers.openDocument(document)),
    desktop.onFileChanged((event) => handlers.fileChanged(event)),
    desktop.handleCloseRequests(async () => closeOutcome(await handlers.saveForClose())),
    desktop.handleDraftFlushRequests(() => handlers.flushDraft()),
    desktop.preferences.onChange((preferences) => handlers.preferencesChanged(preferences)),
  ];
  const dispose = () => {
    for (const unsubscribe of subscriptions.splice(0)) unsubscribe();
  };
  try {
    const info = await desktop.ready();
    return { info, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
