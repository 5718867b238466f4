import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS, type FileRef, type IncomingDocument } from '../../../src/ipc/contract.ts';
import { OpenRequestQueue } from '../../../electron/main/open-requests.ts';
import { readStamp } from '../../../src/node/document-files.ts';
import { mapText, tempFolder } from '../node/helpers.ts';
import { makeController, readyWindow, settle } from './fakes.ts';

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url).pathname;

async function setup() {
  const dir = await tempFolder('touchmap-controller-');
  return { dir, ...makeController(dir) };
}

type Env = Awaited<ReturnType<typeof setup>>;

async function writeMap(env: Env, name: string, title = name): Promise<string> {
  const path = join(env.dir, name);
  await writeFile(path, mapText(title));
  return path;
}

async function openIn(env: Env, windowId: number, path: string) {
  env.shell.openAnswers.push(path);
  return env.controller.openFromDialog(windowId);
}

const draftOf = (documentId: string, file: FileRef | null = null, text = mapText('Draft')) => ({
  documentId,
  title: 'Draft map',
  file,
  text,
  savedAt: new Date().toISOString(),
});

describe('opening', () => {
  it('loads a file into the empty window that asked, and remembers it', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const path = await writeMap(env, 'hotel.touchmap');
    const result = await openIn(env, one, path);
    expect(result).toEqual({
      status: 'opened',
      file: expect.objectContaining({ name: 'hotel.touchmap' }),
      text: mapText('hotel.touchmap'),
    });
    expect(env.controller.windows.get(one)?.documentPath).toBe(path);
    expect(env.preferences.recentFiles()).toEqual([path]);
    expect(env.shell.recentDocuments).toEqual([path]);
    expect(env.watching.watches.has(path)).toBe(true);
    expect(env.shell.states.get(one)?.representedPath).toBe(path);
  });

  it('sends a second file to a new window, delivered once its page is ready', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    await openIn(env, one, await writeMap(env, 'a.touchmap'));
    const b = await writeMap(env, 'b.touchmap', 'B');
    expect(await openIn(env, one, b)).toEqual({ status: 'elsewhere' });
    const two = env.shell.windows[1]!;
    expect(env.shell.sentTo(two)).toEqual([]); // not ready yet: held
    env.controller.windowReady(two);
    const [incoming] = env.shell.sentTo(two, EVENTS.openDocument) as IncomingDocument[];
    expect(incoming).toEqual({
      kind: 'file',
      text: mapText('B'),
      file: expect.objectContaining({ name: 'b.touchmap' }),
    });
    // The token works for that window only.
    if (incoming?.kind !== 'file') throw new Error('no file');
    expect(env.controller.grants.resolve(two, incoming.file.token)?.path).toBe(b);
    expect(env.controller.grants.resolve(one, incoming.file.token)).toBeNull();
  });

  it('focuses the window that already has the file', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const two = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap');
    await openIn(env, one, path);
    env.shell.focusedLog = [];
    expect(await openIn(env, two, path)).toEqual({ status: 'elsewhere' });
    expect(env.shell.focusedLog).toEqual([one]);
  });

  it('refuses a broken or too-new file with the reason, sending neither its text nor a token', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const path = join(env.dir, 'future.touchmap');
    const original = await readFile(fixture('invalid/too-new.touchmap'), 'utf8');
    await writeFile(path, original);
    const result = await openIn(env, one, path);
    expect(result).toEqual({
      status: 'failed',
      reason: 'too-new',
      message: expect.stringMatching(/format version 99.*the file was not changed/),
    });
    expect(JSON.stringify(result)).not.toContain('lanes3d'); // the content stayed in main
    expect(env.controller.grants.count(one)).toBe(0);
    expect(env.controller.windows.get(one)?.documentPath).toBeNull();
    expect(env.shell.messages).toEqual([]); // the page that asked shows it
    expect(await readFile(path, 'utf8')).toBe(original);

    const secret = join(env.dir, 'notes.txt');
    await writeFile(secret, 'not a map, private');
    env.shell.openAnswers.push(secret);
    const notJson = await env.controller.openFromDialog(one);
    expect(notJson).toMatchObject({ status: 'failed', reason: 'not-json' });
    expect(JSON.stringify(notJson)).not.toContain('private');
  });

  it('never saves over a file a newer version wrote meanwhile, even when forced', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    const newer = await readFile(fixture('invalid/too-new.touchmap'), 'utf8');
    await writeFile(path, newer);
    const request = { file: opened.file, text: mapText('Mine'), suggestedName: 'a', force: false };
    expect((await env.controller.saveFile(one, request)).status).toBe('conflict');
    const forced = await env.controller.saveFile(one, { ...request, force: true });
    expect(forced).toMatchObject({ status: 'failed', message: expect.stringMatching(/Save As/) });
    expect(await readFile(path, 'utf8')).toBe(newer);
    expect(await env.controller.reloadFile(one, opened.file.token)).toMatchObject({
      status: 'failed',
      reason: 'too-new',
    });
    // Save As still works, to another file.
    env.shell.saveAnswers.push(join(env.dir, 'mine.touchmap'));
    expect((await env.controller.saveFile(one, { ...request, file: null })).status).toBe('saved');
  });

  it('lets a file broken on disk be overwritten after the conflict prompt', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await writeFile(path, '{"format": "touchmap", "vers');
    expect(await env.controller.reloadFile(one, opened.file.token)).toMatchObject({
      reason: 'not-json',
    });
    const request = { file: opened.file, text: mapText('Mine'), suggestedName: 'a', force: false };
    expect((await env.controller.saveFile(one, request)).status).toBe('conflict');
    expect((await env.controller.saveFile(one, { ...request, force: true })).status).toBe('saved');
    expect(await readFile(path, 'utf8')).toBe(mapText('Mine'));
  });

  it('explains a broken file the system asked to open, in a message box', async () => {
    const env = await setup();
    const queue = new OpenRequestQueue();
    queue.push([fixture('invalid/schema-violations.touchmap')]);
    await env.controller.start(queue);
    expect(env.shell.messages[0]?.options).toMatchObject({
      type: 'error',
      message: '“schema-violations.touchmap” cannot be opened.',
    });
    // No window took it, so start-up opened an empty one.
    expect(env.shell.windows).toHaveLength(1);
  });

  it('opens the files given at start-up, without an extra empty window', async () => {
    const env = await setup();
    const a = await writeMap(env, 'a.touchmap');
    const b = await writeMap(env, 'b.touchmap');
    const queue = new OpenRequestQueue();
    queue.push([a, b]);
    await env.controller.start(queue);
    expect(env.shell.windows).toHaveLength(2);
    expect(env.controller.windows.all().map((r) => r.documentPath)).toEqual([a, b]);
    // Later requests (second instance, macOS open-file) go straight through.
    queue.push([a]);
    await settle();
    expect(env.shell.windows).toHaveLength(2);
  });

  it('says why a file cannot be read, and drops a missing one from the recent list', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const gone = join(env.dir, 'gone.touchmap');
    env.preferences.setRecentFiles([gone]);
    const [recent] = env.controller.listRecentFiles(one);
    expect(await env.controller.openRecent(one, recent!.token)).toEqual({
      status: 'failed',
      reason: 'unreadable',
      message: 'The file cannot be read: no such file.',
    });
    expect(env.preferences.recentFiles()).toEqual([]);
  });

  it('reloads a file changed on disk', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await writeFile(path, mapText('Theirs'));
    // The watcher reports it to the window.
    env.watching.watches.get(path)!.onChange({ kind: 'modified', stamp: (await readStamp(path))! });
    expect(env.shell.sentTo(one, EVENTS.fileChanged)).toEqual([
      { file: opened.file, change: 'modified' },
    ]);
    const reloaded = await env.controller.reloadFile(one, opened.file.token);
    expect(reloaded).toMatchObject({
      status: 'opened',
      text: mapText('Theirs'),
      file: opened.file,
    });
    // Now saving is not a conflict.
    const saved = await env.controller.saveFile(one, {
      file: opened.file,
      text: mapText('Mine'),
      suggestedName: 'a',
      force: false,
    });
    expect(saved.status).toBe('saved');
  });
});

