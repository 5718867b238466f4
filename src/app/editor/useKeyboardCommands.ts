/**
 * The app's keyboard: one keydown listener on the window, mounted for the life of the app
 * (so Ctrl+O works on the start screen too), that turns keys into commands (keymap.ts
 * says which key, and where it applies). A key is taken from the browser only when a
 * command ran: Tab past the last card, or Ctrl+Z with nothing open, keep their usual
 * meaning. Copy, cut and paste are left to the browser's own clipboard events
 * (useClipboardEvents), which reach the system clipboard without asking for a permission.
 */
import { useEffect } from 'react';
import { runCommand } from './commands.ts';
import { focusPlace, modalOpen } from './focus-place.ts';
import { IS_MAC, commandForKey } from './keymap.ts';

const NATIVE_CLIPBOARD = new Set(['copy', 'cut', 'paste']);

export function handleKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || modalOpen()) return;
  const command = commandForKey(event, focusPlace(event.target), IS_MAC);
  if (command === null || NATIVE_CLIPBOARD.has(command)) return;
  if (runCommand(command)) event.preventDefault();
}

export function useKeyboardCommands(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
}
