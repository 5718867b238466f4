import { describe, expect, it, vi } from 'vitest';
import {
  type CloseRequest,
  type DraftFlushRequest,
  type OpenFileResult,
  type RecentPreview,
  type TouchmapBridge,
} from '../../../../src/ipc/contract.ts';
import { DEFAULT_USER_PREFERENCES } from '../../../../src/ipc/preferences.ts';
import {
  OpenFileError,
  createElectronPlatform,
  hasElectronBridge,
} from '../../../../src/app/platform/electron.ts';
import type { Platform } from '../../../../src/app/platform/platform.ts';
import {
  desktopShellOf,
  fileAdopterOf,
  listDrafts,
} from '../../../../src/app/platform/host-services.ts';

const file = { token: 'T'.repeat(32), name: 'hotel.touchmap' };

function fakeBridge(over: Partial<TouchmapBridge> = {}) {
  const closeListeners: ((r: CloseRequest) => void)[] = [];
  const flushListeners: ((r: DraftFlushRequest) => void)[] = [];
  const bridge = {
    platform: 'darwin',
    versions: { electron: '41.7.1', chrome: '140' },
    ready: vi.fn(async () => ({
      platform: 'darwin',
      offerDraftRecovery: true,
      preferences: DEFAULT_USER_PREFERENCES,
    })),
    openFile: vi.fn(async (): Promise<OpenFileResult> => ({
      status: 'opened',
      file,
      text: '{}',
    })),
    readFileFromDialog: vi.fn(async (): Promise<OpenFileResult> => ({
      status: 'opened',
      file,
      text: '{"compare": true}',
    })),
    openRecentFile: vi.fn(async (): Promise<OpenFileResult> => ({ status: 'elsewhere' })),
    openDroppedFiles: vi.fn(async (): Promise<OpenFileResult> => ({ status: 'cancelled' })),
    reloadFile: vi.fn(async (): Promise<OpenFileResult> => ({
      status: 'failed',
      reason: 'too-new',
      message: 'This map was saved in format version 2.',
    })),
    listRecentFiles: vi.fn(async () => [file]),
    clearRecentFiles: vi.fn(async () => undefined),
    saveFile: vi.fn(async () => ({ status: 'saved' as const, file })),
    exportFile: vi.fn(async () => ({ status: 'saved' as const, file })),
    showInFolder: vi.fn(async () => undefined),
    drafts: {
      write: vi.fn(async () => undefined),
      remove: vi.fn(async () => undefined),
      list: vi.fn(async () => ({
        drafts: [
          {
            documentId: 'd',
            title: 't',
            file: null,
            text: 'x',
            savedAt: '2026-01-01T00:00:00.000Z',
          },
        ],
        skipped: 2,
      })),
      openInNewWindow: vi.fn(async () => true),
    },
    setDocumentState: vi.fn(async () => undefined),
    preferences: {
      get: vi.fn(async () => DEFAULT_USER_PREFERENCES),
      set: vi.fn(async () => DEFAULT_USER_PREFERENCES),
      onChange: vi.fn(() => () => undefined),
    },
    getFallbackFont: vi.fn(async () => ({ name: 'cjk.ttf', problem: null })),
    chooseFallbackFont: vi.fn(async () => ({ status: 'chosen' as const, name: 'cjk.ttf' })),
    clearFallbackFont: vi.fn(async () => undefined),
    readFallbackFont: vi.fn(async () => ({
      name: 'cjk.ttf',
      bytes: new Uint8Array([0, 1, 0, 0]),
      message: null,
    })),
    onMenuCommand: vi.fn(() => () => undefined),
    onOpenDocument: vi.fn(() => () => undefined),
    onFileChanged: vi.fn(() => () => undefined),
    onCloseRequest: vi.fn((listener: (r: CloseRequest) => void) => {
      closeListeners.push(listener);
      return () => undefined;
    }),
    respondToCloseRequest: vi.fn(async (_requestId: string, _outcome: string) => undefined),
    readRecentPreview: vi.fn(async (): Promise<RecentPreview> => ({
      status: 'failed',
      problem: 'missing',
    })),
    onDraftFlushRequest: vi.fn((listener: (r: DraftFlushRequest) => void) => {
      flushListeners.push(listener);
      return () => undefined;
    }),
    respondToDraftFlush: vi.fn(async (_requestId: string) => undefined),
    openMapInNewWindow: vi.fn(async (_text: string) => ({ status: 'opened' as const })),
    sessions: {
      share: vi.fn(async () => ({ status: 'unsaved' as const })),
      found: vi.fn(async () => []),
      join: vi.fn(async (_link: string) => ({ status: 'invalid' as const })),
    },
  } satisfies TouchmapBridge;
  Object.assign(bridge, over);
  return { bridge, closeListeners, flushListeners };
}

