/** The composition root: one shared context, and each module reaching the others it needs. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../../src/ipc/contract.ts';
import { mapText } from '../../node/helpers.ts';
import { draftOf, readyWindow, settle, setupDesktop, writeMap } from './fakes.ts';

describe('createDesktop', () => {
  it('gives every module the same windows and grants', async () => {
    const env = await setupDesktop();
    expect(env.desktop.windows).toBe(env.desktop.context.windows);
    expect(env.desktop.grants).toBe(env.desktop.context.grants);
    const one = readyWindow(env.desktop);
    // A window made through the context is known to the modules that check windows.
    expect(env.desktop.menus.listRecentFiles(one)).toEqual([]);
    expect((await env.desktop.drafts.listDrafts(one)).drafts).toEqual([]);
  });

  it('File > Open in the menu opens through documents, and the recent list and menu follow', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap', 'A');
    env.shell.openAnswers.push(path);
    await env.desktop.menus.menuCommand('open');
    expect(env.desktop.windows.get(one)?.documentPath).toBe(path);
    expect(env.preferences.recentFiles()).toEqual([path]);
    expect(JSON.stringify(env.shell.menus.at(-1))).toContain('a.touchmap');
  });

  it('Save As makes the file the window’s document, watched, and recent', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = join(env.dir, 'b.touchmap');
    env.shell.saveAnswers.push(path);
    const saved = await env.desktop.saving.saveFile(one, {
      file: null,
      text: mapText('B'),
      suggestedName: 'b',
      force: false,
    });
    expect(saved.status).toBe('saved');
    expect(env.watching.watches.has(path)).toBe(true);
    expect(env.preferences.recentFiles()).toEqual([path]);
  });

  it('a window closing after Save was asked: the save counts as not done, its drafts are kept', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    env.desktop.lifecycle.setDocumentState(one, { title: 'Map', fileName: null, dirty: true });
    await env.desktop.drafts.writeDraft(one, draftOf('kept'));
    env.shell.boxAnswers.push(0); // Save
    env.desktop.closing.onWindowClose(one);
    await settle();
    const [request] = env.shell.sentTo(one, EVENTS.closeRequest) as { requestId: string }[];
    env.desktop.lifecycle.windowClosed(one);
    await settle();
    expect(env.shell.closed).toEqual([]);
    expect(() =>
      env.desktop.closing.respondToCloseRequest(one, request!.requestId, 'saved'),
    ).toThrow(/no such close request/);
    expect((await env.drafts.list()).drafts.map((d) => d.documentId)).toEqual(['kept']);
  });
});
