/**
 * The IPC handlers: one per channel of the contract, each with the same three gates before
 * anything happens:
 *
 * 1. the sender: the message must come from the top frame of a page whose URL is the app's
 *    own renderer (its file:// index.html, or the dev server in development), in a window
 *    this process created; anything else (an iframe, a page navigated elsewhere, a webContents
 *    we do not know) is refused;
 * 2. the payload: validated with the contract's zod schema; a wrong shape is refused;
 * 3. the files: requests name files by token, and the modules resolve tokens only among
 *    those granted to that very window (file-grants.ts).
 *
 * Handlers are plain functions of (event, payload), so tests call them with fake events.
 */
import type { IpcMain } from 'electron';
import { CHANNELS, requestSchemas, type Channel, type RequestOf } from '../../src/ipc/contract.ts';
import type { Desktop } from './desktop.ts';
import { isTrustedRendererUrl, type TrustedRenderer } from './security.ts';

/** The part of an IpcMainInvokeEvent the checks read. */
export interface SenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export class IpcRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRefusedError';
  }
}

export type Handler = (event: SenderEvent, payload?: unknown) => Promise<unknown>;

export interface SenderPolicy {
  trusted: TrustedRenderer;
  /** The id of the window we created with this webContents, or null. */
  windowIdFor(webContentsId: number): number | null;
}

/** The window a message comes from, after checking that it is one of ours; else throws. */
export function checkSender(event: SenderEvent, policy: SenderPolicy): number {
  const frame = event.senderFrame;
  if (!frame) throw new IpcRefusedError('Refused: the sending frame is gone.');
  if (frame.parent !== null && frame.parent !== undefined) {
    throw new IpcRefusedError('Refused: only the top frame may use the bridge.');
  }
  if (!isTrustedRendererUrl(frame.url, policy.trusted)) {
    throw new IpcRefusedError('Refused: the sender is not the Touchmap page.');
  }
  const windowId = policy.windowIdFor(event.sender.id);
  if (windowId === null) throw new IpcRefusedError('Refused: the sender is not a Touchmap window.');
  return windowId;
}

function validate<C extends Channel>(channel: C, payload: unknown): RequestOf<C> {
  const checked = requestSchemas[channel].safeParse(payload);
  if (checked.success) return checked.data as RequestOf<C>;
  const issue = checked.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'payload';
  // The message names the place, never the value: it may be large or sensitive.
  throw new IpcRefusedError(
    `Refused: invalid request on ${channel} (${where}: ${issue?.message}).`,
  );
}

/** The live-session part of the desktop; a build without it refuses those requests. */
function sessionsOf(desktop: Desktop) {
  if (desktop.sessions === null) {
    throw new IpcRefusedError('Refused: live sessions are not available in this build.');
  }
  return desktop.sessions;
}