describe('the Electron platform adapter', () => {
  it('is a Platform with the desktop app’s capabilities and shell', () => {
    const platform: Platform = createElectronPlatform(fakeBridge().bridge);
    expect(platform.capabilities).toEqual({
      routesFilesToWindows: true,
      draftStorage: 'host-files',
      configurableDraftInterval: true,
      confirmsCloseInPage: false,
      pickerNeedsUserActivation: false,
    });
    expect(desktopShellOf(platform)).not.toBeNull();
    expect(fileAdopterOf(platform)).toBeNull();
    expect(hasElectronBridge({ touchmap: fakeBridge().bridge })).toBe(true);
    expect(hasElectronBridge({})).toBe(false);
    expect(() => createElectronPlatform(undefined)).toThrow(/window.touchmap/);
  });

  it('opens: the file for this window, null when it went elsewhere or was cancelled, an error when unreadable', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    expect(await platform.openFile()).toEqual({ file, text: '{}' });
    bridge.openFile.mockResolvedValueOnce({ status: 'cancelled' });
    expect(await platform.openFile()).toBeNull();
    bridge.openFile.mockResolvedValueOnce({ status: 'elsewhere' });
    expect(await platform.openFile()).toBeNull();
    bridge.openFile.mockResolvedValueOnce({
      status: 'failed',
      reason: 'unreadable',
      message: 'The file cannot be read: permission denied.',
    });
    await expect(platform.openFile()).rejects.toThrow('permission denied');
    // Read only (Compare With…): on its own channel, the same answers.
    expect(await platform.readFileFromDialog()).toEqual({ file, text: '{"compare": true}' });
    bridge.readFileFromDialog.mockResolvedValueOnce({ status: 'cancelled' });
    expect(await platform.readFileFromDialog()).toBeNull();
    expect(await platform.desktop.openRecentFile(file)).toBeNull();
    const error = await platform.desktop.reloadFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenFileError);
    expect(error).toMatchObject({
      reason: 'too-new',
      message: 'This map was saved in format version 2.',
    });
  });

  it('saves through the bridge with clean payloads, and turns refusals into failures', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    expect(
      await platform.saveFile({ ...file, extra: 1 } as never, 'text', 'Hotel', { force: true }),
    ).toEqual({
      status: 'saved',
      file,
    });
    expect(bridge.saveFile).toHaveBeenCalledWith({
      file,
      text: 'text',
      suggestedName: 'Hotel',
      force: true,
    });
    await platform.saveFile(null, 'text', '  ');
    expect(bridge.saveFile).toHaveBeenLastCalledWith({
      file: null,
      text: 'text',
      suggestedName: 'Untitled',
      force: false,
    });
    bridge.saveFile.mockRejectedValueOnce(
      new Error('Refused: the sender is not the Touchmap page.'),
    );
    expect(await platform.saveFile(file, 'x', 'x')).toEqual({
      status: 'failed',
      message: 'Refused: the sender is not the Touchmap page.',
    });
  });

  it('exports only the formats the shell writes', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const bytes = new Uint8Array([1, 2]);
    expect(await platform.exportFile(bytes, 'Hotel.pdf', 'application/pdf')).toMatchObject({
      status: 'saved',
    });
    expect(bridge.exportFile).toHaveBeenCalledWith({
      bytes,
      suggestedName: 'Hotel.pdf',
      mimeType: 'application/pdf',
    });
    expect(await platform.exportFile(bytes, 'x.html', 'text/html')).toMatchObject({
      status: 'failed',
    });
    expect(bridge.exportFile).toHaveBeenCalledTimes(1);
  });

  it('keeps drafts and the document state through the bridge', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const draft = {
      documentId: 'd',
      title: 't',
      file,
      text: 'x',
      savedAt: '2026-01-01T00:00:00.000Z',
    };
    await platform.drafts.write(draft);
    expect(bridge.drafts.write).toHaveBeenCalledWith(draft);
    expect(await platform.drafts.list()).toEqual([
      { documentId: 'd', title: 't', file: null, text: 'x', savedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect((await platform.desktop.listDrafts()).skipped).toBe(2);
    // The recovery listing reaches the desktop's own list, with its count of skipped files.
    expect(await listDrafts(platform)).toMatchObject({ damaged: [], skipped: 2 });
    await platform.drafts.remove('d');
    expect(bridge.drafts.remove).toHaveBeenCalledWith('d');
    platform.setDocumentState({ title: 'Hotel', fileName: null, dirty: true });
    expect(bridge.setDocumentState).toHaveBeenCalledWith({
      title: 'Hotel',
      fileName: null,
      dirty: true,
    });
  });

  it('does not let a failed state update escape as an unhandled rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { bridge } = fakeBridge({
      setDocumentState: vi.fn(async () => Promise.reject(new Error('gone'))),
    });
    createElectronPlatform(bridge).setDocumentState({ title: 't', fileName: null, dirty: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('answers close requests with the outcome of the save it is given', async () => {
    const { bridge, closeListeners } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const outcomes = [
      { status: 'saved' as const, file },
      { status: 'cancelled' as const },
      { status: 'conflict' as const, file },
    ];
    const save = vi.fn(async () => outcomes.shift()!);
    platform.desktop.handleCloseRequests(save);
    for (const requestId of ['r1111111', 'r2222222', 'r3333333']) closeListeners[0]!({ requestId });
    await new Promise((r) => setTimeout(r, 0));
    expect(bridge.respondToCloseRequest.mock.calls).toEqual([
      ['r1111111', 'saved'],
      ['r2222222', 'cancelled'],
      ['r3333333', 'failed'],
    ]);
  });

  it('answers a draft flush request once the flush is done, even when it failed', async () => {
    const { bridge, flushListeners } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const order: string[] = [];
    let fail = false;
    bridge.respondToDraftFlush.mockImplementation(async (requestId: string) => {
      order.push(`answered ${requestId}`);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    platform.desktop.handleDraftFlushRequests(async () => {
      await new Promise((r) => setTimeout(r, 5));
      order.push('flushed');
      if (fail) throw new Error('disk full');
    });
    flushListeners[0]!({ requestId: 'f1111111' });
    await new Promise((r) => setTimeout(r, 20));
    fail = true;
    flushListeners[0]!({ requestId: 'f2222222' });
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['flushed', 'answered f1111111', 'flushed', 'answered f2222222']);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('asks main for a recent file’s preview with exactly its file ref', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const extra = { ...file, path: '/etc/passwd' } as typeof file;
    expect(await platform.desktop.readRecentPreview(extra)).toEqual({
      status: 'failed',
      problem: 'missing',
    });
    expect(bridge.readRecentPreview).toHaveBeenCalledWith(file);
  });

  it('passes the desktop extras through', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    expect(await platform.desktop.ready()).toMatchObject({ offerDraftRecovery: true });
    expect(await platform.desktop.listRecentFiles()).toEqual([file]);
    expect(await platform.desktop.openDraftInNewWindow('d')).toBe(true);
    expect(await platform.desktop.openDroppedFiles([])).toBeNull();
    const listener = vi.fn();
    platform.desktop.onMenuCommand(listener);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener);
    await platform.desktop.preferences.set({ authorName: 'Ann' });
    expect(bridge.preferences.set).toHaveBeenCalledWith({ authorName: 'Ann' });
    expect(platform.platformName).toBe('darwin');
  });
});
