/** Saving: the conflict check and backups, Save As, and never overwriting a newer format. */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapText } from '../../node/helpers.ts';
import { fixture, openIn, readyWindow, setupDesktop, writeMap } from './fakes.ts';

describe('saving', () => {
  it('reports a conflict when the file changed since it was opened, and overwrites when forced', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap', 'Original');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await writeFile(path, mapText('Teammate'));
    const request = { file: opened.file, text: mapText('Mine'), suggestedName: 'a', force: false };
    expect(await env.desktop.saving.saveFile(one, request)).toEqual({
      status: 'conflict',
      file: opened.file,
    });
    expect(await readFile(path, 'utf8')).toBe(mapText('Teammate'));
    expect(await env.desktop.saving.saveFile(one, { ...request, force: true })).toEqual({
      status: 'saved',
      file: opened.file,
    });
    expect(await readFile(path, 'utf8')).toBe(mapText('Mine'));
    // The teammate's version is kept as a backup, outside the maps folder.
    const backups = await readdir(env.backupFolder);
    expect(backups).toHaveLength(1);
    expect(await readFile(join(env.backupFolder, backups[0]!), 'utf8')).toBe(mapText('Teammate'));
    expect((await readdir(env.dir)).filter((n) => n !== 'app-data')).toEqual(['a.touchmap']);
  });

  it('Save As asks where, adds the extension, and makes that file the document', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    env.shell.saveAnswers.push(join(env.dir, 'New map'));
    const saved = await env.desktop.saving.saveFile(one, {
      file: null,
      text: mapText('New'),
      suggestedName: 'New map',
      force: false,
    });
    const path = join(env.dir, 'New map.touchmap');
    expect(saved).toMatchObject({ status: 'saved', file: { name: 'New map.touchmap' } });
    expect(await readFile(path, 'utf8')).toBe(mapText('New'));
    expect(env.desktop.windows.get(one)?.documentPath).toBe(path);
    expect(env.preferences.recentFiles()).toEqual([path]);
  });

  it('Save As does not overwrite a file whose name it completed without asking', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const existing = await writeMap(env, 'taken.touchmap', 'Taken');
    env.shell.saveAnswers.push(join(env.dir, 'taken'));
    const result = await env.desktop.saving.saveFile(one, {
      file: null,
      text: mapText('New'),
      suggestedName: 'x',
      force: false,
    });
    expect(result).toMatchObject({ status: 'conflict', file: { name: 'taken.touchmap' } });
    expect(await readFile(existing, 'utf8')).toBe(mapText('Taken'));
  });

  it('Save As refuses a file open in another window; cancelling writes nothing', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const two = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    await openIn(env, one, path);
    env.shell.saveAnswers.push(path, null);
    const request = { file: null, text: mapText('X'), suggestedName: 'a', force: false };
    expect(await env.desktop.saving.saveFile(two, request)).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/open in another window/),
    });
    expect(await env.desktop.saving.saveFile(two, request)).toEqual({ status: 'cancelled' });
  });

  it('refuses to write a text that is not a valid map', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    const result = await env.desktop.saving.saveFile(one, {
      file: opened.file,
      text: '{"format": "touchmap"',
      suggestedName: 'a',
      force: true,
    });
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/not a valid map/),
    });
    expect(await readFile(path, 'utf8')).toBe(mapText('a.touchmap'));
  });

  it('never saves over a file a newer version wrote meanwhile, even when forced', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    const newer = await readFile(fixture('invalid/too-new.touchmap'), 'utf8');
    await writeFile(path, newer);
    const request = { file: opened.file, text: mapText('Mine'), suggestedName: 'a', force: false };
    expect((await env.desktop.saving.saveFile(one, request)).status).toBe('conflict');
    const forced = await env.desktop.saving.saveFile(one, { ...request, force: true });
    expect(forced).toMatchObject({ status: 'failed', message: expect.stringMatching(/Save As/) });
    expect(await readFile(path, 'utf8')).toBe(newer);
    expect(await env.desktop.documents.reloadFile(one, opened.file.token)).toMatchObject({
      status: 'failed',
      reason: 'too-new',
    });
    // Save As still works, to another file.
    env.shell.saveAnswers.push(join(env.dir, 'mine.touchmap'));
    expect((await env.desktop.saving.saveFile(one, { ...request, file: null })).status).toBe(
      'saved',
    );
  });

  it('lets a file broken on disk be overwritten after the conflict prompt', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await writeFile(path, '{"format": "touchmap", "vers');
    expect(await env.desktop.documents.reloadFile(one, opened.file.token)).toMatchObject({
      reason: 'not-json',
    });
    const request = { file: opened.file, text: mapText('Mine'), suggestedName: 'a', force: false };
    expect((await env.desktop.saving.saveFile(one, request)).status).toBe('conflict');
    expect((await env.desktop.saving.saveFile(one, { ...request, force: true })).status).toBe(
      'saved',
    );
    expect(await readFile(path, 'utf8')).toBe(mapText('Mine'));
  });
});

describe('exporting', () => {
  it('writes the bytes where the user chose, with the extension, for showing in its folder only', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const request = {
      bytes: new Uint8Array([37, 80, 68, 70]),
      suggestedName: 'Hotel',
      mimeType: 'application/pdf' as const,
    };
    expect(await env.desktop.saving.exportFile(one, request)).toEqual({ status: 'cancelled' });
    const folder = join(env.dir, 'exports');
    await mkdir(folder);
    env.shell.saveAnswers.push(join(folder, 'Hotel'));
    const result = await env.desktop.saving.exportFile(one, request);
    if (result.status !== 'saved') throw new Error(`not saved: ${result.status}`);
    expect(result.file.name).toBe('Hotel.pdf');
    expect(await readFile(join(folder, 'Hotel.pdf'))).toEqual(Buffer.from([37, 80, 68, 70]));
    // The token only shows the file; it cannot be read or saved over.
    env.desktop.saving.showInFolder(one, result.file.token);
    expect(env.shell.shownInFolder).toEqual([join(folder, 'Hotel.pdf')]);
    await expect(env.desktop.documents.reloadFile(one, result.file.token)).rejects.toThrow();
    // The next dialog opens where this one ended.
    expect(env.desktop.context.folderFor(env.desktop.windows.get(one))).toBe(folder);
  });

  it('says why an export could not be written', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    env.shell.saveAnswers.push(join(env.dir, 'missing-folder', 'Hotel.pdf'));
    const result = await env.desktop.saving.exportFile(one, {
      bytes: new Uint8Array([1]),
      suggestedName: 'Hotel',
      mimeType: 'application/pdf',
    });
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^The file could not be written: .+\.$/),
    });
  });

  it('shows only files the window was given', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const two = readyWindow(env.desktop);
    const opened = await openIn(env, one, await writeMap(env, 'a.touchmap'));
    if (opened.status !== 'opened') throw new Error('not opened');
    expect(() => env.desktop.saving.showInFolder(two, opened.file.token)).toThrow();
    expect(env.shell.shownInFolder).toEqual([]);
  });
});
