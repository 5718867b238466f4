/**
 * The command dispatcher. Parts of the app register handlers for the commands they own
 * (the app: new, open, save; the editor: editing and view commands; the canvas: zoom), and
 * anything can run a command by name: the keyboard, the toolbar and, later, the desktop
 * menu (`runCommand('undo')`). The latest registration of a command wins, so a nested
 * component can take a command over while it is mounted and give it back when it unmounts.
 */
import { isCommandName, type CommandName } from './command-names.ts';

export type { CommandName } from './command-names.ts';

/**
 * A command's implementation. Returning `false` means "nothing to do here" (Tab past the
 * last card): the keyboard then leaves the key to the browser.
 */
export type CommandHandler = () => void | boolean | Promise<void>;
export type CommandHandlers = Partial<Record<CommandName, CommandHandler>>;

interface Registration {
  handlers: CommandHandlers;
}

const registrations: Registration[] = [];

/** Registers handlers; returns the function that removes them again. */
export function registerCommands(handlers: CommandHandlers): () => void {
  const registration: Registration = { handlers };
  registrations.push(registration);
  return () => {
    const index = registrations.indexOf(registration);
    if (index >= 0) registrations.splice(index, 1);
  };
}

function handlerFor(name: CommandName): CommandHandler | undefined {
  for (let i = registrations.length - 1; i >= 0; i--) {
    const handler = registrations[i]!.handlers[name];
    if (handler) return handler;
  }
  return undefined;
}

/** Whether a command can run now (something registered it). */
export function hasCommand(name: string): boolean {
  return isCommandName(name) && handlerFor(name) !== undefined;
}

/**
 * Runs a command by name. Returns false when no part of the app handles it right now (an
 * editing command on the start screen), the name is unknown, or the handler declined. A
 * failing async command is reported, never left as an unhandled rejection.
 */
export function runCommand(name: CommandName | string): boolean {
  if (!isCommandName(name)) return false;
  const handler = handlerFor(name);
  if (!handler) return false;
  const result = handler();
  if (result instanceof Promise) result.catch((error: unknown) => reportCommandError(error));
  return result !== false;
}

/** Where a command's unexpected failure goes (the editor shows it in its status line). */
let reportCommandError: (error: unknown) => void = () => {};

export function setCommandErrorReporter(report: (error: unknown) => void): () => void {
  const previous = reportCommandError;
  reportCommandError = report;
  return () => {
    reportCommandError = previous;
  };
}