describe('saving', () => {
  it('reports a conflict when the file changed since it was opened, and overwrites when forced', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap', 'Original');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await writeFile(path, mapText('Teammate'));
    const request = { file: opened.file, text: mapText('Mine'), suggestedName: 'a', force: false };
    expect(await env.controller.saveFile(one, request)).toEqual({
      status: 'conflict',
      file: opened.file,
    });
    expect(await readFile(path, 'utf8')).toBe(mapText('Teammate'));
    expect(await env.controller.saveFile(one, { ...request, force: true })).toEqual({
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
    const env = await setup();
    const one = readyWindow(env.controller);
    env.shell.saveAnswers.push(join(env.dir, 'New map'));
    const saved = await env.controller.saveFile(one, {
      file: null,
      text: mapText('New'),
      suggestedName: 'New map',
      force: false,
    });
    const path = join(env.dir, 'New map.touchmap');
    expect(saved).toMatchObject({ status: 'saved', file: { name: 'New map.touchmap' } });
    expect(await readFile(path, 'utf8')).toBe(mapText('New'));
    expect(env.controller.windows.get(one)?.documentPath).toBe(path);
    expect(env.preferences.recentFiles()).toEqual([path]);
  });

  it('Save As does not overwrite a file whose name it completed without asking', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const existing = await writeMap(env, 'taken.touchmap', 'Taken');
    env.shell.saveAnswers.push(join(env.dir, 'taken'));
    const result = await env.controller.saveFile(one, {
      file: null,
      text: mapText('New'),
      suggestedName: 'x',
      force: false,
    });
    expect(result).toMatchObject({ status: 'conflict', file: { name: 'taken.touchmap' } });
    expect(await readFile(existing, 'utf8')).toBe(mapText('Taken'));
  });

  it('Save As refuses a file open in another window; cancelling writes nothing', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const two = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap');
    await openIn(env, one, path);
    env.shell.saveAnswers.push(path, null);
    const request = { file: null, text: mapText('X'), suggestedName: 'a', force: false };
    expect(await env.controller.saveFile(two, request)).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/open in another window/),
    });
    expect(await env.controller.saveFile(two, request)).toEqual({ status: 'cancelled' });
  });

  it('refuses to write a text that is not a valid map', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    const result = await env.controller.saveFile(one, {
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
});

describe('drafts', () => {
  it('keeps each window’s drafts to itself, and offers orphans after a crash', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const two = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await env.controller.writeDraft(one, draftOf('doc-one', opened.file));
    await env.controller.writeDraft(two, draftOf('doc-two'));
    expect((await env.controller.listDrafts(two)).drafts.map((d) => d.documentId)).toEqual([
      'doc-two',
    ]);

    // Window one's page crashes and is reloaded: its draft is offered again, with its file.
    env.controller.windowCrashed(one);
    const info = env.controller.windowReady(one);
    expect(info.offerDraftRecovery).toBe(true);
    const listing = await env.controller.listDrafts(one);
    expect(listing.drafts.map((d) => d.documentId)).toEqual(['doc-one']);
    const recovered = listing.drafts[0]!;
    expect(recovered.file?.name).toBe('a.touchmap');
    // The draft remembers the file as it was: saving over it works while nobody changed it.
    const saved = await env.controller.saveFile(one, {
      file: recovered.file,
      text: mapText('Recovered'),
      suggestedName: 'a',
      force: false,
    });
    expect(saved.status).toBe('saved');
  });

  it('a recovered draft whose file changed since reports a conflict', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap');
    const opened = await openIn(env, one, path);
    if (opened.status !== 'opened') throw new Error('not opened');
    await env.controller.writeDraft(one, draftOf('doc-one', opened.file));
    env.controller.windowCrashed(one);
    env.controller.windowClosed(one); // the app died with it
    await writeFile(path, mapText('Changed meanwhile'));
    const two = readyWindow(env.controller);
    const [draft] = (await env.controller.listDrafts(two)).drafts;
    expect(draft?.documentId).toBe('doc-one');
    const result = await env.controller.saveFile(two, {
      file: draft!.file,
      text: draft!.text,
      suggestedName: 'a',
      force: false,
    });
    expect(result.status).toBe('conflict');
  });

  it('removes the drafts of a window closed on purpose, and keeps those of a crash', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const two = readyWindow(env.controller);
    await env.controller.writeDraft(one, draftOf('doc-one'));
    await env.controller.writeDraft(two, draftOf('doc-two'));
    expect(env.controller.onWindowClose(one)).toBe(true); // clean: closes
    env.controller.windowClosed(one);
    env.controller.windowCrashed(two);
    env.controller.windowClosed(two);
    await settle();
    const left = await env.drafts.list();
    expect(left.drafts.map((d) => d.documentId)).toEqual(['doc-two']);
  });

  it('recovers a draft in a new window of its own', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    await env.drafts.write({
      documentId: 'orphan',
      title: 'Orphan',
      path: null,
      text: mapText('Orphan'),
      savedAt: '2026-01-01T00:00:00.000Z',
      baseStamp: null,
    });
    expect(await env.controller.openDraftInNewWindow(one, 'orphan')).toBe(true);
    expect(await env.controller.openDraftInNewWindow(one, 'missing')).toBe(false);
    const two = env.shell.windows[1]!;
    env.controller.windowReady(two);
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
    expect((await env.controller.listDrafts(one)).drafts).toEqual([]);
  });

  it('lists the good drafts and counts the damaged ones', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    await env.controller.writeDraft(one, draftOf('good'));
    await writeFile(join(env.drafts.folder, 'bad.json'), '{nope');
    const two = readyWindow(env.controller);
    env.controller.windowClosed(one); // gone without a goodbye: its draft is an orphan
    expect(await env.controller.listDrafts(two)).toMatchObject({
      drafts: [{ documentId: 'good' }],
      skipped: 1,
    });
    expect(env.logs.some((l) => l.includes('bad.json'))).toBe(true);
  });
});

