/**
 * Opening maps and starting new ones: the Open command, the start screen (New, New from
 * template, back to the open map), a file the desktop main process sent to this window,
 * and the desktop app's recent list.
 */
import type { FileRef, OpenedFile } from '../platform/platform.ts';
import type { TemplateEntry } from '../templates.ts';
import { loadOpened, newFromChoice, openDocument, openRouted } from './document-actions.ts';
import { errorText, exclusive, type ShellContext } from './shell-context.ts';

export interface Opening {
  /** The Open command: the host's open dialog. */
  open(): Promise<void>;
  /** The start screen, focused on a blank map or on the templates. */
  showStart(target: 'blank' | 'templates'): void;
  /** Leaves the start screen for the open map, if there is one. */
  back(): void;
  /** A new map from a start-screen choice. */
  choose(entry: TemplateEntry): Promise<void>;
  /** A file the host read for this window (the desktop main process sends them). */
  openFile(opened: OpenedFile): Promise<void>;
  openRecent(file: FileRef): Promise<void>;
  clearRecent(): Promise<void>;
  /** Reads the desktop app's recent list again (nothing in a browser). */
  refreshRecent(): Promise<void>;
}

export function createOpening(ctx: ShellContext): Opening {
  const { desktop, store, host } = ctx;

  async function refreshRecent(): Promise<void> {
    if (!desktop) return;
    try {
      store.setState({ recent: await desktop.listRecentFiles() });
    } catch (error) {
      console.warn('[touchmap] could not list recent files:', errorText(error));
    }
  }

  return {
    open: exclusive(() => openDocument(host)),

    showStart(target) {
      store.setState((state) => ({
        starting: true,
        focusRequest: { target, nonce: (state.focusRequest?.nonce ?? 0) + 1 },
      }));
    },

    back() {
      if (store.getState().session !== null) store.setState({ starting: false });
    },

    choose: exclusive(async (entry: TemplateEntry) => {
      await newFromChoice(host, entry);
    }),

    async openFile(opened) {
      await loadOpened(host, opened, { confirm: true });
    },

    openRecent: exclusive(async (file: FileRef) => {
      if (!desktop) return;
      await openRouted(host, () => desktop.openRecentFile(file));
      await refreshRecent();
    }),

    async clearRecent() {
      if (!desktop) return;
      await desktop.clearRecentFiles();
      store.setState({ recent: [] });
    },

    refreshRecent,
  };
}
