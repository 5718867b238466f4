/**
 * Bringing the app to the front when the system asks (a second start, a Dock click on
 * macOS), decided without Electron: index.ts hands in BrowserWindow's windows, tests fakes.
 * Every window counts, session windows included: a facilitator whose only window is a shared
 * session clicks the Dock to get back to it, not to a new empty map.
 */
import type { BrowserWindow } from 'electron';

/** What focusing needs of a window; Electron's BrowserWindow has it. */
export type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus'>;

export interface OpenWindows<W extends FocusableWindow> {
  /** The window with the focus, if one of the app's has it. */
  focused: W | null;
  /** Every open window, oldest first (BrowserWindow.getAllWindows). */
  all: readonly W[];
}

/**
 * Focuses the focused window, else the oldest, restored first when minimised. False when
 * no window is open.
 */
export function focusSomeWindow<W extends FocusableWindow>(windows: OpenWindows<W>): boolean {
  const window = windows.focused ?? windows.all[0];
  if (!window) return false;
  if (window.isMinimized()) window.restore();
  window.focus();
  return true;
}

/** macOS `activate` (a Dock click): focus an open window; only with none, open an empty editor. */
export function activateApp<W extends FocusableWindow>(
  windows: OpenWindows<W>,
  openEditor: () => void,
): void {
  if (!focusSomeWindow(windows)) openEditor();
}
