/**
 * The open map's file changed on disk (the desktop app watches it): a clean map reloads
 * without asking, an edited one asks whether to keep this version or reload, and a deleted
 * file leaves the map open, marked unsaved so it is kept as a draft. One question at a time.
 */
import type { FileChangedEvent } from '../../ipc/contract.ts';
import { parse } from '../../core/parse.ts';
import type { FileRef, OpenedFile } from '../platform/platform.ts';
import { isDirty } from '../store/document-store.ts';
import { tell } from './dialogs.ts';
import { showOpenError } from './document-actions.ts';
import type { Session } from './session.ts';
import { tidyOnOpen } from './tidy-on-open.ts';
import type { ShellContext } from './shell-context.ts';

export function createFileChangeHandler(
  ctx: ShellContext,
): (event: FileChangedEvent) => Promise<void> {
  const { desktop, store, dialogs, host } = ctx;
  let asking = false;

  /** Runs a question; further changes meanwhile are ignored (the answer covers them). */
  async function ask<T>(question: () => Promise<T>): Promise<T> {
    asking = true;
    try {
      return await question();
    } finally {
      asking = false;
    }
  }

  async function replaceInPlace(session: Session, opened: OpenedFile): Promise<void> {
    const result = parse(opened.text);
    if (!result.ok) {
      await showOpenError(
        host,
        new Error(`${result.error.message}\nYour map is unchanged.`),
        `“${opened.file.name}” could not be reloaded`,
      );
      return;
    }
    // The other program's version becomes the saved state; undo still reaches this window's
    // earlier versions (they show as unsaved), and the reload itself is not an undo step.
    // A hand edit that piled cards up is tidied as on opening.
    const { map, note } = tidyOnOpen(result.map);
    const temporal = session.document.temporal.getState();
    temporal.pause();
    session.document.setState({ map, savedMap: map, file: opened.file });
    temporal.resume();
    if (note !== null) host.notify?.(note);
  }

  async function reload(session: Session, file: FileRef): Promise<void> {
    if (!desktop) return;
    let opened: OpenedFile | null;
    try {
      opened = await desktop.reloadFile(file);
    } catch (error) {
      await showOpenError(host, error, `“${file.name}” could not be reloaded`);
      return;
    }
    if (opened !== null && store.getState().session === session) {
      await replaceInPlace(session, opened);
    }
  }

  return async (event) => {
    const session = store.getState().session;
    if (session === null || asking) return;
    const state = session.document.getState();
    if (state.file === null) return;
    const name = state.file.name;
    if (event.change === 'deleted') {
      // Only this window has the map now: it is unsaved work, kept as a draft.
      if (!isDirty(state)) session.document.setState({ savedMap: null });
      await ask(() =>
        tell(dialogs, {
          title: `“${name}” was deleted or moved`,
          lines: [
            'Another program removed the file. Your map is still open here, marked as unsaved.',
            'Save it to write the file again, or use Save As to put it somewhere else.',
          ],
          tone: 'warning',
        }),
      );
      return;
    }
    if (!isDirty(state)) {
      await reload(session, event.file);
      return;
    }
    const choice = await ask(() =>
      dialogs.ask<'reload' | 'keep'>({
        title: `“${name}” was changed by another program`,
        lines: [
          'You have unsaved changes here, and the file on disk is now different.',
          'Reload it to take the other version (your changes here are lost), or keep yours: saving will then ask before replacing the file.',
        ],
        tone: 'warning',
        buttons: [
          { label: 'Keep my version', value: 'keep', kind: 'primary' },
          { label: 'Reload and lose my changes', value: 'reload', kind: 'danger' },
        ],
        cancelValue: 'keep',
      }),
    );
    if (choice === 'reload' && store.getState().session === session) {
      await reload(session, event.file);
    }
  };
}
