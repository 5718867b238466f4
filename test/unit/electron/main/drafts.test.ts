/** Drafts: each window's own, orphans offered after a crash, removed after a clean close. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EVENTS } from '../../../../src/ipc/contract.ts';
import { mapText } from '../../node/helpers.ts';
import { draftOf, openIn, readyWindow, setupDesktop, writeMap } from './fakes.ts';

describe('drafts', () => {
  it('keeps each window’s drafts to itself, and offers orphans after a crash', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const two = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await env.desktop.drafts.writeDraft(one, draftOf('doc-one', opened.file));
    await env.desktop.drafts.writeDraft(two, draftOf('doc-two'));
    expect((await env.desktop.drafts.listDrafts(two)).drafts.map((d) => d.documentId)).toEqual([
      'doc-two',
    ]);

    // Window one's page crashes and is reloaded: its draft is offered again, with its file.
    env.desktop.lifecycle.windowCrashed(one);
    const info = env.desktop.lifecycle.windowReady(one);
    expect(info.offerDraftRecovery).toBe(true);
    const listing = await env.desktop.drafts.listDrafts(one);
    expect(listing.drafts.map((d) => d.documentId)).toEqual(['doc-one']);
    const recovered = listing.drafts[0]!;
    expect(recovered.file?.name).toBe('a.touchmap');
    // The draft remembers the file as it was: saving over it works while nobody changed it.
    const saved = await env.desktop.saving.saveFile(one, {
      file: recovered.file,
      text: mapText('Recovered'),
      suggestedName: 'a',
      force: false,
    });
    expect(saved.status).toBe('saved');
  });

  it('a recovered draft whose file changed since reports a conflict', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await env.desktop.drafts.writeDraft(one, draftOf('doc-one', opened.file));
    env.desktop.lifecycle.windowCrashed(one);
    env.desktop.lifecycle.windowClosed(one); // the app died with it
    await writeFile(path, mapText('Changed meanwhile'));
    const two = readyWindow(env.desktop);
    const [draft] = (await env.desktop.drafts.listDrafts(two)).drafts;
    expect(draft?.documentId).toBe('doc-one');
    const result = await env.desktop.saving.saveFile(two, {
      file: draft!.file,
      text: draft!.text,
      suggestedName: 'a',
      force: false,
    });
    expect(result.status).toBe('conflict');
  });

  it('removes the drafts of a window closed on purpose, and keeps those of a crash', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const two = readyWindow(env.desktop);
    await env.desktop.drafts.writeDraft(one, draftOf('doc-one'));
    await env.desktop.drafts.writeDraft(two, draftOf('doc-two'));
    expect(env.desktop.closing.onWindowClose(one)).toBe(true); // clean: closes
    env.desktop.lifecycle.windowClosed(one);
    env.desktop.lifecycle.windowCrashed(two);
    env.desktop.lifecycle.windowClosed(two);
    // Removal runs in the background: wait for it rather than for one timer tick.
    await vi.waitFor(async () => {
      const left = await env.drafts.list();
      expect(left.drafts.map((d) => d.documentId)).toEqual(['doc-two']);
    });
  });

  it('recovers a draft in a new window of its own', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    await env.drafts.write({
      documentId: 'orphan',
      title: 'Orphan',
      path: null,
      text: mapText('Orphan'),
      savedAt: '2026-01-01T00:00:00.000Z',
      baseStamp: null,
    });
    expect(await env.desktop.drafts.openDraftInNewWindow(one, 'orphan')).toBe(true);
    expect(await env.desktop.drafts.openDraftInNewWindow(one, 'missing')).toBe(false);
    const two = env.shell.windows[1]!;
    env.desktop.lifecycle.windowReady(two);
    expect(env.shell.sentTo(two, EVENTS.openDocument)).toEqual([
      {
        kind: 'draft',
        draft: {
          documentId: 'orphan',
          title: 'Orphan',
          file: null,
          text: mapText('Orphan'),
          savedAt: '2026-01-01T00:00:00.000Z',
        },
      },
    ]);
    // Window two holds it now.
    expect((await env.desktop.drafts.listDrafts(one)).drafts).toEqual([]);
  });

  it('lists the good drafts and counts the damaged ones', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    await env.desktop.drafts.writeDraft(one, draftOf('good'));
    await writeFile(join(env.drafts.folder, 'bad.json'), '{nope');
    const two = readyWindow(env.desktop);
    env.desktop.lifecycle.windowClosed(one); // gone without a goodbye: its draft is an orphan
    expect(await env.desktop.drafts.listDrafts(two)).toMatchObject({
      drafts: [{ documentId: 'good' }],
      skipped: 1,
    });
    expect(env.logs.some((l) => l.includes('bad.json'))).toBe(true);
  });
});

describe('draft ownership', () => {
  it('writes nothing for a window that is closing', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    expect(env.desktop.closing.onWindowClose(one)).toBe(true); // clean: closing
    await env.desktop.drafts.writeDraft(one, draftOf('late'));
    expect((await env.drafts.list()).drafts).toEqual([]);
  });

  it('removes a window’s own draft, and refuses another window’s', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const two = readyWindow(env.desktop);
    await env.desktop.drafts.writeDraft(one, draftOf('mine'));
    await expect(env.desktop.drafts.writeDraft(two, draftOf('mine'))).rejects.toThrow(
      /another window/,
    );
    await expect(env.desktop.drafts.removeDraft(two, 'mine')).rejects.toThrow(/another window/);
    await env.desktop.drafts.removeDraft(one, 'mine');
    expect((await env.drafts.list()).drafts).toEqual([]);
    // Gone from the owners too: another window may take the id now.
    await env.desktop.drafts.writeDraft(two, draftOf('mine'));
    expect((await env.drafts.list()).drafts.map((d) => d.documentId)).toEqual(['mine']);
  });

  it('a recovered draft of a file makes that file the window’s document, watched', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await env.desktop.drafts.writeDraft(one, draftOf('doc-one', opened.file));
    env.desktop.lifecycle.windowCrashed(one);
    env.desktop.lifecycle.windowClosed(one);
    expect(env.watching.watches.has(path)).toBe(false);
    const two = readyWindow(env.desktop);
    const [draft] = (await env.desktop.drafts.listDrafts(two)).drafts;
    await env.desktop.drafts.writeDraft(two, draftOf('doc-one', draft!.file));
    expect(env.desktop.windows.get(two)?.documentPath).toBe(path);
    expect(env.watching.watches.has(path)).toBe(true);
  });

  it('recovering a draft another window holds focuses that window', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const two = readyWindow(env.desktop);
    await env.desktop.drafts.writeDraft(two, draftOf('held'));
    env.shell.focusedLog = [];
    expect(await env.desktop.drafts.openDraftInNewWindow(one, 'held')).toBe(true);
    expect(env.shell.focusedLog).toEqual([two]);
    expect(env.shell.windows).toHaveLength(2);
  });

  it('recovers a draft of a file in a new window with the file granted and watched', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const path = await writeMap(env, 'a.touchmap');
    await env.drafts.write({
      documentId: 'orphan',
      title: 'Orphan',
      path,
      text: mapText('Orphan'),
      savedAt: '2026-01-01T00:00:00.000Z',
      baseStamp: null,
    });
    expect(await env.desktop.drafts.openDraftInNewWindow(one, 'orphan')).toBe(true);
    const two = env.shell.windows[1]!;
    expect(env.desktop.windows.get(two)?.documentPath).toBe(path);
    expect(env.watching.watches.has(path)).toBe(true);
    env.desktop.lifecycle.windowReady(two);
    const [incoming] = env.shell.sentTo(two, EVENTS.openDocument) as {
      draft: { file: { token: string } | null };
    }[];
    expect(env.desktop.grants.resolve(two, incoming!.draft.file!.token)).toMatchObject({
      path,
      access: 'edit',
    });
  });
});
