/** Start-up and the life of a window. */
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenRequestQueue } from '../../../electron/main/open-requests.ts';
import { fixture, settle, setupDesktop, writeMap } from './fakes.ts';

describe('start-up', () => {
  it('explains a broken file the system asked to open, in a message box', async () => {
    const env = await setupDesktop();
    const queue = new OpenRequestQueue();
    queue.push([fixture('invalid/schema-violations.touchmap')]);
    await env.desktop.lifecycle.start(queue);
    expect(env.shell.messages[0]?.options).toMatchObject({
      type: 'error',
      message: '“schema-violations.touchmap” cannot be opened.',
    });
    // No window took it, so start-up opened an empty one.
    expect(env.shell.windows).toHaveLength(1);
  });

  it('opens the files given at start-up, without an extra empty window', async () => {
    const env = await setupDesktop();
    const a = await writeMap(env, 'a.touchmap');
    const b = await writeMap(env, 'b.touchmap');
    const queue = new OpenRequestQueue();
    queue.push([a, b]);
    await env.desktop.lifecycle.start(queue);
    expect(env.shell.windows).toHaveLength(2);
    expect(env.desktop.windows.all().map((r) => r.documentPath)).toEqual([a, b]);
    // Later requests (second instance, macOS open-file) go straight through.
    queue.push([a]);
    await settle();
    expect(env.shell.windows).toHaveLength(2);
  });

  it('start-up cleans what a crash left and prunes the recent list', async () => {
    const env = await setupDesktop();
    const kept = await writeMap(env, 'kept.touchmap');
    env.preferences.setRecentFiles([join(env.dir, 'gone.touchmap'), kept]);
    await env.drafts.write({
      documentId: 'd',
      title: 't',
      path: null,
      text: 'x',
      savedAt: '2026-01-01T00:00:00.000Z',
      baseStamp: null,
    });
    const stale = join(env.drafts.folder, '.d.json.999999999.0123456789ab.tmp');
    await writeFile(stale, 'partial');
    await env.desktop.lifecycle.start(new OpenRequestQueue());
    await new Promise((r) => setTimeout(r, 50));
    expect(env.preferences.recentFiles()).toEqual([kept]);
    expect(await readdir(env.drafts.folder)).toEqual(['d.json']);
    await rm(kept);
  });
});
