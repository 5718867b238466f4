import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type FileRef, type OpenFileResult } from '../../../../src/ipc/contract.ts';
import {
  IpcRefusedError,
  checkSender,
  registerIpcHandlers,
  type Handler,
} from '../../../../electron/main/ipc-handlers.ts';
import { mapText } from '../../node/helpers.ts';
import { INDEX_URL, eventFrom, setupIpc } from './fakes.ts';

const setup = () => setupIpc('touchmap-ipc-');

async function openedIn(
  env: Awaited<ReturnType<typeof setup>>,
  windowId: number,
  name = 'map.touchmap',
): Promise<{ file: FileRef; path: string }> {
  const path = join(env.dir, name);
  await writeFile(path, mapText('Opened'));
  env.shell.openAnswers.push(path);
  const result = (await env.call(CHANNELS.openFile, windowId)) as OpenFileResult;
  if (result.status !== 'opened') throw new Error(`not opened: ${result.status}`);
  return { file: result.file, path };
}

describe('every channel', () => {
  it('has a handler, and all are registered with ipcMain', async () => {
    const { handlers } = await setup();
    expect(Object.keys(handlers).sort()).toEqual(Object.values(CHANNELS).sort());
    const handle = vi.fn();
    registerIpcHandlers({ handle }, handlers);
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      Object.values(CHANNELS).sort(),
    );
  });

  it('logs a refusal in main and passes the error to the page', async () => {
    const { handlers } = await setup();
    const registered = new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>();
    const log = vi.fn();
    registerIpcHandlers(
      { handle: (c: string, h: never) => registered.set(c, h) } as never,
      handlers,
      log,
    );
    const foreign = {
      sender: { id: 101 },
      senderFrame: { url: 'https://evil.test/', parent: null },
    };
    await expect(registered.get(CHANNELS.listDrafts)!(foreign)).rejects.toThrow(IpcRefusedError);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('touchmap:drafts:list: Refused'));
  });
});

describe('the sender check', () => {
  it('accepts the top frame of our page in our window', async () => {
    const { policy, one } = await setup();
    expect(checkSender(eventFrom(one), policy)).toBe(one);
    expect(checkSender(eventFrom(one, `${INDEX_URL}#/x`), policy)).toBe(one);
  });

  it.each([
    ['another site', eventFrom(1, 'https://evil.test/index.html')],
    ['another local file', eventFrom(1, 'file:///tmp/index.html')],
    ['an iframe of our page', eventFrom(1, INDEX_URL, { url: INDEX_URL })],
    ['a frame that is gone', { sender: { id: 101 }, senderFrame: null }],
    [
      'a webContents we did not create',
      { sender: { id: 999 }, senderFrame: { url: INDEX_URL, parent: null } },
    ],
  ])('refuses %s, before doing anything', async (_name, event) => {
    const { handlers, shell } = await setup();
    shell.openAnswers.push('/should/not/be/used.touchmap');
    await expect(handlers[CHANNELS.openFile](event)).rejects.toThrow(IpcRefusedError);
    expect(shell.openAnswers).toHaveLength(1); // no dialog was shown
  });
});

describe('payload validation', () => {
  it.each([
    [CHANNELS.saveFile, { file: null, text: 'x', suggestedName: 'a' }], // no force
    [CHANNELS.saveFile, { file: null, text: 42, suggestedName: 'a', force: false }],
    [
      CHANNELS.saveFile,
      { file: null, text: 'x', suggestedName: 'a', force: false, path: '/etc/x' },
    ],
    [
      CHANNELS.saveFile,
      { file: { token: '../../etc', name: 'x' }, text: 'x', suggestedName: 'a', force: false },
    ],
    [CHANNELS.saveFile, 'just a string'],
    [CHANNELS.exportFile, { bytes: [1, 2, 3], suggestedName: 'a', mimeType: 'application/pdf' }],
    [CHANNELS.exportFile, { bytes: new Uint8Array(1), suggestedName: 'a', mimeType: 'text/html' }],
    [
      CHANNELS.writeDraft,
      {
        draft: {
          documentId: '../evil',
          title: '',
          file: null,
          text: '',
          savedAt: '2026-01-01T00:00:00Z',
        },
      },
    ],
    [
      CHANNELS.writeDraft,
      { draft: { documentId: 'd', title: '', file: null, text: '', savedAt: 'yesterday' } },
    ],
    [CHANNELS.setDocumentState, { title: 'x', fileName: null }],
    [CHANNELS.setPreferences, { patch: { theme: 'neon' } }],
    [CHANNELS.setPreferences, { patch: { recentFiles: ['/x'] } }],
    [CHANNELS.openDroppedFiles, { paths: [] }],
    [CHANNELS.respondToCloseRequest, { requestId: 'abcdefgh', outcome: 'maybe' }],
    [CHANNELS.listDrafts, { unexpected: true }],
  ])('refuses a wrong shape on %s', async (channel, payload) => {
    const { call, one, shell } = await setup();
    await expect(call(channel, one, payload)).rejects.toThrow(/^Refused: invalid request on /);
    expect(shell.saveAnswers).toHaveLength(0);
  });

  it('never echoes the value it refused', async () => {
    const { call, one } = await setup();
    const error = await call(CHANNELS.setDocumentState, one, {
      title: 'SECRET',
      fileName: 3,
      dirty: true,
    }).catch((e: Error) => e);
    expect(String(error)).not.toContain('SECRET');
  });
});