export function createIpcHandlers(
  desktop: Desktop,
  policy: SenderPolicy,
): Record<Channel, Handler> {
  const on =
    <C extends Channel>(channel: C, run: (windowId: number, request: RequestOf<C>) => unknown) =>
    async (event: SenderEvent, payload?: unknown): Promise<unknown> => {
      const windowId = checkSender(event, policy);
      const request = validate(channel, payload);
      return run(windowId, request);
    };

  return {
    [CHANNELS.ready]: on(CHANNELS.ready, (w) => desktop.lifecycle.windowReady(w)),
    [CHANNELS.openFile]: on(CHANNELS.openFile, (w) => desktop.documents.openFromDialog(w)),
    [CHANNELS.readFileFromDialog]: on(CHANNELS.readFileFromDialog, (w) =>
      desktop.documents.readFromDialog(w),
    ),
    [CHANNELS.openRecentFile]: on(CHANNELS.openRecentFile, (w, r) =>
      desktop.documents.openRecent(w, r.file.token),
    ),
    [CHANNELS.openDroppedFiles]: on(CHANNELS.openDroppedFiles, (w, r) =>
      desktop.documents.openDropped(w, r.paths),
    ),
    [CHANNELS.reloadFile]: on(CHANNELS.reloadFile, (w, r) =>
      desktop.documents.reloadFile(w, r.file.token),
    ),
    [CHANNELS.listRecentFiles]: on(CHANNELS.listRecentFiles, (w) =>
      desktop.menus.listRecentFiles(w),
    ),
    [CHANNELS.clearRecentFiles]: on(CHANNELS.clearRecentFiles, () =>
      desktop.menus.clearRecentFiles(),
    ),
    [CHANNELS.readRecentPreview]: on(CHANNELS.readRecentPreview, (w, r) =>
      desktop.menus.readRecentPreview(w, r.file.token),
    ),
    [CHANNELS.saveFile]: on(CHANNELS.saveFile, (w, r) => desktop.saving.saveFile(w, r)),
    [CHANNELS.exportFile]: on(CHANNELS.exportFile, (w, r) => desktop.saving.exportFile(w, r)),
    [CHANNELS.showInFolder]: on(CHANNELS.showInFolder, (w, r) =>
      desktop.saving.showInFolder(w, r.file.token),
    ),
    [CHANNELS.writeDraft]: on(CHANNELS.writeDraft, (w, r) => desktop.drafts.writeDraft(w, r.draft)),
    [CHANNELS.removeDraft]: on(CHANNELS.removeDraft, (w, r) =>
      desktop.drafts.removeDraft(w, r.documentId),
    ),
    [CHANNELS.listDrafts]: on(CHANNELS.listDrafts, (w) => desktop.drafts.listDrafts(w)),
    [CHANNELS.openDraftInNewWindow]: on(CHANNELS.openDraftInNewWindow, (w, r) =>
      desktop.drafts.openDraftInNewWindow(w, r.documentId),
    ),
    [CHANNELS.setDocumentState]: on(CHANNELS.setDocumentState, (w, r) =>
      desktop.lifecycle.setDocumentState(w, r),
    ),
    [CHANNELS.getPreferences]: on(CHANNELS.getPreferences, () =>
      desktop.preferences.getPreferences(),
    ),
    [CHANNELS.setPreferences]: on(CHANNELS.setPreferences, (_w, r) =>
      desktop.preferences.setPreferences(r.patch),
    ),
    [CHANNELS.getFallbackFont]: on(CHANNELS.getFallbackFont, () =>
      desktop.preferences.getFallbackFont(),
    ),
    [CHANNELS.chooseFallbackFont]: on(CHANNELS.chooseFallbackFont, (w) =>
      desktop.preferences.chooseFallbackFont(w),
    ),
    [CHANNELS.clearFallbackFont]: on(CHANNELS.clearFallbackFont, () =>
      desktop.preferences.clearFallbackFont(),
    ),
    [CHANNELS.readFallbackFont]: on(CHANNELS.readFallbackFont, () =>
      desktop.preferences.readFallbackFont(),
    ),
    [CHANNELS.respondToCloseRequest]: on(CHANNELS.respondToCloseRequest, (w, r) =>
      desktop.closing.respondToCloseRequest(w, r.requestId, r.outcome),
    ),
    [CHANNELS.respondToDraftFlush]: on(CHANNELS.respondToDraftFlush, (w, r) =>
      desktop.closing.respondToDraftFlush(w, r.requestId),
    ),
    [CHANNELS.openMapInNewWindow]: on(CHANNELS.openMapInNewWindow, (w, r) =>
      desktop.drafts.openUnsavedInNewWindow(w, r.text),
    ),
    [CHANNELS.shareSession]: on(CHANNELS.shareSession, (w) => sessionsOf(desktop).share(w)),
    [CHANNELS.listFoundSessions]: on(CHANNELS.listFoundSessions, (w) =>
      sessionsOf(desktop).found(w),
    ),
    [CHANNELS.joinSession]: on(CHANNELS.joinSession, (w, r) => sessionsOf(desktop).join(w, r.link)),
  };
}

/** Registers the handlers with ipcMain; refusals and failures are logged, then rethrown. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Record<Channel, Handler>,
  log: (message: string) => void = (message) => console.warn(`[touchmap] ${message}`),
): void {
  for (const [channel, handler] of Object.entries(handlers) as [Channel, Handler][]) {
    ipcMain.handle(channel, async (event, payload?: unknown) => {
      try {
        return await handler(event, payload);
      } catch (error) {
        log(`${channel}: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    });
  }
}
