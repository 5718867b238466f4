/**
 * The renderer's side of the desktop shell, against a fake bridge (shell-fake-bridge.ts) that
 * plays the main process: start-up order, menu commands, the close handshake, files changed
 * on disk, drafts and their recovery, dropped files and the recent list.
 */
import { readFileSync } from 'node:fs';
import { StrictMode } from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import type { AppController } from '../../../src/app/shell/app-controller.ts';
import { routeMenuCommand } from '../../../src/app/shell/desktop-wiring.ts';
import { createElectronPlatform } from '../../../src/app/platform/electron.ts';
import { isDirty } from '../../../src/app/store/document-store.ts';
import { setTitle } from '../../../src/core/ops/index.ts';
import { FakeBridge } from './fake-bridge.ts';
import { startDesktopApp } from './desktop-app.tsx';

const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');
const HOTEL = readFileSync('assets/templates/hotel-stay.touchmap', 'utf8');
const FILE = { token: 'granted-small-0000001', name: 'small.touchmap' };

let bridge: FakeBridge;
let controller: AppController;

async function start(configure: (bridge: FakeBridge) => void = () => {}) {
  const app = await startDesktopApp(configure);
  ({ bridge, controller } = app);
  return app.view;
}

/** Opens small.touchmap in the window as main would send it. */
async function openSmall() {
  act(() => bridge.sendDocument({ kind: 'file', file: FILE, text: SMALL }));
  await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
  return controller.store.getState().session!;
}

function edit(title = 'Edited title') {
  const session = controller.store.getState().session!;
  act(() => session.document.getState().apply((map) => setTitle(map, title)));
  return session;
}

async function answer(dialogName: RegExp | string, button: string) {
  const dialog = await screen.findByRole('alertdialog', { name: dialogName });
  fireEvent.click(within(dialog).getByRole('button', { name: button }));
  // Let the action waiting on the answer finish (one file action runs at a time).
  await act(async () => {});
}

beforeEach(() => {
  document.documentElement.removeAttribute('data-theme');
});

afterEach(() => {
  delete window.touchmap;
  vi.restoreAllMocks();
});

