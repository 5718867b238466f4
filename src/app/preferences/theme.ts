/**
 * The colour theme: `data-theme` on <html> says which one the user chose, and theme.css
 * honours it. "system" follows the operating system (prefers-color-scheme, which the desktop
 * app also passes to Electron's nativeTheme); "light" and "dark" force one.
 */
import type { UserPreferences } from '../../ipc/preferences.ts';

export type Theme = UserPreferences['theme'];

export function applyTheme(
  theme: Theme,
  root: HTMLElement | null = typeof document === 'undefined' ? null : document.documentElement,
): void {
  if (!root) return;
  if (root.getAttribute('data-theme') !== theme) root.setAttribute('data-theme', theme);
}
