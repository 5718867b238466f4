/**
 * The shell in the browser build (web platform over jsdom's localStorage, or the memory
 * platform): drafts kept and recovered, damaged drafts reported, files dropped on the
 * window (maps and Touchmap PDFs), the preferences panel and its theme, the unsaved-changes
 * questions before a map is replaced or the tab closed.
 */
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { createAppController, type AppController } from '../../../src/app/shell/app-controller.ts';
import { createMemoryPlatform, type MemoryPlatform } from '../../../src/app/platform/memory.ts';
import type { Platform } from '../../../src/app/platform/platform.ts';
import { createWebPlatform, DRAFT_PREFIX } from '../../../src/app/platform/web.ts';
import { PREFERENCES_KEY } from '../../../src/app/preferences/preferences.ts';
import { isDirty } from '../../../src/app/store/document-store.ts';
import { setTitle } from '../../../src/core/ops/index.ts';
import { EMBEDDED_MARKER } from '../../../src/pdf/embed.ts';

const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');
const BROKEN = readFileSync('test/fixtures/e2e/broken.touchmap', 'utf8');

let controller: AppController;

async function start(platform: Platform) {
  controller = createAppController({ platform, webDraftIntervalMs: 30 });
  render(<App platform={platform} controller={controller} />);
  await act(async () => {});
  return controller;
}

function session() {
  return controller.store.getState().session!;
}

function edit(title: string) {
  act(() =>
    session()
      .document.getState()
      .apply((map) => setTitle(map, title)),
  );
}

async function answer(dialogName: RegExp | string, button: string) {
  const dialog = await screen.findByRole('alertdialog', { name: dialogName });
  fireEvent.click(within(dialog).getByRole('button', { name: button }));
  // Let the action waiting on the answer finish (one file action runs at a time).
  await act(async () => {});
}

function drop(files: File[]) {
  fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'] } });
  fireEvent.drop(window, { dataTransfer: { types: ['Files'], files, items: [] } });
}