describe('closing and quitting', () => {
  async function dirtyWindows(env: Env, count: number) {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const id = readyWindow(env.controller);
      env.controller.setDocumentState(id, { title: `Map ${id}`, fileName: null, dirty: true });
      await env.controller.writeDraft(id, draftOf(`doc-${id}`));
      ids.push(id);
    }
    return ids;
  }
  // Button indexes on Linux: Save, Don't Save, Cancel.
  const SAVE = 0;
  const DISCARD = 1;
  const CANCEL = 2;

  it("closes a window with unsaved changes after Don't Save, dropping its draft", async () => {
    const env = await setup();
    const [one] = await dirtyWindows(env, 1);
    env.shell.boxAnswers.push(DISCARD);
    expect(env.controller.onWindowClose(one!)).toBe(false);
    await settle();
    expect(env.shell.messages[0]?.options.message).toContain('“Map 1”');
    expect(env.shell.closed).toEqual([one]);
    expect(env.controller.onWindowClose(one!)).toBe(true);
    env.controller.windowClosed(one!);
    await settle();
    expect((await env.drafts.list()).drafts).toEqual([]);
  });

  it('keeps the window open on Cancel, and asks only once at a time', async () => {
    const env = await setup();
    const [one] = await dirtyWindows(env, 1);
    env.shell.boxAnswers.push(CANCEL);
    expect(env.controller.onWindowClose(one!)).toBe(false);
    expect(env.controller.onWindowClose(one!)).toBe(false); // a second click while asking
    await settle();
    expect(env.shell.messages).toHaveLength(1);
    expect(env.shell.closed).toEqual([]);
  });

  it('asks the page to save on Save, and closes only once it did', async () => {
    const env = await setup();
    const [one] = await dirtyWindows(env, 1);
    env.shell.boxAnswers.push(SAVE, SAVE);
    env.controller.onWindowClose(one!);
    await settle();
    const [request] = env.shell.sentTo(one!, EVENTS.closeRequest) as { requestId: string }[];
    expect(request?.requestId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    env.controller.respondToCloseRequest(one!, request!.requestId, 'cancelled');
    await settle();
    expect(env.shell.closed).toEqual([]);

    env.controller.onWindowClose(one!);
    await settle();
    const second = (env.shell.sentTo(one!, EVENTS.closeRequest) as { requestId: string }[])[1]!;
    env.controller.respondToCloseRequest(one!, second.requestId, 'saved');
    await settle();
    expect(env.shell.closed).toEqual([one]);
    expect(() => env.controller.respondToCloseRequest(one!, second.requestId, 'saved')).toThrow();
  });

  it('on quit asks about each unsaved window, focused first, and quits when all are answered', async () => {
    const env = await setup();
    const [one, two] = await dirtyWindows(env, 2);
    readyWindow(env.controller); // a clean one: not asked about
    env.shell.focused = two!;
    env.shell.boxAnswers.push(DISCARD, DISCARD);
    expect(env.controller.onBeforeQuit()).toBe(false);
    await settle();
    expect(env.shell.messages.map((m) => m.windowId)).toEqual([two, one]);
    expect(env.shell.quits).toBe(1);
    // The quit that follows goes through, and so does every window's close.
    expect(env.controller.onBeforeQuit()).toBe(true);
    expect(env.controller.onWindowClose(one!)).toBe(true);
  });

  it('cancels the whole quit at the first Cancel', async () => {
    const env = await setup();
    const [one, two] = await dirtyWindows(env, 2);
    env.shell.focused = one!;
    env.shell.boxAnswers.push(DISCARD, CANCEL);
    env.controller.onBeforeQuit();
    await settle();
    expect(env.shell.quits).toBe(0);
    expect(env.controller.windows.get(one!)?.closeConfirmed).toBe(false);
    expect(env.controller.windows.get(two!)?.closeConfirmed).toBe(false);
    // Asked again next time.
    env.shell.boxAnswers.push(DISCARD, DISCARD);
    env.controller.onBeforeQuit();
    await settle();
    expect(env.shell.quits).toBe(1);
  });

  it('quits at once with nothing unsaved; a crashed page is not asked', async () => {
    const env = await setup();
    const [one] = await dirtyWindows(env, 1);
    env.controller.windowCrashed(one!);
    expect(env.controller.onBeforeQuit()).toBe(true);
    expect(env.shell.messages).toEqual([]);
  });

  it('treats a page that disappears while saving as not saved', async () => {
    const env = await setup();
    const [one] = await dirtyWindows(env, 1);
    env.shell.boxAnswers.push(SAVE);
    env.controller.onWindowClose(one!);
    await settle();
    env.controller.windowCrashed(one!);
    await settle();
    expect(env.shell.closed).toEqual([]);
  });
});