describe('file tokens', () => {
  it('a granted token works: open, then save over it', async () => {
    const env = await setup();
    const { file, path } = await openedIn(env, env.one);
    expect(file.name).toBe('map.touchmap');
    const text = mapText('Saved');
    const saved = await env.call(CHANNELS.saveFile, env.one, {
      file,
      text,
      suggestedName: 'x',
      force: false,
    });
    expect(saved).toEqual({ status: 'saved', file });
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('refuses a token granted to another window, and unknown tokens', async () => {
    const env = await setup();
    const { file, path } = await openedIn(env, env.one);
    const request = { file, text: mapText('Intruder'), suggestedName: 'x', force: true };
    await expect(env.call(CHANNELS.saveFile, env.two, request)).rejects.toThrow(
      /not given that file/,
    );
    await expect(env.call(CHANNELS.reloadFile, env.two, { file })).rejects.toThrow(
      /not given that file/,
    );
    await expect(env.call(CHANNELS.showInFolder, env.two, { file })).rejects.toThrow(
      /not given that file/,
    );
    const forged = { token: 'A'.repeat(32), name: 'map.touchmap' };
    await expect(
      env.call(CHANNELS.saveFile, env.one, { ...request, file: forged }),
    ).rejects.toThrow(/not given that file/);
    expect(await readFile(path, 'utf8')).toBe(mapText('Opened'));
  });

  it('refuses to save over an exported file, and over a recent file not opened', async () => {
    const env = await setup();
    const pdf = join(env.dir, 'out.pdf');
    env.shell.saveAnswers.push(pdf);
    const exported = (await env.call(CHANNELS.exportFile, env.one, {
      bytes: new Uint8Array([37, 80, 68, 70]),
      suggestedName: 'Map',
      mimeType: 'application/pdf',
    })) as { status: string; file: FileRef };
    expect(exported.status).toBe('saved');
    expect(await readFile(pdf, 'latin1')).toBe('%PDF');
    await expect(
      env.call(CHANNELS.saveFile, env.one, {
        file: exported.file,
        text: mapText('x'),
        suggestedName: 'x',
        force: true,
      }),
    ).rejects.toThrow(/may not do that/);
    await env.call(CHANNELS.showInFolder, env.one, { file: exported.file });
    expect(env.shell.shownInFolder).toEqual([pdf]);

    env.preferences.setRecentFiles([join(env.dir, 'recent.touchmap')]);
    await writeFile(join(env.dir, 'recent.touchmap'), mapText('Recent'));
    const [recent] = (await env.call(CHANNELS.listRecentFiles, env.two)) as FileRef[];
    const refused = await env.call(CHANNELS.saveFile, env.two, {
      file: recent,
      text: mapText('Overwrite'),
      suggestedName: 'x',
      force: true,
    });
    expect(refused).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/read-only/),
    });
    const opened = (await env.call(CHANNELS.openRecentFile, env.two, {
      file: recent,
    })) as OpenFileResult;
    expect(opened).toEqual({ status: 'opened', file: recent, text: mapText('Recent') });
  });

  it('refuses draft operations on a draft another window holds', async () => {
    const env = await setup();
    const draft = {
      documentId: 'doc-1',
      title: 'T',
      file: null,
      text: mapText('D'),
      savedAt: '2026-01-01T00:00:00.000Z',
    };
    await env.call(CHANNELS.writeDraft, env.one, { draft });
    await expect(env.call(CHANNELS.writeDraft, env.two, { draft })).rejects.toThrow(
      /another window/,
    );
    await expect(env.call(CHANNELS.removeDraft, env.two, { documentId: 'doc-1' })).rejects.toThrow(
      /another window/,
    );
  });

  it('refuses close answers for another window', async () => {
    const env = await setup();
    await expect(
      env.call(CHANNELS.respondToCloseRequest, env.one, {
        requestId: 'abcdefghijkl',
        outcome: 'saved',
      }),
    ).rejects.toThrow(/no such close request/);
  });
});

describe('handlers reach the modules', () => {
  it('ready, state, preferences', async () => {
    const env = await setup();
    const fresh = env.desktop.context.newWindow();
    const info = (await env.call(CHANNELS.ready, fresh.id)) as { offerDraftRecovery: boolean };
    expect(info.offerDraftRecovery).toBe(false); // window one had the offer
    await env.call(CHANNELS.setDocumentState, env.one, {
      title: 'Hotel',
      fileName: null,
      dirty: true,
    });
    expect(env.shell.states.get(env.one)?.title).toBe('• Hotel — Touchmap');
    const prefs = await env.call(CHANNELS.setPreferences, env.one, { patch: { theme: 'dark' } });
    expect(prefs).toMatchObject({ theme: 'dark' });
    expect(await env.call(CHANNELS.getPreferences, env.two)).toMatchObject({ theme: 'dark' });
  });

  it('dropped files: absolute paths of maps only', async () => {
    const env = await setup();
    const path = join(env.dir, 'dropped.touchmap');
    await writeFile(path, mapText('Dropped'));
    // The paths come from the page's process: nothing but maps is ever read for it.
    const secret = join(env.dir, 'id_rsa');
    await writeFile(secret, 'PRIVATE KEY');
    for (const paths of [['relative.touchmap'], [secret], ['/etc/passwd']]) {
      expect(await env.call(CHANNELS.openDroppedFiles, env.one, { paths })).toEqual({
        status: 'cancelled',
      });
    }
    expect(await env.call(CHANNELS.openDroppedFiles, env.one, { paths: [path] })).toMatchObject({
      status: 'opened',
      file: { name: 'dropped.touchmap' },
    });
  });
});

// Keep the Handler type honest: handlers take (event, payload) only.
const _typecheck: Handler = async () => undefined;
void _typecheck;
