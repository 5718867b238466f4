/**
 * Compare With…: the open dialog reads a map for the page that asked, and nothing else
 * happens to it: it is not the window's document, goes to no other window, joins no recent
 * list, is not watched, and its token only reads.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type OpenFileResult } from '../../../../src/ipc/contract.ts';
import { mapText } from '../../node/helpers.ts';
import { openIn, readyWindow, setupDesktop, setupIpc, writeMap } from './fakes.ts';

describe('reading a map to compare with', () => {
  it('hands the page the text with a read-only token, and opens nothing', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const mine = await writeMap(env, 'mine.touchmap', 'Mine');
    await openIn(env, one, mine);
    const theirs = await writeMap(env, 'theirs.touchmap', 'Theirs');
    env.shell.openAnswers.push(theirs);
    const result = await env.desktop.documents.readFromDialog(one);
    expect(result).toEqual({
      status: 'opened',
      file: expect.objectContaining({ name: 'theirs.touchmap' }),
      text: mapText('Theirs'),
    });
    if (result.status !== 'opened') return;
    expect(env.desktop.grants.resolve(one, result.file.token)?.access).toBe('read');
    expect(env.desktop.windows.get(one)?.documentPath).toBe(mine);
    expect(env.shell.windows).toHaveLength(1);
    expect(env.preferences.recentFiles()).toEqual([mine]);
    expect(env.watching.watches.has(theirs)).toBe(false);
  });

  it('answers cancelled, and says why a file is not a map, keeping its content in main', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    expect(await env.desktop.documents.readFromDialog(one)).toEqual({ status: 'cancelled' });
    const secret = join(env.dir, 'notes.touchmap');
    await writeFile(secret, 'not a map, private');
    env.shell.openAnswers.push(secret);
    const failed = await env.desktop.documents.readFromDialog(one);
    expect(failed).toMatchObject({ status: 'failed', reason: 'not-json' });
    expect(JSON.stringify(failed)).not.toContain('private');
    expect(env.desktop.grants.count(one)).toBe(0);
  });

  it('is reached through its own IPC channel, which takes no payload', async () => {
    const env = await setupIpc('touchmap-compare-ipc-');
    const path = await writeMap(env, 'theirs.touchmap', 'Theirs');
    env.shell.openAnswers.push(path);
    const result = (await env.call(CHANNELS.readFileFromDialog, env.one)) as OpenFileResult;
    expect(result).toMatchObject({ status: 'opened', text: mapText('Theirs') });
    expect(env.desktop.windows.get(env.one)?.documentPath).toBeNull();
    await expect(env.call(CHANNELS.readFileFromDialog, env.one, { path })).rejects.toThrow();
  });
});