describe('desktop start-up', () => {
  it('subscribes to everything before ready(), then applies the preferences', async () => {
    await start((b) => {
      b.startup.preferences = { ...b.startup.preferences, theme: 'dark' };
    });
    const methods = bridge.methods();
    const ready = methods.indexOf('ready');
    for (const subscription of [
      'onMenuCommand',
      'onOpenDocument',
      'onFileChanged',
      'onCloseRequest',
      'preferences.onChange',
    ]) {
      const at = methods.indexOf(subscription);
      expect(at, subscription).toBeGreaterThanOrEqual(0);
      expect(at, subscription).toBeLessThan(ready);
    }
    expect(methods.filter((m) => m === 'ready')).toHaveLength(1);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    // Preferences changed in another window follow.
    act(() => bridge.sendPreferences({ ...bridge.preferencesValue, theme: 'light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('says ready() once under React’s development double mount (StrictMode)', async () => {
    bridge = new FakeBridge();
    const platform = createElectronPlatform(bridge);
    render(
      <StrictMode>
        <App platform={platform} />
      </StrictMode>,
    );
    await waitFor(() => expect(bridge.methods()).toContain('ready'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(bridge.methods().filter((m) => m === 'ready')).toHaveLength(1);
    expect(bridge.methods().filter((m) => m === 'onCloseRequest')).toHaveLength(1);
    expect(bridge.methods().filter((m) => m === 'onDraftFlushRequest')).toHaveLength(1);
    expect(bridge.listenerCount()).toBe(6);
  });

  it('offers no recovery when main says so (a second window)', async () => {
    await start((b) => {
      b.draftFiles.set('d1', {
        documentId: 'd1',
        title: 'Other window',
        file: null,
        text: SMALL,
        savedAt: new Date().toISOString(),
      });
    });
    expect(bridge.methods()).not.toContain('drafts.list');
    expect(screen.queryByRole('region', { name: 'Recover unsaved work' })).toBeNull();
  });

  it('keeps the window title and dirty marker in step', async () => {
    await start();
    await openSmall();
    await waitFor(() =>
      expect(bridge.documentStates.at(-1)).toEqual({
        title: 'Bike repair (e2e)',
        fileName: 'small.touchmap',
        dirty: false,
      }),
    );
    edit('Renamed');
    await waitFor(() =>
      expect(bridge.documentStates.at(-1)).toEqual({
        title: 'Renamed',
        fileName: 'small.touchmap',
        dirty: true,
      }),
    );
  });
});

describe('menu commands', () => {
  it('runs the command of the same name on the map', async () => {
    await start();
    const session = await openSmall();
    edit('Changed');
    act(() => bridge.sendMenuCommand('undo'));
    expect(session.document.getState().map.title).toBe('Bike repair (e2e)');
    act(() => bridge.sendMenuCommand('redo'));
    expect(session.document.getState().map.title).toBe('Changed');
    act(() => bridge.sendMenuCommand('selectAll'));
    expect(session.view.getState().selection.touchpoints).toHaveLength(4);
    act(() => bridge.sendMenuCommand('delete'));
    expect(session.document.getState().map.touchpoints).toHaveLength(0);
    act(() => bridge.sendMenuCommand('toggleInsights'));
    expect(session.view.getState().panels.insights).toBe(true);
  });

  it('leaves undo, redo, select all and delete to a focused text field', async () => {
    await start();
    const session = await openSmall();
    edit('Changed');
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    for (const command of ['undo', 'redo', 'selectAll', 'delete'] as const) {
      act(() => bridge.sendMenuCommand(command));
    }
    expect(execCommand.mock.calls).toEqual([['undo'], ['redo'], ['selectAll'], ['delete']]);
    expect(session.document.getState().map.title).toBe('Changed');
    field.remove();
  });

  it('ignores map commands while a dialog is open', () => {
    document.body.insertAdjacentHTML('beforeend', '<dialog open id="d"></dialog>');
    const run = vi.fn(() => true);
    expect(routeMenuCommand('undo', { doc: document, run })).toBe('ignored');
    expect(run).not.toHaveBeenCalled();
    document.getElementById('d')!.remove();
    expect(routeMenuCommand('undo', { doc: document, run })).toBe('command');
  });

  it('opens the preferences, help (guide and format), about and the template chooser', async () => {
    await start();
    await openSmall();
    act(() => bridge.sendMenuCommand('preferences'));
    expect(screen.getByRole('dialog', { name: 'Preferences' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    act(() => bridge.sendMenuCommand('userGuide'));
    const help = screen.getByRole('dialog', { name: 'Touchmap help' });
    expect(
      within(help).getByRole('tab', { name: 'User guide' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(within(help).getByRole('heading', { name: 'Touchmap user guide' })).toBeTruthy();
    fireEvent.click(within(help).getByRole('tab', { name: 'File format' }));
    expect(
      within(screen.getByRole('dialog', { name: 'Touchmap help' })).getByRole('heading', {
        name: /The .touchmap file format/,
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));

    act(() => bridge.sendMenuCommand('fileFormat'));
    expect(
      within(screen.getByRole('dialog', { name: 'Touchmap help' }))
        .getByRole('tab', { name: 'File format' })
        .getAttribute('aria-selected'),
    ).toBe('true');
    // Tables of the format page are real tables.
    expect(document.querySelectorAll('.tm-help table').length).toBeGreaterThan(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));

    act(() => bridge.sendMenuCommand('about'));
    const about = screen.getByRole('dialog', { name: 'About Touchmap' });
    expect(about.textContent).toMatch(/version \d+\.\d+\.\d+/);
    expect(about.textContent).toContain('Electron 41.7.1');
    fireEvent.click(within(about).getByRole('button', { name: 'OK' }));

    act(() => bridge.sendMenuCommand('newFromTemplate'));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Templates' })).toBeTruthy());
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).dataset.template).not.toBe('blank'),
    );
  });
});

describe('closing with unsaved changes', () => {
  it('saves to the file and answers saved', async () => {
    await start();
    const session = await openSmall();
    edit();
    const outcome = await act(() => bridge.requestClose('req-00001'));
    expect(outcome).toBe('saved');
    expect(bridge.callsOf('saveFile')[0]![0]).toMatchObject({ file: FILE, force: false });
    expect(isDirty(session.document.getState())).toBe(false);
  });

  it('answers cancelled when the user cancels Save As of an untitled map', async () => {
    await start();
    act(() => controller.store.getState().session);
    fireEvent.click(screen.getByRole('button', { name: /Blank map/ }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    edit();
    bridge.saveResults.push({ status: 'cancelled' });
    const outcome = await act(() => bridge.requestClose('req-00002'));
    expect(outcome).toBe('cancelled');
    expect(bridge.callsOf('saveFile')[0]![0]).toMatchObject({ file: null });
  });

  it('answers failed when the save fails, after saying why', async () => {
    await start();
    await openSmall();
    edit();
    bridge.saveResults.push({ status: 'failed', message: 'Disk full.' });
    const answered = bridge.requestClose('req-00003');
    await answer('The map was not saved', 'OK');
    expect(await act(() => answered)).toBe('failed');
  });

  it('asks before overwriting a file changed on disk, then forces', async () => {
    await start();
    await openSmall();
    edit();
    bridge.saveResults.push({ status: 'conflict', file: FILE });
    const answered = bridge.requestClose('req-00004');
    await answer(/was changed by someone else/, 'Replace the file');
    expect(await act(() => answered)).toBe('saved');
    expect(bridge.callsOf('saveFile').map((c) => (c[0] as { force: boolean }).force)).toEqual([
      false,
      true,
    ]);
  });
});

describe('the file changed on disk', () => {
  const changed = () => JSON.stringify({ ...JSON.parse(SMALL), title: 'Changed elsewhere' });

  it('reloads a clean map without asking, adding no undo step', async () => {
    await start();
    const session = await openSmall();
    bridge.reloadResults.push({ status: 'opened', file: FILE, text: changed() });
    await act(async () => bridge.sendFileChanged({ file: FILE, change: 'modified' }));
    await waitFor(() => expect(session.document.getState().map.title).toBe('Changed elsewhere'));
    expect(isDirty(session.document.getState())).toBe(false);
    expect(session.document.temporal.getState().pastStates).toHaveLength(0);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('warns when there are unsaved changes: keep mine, or reload and lose them', async () => {
    await start();
    const session = await openSmall();
    edit('Mine');
    act(() => bridge.sendFileChanged({ file: FILE, change: 'modified' }));
    await answer(/was changed by another program/, 'Keep my version');
    expect(bridge.methods()).not.toContain('reloadFile');
    expect(session.document.getState().map.title).toBe('Mine');

    bridge.reloadResults.push({ status: 'opened', file: FILE, text: changed() });
    act(() => bridge.sendFileChanged({ file: FILE, change: 'modified' }));
    await answer(/was changed by another program/, 'Reload and lose my changes');
    await waitFor(() => expect(session.document.getState().map.title).toBe('Changed elsewhere'));
    expect(isDirty(session.document.getState())).toBe(false);
  });

  it('says why a reload failed and keeps the map', async () => {
    await start();
    const session = await openSmall();
    bridge.reloadResults.push({
      status: 'failed',
      reason: 'too-new',
      message: 'This file needs Touchmap format version 9.',
    });
    act(() => bridge.sendFileChanged({ file: FILE, change: 'modified' }));
    const dialog = await screen.findByRole('alertdialog', { name: /could not be reloaded/ });
    expect(dialog.textContent).toContain('format version 9');
    expect(session.document.getState().map.title).toBe('Bike repair (e2e)');
  });

  it('marks a map whose file was deleted as unsaved, so it is kept as a draft', async () => {
    await start();
    const session = await openSmall();
    act(() => bridge.sendFileChanged({ file: FILE, change: 'deleted' }));
    await answer(/was deleted or moved/, 'OK');
    expect(isDirty(session.document.getState())).toBe(true);
  });
});

describe('drafts and recovery in the desktop app', () => {
  const draft = (documentId: string, title: string, minutesAgo: number) => {
    return {
      documentId,
      title,
      file: null,
      text: JSON.stringify({ ...JSON.parse(HOTEL), title }),
      savedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    };
  };

  it('lists the drafts, loads one here and the next in a window of its own', async () => {
    await start((b) => {
      b.startup.offerDraftRecovery = true;
      b.draftFiles.set('first-doc', draft('first-doc', 'Morning workshop', 3));
      b.draftFiles.set('second-doc', draft('second-doc', 'Yesterday map', 60 * 26));
      b.skippedDrafts = 1;
    });
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.recovery-title')!.textContent)).toEqual([
      'Morning workshop',
      'Yesterday map',
    ]);
    expect(items[0]!.textContent).toContain('3 minutes ago');
    expect(region.textContent).toContain('One draft could not be read');

    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    const state = controller.store.getState().session!.document.getState();
    expect(state.documentId).toBe('first-doc');
    expect(isDirty(state)).toBe(true);
    // Claimed at once: written again under its own id.
    await waitFor(() =>
      expect(bridge.callsOf('drafts.write').at(-1)![0]).toMatchObject({
        documentId: 'first-doc',
        title: 'Morning workshop',
      }),
    );

    // Back on the start screen, the other draft opens in a new window.
    act(() => controller.commands.new!());
    const rest = await screen.findByRole('region', { name: 'Recover unsaved work' });
    fireEvent.click(within(rest).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(bridge.callsOf('drafts.openInNewWindow')).toEqual([['second-doc']]));
    expect(controller.store.getState().session!.document.getState().documentId).toBe('first-doc');
  });

  it('says there is work to recover when a file opened straight away', async () => {
    await start((b) => {
      b.startup.offerDraftRecovery = true;
      b.draftFiles.set('left-doc', draft('left-doc', 'Left open', 10));
      // Double-clicked a file: main sends it before ready() resolves.
      b.beforeReady = () => b.sendDocument({ kind: 'file', file: FILE, text: SMALL });
    });
    await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
    const ask = await screen.findByRole('dialog', { name: 'Recover unsaved work?' });
    expect(ask.textContent).toContain('“Left open”');
    fireEvent.click(within(ask).getByRole('button', { name: 'Show it' }));
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    expect(region.textContent).toContain('Left open');
    // The open map is still there, behind the start screen.
    expect(screen.getByRole('button', { name: 'Back to the open map' })).toBeTruthy();
  });

  it('removes a discarded draft after confirming', async () => {
    await start((b) => {
      b.startup.offerDraftRecovery = true;
      b.draftFiles.set('gone-doc', draft('gone-doc', 'Not needed', 5));
    });
    const region = await screen.findByRole('region', { name: 'Recover unsaved work' });
    fireEvent.click(within(region).getByRole('button', { name: 'Discard' }));
    await answer(/Discard the unsaved changes to “Not needed”/, 'Discard');
    await waitFor(() => expect(bridge.callsOf('drafts.remove')).toEqual([['gone-doc']]));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Recover unsaved work' })).toBeNull(),
    );
  });

  it('opens a draft main sends to this window, unsaved, and claims it', async () => {
    await start();
    act(() => bridge.sendDocument({ kind: 'draft', draft: draft('sent-doc', 'Sent draft', 1) }));
    await waitFor(() => expect(controller.store.getState().session).not.toBeNull());
    const state = controller.store.getState().session!.document.getState();
    expect(state.map.title).toBe('Sent draft');
    expect(isDirty(state)).toBe(true);
    await waitFor(() =>
      expect(bridge.callsOf('drafts.write').at(-1)![0]).toMatchObject({
        documentId: 'sent-doc',
      }),
    );
  });

  it('keeps a draft within 3 s by default, and at once when the window is hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await start();
      await openSmall();
      edit('Within three seconds');
      await act(() => vi.advanceTimersByTimeAsync(2_900));
      expect(bridge.callsOf('drafts.write')).toHaveLength(0);
      await act(() => vi.advanceTimersByTimeAsync(150));
      expect(bridge.callsOf('drafts.write')).toHaveLength(1);
      // Minimised or another desktop shown: what is waiting is written, no timer needed.
      edit('Hidden at once');
      const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      act(() => void document.dispatchEvent(new Event('visibilitychange')));
      visibility.mockRestore();
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(bridge.callsOf('drafts.write')).toHaveLength(2);
      expect((bridge.callsOf('drafts.write')[1]![0] as { text: string }).text).toContain(
        '"title": "Hidden at once"',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes drafts at the interval of the preferences and removes them on save', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await start((b) => {
        b.startup.preferences = { ...b.startup.preferences, draftIntervalSeconds: 30 };
      });
      const session = await openSmall();
      edit('Draft me');
      await act(() => vi.advanceTimersByTimeAsync(20_000));
      expect(bridge.callsOf('drafts.write')).toHaveLength(0);
      await act(() => vi.advanceTimersByTimeAsync(10_500));
      expect(bridge.callsOf('drafts.write')).toHaveLength(1);
      const written = bridge.callsOf('drafts.write')[0]![0] as { file: unknown; text: string };
      expect(written.file).toEqual(FILE);
      expect(written.text).toContain('"title": "Draft me"');
      // Losing focus writes what is waiting at once.
      edit('Draft me again');
      act(() => void window.dispatchEvent(new Event('blur')));
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(bridge.callsOf('drafts.write')).toHaveLength(2);
      // Saved: the draft goes.
      act(() => bridge.sendMenuCommand('save'));
      await waitFor(() => expect(isDirty(session.document.getState())).toBe(false));
      await waitFor(() =>
        expect(bridge.callsOf('drafts.remove')).toEqual([[session.document.getState().documentId]]),
      );
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('opening from the desktop', () => {
  it('passes dropped map files to main and opens what it sends back', async () => {
    await start();
    const file = new File([SMALL], 'small.touchmap');
    bridge.droppedResults.push({ status: 'opened', file: FILE, text: SMALL });
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'] } });
    expect(screen.getByText('Drop to open the map')).toBeTruthy();
    fireEvent.drop(window, {
      dataTransfer: { types: ['Files'], files: [file], items: [] },
    });
    await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
    expect(bridge.callsOf('openDroppedFiles')).toEqual([[[file]]]);
    expect(screen.queryByText('Drop to open the map')).toBeNull();
  });

  it('shows why a dropped file cannot be opened', async () => {
    await start();
    bridge.droppedResults.push({
      status: 'failed',
      reason: 'invalid',
      message: 'The map has 1 problem.\ntouchpoints[0].kind: expected "service" or "experience"',
    });
    fireEvent.drop(window, {
      dataTransfer: { types: ['Files'], files: [new File(['{}'], 'bad.touchmap')], items: [] },
    });
    const dialog = await screen.findByRole('alertdialog', { name: 'The file could not be opened' });
    expect(dialog.textContent).toContain('touchpoints[0].kind');
  });

  it('lists the recent maps on the start screen and opens one', async () => {
    await start((b) => {
      b.recent = [FILE, { token: 'granted-other-000001', name: 'other.touchmap' }];
    });
    const recent = await screen.findByRole('region', { name: 'Recent maps' });
    // Named by the file; what its preview says (here: none to read) is the description.
    expect(
      within(recent)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual(['Clear the list', 'small.touchmap', 'other.touchmap']);
    bridge.recentResults.push({ status: 'opened', file: FILE, text: SMALL });
    fireEvent.click(within(recent).getByRole('button', { name: 'small.touchmap' }));
    await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(4));
    expect(bridge.callsOf('openRecentFile')).toEqual([[FILE]]);
    expect(controller.store.getState().session!.document.getState().file).toEqual(FILE);
  });

  it('opens through main without asking first: main never replaces unsaved work', async () => {
    await start();
    await openSmall();
    edit();
    // The file went to another window.
    bridge.openResults.push({ status: 'elsewhere' });
    await act(async () => void controller.commands.open!());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.methods()).toContain('openFile');
    expect(controller.store.getState().session!.document.getState().map.title).toBe('Edited title');
  });
});
