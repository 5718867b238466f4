/**
 * The app-level commands (the ones the shell owns rather than the editor): what the
 * keyboard, the start screen's buttons and the desktop menu run by name.
 */
import type { CommandHandlers } from '../editor/commands.ts';
import type { AppPanel } from './shell-context.ts';

export interface AppCommandActions {
  showStart(target: 'blank' | 'templates'): void;
  open(): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  openPanel(panel: AppPanel): void;
}

export function appCommands(actions: AppCommandActions): CommandHandlers {
  return {
    new: () => actions.showStart('blank'),
    newFromTemplate: () => actions.showStart('templates'),
    open: actions.open,
    save: actions.save,
    saveAs: actions.saveAs,
    preferences: () => actions.openPanel({ kind: 'preferences' }),
    userGuide: () => actions.openPanel({ kind: 'help', topic: 'guide' }),
    fileFormat: () => actions.openPanel({ kind: 'help', topic: 'format' }),
    about: () => actions.openPanel({ kind: 'about' }),
  };
}
