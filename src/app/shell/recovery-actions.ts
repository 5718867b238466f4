/**
 * Unsaved work from an earlier session, as the start screen offers it: listed at start-up
 * (with a question when a document opened straight away), restored here or, in the desktop
 * app when this window holds a map, in a window of its own; discarded after asking; a
 * damaged draft's text saved as a file so nothing is lost.
 */
import type { Draft } from '../platform/platform.ts';
import { tell } from './dialogs.ts';
import { confirmReplace, showOpenError } from './document-actions.ts';
import {
  listRecovery,
  recoveryItem,
  sessionFromDraft,
  titleOf,
  type RecoveryItem,
  type RecoveryList,
} from './recovery.ts';
import { suggestedFileName, type Session } from './session.ts';
import { errorText, type ShellContext } from './shell-context.ts';

export interface RecoveryActions {
  /** Lists the drafts no window holds and offers them on the start screen. */
  offer(): Promise<void>;
  restore(item: RecoveryItem): Promise<void>;
  discard(item: RecoveryItem): Promise<void>;
  /** A damaged draft's text, saved as a file so nothing is lost (browser only). */
  saveCopy(item: RecoveryItem): Promise<void>;
  dismiss(): void;
  /** A draft the desktop main process sent to this window. */
  openDraft(draft: Draft): Promise<void>;
}

/** How a recovered draft becomes the open document (its draft is claimed at once). */
export type ShowRecovered = (session: Session, recovered: true) => void;

export function createRecoveryActions(
  ctx: ShellContext,
  showRecovered: ShowRecovered,
): RecoveryActions {
  const { platform, desktop, store, dialogs, entropy, host } = ctx;

  const removeItem = (documentId: string) => {
    const recovery = store.getState().recovery;
    if (!recovery) return;
    const items = recovery.items.filter((item) => item.documentId !== documentId);
    store.setState({
      recovery: items.length === 0 && recovery.skipped === 0 ? null : { ...recovery, items },
    });
  };

  const restoreHere = (item: RecoveryItem & { kind: 'ready' }) => {
    showRecovered(sessionFromDraft(item, entropy), true);
    removeItem(item.documentId);
  };

  return {
    async offer() {
      let list: RecoveryList;
      const openId = store.getState().session?.document.getState().documentId;
      try {
        list = await listRecovery(platform, new Set(openId ? [openId] : []));
      } catch (error) {
        await tell(dialogs, {
          title: 'Unsaved work from last time could not be listed',
          lines: [errorText(error), 'The drafts were left where they are.'],
          tone: 'warning',
        });
        return;
      }
      if (list.items.length === 0 && list.skipped === 0) return;
      store.setState({ recovery: list });
      const { session, starting } = store.getState();
      if (session === null || starting || list.items.length === 0) return;
      // A document opened straight away (double-click on a file): say there is more.
      const choice = await dialogs.ask<'show' | 'later'>({
        title: 'Recover unsaved work?',
        lines: [
          list.items.length === 1
            ? `A map with unsaved changes (“${titleOf(list.items[0]!)}”) was left open last time.`
            : `${list.items.length} maps with unsaved changes were left open last time.`,
        ],
        buttons: [
          { label: 'Show it', value: 'show', kind: 'primary' },
          { label: 'Later', value: 'later' },
        ],
        cancelValue: 'later',
      });
      if (choice === 'show') store.setState({ starting: true });
    },

    async restore(item) {
      if (item.kind !== 'ready') return;
      if (store.getState().session !== null && desktop) {
        // This window holds a map: the draft gets a window of its own.
        try {
          await desktop.openDraftInNewWindow(item.documentId);
          removeItem(item.documentId);
        } catch (error) {
          await showOpenError(host, error, `“${item.draft.title}” could not be recovered`);
        }
        return;
      }
      if (!(await confirmReplace(host))) return;
      restoreHere(item);
      if (item.notes.length > 0) host.notify?.(item.notes.join(' '));
    },

    async discard(item) {
      const choice = await dialogs.ask<'discard' | 'keep'>({
        title: `Discard the unsaved changes to “${titleOf(item)}”?`,
        lines: ['The draft is deleted for good. This cannot be undone.'],
        tone: 'warning',
        buttons: [
          { label: 'Discard', value: 'discard', kind: 'danger' },
          { label: 'Keep it', value: 'keep', kind: 'primary' },
        ],
        cancelValue: 'keep',
      });
      if (choice !== 'discard') return;
      try {
        await platform.drafts.remove(item.documentId);
        removeItem(item.documentId);
      } catch (error) {
        await tell(dialogs, {
          title: 'The draft could not be discarded',
          lines: [errorText(error)],
          tone: 'error',
        });
      }
    },

    async saveCopy(item) {
      const text = item.kind === 'ready' ? item.draft.text : item.text;
      const outcome = await platform.saveFile(
        null,
        text,
        suggestedFileName(`${titleOf(item)} (recovered)`),
      );
      if (outcome.status === 'failed') {
        await tell(dialogs, {
          title: 'The copy was not saved',
          lines: [outcome.message],
          tone: 'error',
        });
      }
    },

    dismiss() {
      store.setState({ recovery: null });
    },

    async openDraft(draft) {
      const item = recoveryItem(draft);
      if (item.kind !== 'ready') {
        await tell(dialogs, {
          title: `“${draft.title}” cannot be recovered`,
          lines: [item.problem, 'The draft was left where it is.'],
          tone: 'error',
        });
        return;
      }
      if (!(await confirmReplace(host))) return;
      restoreHere(item);
    },
  };
}
