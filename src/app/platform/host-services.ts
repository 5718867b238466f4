/**
 * What only some hosts offer, reached without asking which host it is. The app holds a
 * `Platform`; the desktop shell (menus, recent files, file watching, windows, preferences in
 * the main process), the browser's adoption of dropped files and its report of damaged
 * stored drafts are each found here or not at all.
 *
 * Only types come from the adapters, so the browser build does not carry the Electron one.
 */
import type { DesktopShell, ElectronPlatform } from './electron.ts';
import type { Draft, FileRef, Platform } from './platform.ts';
import type { DamagedDraftEntry, WebPlatform } from './web.ts';

/** The desktop app's shell, or null in a browser and in tests of the plain platform. */
export function desktopShellOf(platform: Platform): DesktopShell | null {
  const desktop = (platform as Partial<ElectronPlatform>).desktop;
  return typeof desktop === 'object' && desktop !== null ? desktop : null;
}

/** Grants a file the user dropped on the page (with its handle where the browser has one). */
export type FileAdopter = (name: string, handle?: FileSystemFileHandle | null) => FileRef;

/** How this host adopts dropped files, or null when it reads them itself (the desktop app). */
export function fileAdopterOf(platform: Platform): FileAdopter | null {
  const adopt = (platform as Partial<WebPlatform>).adoptFile;
  return typeof adopt === 'function' ? adopt.bind(platform) : null;
}

export interface DraftListing {
  drafts: Draft[];
  /** Stored entries that are not drafts any more (the browser reports them). */
  damaged: DamagedDraftEntry[];
  /** Damaged drafts the host kept but could not list (the desktop app logs them). */
  skipped: number;
}

/**
 * The drafts this window may offer for recovery: the desktop app lists those no other window
 * holds; the browser leaves out those another tab holds and reports damaged entries.
 */
export async function listDrafts(platform: Platform): Promise<DraftListing> {
  const desktop = desktopShellOf(platform);
  if (desktop) {
    const listing = await desktop.listDrafts();
    return { drafts: listing.drafts, damaged: [], skipped: listing.skipped };
  }
  const entries = (platform as Partial<WebPlatform>).listDraftEntries;
  if (typeof entries === 'function') {
    const { drafts, damaged } = await entries.call(platform);
    return { drafts, damaged, skipped: 0 };
  }
  return { drafts: await platform.drafts.list(), damaged: [], skipped: 0 };
}
