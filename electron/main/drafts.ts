/**
 * Drafts and their recovery. Each page autosaves its document as a draft (src/node/drafts.ts
 * stores them); the window that last wrote a draft owns it, and no other window may write,
 * remove or be offered it while that window is open. Drafts nobody owns (the app or a page
 * crashed) are offered for recovery; those of a window closed on purpose are removed.
 */
import { randomBytes } from 'node:crypto';
import { describeParseFailure, parse } from '../../src/core/parse.ts';
import {
  EVENTS,
  type Draft,
  type DraftListing,
  type FileRef,
  type IncomingDocument,
  type OpenMapResult,
} from '../../src/ipc/contract.ts';
import type { FileStamp } from '../../src/node/document-files.ts';
import type { DraftStore } from '../../src/node/drafts.ts';
import type { DesktopContext } from './desktop-context.ts';
import type { DocumentWatchers } from './document-watch.ts';
import { FileAccessError } from './file-grants.ts';
import type { WindowRecord } from './windows.ts';

export class Drafts {
  readonly #context: DesktopContext;
  readonly #store: DraftStore;
  readonly #watchers: DocumentWatchers;
  /** Which window last wrote each draft: its drafts are not offered to other windows. */
  readonly #owners = new Map<string, number>();

  constructor(context: DesktopContext, store: DraftStore, watchers: DocumentWatchers) {
    this.#context = context;
    this.#store = store;
    this.#watchers = watchers;
  }

  async writeDraft(windowId: number, draft: Draft): Promise<void> {
    const { grants, platform, windows } = this.#context;
    const record = this.#context.record(windowId);
    if (record.closeConfirmed) return; // Closing: its drafts are about to be dropped.
    this.#checkOwner(windowId, draft.documentId);
    let path: string | null = null;
    let baseStamp: FileStamp | null = null;
    if (draft.file) {
      const grant = grants.require(windowId, draft.file.token, ['read', 'edit']);
      path = grant.path;
      baseStamp = grant.stamp;
    }
    await this.#store.write({
      documentId: draft.documentId,
      title: draft.title,
      path,
      text: draft.text,
      savedAt: draft.savedAt,
      baseStamp,
    });
    this.#owners.set(draft.documentId, windowId);
    // A recovered draft of a file: the window now holds that file, unless another one does.
    if (path && record.documentPath === null && !windows.findByPath(path, platform)) {
      record.documentPath = path;
      this.#watchers.watch(record);
    }
  }

  async removeDraft(windowId: number, documentId: string): Promise<void> {
    this.#context.record(windowId);
    this.#checkOwner(windowId, documentId);
    await this.#store.remove(documentId);
    this.#owners.delete(documentId);
  }

  /** The drafts no other open window holds: the work a crash left unsaved. */
  async listDrafts(windowId: number): Promise<DraftListing> {
    const { grants, windows } = this.#context;
    this.#context.record(windowId);
    const { drafts, problems } = await this.#store.list();
    for (const problem of problems) {
      this.#context.log('warn', `skipped a damaged draft: ${problem.file} ${problem.message}`);
    }
    const out: Draft[] = [];
    for (const draft of drafts) {
      const owner = this.#owners.get(draft.documentId);
      if (owner !== undefined && owner !== windowId && windows.get(owner)) continue;
      let file: FileRef | null = null;
      if (draft.path) {
        const known = grants.forPath(windowId, draft.path);
        file = grants.grant(windowId, draft.path, 'edit', known ? {} : { stamp: draft.baseStamp });
      }
      out.push({
        documentId: draft.documentId,
        title: draft.title,
        file,
        text: draft.text,
        savedAt: draft.savedAt,
      });
    }
    return { drafts: out, skipped: problems.length };
  }

  /** Recovers a draft in a new window of its own. */
  async openDraftInNewWindow(windowId: number, documentId: string): Promise<boolean> {
    const { grants, platform, shell, windows } = this.#context;
    this.#context.record(windowId);
    const owner = windows.get(this.#owners.get(documentId));
    if (owner) {
      shell.focusWindow(owner.id);
      return true;
    }
    const draft = await this.#store.read(documentId);
    if (!draft) return false;
    const target = this.#context.newWindow();
    this.#owners.set(documentId, target.id);
    let file: FileRef | null = null;
    if (draft.path) {
      file = grants.grant(target.id, draft.path, 'edit', { stamp: draft.baseStamp });
      if (!windows.findByPath(draft.path, platform)) {
        target.documentPath = draft.path;
        this.#watchers.watch(target);
      }
    }
    const incoming: IncomingDocument = {
      kind: 'draft',
      draft: { documentId, title: draft.title, file, text: draft.text, savedAt: draft.savedAt },
    };
    this.#context.deliver(target, EVENTS.openDocument, incoming);
    return true;
  }

  /**
   * A map a window hands over unsaved (the future-state copy): checked by the same parse as a
   * file's text, then opened in a new window as a draft of its own, untitled and dirty, so it
   * is kept from the first autosave and closing asks to save it.
   */
  openUnsavedInNewWindow(windowId: number, text: string, now: Date = new Date()): OpenMapResult {
    this.#context.record(windowId);
    const parsed = parse(text);
    if (!parsed.ok) {
      return { status: 'failed', message: describeParseFailure(parsed.error).join('\n') };
    }
    const documentId = randomBytes(12).toString('base64url');
    const target = this.#context.newWindow();
    this.#owners.set(documentId, target.id);
    const incoming: IncomingDocument = {
      kind: 'draft',
      draft: { documentId, title: parsed.map.title, file: null, text, savedAt: now.toISOString() },
    };
    this.#context.deliver(target, EVENTS.openDocument, incoming);
    return { status: 'opened' };
  }

  /** The window's page is gone (crashed or reloaded): its drafts become orphans to recover. */
  release(windowId: number): void {
    for (const [documentId, owner] of this.#owners) {
      if (owner === windowId) this.#owners.delete(documentId);
    }
  }

  /**
   * The window is gone: its drafts are removed when it closed on purpose (clean, saved or
   * discarded), and kept for recovery when its page had crashed.
   */
  windowClosed(record: WindowRecord): void {
    for (const [documentId, owner] of this.#owners) {
      if (owner !== record.id) continue;
      this.#owners.delete(documentId);
      if (record.closeConfirmed && !record.crashed) {
        this.#store.remove(documentId).catch((error: unknown) => {
          this.#context.log('warn', `could not remove draft ${documentId}: ${String(error)}`);
        });
      }
    }
  }

  #checkOwner(windowId: number, documentId: string): void {
    const owner = this.#owners.get(documentId);
    if (owner !== undefined && owner !== windowId && this.#context.windows.get(owner)) {
      throw new FileAccessError('That draft belongs to another window.');
    }
  }
}
