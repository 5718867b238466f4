/**
 * Save and Save As (one at a time), and the save the desktop main process asks for when the
 * user chose Save while closing the window: the window closes only once it answered 'saved'.
 */
import { isDirty } from '../store/document-store.ts';
import { saveDocumentStatus, type SaveStatus } from './document-actions.ts';
import { exclusive, type ShellContext } from './shell-context.ts';

export interface Saving {
  save(): Promise<void>;
  saveAs(): Promise<void>;
  saveForClose(): Promise<SaveStatus>;
}

/** `flushDraft`: the removal of the saved map's draft, awaited before the window closes. */
export function createSaving(
  ctx: Pick<ShellContext, 'store' | 'host'>,
  flushDraft: () => Promise<void>,
): Saving {
  const { store, host } = ctx;
  return {
    save: exclusive(() => saveDocumentStatus(host, { as: false })),
    saveAs: exclusive(() => saveDocumentStatus(host, { as: true })),
    async saveForClose() {
      const session = store.getState().session;
      // Nothing unsaved (an undo back to the saved map since main asked): nothing to lose.
      if (session === null || !isDirty(session.document.getState())) return 'saved';
      const status = await saveDocumentStatus(host, { as: false });
      // The draft goes with the save (autosave removes it): let that finish before closing.
      if (status === 'saved') await flushDraft();
      return status;
    },
  };
}
