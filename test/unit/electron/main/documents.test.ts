/** Opening maps: where a file goes, what a window gets for it, and why a file cannot open. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS, type IncomingDocument } from '../../../../src/ipc/contract.ts';
import { readStamp } from '../../../../src/node/document-files.ts';
import { mapText } from '../../node/helpers.ts';
import { fixture, openIn, readyWindow, setupDesktop, writeMap } from './fakes.ts';

describe('opening', () => {
  it('loads a file into the empty window that asked, and remembers it', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'hotel.touchmap');
    const result = await openIn(env, one, path);
    expect(result).toEqual({
      status: 'opened',
      file: expect.objectContaining({ name: 'hotel.touchmap' }),
      text: mapText('hotel.touchmap'),
    });
    expect(env.desktop.windows.get(one)?.documentPath).toBe(path);
    expect(env.preferences.recentFiles()).toEqual([path]);
    expect(env.shell.recentDocuments).toEqual([path]);
    expect(env.watching.watches.has(path)).toBe(true);
    expect(env.shell.states.get(one)?.representedPath).toBe(path);
  });

  it('sends a second file to a new window, delivered once its page is ready', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    await openIn(env, one, await writeMap(env, 'a.touchmap'));
    const b = await writeMap(env, 'b.touchmap', 'B');
    expect(await openIn(env, one, b)).toEqual({ status: 'elsewhere' });
    const two = env.shell.windows[1]!;
    expect(env.shell.sentTo(two)).toEqual([]); // not ready yet: held
    env.desktop.lifecycle.windowReady(two);
    const [incoming] = env.shell.sentTo(two, EVENTS.openDocument) as IncomingDocument[];
    expect(incoming).toEqual({
      kind: 'file',
      text: mapText('B'),
      file: expect.objectContaining({ name: 'b.touchmap' }),
    });
    // The token works for that window only.
    if (incoming?.kind !== 'file') throw new Error('no file');
    expect(env.desktop.grants.resolve(two, incoming.file.token)?.path).toBe(b);
    expect(env.desktop.grants.resolve(one, incoming.file.token)).toBeNull();
  });

  it('focuses the window that already has the file', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const two = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    await openIn(env, one, path);
    env.shell.focusedLog = [];
    expect(await openIn(env, two, path)).toEqual({ status: 'elsewhere' });
    expect(env.shell.focusedLog).toEqual([one]);
  });

  it('refuses a broken or too-new file with the reason, sending neither its text nor a token', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = join(env.dir, 'future.touchmap');
    const original = await readFile(fixture('invalid/too-new.touchmap'), 'utf8');
    await writeFile(path, original);
    const result = await openIn(env, one, path);
    expect(result).toEqual({
      status: 'failed',
      reason: 'too-new',
      message: expect.stringMatching(/format version 99.*Update Touchmap to open it\.$/),
    });
    expect(JSON.stringify(result)).not.toContain('lanes3d'); // the content stayed in main
    expect(env.desktop.grants.count(one)).toBe(0);
    expect(env.desktop.windows.get(one)?.documentPath).toBeNull();
    expect(env.shell.messages).toEqual([]); // the page that asked shows it
    expect(await readFile(path, 'utf8')).toBe(original);

    const secret = join(env.dir, 'notes.txt');
    await writeFile(secret, 'not a map, private');
    env.shell.openAnswers.push(secret);
    const notJson = await env.desktop.documents.openFromDialog(one);
    expect(notJson).toMatchObject({ status: 'failed', reason: 'not-json' });
    expect(JSON.stringify(notJson)).not.toContain('private');
  });

  it('says why a file cannot be read, and drops a missing one from the recent list', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const gone = join(env.dir, 'gone.touchmap');
    env.preferences.setRecentFiles([gone]);
    const [recent] = env.desktop.menus.listRecentFiles(one);
    expect(await env.desktop.documents.openRecent(one, recent!.token)).toEqual({
      status: 'failed',
      reason: 'unreadable',
      message: 'The file cannot be read: no such file.',
    });
    expect(env.preferences.recentFiles()).toEqual([]);
  });

  it('reloads a file changed on disk', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await writeFile(path, mapText('Theirs'));
    // The watcher reports it to the window.
    env.watching.watches.get(path)!.onChange({ kind: 'modified', stamp: (await readStamp(path))! });
    expect(env.shell.sentTo(one, EVENTS.fileChanged)).toEqual([
      { file: opened.file, change: 'modified' },
    ]);
    const reloaded = await env.desktop.documents.reloadFile(one, opened.file.token);
    expect(reloaded).toMatchObject({
      status: 'opened',
      text: mapText('Theirs'),
      file: opened.file,
    });
    // Now saving is not a conflict.
    const saved = await env.desktop.saving.saveFile(one, {
      file: opened.file,
      text: mapText('Mine'),
      suggestedName: 'a',
      force: false,
    });
    expect(saved.status).toBe('saved');
  });
});

describe('other ways in', () => {
  it('dropped maps: the first for the page, each other in a window of its own', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const a = await writeMap(env, 'a.touchmap', 'A');
    const b = await writeMap(env, 'b.touchmap', 'B');
    const result = await env.desktop.documents.openDropped(one, [a, join(env.dir, 'x.txt'), b, a]);
    expect(result).toMatchObject({ status: 'opened', text: mapText('A') });
    expect(env.shell.windows).toHaveLength(2);
    const two = env.shell.windows[1]!;
    expect(env.desktop.windows.get(two)?.documentPath).toBe(b);
    await expect(env.desktop.documents.openDropped(99, [a])).rejects.toThrow(/Unknown window/);
  });

  it('File > Open with no window opens the file in a new one, the dialog in Documents', async () => {
    const env = await setupDesktop();
    const path = await writeMap(env, 'a.touchmap');
    env.shell.focused = null;
    env.shell.openAnswers.push(path);
    await env.desktop.documents.openFromMenu();
    expect(env.shell.openOptions[0]?.defaultPath).toBe(env.dir);
    expect(env.shell.windows).toHaveLength(1);
    const one = env.shell.windows[0]!;
    expect(env.desktop.windows.get(one)?.documentPath).toBe(path);
    // Cancelled: nothing opens.
    await env.desktop.documents.openFromMenu();
    expect(env.shell.windows).toHaveLength(1);
  });

  it('opens the dialog beside the window’s file', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const folder = join(env.dir, 'journeys');
    await mkdir(folder);
    await openIn(env, one, await writeMap(env, join('journeys', 'a.touchmap')));
    await env.desktop.documents.openFromDialog(one);
    expect(env.shell.openOptions.map((o) => o.defaultPath)).toEqual([env.dir, folder]);
  });

  it('files from the system go to the focused empty window; an open one is focused', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const a = await writeMap(env, 'a.touchmap', 'A');
    await env.desktop.documents.openPaths([a]);
    expect(env.shell.sentTo(one, EVENTS.openDocument)).toEqual([
      expect.objectContaining({ kind: 'file', text: mapText('A') }),
    ]);
    readyWindow(env.desktop);
    env.shell.focusedLog = [];
    await env.desktop.documents.openPaths([a]);
    expect(env.shell.focusedLog).toEqual([one]);
    expect(env.shell.windows).toHaveLength(2);
  });
});
