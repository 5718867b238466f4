/**
 * The preload, run against a fake `electron` module: it exposes exactly the TouchmapBridge as
 * `window.touchmap`, never ipcRenderer or a generic invoke, and each method sends its own
 * channel with a clean payload.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS, type TouchmapBridge } from '../../../../src/ipc/contract.ts';

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (_channel: string, _payload?: unknown): Promise<unknown> => 'reply'),
    listeners,
    emit(channel: string, payload: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'SECRET' }, payload);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      if (!fake.listeners.has(channel)) fake.listeners.set(channel, new Set());
      fake.listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      fake.listeners.get(channel)?.delete(listener);
    },
  },
  webUtils: {
    getPathForFile: (file: { path?: string }) => file.path ?? '',
  },
}));

let bridge: TouchmapBridge;

beforeAll(async () => {
  await import('../../../../electron/preload/index.ts');
  bridge = fake.exposed.get('touchmap') as TouchmapBridge;
});

const lastCall = () => fake.invoke.mock.calls.at(-1);

describe('the preload', () => {
  it('exposes window.touchmap and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['touchmap']);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'platform',
        'versions',
        'ready',
        'openFile',
        'readFileFromDialog',
        'openRecentFile',
        'openDroppedFiles',
        'reloadFile',
        'listRecentFiles',
        'clearRecentFiles',
        'saveFile',
        'exportFile',
        'showInFolder',
        'drafts',
        'setDocumentState',
        'preferences',
        'getFallbackFont',
        'chooseFallbackFont',
        'clearFallbackFont',
        'readFallbackFont',
        'onMenuCommand',
        'onOpenDocument',
        'onFileChanged',
        'onCloseRequest',
        'respondToCloseRequest',
        'readRecentPreview',
        'onDraftFlushRequest',
        'respondToDraftFlush',
        'openMapInNewWindow',
        'sessions',
      ].sort(),
    );
    expect(Object.keys(bridge.sessions).sort()).toEqual(['found', 'join', 'share']);
    expect(Object.keys(bridge.drafts).sort()).toEqual([
      'list',
      'openInNewWindow',
      'remove',
      'write',
    ]);
    expect(Object.keys(bridge.preferences).sort()).toEqual(['get', 'onChange', 'set']);
    const flat = JSON.stringify(Object.keys(bridge)).toLowerCase();
    expect(flat).not.toMatch(/ipc|invoke|send|require|path/);
  });

  it('sends each action on its own channel', async () => {
    const file = { token: 'T'.repeat(32), name: 'a.touchmap' };
    const cases: [() => Promise<unknown>, string, unknown][] = [
      [() => bridge.ready(), CHANNELS.ready, undefined],
      [() => bridge.openFile(), CHANNELS.openFile, undefined],
      [() => bridge.readFileFromDialog(), CHANNELS.readFileFromDialog, undefined],
      [() => bridge.openRecentFile(file), CHANNELS.openRecentFile, { file }],
      [() => bridge.reloadFile(file), CHANNELS.reloadFile, { file }],
      [() => bridge.listRecentFiles(), CHANNELS.listRecentFiles, undefined],
      [() => bridge.clearRecentFiles(), CHANNELS.clearRecentFiles, undefined],
      [() => bridge.readRecentPreview(file), CHANNELS.readRecentPreview, { file }],
      [() => bridge.showInFolder(file), CHANNELS.showInFolder, { file }],
      [() => bridge.drafts.list(), CHANNELS.listDrafts, undefined],
      [() => bridge.drafts.remove('d1'), CHANNELS.removeDraft, { documentId: 'd1' }],
      [
        () => bridge.drafts.openInNewWindow('d1'),
        CHANNELS.openDraftInNewWindow,
        { documentId: 'd1' },
      ],
      [() => bridge.preferences.get(), CHANNELS.getPreferences, undefined],
      [
        () => bridge.preferences.set({ theme: 'dark' }),
        CHANNELS.setPreferences,
        { patch: { theme: 'dark' } },
      ],
      [() => bridge.getFallbackFont(), CHANNELS.getFallbackFont, undefined],
      [() => bridge.chooseFallbackFont(), CHANNELS.chooseFallbackFont, undefined],
      [() => bridge.clearFallbackFont(), CHANNELS.clearFallbackFont, undefined],
      [() => bridge.readFallbackFont(), CHANNELS.readFallbackFont, undefined],
      [
        () => bridge.respondToCloseRequest('r1234567', 'saved'),
        CHANNELS.respondToCloseRequest,
        { requestId: 'r1234567', outcome: 'saved' },
      ],
      [
        () => bridge.respondToDraftFlush('f1234567'),
        CHANNELS.respondToDraftFlush,
        { requestId: 'f1234567' },
      ],
      [() => bridge.openMapInNewWindow('{}'), CHANNELS.openMapInNewWindow, { text: '{}' }],
      [() => bridge.sessions.share(), CHANNELS.shareSession, undefined],
      [() => bridge.sessions.found(), CHANNELS.listFoundSessions, undefined],
      [
        () => bridge.sessions.join('http://10.0.0.2:5000/?session=x'),
        CHANNELS.joinSession,
        { link: 'http://10.0.0.2:5000/?session=x' },
      ],
    ];
    for (const [call, channel, payload] of cases) {
      expect(await call()).toBe('reply');
      expect(lastCall()).toEqual([channel, payload]);
    }
  });

  it('sends only the fields of the contract', async () => {
    const file = { token: 'T'.repeat(32), name: 'a.touchmap', path: '/leak' } as never;
    await bridge.saveFile({ file, text: 'x', suggestedName: 'a', force: false, extra: 1 } as never);
    expect(lastCall()).toEqual([
      CHANNELS.saveFile,
      {
        file: { token: 'T'.repeat(32), name: 'a.touchmap' },
        text: 'x',
        suggestedName: 'a',
        force: false,
      },
    ]);
    await bridge.setDocumentState({ title: 't', fileName: null, dirty: true, more: 2 } as never);
    expect(lastCall()).toEqual([
      CHANNELS.setDocumentState,
      { title: 't', fileName: null, dirty: true },
    ]);
    await bridge.drafts.write({
      documentId: 'd',
      title: 't',
      file: null,
      text: 'x',
      savedAt: 's',
      x: 1,
    } as never);
    expect(lastCall()).toEqual([
      CHANNELS.writeDraft,
      { draft: { documentId: 'd', title: 't', file: null, text: 'x', savedAt: 's' } },
    ]);
    const bytes = new Uint8Array([1]);
    await bridge.exportFile({ bytes, suggestedName: 'm', mimeType: 'application/pdf' });
    expect(lastCall()).toEqual([
      CHANNELS.exportFile,
      { bytes, suggestedName: 'm', mimeType: 'application/pdf' },
    ]);
    await bridge.readRecentPreview(file);
    expect(lastCall()).toEqual([
      CHANNELS.readRecentPreview,
      { file: { token: 'T'.repeat(32), name: 'a.touchmap' } },
    ]);
  });

  it('turns dropped files into paths here, skipping what is not a file', async () => {
    const files = [
      { path: '/maps/a.touchmap' },
      {},
      { path: '/maps/b.touchmap' },
    ] as unknown as File[];
    await bridge.openDroppedFiles(files);
    expect(lastCall()).toEqual([
      CHANNELS.openDroppedFiles,
      { paths: ['/maps/a.touchmap', '/maps/b.touchmap'] },
    ]);
    const calls = fake.invoke.mock.calls.length;
    expect(await bridge.openDroppedFiles([{} as File])).toEqual({ status: 'cancelled' });
    expect(fake.invoke.mock.calls.length).toBe(calls);
  });

  it('passes event payloads to listeners, never the IPC event, and unsubscribes', () => {
    const subscriptions: [(l: (p: unknown) => void) => () => void, string][] = [
      [(l) => bridge.onMenuCommand(l), EVENTS.menuCommand],
      [(l) => bridge.onOpenDocument(l), EVENTS.openDocument],
      [(l) => bridge.onFileChanged(l), EVENTS.fileChanged],
      [(l) => bridge.onCloseRequest(l), EVENTS.closeRequest],
      [(l) => bridge.onDraftFlushRequest(l), EVENTS.draftFlushRequest],
      [(l) => bridge.preferences.onChange(l), EVENTS.preferencesChanged],
    ];
    for (const [subscribe, channel] of subscriptions) {
      const listener = vi.fn();
      const unsubscribe = subscribe(listener);
      fake.emit(channel, { hello: channel });
      expect(listener).toHaveBeenCalledWith({ hello: channel });
      expect(JSON.stringify(listener.mock.calls)).not.toContain('SECRET');
      unsubscribe();
      fake.emit(channel, 'again');
      expect(listener).toHaveBeenCalledTimes(1);
    }
  });
});