/** A PDF as Touchmap writes its embedded map (see src/pdf/embed.ts), around `text`. */
function touchmapPdf(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const head = `%PDF-1.7\n5 0 obj\n<< /Type /EmbeddedFile ${EMBEDDED_MARKER} /Params << /Size ${body.length} >> /Length ${body.length} >>\nstream\n`;
  const tail = '\nendstream\nendobj\n%%EOF\n';
  const enc = new TextEncoder();
  return new Uint8Array([...enc.encode(head), ...body, ...enc.encode(tail)]);
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

afterEach(() => {
  localStorage.clear();
});

describe('drafts in the browser', () => {
  it('keeps a draft of an unsaved map a few seconds after each change', async () => {
    await start(createWebPlatform(localStorage));
    fireEvent.click(screen.getByRole('button', { name: /Hotel stay/ }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    const id = session().document.getState().documentId;
    edit('Workshop map');
    await waitFor(() =>
      expect(localStorage.getItem(DRAFT_PREFIX + id) ?? '').toContain('"title":"Workshop map"'),
    );
    const stored = JSON.parse(localStorage.getItem(DRAFT_PREFIX + id)!);
    expect(stored).toMatchObject({ documentId: id, title: 'Workshop map', file: null });
    expect(stored.text).toContain('"title": "Workshop map"');
    expect(Date.parse(stored.savedAt)).not.toBeNaN();
  });

  it('offers the drafts on the start screen: Restore opens the map unsaved', async () => {
    const web = createWebPlatform(localStorage);
    await web.drafts.write({
      documentId: 'from-before-reload',
      title: 'Bike repair (e2e)',
      file: { token: 'web-from-the-old-page', name: 'small.touchmap' },
      text: JSON.stringify({ ...JSON.parse(SMALL), title: 'Bike repair, edited' }),
      savedAt: new Date(Date.now() - 120_000).toISOString(),
    });
    await start(web);
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    const item = within(region).getByRole('listitem');
    expect(item.textContent).toContain('Bike repair, edited');
    expect(item.textContent).toContain('2 minutes ago');
    expect(item.textContent).toContain('small.touchmap');
    fireEvent.click(within(item).getByRole('button', { name: 'Restore' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bike repair, edited'),
    );
    const state = session().document.getState();
    expect(isDirty(state)).toBe(true);
    expect(state.documentId).toBe('from-before-reload');
    // The name is kept (saving asks where: the old page's file handle is gone).
    expect(state.file?.name).toBe('small.touchmap');
    expect(document.querySelector('.tm-dirty')).not.toBeNull();
    // Rewritten under the same id, not duplicated.
    await waitFor(() => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith(DRAFT_PREFIX));
      expect(keys).toEqual([DRAFT_PREFIX + 'from-before-reload']);
    });
  });

  it('Discard deletes the draft after confirming; cancelling keeps it', async () => {
    const web = createWebPlatform(localStorage);
    await web.drafts.write({
      documentId: 'to-discard',
      title: 'Old map',
      file: null,
      text: SMALL,
      savedAt: new Date().toISOString(),
    });
    await start(web);
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    fireEvent.click(within(region).getByRole('button', { name: 'Discard' }));
    await answer(/Discard the unsaved changes/, 'Keep it');
    expect(localStorage.getItem(DRAFT_PREFIX + 'to-discard')).not.toBeNull();
    fireEvent.click(within(region).getByRole('button', { name: 'Discard' }));
    await answer(/Discard the unsaved changes/, 'Discard');
    await waitFor(() => expect(localStorage.getItem(DRAFT_PREFIX + 'to-discard')).toBeNull());
    expect(screen.queryByRole('region', { name: 'Recover unsaved work' })).toBeNull();
  });

  it('reports a damaged draft with its problem and can save its text before discarding', async () => {
    const platform = createMemoryPlatform();
    await platform.drafts.write({
      documentId: 'damaged',
      title: 'Half-written',
      file: null,
      text: BROKEN,
      savedAt: new Date().toISOString(),
    });
    localStorage.setItem(DRAFT_PREFIX + 'x', 'not a draft');
    await start(platform);
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    const item = within(region).getByRole('listitem');
    expect(item.textContent).toContain('Half-written');
    expect(item.textContent).toContain('The map has 4 problems.');
    expect(within(item).queryByRole('button', { name: 'Restore' })).toBeNull();
    platform.nextSaveName = 'rescued.touchmap';
    fireEvent.click(within(item).getByRole('button', { name: 'Save a copy…' }));
    await waitFor(() => expect(platform.files.get('rescued.touchmap')).toBe(BROKEN));
  });

  it('removes the draft when the map is saved', async () => {
    const platform = createMemoryPlatform();
    await start(platform);
    fireEvent.click(screen.getByRole('button', { name: /Hotel stay/ }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    const id = session().document.getState().documentId;
    edit('Ours now'); // a map from a template is unedited until changed
    await waitFor(() => expect(platform.draftStore.has(id)).toBe(true));
    platform.nextSaveName = 'hotel.touchmap';
    await act(async () => void (await controller.commands.save!()));
    await waitFor(() => expect(platform.draftStore.has(id)).toBe(false));
  });

  it('reports once that a draft could not be kept (storage full)', async () => {
    const platform = createMemoryPlatform();
    let fail = true;
    const write = platform.drafts.write;
    platform.drafts.write = async (draft) => {
      if (fail) throw new Error('The quota has been exceeded.');
      return write(draft);
    };
    await start(platform);
    fireEvent.click(screen.getByRole('button', { name: /Hotel stay/ }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    edit('Ours now'); // a map from a template is unedited until changed
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Your unsaved changes could not be kept as a draft',
    });
    expect(dialog.textContent).toContain('quota');
    fail = false;
    fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    const id = session().document.getState().documentId;
    await waitFor(() => expect(platform.draftStore.has(id)).toBe(true));
  });
});

describe('dropping files on the window', () => {
  it('opens a dropped .touchmap file, with an overlay while dragging', async () => {
    const platform = createMemoryPlatform();
    await start(platform);
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'] } });
    expect(screen.getByText('Drop to open the map')).toBeTruthy();
    fireEvent.dragLeave(window, { dataTransfer: { types: ['Files'] } });
    expect(screen.queryByText('Drop to open the map')).toBeNull();
    drop([new File([SMALL], 'small.touchmap')]);
    await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
    expect(session().document.getState().file?.name).toBe('small.touchmap');
    expect(isDirty(session().document.getState())).toBe(false);
  });

  it('ignores drags that are not files (a palette item)', async () => {
    await start(createMemoryPlatform());
    fireEvent.dragEnter(window, { dataTransfer: { types: ['application/x-touchmap-catalogue'] } });
    expect(screen.queryByText('Drop to open the map')).toBeNull();
  });

  it('opens the map inside a Touchmap PDF, as an untitled map', async () => {
    await start(createMemoryPlatform());
    drop([new File([touchmapPdf(SMALL) as BlobPart], 'Bike repair.pdf')]);
    await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
    expect(session().document.getState().file).toBeNull();
  });

  it('says so when a PDF has no map, or a file is not a map', async () => {
    await start(createMemoryPlatform());
    drop([new File(['%PDF-1.4\n%%EOF\n'], 'report.pdf')]);
    await answer('“report.pdf” has no map inside', 'OK');
    drop([new File(['hello'], 'notes.txt')]);
    const dialog = await screen.findByRole('dialog', { name: 'Nothing to open' });
    expect(dialog.textContent).toContain('“notes.txt” is not a map');
  });

  it('lists the problems of a broken dropped file and keeps the open map', async () => {
    await start(createMemoryPlatform());
    drop([new File([SMALL], 'small.touchmap')]);
    await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
    drop([new File([BROKEN], 'broken.touchmap')]);
    const dialog = await screen.findByRole('alertdialog', {
      name: '“broken.touchmap” cannot be opened',
    });
    expect([...dialog.querySelectorAll('.tm-problem-path')].map((e) => e.textContent)).toContain(
      'touchpoints[0].kind',
    );
    expect(session().document.getState().map.title).toBe('Bike repair (e2e)');
  });

  it('asks before a dropped file replaces unsaved changes', async () => {
    await start(createMemoryPlatform());
    fireEvent.click(screen.getByRole('button', { name: /Hotel stay/ }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    edit('Hotel stay, ours'); // a map from a template is unedited until changed
    drop([new File([SMALL], 'small.touchmap')]);
    await answer(/Save the changes/, 'Cancel');
    expect(session().document.getState().map.title).toContain('Hotel stay');
    drop([new File([SMALL], 'small.touchmap')]);
    await answer(/Save the changes/, 'Don’t save');
    await waitFor(() => expect(session().document.getState().map.title).toBe('Bike repair (e2e)'));
  });
});

describe('replacing or leaving an unsaved map', () => {
  it('New → template asks first: Cancel keeps the map, Don’t save replaces it', async () => {
    const platform: MemoryPlatform = createMemoryPlatform();
    await start(platform);
    fireEvent.click(screen.getByRole('button', { name: /Hotel stay/ }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    const first = session();
    edit('Ours now'); // a map from a template is unedited until changed
    act(() => void controller.commands.new!());
    fireEvent.click(screen.getByRole('button', { name: /Blank map/ }));
    await answer(/Save the changes/, 'Cancel');
    expect(session()).toBe(first);
    fireEvent.click(screen.getByRole('button', { name: /Blank map/ }));
    await answer(/Save the changes/, 'Don’t save');
    await waitFor(() => expect(session()).not.toBe(first));
    expect(session().document.getState().map.title).toBe('Untitled journey');
    // The discarded map's draft went with it.
    await waitFor(() =>
      expect(platform.draftStore.has(first.document.getState().documentId)).toBe(false),
    );
  });

  it('asks the browser to confirm leaving the page while changes are unsaved', async () => {
    await start(createWebPlatform(localStorage));
    fireEvent.click(screen.getByRole('button', { name: /Blank map/ }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    edit('Unsaved');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });
});

describe('preferences in the browser', () => {
  it('saves the preferences in localStorage and applies the theme', async () => {
    await start(createWebPlatform(localStorage));
    expect(document.documentElement.dataset.theme).toBe('system');
    fireEvent.click(screen.getByRole('button', { name: 'Preferences…' }));
    const dialog = screen.getByRole('dialog', { name: 'Preferences' });
    fireEvent.change(within(dialog).getByLabelText('Your name'), { target: { value: 'Alex' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Dark' }));
    fireEvent.change(within(dialog).getByLabelText('Page size'), { target: { value: 'A3' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Portrait' }));
    // The draft interval is the desktop's: the browser keeps drafts every few seconds.
    expect(within(dialog).queryByLabelText(/Keep a draft/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Preferences' })).toBeNull());
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!)).toMatchObject({
      authorName: 'Alex',
      theme: 'dark',
      pdf: { pageSize: 'A3', orientation: 'portrait' },
    });
  });

  it('gives new blank maps the stages and departments chosen', async () => {
    await start(createWebPlatform(localStorage));
    fireEvent.click(screen.getByRole('button', { name: 'Preferences…' }));
    const dialog = screen.getByRole('dialog', { name: 'Preferences' });
    const stages = within(dialog).getByRole('list', { name: 'Stages of a new map' });
    fireEvent.change(within(stages).getByLabelText('Stage 1'), { target: { value: 'Discover' } });
    fireEvent.click(within(stages).getByRole('button', { name: 'Remove Consideration' }));
    fireEvent.click(within(stages).getByRole('button', { name: 'Move Loyalty up' }));
    const departments = within(dialog).getByRole('list', { name: 'Departments of a new map' });
    expect(within(departments).getAllByRole('listitem')).toHaveLength(7);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Preferences' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: /Blank map/ }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    expect(
      session()
        .document.getState()
        .map.stages.map((s) => s.name),
    ).toEqual(['Discover', 'Purchase', 'Onboarding', 'Usage', 'Loyalty', 'Support']);
  });

  it('refuses preferences that cannot be saved, saying why', async () => {
    await start(createWebPlatform(localStorage));
    fireEvent.click(screen.getByRole('button', { name: 'Preferences…' }));
    const dialog = screen.getByRole('dialog', { name: 'Preferences' });
    const stages = within(dialog).getByRole('list', { name: 'Stages of a new map' });
    fireEvent.change(within(stages).getByLabelText('Stage 2'), { target: { value: '  ' } });
    expect(within(dialog).getByRole('alert').textContent).toContain('Every stage needs a name.');
    expect(
      (within(dialog).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore the defaults' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
