/** Saving: the conflict check and backups, Save As, and never overwriting a newer format. */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapText } from '../node/helpers.ts';
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
