/**
 * The start screen's recent-map miniatures in the desktop app: main reads the map of a file
 * that is in the recent list now, and nothing else, through the sender check, the payload
 * schema and the window's grants; a file that cannot be read says why and stays listed.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type FileRef, type RecentPreview } from '../../../../src/ipc/contract.ts';
import { IpcRefusedError } from '../../../../electron/main/ipc-handlers.ts';
import { mapText } from '../../node/helpers.ts';
import { eventFrom, setupIpc } from './fakes.ts';

async function setup() {
  const env = await setupIpc('touchmap-preview-');
  const good = join(env.dir, 'hotel.touchmap');
  await writeFile(good, mapText('Hotel stay', 4));
  const broken = join(env.dir, 'broken.touchmap');
  await writeFile(broken, '{"format": "touchmap",');
  const gone = join(env.dir, 'gone.touchmap');
  env.preferences.setRecentFiles([good, broken, gone]);
  const listed = (await env.call(CHANNELS.listRecentFiles, env.one)) as FileRef[];
  const preview = async (file: FileRef, windowId = env.one) =>
    (await env.call(CHANNELS.readRecentPreview, windowId, { file })) as RecentPreview;
  return { ...env, listed, preview, paths: { good, broken, gone } };
}

describe('reading a recent map for its miniature', () => {
  it('gives the map of a listed file, and why a listed file has none; the list keeps them', async () => {
    const env = await setup();
    const [good, broken, gone] = env.listed;
    const read = await env.preview(good!);
    expect(read).toMatchObject({ status: 'read', map: { title: 'Hotel stay' } });
    expect(read.status === 'read' && read.map.touchpoints).toHaveLength(4);
    expect(await env.preview(broken!)).toEqual({ status: 'failed', problem: 'broken' });
    expect(await env.preview(gone!)).toEqual({ status: 'failed', problem: 'missing' });
    expect(env.preferences.recentFiles()).toEqual([
      env.paths.good,
      env.paths.broken,
      env.paths.gone,
    ]);
  });

  it('refuses a file that is no longer in the recent list, though the window holds it', async () => {
    const env = await setup();
    await env.call(CHANNELS.clearRecentFiles, env.one);
    await expect(env.preview(env.listed[0]!)).rejects.toThrow(/not in the recent list/);
  });

  it('refuses a file the window holds for another reason: its own saved map', async () => {
    const env = await setup();
    env.shell.saveAnswers.push(join(env.dir, 'saved.touchmap'));
    const saved = await env.call(CHANNELS.saveFile, env.one, {
      file: null,
      text: mapText('Saved'),
      suggestedName: 'saved',
      force: false,
    });
    expect(saved).toMatchObject({ status: 'saved' });
    // Saving put it at the top of the list: take it out, the window keeps its token.
    env.desktop.menus.removeRecent(join(env.dir, 'saved.touchmap'));
    const file = (saved as { file: FileRef }).file;
    await expect(env.preview(file)).rejects.toThrow(/not in the recent list/);
  });

  it('refuses tokens of another window, unknown tokens, bad payloads and foreign senders', async () => {
    const env = await setup();
    await expect(env.preview(env.listed[0]!, env.two)).rejects.toThrow(/not given that file/);
    const forged = { token: 'F'.repeat(32), name: 'hotel.touchmap' };
    await expect(env.preview(forged)).rejects.toThrow(/not given that file/);
    await expect(
      env.call(CHANNELS.readRecentPreview, env.one, { file: env.listed[0], path: '/etc' }),
    ).rejects.toThrow(IpcRefusedError);
    await expect(
      env.call(CHANNELS.readRecentPreview, env.one, { path: env.paths.good }),
    ).rejects.toThrow(IpcRefusedError);
    const iframe = eventFrom(env.one, undefined, { parent: true });
    await expect(
      env.handlers[CHANNELS.readRecentPreview](iframe, { file: env.listed[0] }),
    ).rejects.toThrow(/top frame/);
    const elsewhere = eventFrom(env.one, 'https://example.com/');
    await expect(
      env.handlers[CHANNELS.readRecentPreview](elsewhere, { file: env.listed[0] }),
    ).rejects.toThrow(/not the Touchmap page/);
  });
});