describe('menu commands', () => {
  it('sends page commands to the focused window', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    for (const command of ['save', 'undo', 'zoomFit', 'toggleInsights'] as const) {
      await env.controller.menuCommand(command);
    }
    expect(env.shell.sentTo(one, EVENTS.menuCommand)).toEqual([
      'save',
      'undo',
      'zoomFit',
      'toggleInsights',
    ]);
  });

  it('New goes to an empty window, else to a new one', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    await env.controller.menuCommand('new');
    expect(env.shell.sentTo(one, EVENTS.menuCommand)).toEqual(['new']);
    env.controller.setDocumentState(one, { title: 'Map', fileName: null, dirty: true });
    await env.controller.menuCommand('newFromTemplate');
    const two = env.shell.windows[1]!;
    env.controller.windowReady(two);
    expect(env.shell.sentTo(two, EVENTS.menuCommand)).toEqual(['newFromTemplate']);
  });

  it('Open shows the dialog and puts the file in the focused empty window', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const path = await writeMap(env, 'a.touchmap');
    env.shell.openAnswers.push(path);
    await env.controller.menuCommand('open');
    expect(env.shell.sentTo(one, EVENTS.openDocument)).toEqual([
      expect.objectContaining({
        kind: 'file',
        file: expect.objectContaining({ name: 'a.touchmap' }),
      }),
    ]);
  });

  it('Close, Show Backups, and About without any window', async () => {
    const env = await setup();
    await env.controller.menuCommand('about');
    const one = env.shell.windows[0]!;
    env.controller.windowReady(one);
    expect(env.shell.sentTo(one, EVENTS.menuCommand)).toEqual(['about']);
    await env.controller.menuCommand('close');
    expect(env.shell.closed).toEqual([one]);
    await env.controller.menuCommand('showBackups');
    expect(env.shell.openedFolders).toEqual([env.backupFolder]);
    // Native roles are not sent anywhere.
    await env.controller.menuCommand('copy');
    expect(env.shell.sentTo(one, EVENTS.menuCommand)).toEqual(['about']);
  });

  it('keeps the Open Recent menu up to date', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    await openIn(env, one, await writeMap(env, 'a.touchmap'));
    const menu = env.shell.menus.at(-1)!;
    const file = menu.find((m) => m.id === 'file')!;
    const recent = (file.submenu as { id?: string; submenu?: { label?: string }[] }[]).find(
      (i) => i.id === 'openRecent',
    );
    expect(recent?.submenu?.[0]?.label).toBe('a.touchmap');
    env.controller.clearRecentFiles();
    expect(env.preferences.recentFiles()).toEqual([]);
  });
});

describe('preferences', () => {
  it('applies the theme and tells every window', async () => {
    const env = await setup();
    const one = readyWindow(env.controller);
    const two = readyWindow(env.controller);
    env.controller.setPreferences({ theme: 'dark' });
    expect(env.shell.themes.at(-1)).toBe('dark');
    expect(env.shell.sentTo(one, EVENTS.preferencesChanged)).toEqual([
      expect.objectContaining({ theme: 'dark' }),
    ]);
    expect(env.shell.sentTo(two, EVENTS.preferencesChanged)).toHaveLength(1);
  });

  it('start-up cleans what a crash left and prunes the recent list', async () => {
    const env = await setup();
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
    await env.controller.start(new OpenRequestQueue());
    await new Promise((r) => setTimeout(r, 50));
    expect(env.preferences.recentFiles()).toEqual([kept]);
    expect(await readdir(env.drafts.folder)).toEqual(['d.json']);
    await rm(kept);
  });
});
